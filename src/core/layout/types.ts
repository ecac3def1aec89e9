import type { TableName } from '../schema/types';
/**
 * A sheet layout: what the report sheet holds, as data. Both hosts write it (exceljs for files,
 * Office.js for the live workbook), so it says only what both can do.
 */
import type { CellRef } from '../tables';

export interface LayoutCell {
  /** 0-based row and column on the new sheet. */
  row: number;
  col: number;
  /** Text is always written as text (never parsed as a formula); numbers as numbers. */
  value: string | number | null;
  /** Excel number format, e.g. "#,##0" or "0.0%". */
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default 12). */
  size?: number;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Background colour, "RRGGBB". */
  fill?: string;
  /** Internal hyperlink to the source cell the figure came from. */
  link?: CellRef;
}

export interface SheetLayout {
  name: string;
  /** The table a template sheet is laid out for (absent on the report sheet): a workbook holding that table anywhere needs no blank one. */
  table?: TableName;
  cells: LayoutCell[];
  /** Merged areas in A1 notation. */
  merges: string[];
  /** Column widths in characters, by 0-based column. */
  columnWidths: number[];
  /**
   * Row heights in points, by 0-based row, set explicitly so Excel and LibreOffice print the same (neither grows a row
   * on its own reliably). The report sheet gives every row one: its page breaks are counted from them.
   */
  rowHeights?: Record<number, number>;
  /**
   * How the sheet prints: A4, this orientation, scaled to one page wide (as many pages tall as
   * needed). The report sheet's columns are sized to fit the page at about 100%, so the scale
   * stays readable. Absent: A4 portrait, one page wide.
   */
  page?: { orientation: 'portrait' | 'landscape'; fitToWidth: boolean };
  /**
   * 0-based rows repeated at the top of each printed page after the one that holds them (first, last): on the report
   * sheet the issue list's header row, so every page of the list says what its columns are.
   */
  printTitleRows?: [number, number];
  /**
   * Lines of the page header printed on every page but the first (which shows them as the sheet's own title rows): on
   * the report sheet its title, then the agency and the period, so a loose page says whose report it is. The page
   * number («Trang 2/3») stands at the header's right.
   */
  pageHeader?: string[];
  /**
   * 0-based rows each starting a printed page (a manual break above it), ascending: the report sheet sets them so that a
   * table is not cut before its last row or right after its header (print.ts, pageBreaks).
   */
  rowBreaks?: number[];
  /** Freeze rows above this 0-based row. */
  freezeRows?: number;
  /** Dropdown lists (template sheets): A1 range -> allowed values. */
  lists?: { range: string; values: string[] }[];
  /** Marks the sheet as made by the add-in (the report sheet); see REPORT_SHEET_MARK. */
  madeByAddin?: boolean;
}

/** The mark that tells the add-in's report sheet from a user's sheet of the same name. */
export const REPORT_SHEET_MARK = 'cchc-report-addin:report-sheet';
export const REPORT_SHEET_BASE_NAME = 'Báo cáo';
/** The report sheet's title in A1, by language: with the mark, how a file tells our sheet from a user's one it points at. */
export const REPORT_SHEET_TITLE = { vi: 'SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH', en: 'ADMINISTRATIVE REFORM REPORT FIGURES' } as const;
