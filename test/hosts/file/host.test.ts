import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { FileHost } from '../../../src/hosts/file';
import { unzipSync, strFromU8 } from 'fflate';
import { REPORT_SHEET_TITLE, type SheetLayout } from '../../../src/core/layout/types';
import type { Issue } from '../../../src/core/issues';
import { loadWorkbook, workbookBytes } from '../../helpers/xlsx';

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  ws.getCell('A1').value = 'UBND XÃ BA BÍCH';
  ws.getCell('A1').font = { name: '.VnTime', size: 14, bold: true };
  ws.mergeCells('A1:D1');
  ws.getCell('A3').value = 'Tổng thu';
  ws.getCell('B3').value = 1464000;
  ws.getCell('B3').numFmt = '#,##0';
  ws.getCell('C3').value = '25%';
  ws.getCell('D3').value = new Date(Date.UTC(2023, 3, 5));
  ws.getCell('D3').numFmt = 'dd/mm/yyyy';
  ws.getCell('B4').value = { formula: 'B3*2', result: 2928000 };
  ws.getCell('A5').value = '=SUM(B3:B4)'; // text that looks like a formula stays text
  return wb;
}

const layout: SheetLayout = {
  name: 'Báo cáo',
  cells: [
    { row: 0, col: 0, value: REPORT_SHEET_TITLE.vi, bold: true, size: 14, align: 'center' },
    { row: 2, col: 0, value: 'Thu ngân sách', border: true, fill: 'D9E1F2', bold: true },
    { row: 2, col: 1, value: 1464000, numFmt: '#,##0', border: true, link: { sheet: 'Thu chi NS', cell: 'B3' } },
    { row: 3, col: 0, value: '=1+1', italic: true, wrap: true },
    { row: 3, col: 1, value: 0.25, numFmt: '0.0%', align: 'right' },
  ],
  merges: ['A1:C1'],
  columnWidths: [30, 18, 12],
  printTitleRows: [2, 2],
  freezeRows: 3,
  lists: [{ range: 'C5:C20', values: ['cán bộ', 'công chức', 'không chuyên trách'] }],
  madeByAddin: true,
};

async function snapshotCells(bytes: Uint8Array) {
  const wb = await loadWorkbook(bytes);
  const out: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    if (ws.name.startsWith('Báo cáo') || ws.name.startsWith('_')) return;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out[`${ws.name}!${c.address}`] = { v: c.value, f: c.numFmt, font: c.font?.name, size: c.font?.size, bold: c.font?.bold };
      }),
    );
  });
  return out;
}

