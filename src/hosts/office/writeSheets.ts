/**
 * Writes the report sheet (replacing only the sheet every mark says the add-in made, see sheets.ts)
 * and the template sheets.
 *
 * writeReportSheet, 3 syncs, so that a failure half-way leaves the old report as it was:
 * 1. the sheet list and the marks;
 * 2. the new report built under a temporary name (and its custom-property mark); if this batch
 *    fails, the half-built sheet is removed and the old report is untouched;
 * 3. the swap: the old report (made visible first: Excel refuses to delete a VeryHidden sheet)
 *    deleted, the new one renamed, the named item pointed at it, then activated. Activation is not
 *    in the batch that adds the sheet: Excel on the web misses it there.
 */
import { REPORT_SHEET_MARK, type SheetLayout } from '../../core/layout/types';
import { reportSheetName } from '../../core/layout/sheetName';
import { detectFeatures, type Features } from './features';
import { freeSheetName, nameItemComment, queueSheetList, REPORT_SHEET_NAME_ITEM } from './sheets';
import { queueLayout } from './writeLayout';

function suspend(context: Excel.RequestContext, features: Features): void {
  context.application.suspendApiCalculationUntilNextSync();
  // suspendScreenUpdatingUntilNextSync is ExcelApi 1.9, like getCellProperties.
  if (features.cellProperties) context.application.suspendScreenUpdatingUntilNextSync();
}

/** The text the layout puts in A1 (the report's title), which the named item's comment records. */
function firstCellText(layout: SheetLayout): string {
  const a1 = layout.cells.find((c) => c.row === 0 && c.col === 0);
  return a1 && a1.value !== null && a1.value !== undefined ? String(a1.value) : '';
}

export async function writeReportSheet(layout: SheetLayout): Promise<string> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const list = queueSheetList(context, features);
    await context.sync();
    const { sheets, ours, nameItemExists } = list();
    const name = reportSheetName(sheets.map((s) => ({ name: s.name, madeByAddin: s === ours })));

    // 2. Build under a temporary name: the old sheet may hold the name, and it stays until the new one is whole.
    suspend(context, features);
    const temp = freeSheetName(
      `~cchc ${Date.now() % 100000}`,
      sheets.map((s) => s.name),
    );
    const ws = context.workbook.worksheets.add(temp);
    queueLayout(ws, layout, features);
    if (features.sheetProperties) ws.customProperties.add(REPORT_SHEET_MARK, name);
    try {
      await context.sync();
    } catch (e) {
      await removeHalfBuilt(context, temp);
      throw e;
    }

    // 3. The swap.
    if (nameItemExists) context.workbook.names.getItem(REPORT_SHEET_NAME_ITEM).delete();
    if (ours) {
      const old = context.workbook.worksheets.getItem(ours.id);
      if (ours.visibility !== 'Visible') old.visibility = 'Visible' as Excel.SheetVisibility;
      old.delete();
    }
    ws.name = name;
    context.workbook.names.add(REPORT_SHEET_NAME_ITEM, ws.getRange('A1'), nameItemComment(name, firstCellText(layout)));
    ws.activate();
    ws.getRange('A1').select();
    await context.sync();
    return name;
  });
}

/** After a failed build: deletes the temporary sheet if Excel made it; a failure here hides nothing (the first error is thrown). */
async function removeHalfBuilt(context: Excel.RequestContext, temp: string): Promise<void> {
  try {
    const half = context.workbook.worksheets.getItemOrNullObject(temp).load('id');
    await context.sync();
    if (half.isNullObject) return;
    half.delete();
    await context.sync();
  } catch {
    // The old report is intact either way; the temporary sheet, if any, is named ~cchc.
  }
}

/** Adds blank input sheets, each under its layout's name or "name (2)" when taken. 2 syncs. */
export async function addTemplateSheets(layouts: SheetLayout[]): Promise<string[]> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const taken = worksheets.items.map((w) => w.name);
    suspend(context, features);
    const names: string[] = [];
    for (const layout of layouts) {
      const name = freeSheetName(layout.name, taken);
      taken.push(name);
      names.push(name);
      queueLayout(context.workbook.worksheets.add(name), layout, features);
    }
    if (names.length) context.workbook.worksheets.getItem(names[0]).activate();
    await context.sync();
    return names;
  });
}
