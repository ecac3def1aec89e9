/**
 * The one interface both hosts implement: `office` (Excel.run on the live workbook) and
 * `file` (exceljs on an .xlsx). Hosts move data in and out in bulk and hold no business rules.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { SheetLayout } from '../core/layout/types';
import type { Issue } from '../core/issues';
import type { Overrides } from '../core/tables';

export interface Progress {
  /** 0..1, or null when unknown. */
  fraction: number | null;
  /** A short Vietnamese/English label chosen by the caller's language. */
  stage: 'read' | 'check' | 'write' | 'word';
}

export interface Host {
  /** Every sheet's used range (values, number formats, fonts) in one batch. */
  readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot>;
  /** Writes (or replaces) the add-in's report sheet; returns the sheet name used. */
  writeReportSheet(layout: SheetLayout): Promise<string>;
  /** Adds blank input sheets (the template). */
  addTemplateSheets(layouts: SheetLayout[]): Promise<string[]>;
  /** Marks issue cells with conditional formats the add-in can find and delete; returns how many. */
  markIssues(issues: Issue[]): Promise<number>;
  /** Removes the add-in's marks, and nothing else. */
  clearMarks(): Promise<void>;
  /** Activates the sheet and selects the cell or range. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The user's current selection, to pin a table to it. */
  getSelection(): Promise<{ sheet: string; range: string }>;
  loadOverrides(): Promise<Overrides>;
  saveOverrides(overrides: Overrides): Promise<void>;
}