describe('FileHost', () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await workbookBytes(sourceWorkbook());
  });

  it('writes a layout: text as text, numbers as numbers with their formats, fonts, merges, links, lists, print setup, frozen rows', async () => {
    const host = await FileHost.open(input);
    const name = await host.writeReportSheet(layout);
    expect(name).toBe('Báo cáo');
    const wb = await loadWorkbook(await host.save());
    const ws = wb.getWorksheet('Báo cáo')!;
    expect(ws.getCell('A1').value).toBe(REPORT_SHEET_TITLE.vi);
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.size).toBe(14);
    expect(ws.getCell('A1').alignment.horizontal).toBe('center');
    expect(ws.getCell('A4').value).toBe('=1+1');
    expect(ws.getCell('A4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A4').alignment.wrapText).toBe(true);
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
    expect(ws.getCell('A3').border.top?.style).toBe('thin');
    expect((ws.getCell('A3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
    // A figure is a number with its format (issue 10.1); its link to the source cell is a hyperlink on it.
    expect(ws.getCell('B3').value).toBe(1464000);
    expect(ws.getCell('B3').numFmt).toBe('#,##0');
    const files = unzipSync(await host.save());
    const sheetXml = strFromU8(files[Object.keys(files).find((n) => /worksheets\/sheet2\.xml$/.test(n))!]);
    expect(sheetXml).toContain(`<hyperlink ref="B3" location="'Thu chi NS'!B3"`);
    expect((ws.model as { merges: string[] }).merges).toContain('A1:C1');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const rule = Object.values(dv)[0];
    expect(rule.type).toBe('list');
    expect(rule.formulae[0]).toBe('"cán bộ,công chức,không chuyên trách"');
  });

  it("writes the layout's row heights and landscape orientation (the A4 print of the report sheet)", async () => {
    const host = await FileHost.open(input);
    await host.writeReportSheet({ ...layout, rowHeights: { 3: 45, 5: 15.75 }, page: { orientation: 'landscape', fitToWidth: true }, rowBreaks: [4] });
    const bytes = await host.save();
    const ws = (await loadWorkbook(bytes)).getWorksheet('Báo cáo')!;
    expect(ws.getRow(4).height).toBe(45);
    // A blank row's height too.
    expect(ws.getRow(6).height).toBe(15.75);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    const files = unzipSync(bytes);
    const sheetXml = strFromU8(files[Object.keys(files).find((n) => /worksheets\/sheet2\.xml$/.test(n))!]);
    expect(sheetXml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>');
  });

  it('generating twice leaves one report sheet, recognised again after saving', async () => {
    const host = await FileHost.open(input);
    await host.writeReportSheet(layout);
    const again = await FileHost.open(await host.save());
    expect((await again.readSnapshot()).sheets.find((s) => s.name === 'Báo cáo')?.madeByAddin).toBe(true);
    expect(await again.writeReportSheet(layout)).toBe('Báo cáo');
    const wb = await loadWorkbook(await again.save());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Thu chi NS', 'Báo cáo']);
  });

  it("keeps a user's own sheet named Báo cáo and writes the report to Báo cáo (2)", async () => {
    const wb = sourceWorkbook();
    wb.addWorksheet('Báo cáo').getCell('A1').value = 'của tôi';
    const host = await FileHost.open(await workbookBytes(wb));
    expect(await host.writeReportSheet(layout)).toBe('Báo cáo (2)');
    const second = await FileHost.open(await host.save());
    expect(await second.writeReportSheet(layout)).toBe('Báo cáo (2)');
    const out = await loadWorkbook(await second.save());
    expect(out.worksheets.map((w) => w.name)).toEqual(['Thu chi NS', 'Báo cáo', 'Báo cáo (2)']);
    expect(out.getWorksheet('Báo cáo')!.getCell('A1').value).toBe('của tôi');
  });

  it('leaves every source cell value, number format and font as it was', async () => {
    const host = await FileHost.open(input);
    await host.writeReportSheet(layout);
    await host.saveOverrides({ tables: { budget: { sheet: 'Thu chi NS', range: 'A3:D4' } } });
    expect(await snapshotCells(await host.save())).toEqual(await snapshotCells(input));
  });

  it('marks issue cells with removable conditional formats, and clears only those', async () => {
    const host = await FileHost.open(input);
    const ws = (await host.workbook()).getWorksheet('Thu chi NS')!;
    ws.addConditionalFormatting({ ref: 'A3', rules: [{ type: 'expression', priority: 1, formulae: ['A3<>""'], style: {} }] });
    const issue = (cell: string): Issue => ({
      code: 'sum-mismatch',
      severity: 'error',
      sheet: 'Thu chi NS',
      cell,
      table: 'budget',
      field: 'actual',
      sentence: 'not-a-number',
      params: { where: 'x', text: 'x' },
    });
    expect(await host.markIssues([issue('B3'), issue('B3'), issue('C3'), { ...issue(''), cell: '' }, { ...issue('A1'), sheet: 'Nope' }])).toBe(2);
    const list = () => (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((c) => c.ref);
    expect(list()).toEqual(['A3', 'B3', 'C3']);
    await host.clearMarks();
    expect(list()).toEqual(['A3']);
    // Several cells in one issue ("E6, E7") become one space-separated reference, as Excel wants.
    expect(await host.markIssues([issue('B3, C3')])).toBe(1);
    expect(list()).toEqual(['A3', 'B3 C3']);
  });

  it('keeps overrides in a very hidden sheet that is not read as data', async () => {
    const host = await FileHost.open(input);
    expect(await host.loadOverrides()).toEqual({});
    const o = { tables: { budget: { sheet: 'Thu chi NS', range: 'A3:D4' } }, fields: { tthc: { online: 'D' } } };
    await host.saveOverrides(o);
    const again = await FileHost.open(await host.save());
    expect(await again.loadOverrides()).toEqual(o);
    expect((await again.readSnapshot()).sheets.map((s) => s.name)).toEqual(['Thu chi NS']);
    expect((await again.workbook()).getWorksheet('_cchc_settings')!.state).toBe('veryHidden');
  });

  it("still reads the file's overrides after exceljs has loaded it (the reader's parts inflated again)", async () => {
    const o = { tables: { budget: { sheet: 'Thu chi NS', range: 'A3:D4' } } };
    const first = await FileHost.open(input);
    await first.saveOverrides(o);
    const host = await FileHost.open(await first.save());
    await host.workbook();
    expect(await host.loadOverrides()).toEqual(o);
  });

  it('reports reading progress sheet by sheet', async () => {
    const host = await FileHost.open(new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx')));
    const seen: number[] = [];
    const snap = await host.readSnapshot((p) => {
      if (p.fraction !== null) seen.push(p.fraction);
    });
    expect(seen.length).toBeGreaterThanOrEqual(snap.sheets.length);
    expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('has no selection to give and selecting is a no-op', async () => {
    const host = FileHost.blank();
    await expect(host.selectCell('A', 'A1')).resolves.toBeUndefined();
    await expect(host.getSelection()).rejects.toThrow(/not available|no selection/i);
  });

  it('adds template sheets with unique names', async () => {
    const host = FileHost.blank();
    const names = await host.addTemplateSheets([
      { ...layout, name: 'Văn bản' },
      { ...layout, name: 'văn bản' },
    ]);
    expect(names).toEqual(['Văn bản', 'văn bản (2)']);
  });
});
