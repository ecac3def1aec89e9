/** The `office` host: the live workbook through Excel.run. Thin: it moves data in bulk, no business rules. */
import type { Host, Progress } from '../host';
import type { SheetLayout } from '../../core/layout/types';
import type { Issue } from '../../core/issues';
import type { Overrides } from '../../core/tables';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readSnapshot } from './read';
import { addTemplateSheets, writeReportSheet } from './writeSheets';
import { clearMarks, markIssues } from './marks';
import { getSelection, selectCell } from './selection';
import { loadOverrides, saveOverrides } from './settings';

export class OfficeHost implements Host {
  readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot> {
    return readSnapshot(onProgress);
  }
  writeReportSheet(layout: SheetLayout): Promise<string> {
    return writeReportSheet(layout);
  }
  addTemplateSheets(layouts: SheetLayout[]): Promise<string[]> {
    return addTemplateSheets(layouts);
  }
  markIssues(issues: Issue[]): Promise<number> {
    return markIssues(issues);
  }
  clearMarks(): Promise<void> {
    return clearMarks();
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(sheet, cell);
  }
  getSelection(): Promise<{ sheet: string; range: string }> {
    return getSelection();
  }
  loadOverrides(): Promise<Overrides> {
    return loadOverrides();
  }
  saveOverrides(overrides: Overrides): Promise<void> {
    return saveOverrides(overrides);
  }
}
