/**
 * The snapshot: what a host reads from a workbook and hands to the core.
 * Plain JSON-serialisable data (it crosses a Web Worker boundary), the same from both hosts.
 */

/** An Excel error value such as #DIV/0! or #REF!. */
export interface CellError {
  error: string;
}

/**
 * A cell value as the core sees it. Dates are Excel serial numbers (days since 1899-12-30,
 * fraction = time of day); the number format tells that a number is a date.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A dense rectangle of a sheet's cells. */
export interface SheetBlock {
  /** 0-based row and column of values[0][0] on the sheet. */
  origin: { row: number; col: number };
  /** Rows of the block; every row has the same length. */
  values: CellValue[][];
  /** Number format per cell ("General", "#,##0", "dd/mm/yyyy"...), same shape as values; absent = General. */
  formats?: (string | null)[][];
  /** Font name per cell, same shape as values; absent = unknown. Used to spot TCVN3/VNI text. */
  fonts?: (string | null)[][];
}

/**
 * A sheet: one dense block (origin, values, formats, fonts: the used range, or the first block of a
 * sparse sheet) and, for a sparse sheet, further blocks around the other filled cells, so that a stray
 * value far from the data costs nothing (see core/sheetBlocks.ts). Blocks never overlap.
 */
export interface SheetSnapshot extends SheetBlock {
  name: string;
  /** More blocks of a sparse sheet (absent = the first block is the whole used range). */
  blocks?: SheetBlock[];
  /**
   * Cells with a value the file places nowhere on Excel's grid (a reference beyond XFD or row 1048576,
   * row 0, malformed): not read; how many, and their first references as written. Absent = none.
   */
  unreadRefs?: { count: number; first: string[] };
  /** Merged areas in A1 notation ("B3:D3"). */
  merges?: string[];
  /**
   * Cells holding a formula saved without its result (A1, "E2"), as programs that write .xlsx without Excel leave
   * them: Excel shows a value there, the file holds none. Absent = none.
   */
  formulasWithoutValue?: string[];
  /**
   * Cells holding a formula saved without its result whose value the reader computed itself (plain arithmetic on
   * the same sheet, src/xlsx/read/formula.ts), A1: their values are in `values`. Absent = none.
   */
  formulasComputed?: string[];
  /** Cell notes and comments, by 0-based row and column (a header's "Đơn vị: triệu đồng"). Absent = none. */
  notes?: CellNote[];
  /** True for the report sheet this add-in made itself: never read as data. */
  madeByAddin?: boolean;
  /** Excel's sheet state; absent = 'visible'. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * 0-based sheet row indices (same numbering as origin.row) the user has hidden, ascending; only rows
   * inside the used range (origin.row .. origin.row + values.length - 1). Absent = none hidden.
   * Rows hidden by an AutoFilter count as hidden too (Excel stores them the same way).
   */
  hiddenRows?: number[];
  /** 0-based sheet column indices the user has hidden, ascending, inside the used range. Absent = none hidden. */
  hiddenCols?: number[];
}

/** A cell's note or comment: 0-based row and column, its text (several authors' threads joined by lines). */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}
