/**
 * The sheet list and the report sheet's mark. The add-in's report sheet is recognised by a
 * mark, never by its name, so a user's sheet that happens to be called "Báo cáo" is never touched:
 * - ExcelApi 1.12+: a worksheet custom property REPORT_SHEET_MARK whose value is the sheet's
 *   name when it was made. A copy of the sheet (Excel names it "Báo cáo (2)") carries the property
 *   but not the matching name, so a clerk's kept copy of last month's report is not ours to delete;
 *   a renamed report sheet is no longer recognised (it is then left alone, the safe side).
 * - older Excel: workbook settings hold the report sheet's id (ids are unique, so a sheet made
 *   later by the user can never match).
 */
import { REPORT_SHEET_MARK } from '../../core/layout/types';

export const REPORT_SHEET_SETTING = 'cchc.reportSheet';

export interface SheetInfo {
  name: string;
  id: string;
  visibility: string;
}

export interface SheetList {
  sheets: SheetInfo[];
  /** The id held in workbook settings, or null. */
  markedId: string | null;
}

/** Queues the sheet list and the settings mark; the returned function reads them after the next sync. */
export function queueSheetList(context: Excel.RequestContext): () => SheetList {
  const worksheets = context.workbook.worksheets.load('items/name,items/id,items/visibility');
  const setting = context.workbook.settings.getItemOrNullObject(REPORT_SHEET_SETTING).load('value');
  return () => {
    const sheets = worksheets.items.map((w) => ({ name: w.name, id: w.id, visibility: String(w.visibility) }));
    let markedId: string | null = null;
    if (!setting.isNullObject) {
      const v = setting.value as { id?: unknown } | string | null;
      const id = typeof v === 'string' ? v : v && typeof v.id === 'string' ? v.id : null;
      markedId = id;
    }
    return { sheets, markedId };
  };
}

/** Queues, per sheet, a read of the custom-property mark (ExcelApi 1.12). */
export function queueSheetMarks(context: Excel.RequestContext, sheets: SheetInfo[]): Excel.WorksheetCustomProperty[] {
  return sheets.map((s) =>
    context.workbook.worksheets.getItem(s.id).customProperties.getItemOrNullObject(REPORT_SHEET_MARK).load('value'),
  );
}

/** True when the sheet is the add-in's report sheet (see the file comment). */
export function isOurSheet(sheet: SheetInfo, markedId: string | null, mark?: Excel.WorksheetCustomProperty): boolean {
  if (markedId !== null && sheet.id === markedId) return true;
  return mark !== undefined && !mark.isNullObject && mark.value === sheet.name;
}

/** A sheet name not yet taken (case-insensitive), within Excel's 31 characters. */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
