/** What of the user's workbook survives FileHost.open → writeReportSheet → save, and what the copy warns about. */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { FileHost } from '../../../src/hosts/file';
import { guardXlsx } from '../../../src/xlsx/zip/guard';
import { REPORT_SHEET_TITLE, type SheetLayout } from '../../../src/core/layout/types';
import { loadWorkbook, workbookBytes } from '../../helpers/xlsx';

const layout: SheetLayout = { name: 'Báo cáo', cells: [{ row: 0, col: 0, value: REPORT_SHEET_TITLE.vi }], merges: [], columnWidths: [20], madeByAddin: true };

// A 1×1 red PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.getCell('A1').value = 'Tiêu đề';
  ws.mergeCells('A1:D1');
  ws.getCell('B3').value = 42;
  ws.getCell('B3').note = 'Số do phòng Tư pháp gửi';
  ws.getColumn('C').hidden = true;
  ws.getColumn('B').width = 27;
  ws.pageSetup.printArea = 'A1:D20';
  wb.definedNames.add("'Số liệu'!$B$3", 'TongSo');
  const img = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(img, 'E2:F4');
  return wb;
}

describe('round trip of what exceljs can write itself', () => {
  it('keeps images, comments, defined names, hidden columns, widths, frozen panes, merges and the print area', async () => {
    const host = await FileHost.open(await workbookBytes(userWorkbook()));
    expect(host.copyWarnings()).toEqual([]);
    await host.writeReportSheet(layout);
    const wb = await loadWorkbook(await host.save());
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getImages()).toHaveLength(1);
    expect(wb.model.media.some((m: { extension?: string }) => m.extension === 'png')).toBe(true);
    const note = ws.getCell('B3').note as unknown;
    const noteText = typeof note === 'string' ? note : (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
    expect(noteText).toBe('Số do phòng Tư pháp gửi');
    expect(wb.definedNames.getRanges('TongSo').ranges).toEqual(["'Số liệu'!$B$3"]);
    expect(ws.getColumn('C').hidden).toBe(true);
    expect(ws.getColumn('B').width).toBe(27);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect((ws.model as { merges: string[] }).merges).toContain('A1:D1');
    expect(ws.pageSetup.printArea).toBe('A1:D20');
  });
});

/** The same workbook's bytes with extra parts, as Excel writes for a chart or a pivot table. */
async function withParts(parts: string[]): Promise<Uint8Array> {
  const files = unzipSync(await workbookBytes(userWorkbook()));
  for (const p of parts) files[p] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><x/>');
  return zipSync(files);
}

describe('the report copy keeps what exceljs could not (charts, pivots): every part of the user byte for byte', () => {
  it('charts and pivot tables are kept, and nothing needs saying', async () => {
    const bytes = await withParts(['xl/charts/chart1.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml']);
    expect(guardXlsx(bytes).dropped).toEqual({ charts: true, pivots: true });
    const host = await FileHost.open(bytes);
    await host.writeReportSheet(layout);
    expect(host.copyWarnings()).toEqual([]);
    const before = unzipSync(bytes);
    const after = unzipSync(await host.save());
    const changed = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'];
    for (const [name, data] of Object.entries(before)) {
      expect(after[name]).toBeDefined();
      if (!changed.includes(name)) expect(Buffer.from(after[name]).equals(Buffer.from(data))).toBe(true);
    }
    expect(Object.keys(after).filter((n) => !(n in before))).toEqual(['xl/worksheets/sheet2.xml']);
  });

  it('an image alone is not a chart', async () => {
    expect(guardXlsx(await workbookBytes(userWorkbook())).dropped).toEqual({ charts: false, pivots: false });
  });
});
