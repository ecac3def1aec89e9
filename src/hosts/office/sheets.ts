/**
 * The sheet list and the report sheet's marks. The add-in's report sheet is recognised only when
 * every mark agrees, never by its name or its id alone (ids have changed between sessions and
 * hosts, so a clerk's sheet could have taken the id of last month's report):
 * 1. a workbook-scoped named item REPORT_SHEET_DEFINED_NAME (`_cchc_report_sheet`, ExcelApi 1.4),
 *    the same name the file host writes, referring to the report's first cell. Excel moves the
 *    reference with the sheet (renamed, rows inserted) and a copy of the sheet does not get it;
 * 2. its comment records the mark, the sheet's name and the text of the cell it refers to (the
 *    report's title): the sheet must still have that name (a report the clerk renamed to keep it is
 *    theirs) and that cell that text (a sheet the clerk reused for their own data is theirs);
 * 3. ExcelApi 1.12+: the sheet's own custom property REPORT_SHEET_MARK, whose value is the sheet's
 *    name when it was made (a copy, which Excel names "Báo cáo (2)", or a renamed sheet fails it).
 * A sheet that fails any mark is the clerk's: it is read by the check and never deleted.
 */
import { REPORT_SHEET_MARK } from '../../core/layout/types';
import type { Features } from './features';

/** The file host's defined name (src/hosts/file/mark.ts), so both hosts mark the sheet alike. */
export const REPORT_SHEET_NAME_ITEM = '_cchc_report_sheet';

export interface SheetInfo {
  name: string;
  id: string;
  visibility: string;
}

export interface SheetList {
  sheets: SheetInfo[];
  /** The sheet every mark agrees is the add-in's report sheet, or null. */
  ours: SheetInfo | null;
  /** True when the named item exists (even if it points at a sheet that is no longer ours). */
  nameItemExists: boolean;
}

/** The named item's comment: the mark, the sheet's name and the text of the cell it refers to. */
export function nameItemComment(sheetName: string, firstCellText: string): string {
  // Excel caps a name's comment at 255 characters; both sides cut it the same way.
  return JSON.stringify([REPORT_SHEET_MARK, sheetName, firstCellText]).slice(0, 255);
}

/**
 * Queues the sheet list and the marks (all in the caller's next sync); the returned function reads
 * them after it. Chained proxies keep it to one sync: the named item's cell, its worksheet and that
 * worksheet's custom property are all reached from the name.
 */
export function queueSheetList(context: Excel.RequestContext, features: Features): () => SheetList {
  const worksheets = context.workbook.worksheets.load('items/name,items/id,items/visibility');
  const item = context.workbook.names.getItemOrNullObject(REPORT_SHEET_NAME_ITEM).load('comment');
  const cell = item.getRangeOrNullObject().load('values,cellCount');
  const sheet = cell.worksheet.load('id');
  const property = features.sheetProperties ? cell.worksheet.customProperties.getItemOrNullObject(REPORT_SHEET_MARK).load('value') : null;
  return () => {
    const sheets = worksheets.items.map((w) => ({ name: w.name, id: w.id, visibility: String(w.visibility) }));
    if (item.isNullObject) return { sheets, ours: null, nameItemExists: false };
    const candidate = cell.isNullObject ? undefined : sheets.find((s) => s.id === sheet.id);
    const agree =
      candidate !== undefined &&
      cell.cellCount === 1 &&
      typeof item.comment === 'string' &&
      item.comment === nameItemComment(candidate.name, String(cell.values[0][0] ?? '')) &&
      (property === null || (!property.isNullObject && property.value === candidate.name));
    return { sheets, ours: agree ? candidate : null, nameItemExists: true };
  };
}

/** A sheet name not yet taken (case-insensitive), within Excel's 31 characters. */
export function freeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
