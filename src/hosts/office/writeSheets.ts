/**
 * Writes the report sheet (replacing only the sheet the add-in made) and the template sheets.
 * writeReportSheet: 3 syncs at most. 1: sheet list + settings mark; 2 (ExcelApi 1.12): each
 * sheet's custom-property mark; last: delete ours, add, write, mark, with calculation and screen
 * updating suspended. Without 1.12 the mark is the new sheet's id in settings, known only after
 * the write, so the third sync stores it.
 */
import { REPORT_SHEET_MARK, type SheetLayout } from '../../core/layout/types';
import { reportSheetName } from '../../core/layout/sheetName';
import { detectFeatures, type Features } from './features';
import { freeSheetName, isOurSheet, queueSheetList, queueSheetMarks, REPORT_SHEET_SETTING } from './sheets';
import { queueLayout } from './writeLayout';

function suspend(context: Excel.RequestContext, features: Features): void {
  context.application.suspendApiCalculationUntilNextSync();
  // suspendScreenUpdatingUntilNextSync is ExcelApi 1.9, like getCellProperties.
  if (features.cellProperties) context.application.suspendScreenUpdatingUntilNextSync();
}

export async function writeReportSheet(layout: SheetLayout): Promise<string> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const list = queueSheetList(context);
    await context.sync();
    const { sheets, markedId } = list();
    let marks: Excel.WorksheetCustomProperty[] = [];
    if (features.sheetProperties) {
      marks = queueSheetMarks(context, sheets);
      await context.sync();
    }
    const ours = sheets.filter((s, i) => isOurSheet(s, markedId, marks[i]));
    const name = reportSheetName(sheets.map((s) => ({ name: s.name, madeByAddin: ours.includes(s) })));

    suspend(context, features);
    // Add under a temporary name first: the old sheet may be the last one, and it may hold the name.
    const temp = freeSheetName(`~cchc ${Date.now() % 100000}`, sheets.map((s) => s.name));
    const ws = context.workbook.worksheets.add(temp);
    for (const s of ours) context.workbook.worksheets.getItem(s.id).delete();
    ws.name = name;
    queueLayout(ws, layout, features);
    ws.activate();
    ws.getRange('A1').select();
    if (features.sheetProperties) {
      ws.customProperties.add(REPORT_SHEET_MARK, name);
      if (markedId !== null) context.workbook.settings.getItem(REPORT_SHEET_SETTING).delete();
      await context.sync();
    } else {
      ws.load('id');
      await context.sync();
      context.workbook.settings.add(REPORT_SHEET_SETTING, { id: ws.id });
      await context.sync();
    }
    return name;
  });
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
