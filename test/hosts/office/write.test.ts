import { installFakeExcel, uninstallFakeExcel, type FakeWorkbookModel } from './fakeExcel';
import { OfficeHost } from '../../../src/hosts/office';
import { REPORT_SHEET_MARK, type SheetLayout } from '../../../src/core/layout/types';
import { keyRects, rowBlocks, sameRuns, widthToPoints } from '../../../src/hosts/office/writeLayout';

afterEach(() => uninstallFakeExcel());

const layout: SheetLayout = {
  name: 'Báo cáo',
  cells: [
    { row: 0, col: 0, value: 'SỐ LIỆU BÁO CÁO', bold: true, size: 14, align: 'center' },
    { row: 2, col: 0, value: 'Chỉ tiêu', bold: true, border: true, fill: 'D9E1F2' },
    { row: 2, col: 1, value: 'Giá trị', bold: true, border: true, fill: 'D9E1F2' },
    { row: 3, col: 0, value: '=SUM(A1:A9) là chữ', border: true },
    { row: 3, col: 1, value: 1234567, numFmt: '#,##0', border: true, link: { sheet: "Thu chi 'cũ'", cell: 'D7' } },
    { row: 4, col: 0, value: '-5 hồ sơ', border: true },
    { row: 4, col: 1, value: 0.456, numFmt: '0.0%', border: true },
    { row: 5, col: 0, value: '0123', border: true },
    { row: 5, col: 1, value: '+84 912', border: true, wrap: true },
    { row: 6, col: 0, value: '@ghi chú' },
  ],
  merges: ['A1:B1'],
  columnWidths: [30, 14],
  printTitleRows: [2, 2],
  freezeRows: 3,
  madeByAddin: true,
};

function cell(model: FakeWorkbookModel, sheet: string, r: number, c: number) {
  return model.peek(model.findSheet(sheet)!, r, c);
}

test('writeReportSheet writes the layout in at most 3 syncs, text as text, with formats, links, merges, widths and page setup', async () => {
  const model = installFakeExcel();
  model.setValues('Thu chi', 'A1', [[1]]);
  const name = await new OfficeHost().writeReportSheet(layout);
  expect(name).toBe('Báo cáo');
  expect(model.syncCount).toBeLessThanOrEqual(3);
  expect(cell(model, name, 3, 0)).toMatchObject({ value: '=SUM(A1:A9) là chữ', numberFormat: '@' });
  expect(cell(model, name, 3, 0).formula).toBeUndefined();
  expect(cell(model, name, 4, 0).value).toBe('-5 hồ sơ');
  expect(cell(model, name, 5, 0).value).toBe('0123');
  expect(cell(model, name, 5, 1).value).toBe('+84 912');
  expect(cell(model, name, 6, 0).value).toBe('@ghi chú');
  expect(cell(model, name, 3, 1)).toMatchObject({ value: 1234567, numberFormat: '#,##0' });
  expect(cell(model, name, 4, 1)).toMatchObject({ value: 0.456, numberFormat: '0.0%' });
  expect(cell(model, name, 3, 1).hyperlink).toEqual({ documentReference: "'Thu chi ''cũ'''!D7" });
  expect(cell(model, name, 0, 0).font).toMatchObject({ bold: true, size: 14 });
  expect(cell(model, name, 0, 0).hAlign).toBe('Center');
  expect(cell(model, name, 2, 1)).toMatchObject({
    fill: '#D9E1F2',
    borders: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' },
  });
  expect(cell(model, name, 3, 0).font.size).toBe(12);
  expect(cell(model, name, 5, 1).wrap).toBe(true);
  expect(cell(model, name, 6, 0).borders).toEqual({});
  const sheet = model.findSheet(name)!;
  expect(sheet.merges).toEqual(['A1:B1']);
  expect(sheet.columnWidths.get(0)).toBe(widthToPoints(30));
  expect(sheet.frozenRows).toBe(3);
  expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1 }, printTitleRows: '$3:$3' });
  expect(sheet.customProperties.get(REPORT_SHEET_MARK)).toBe(name);
  expect(model.suspendCalls).toEqual(['calc', 'screen']);
  expect(model.active?.name).toBe(name);
});

it("writes the layout's row heights and landscape orientation (the A4 print), within the same syncs", async () => {
  const model = installFakeExcel();
  model.setValues('Thu chi', 'A1', [[1]]);
  const name = await new OfficeHost().writeReportSheet({
    ...layout,
    rowHeights: { 3: 45 },
    page: { orientation: 'landscape', fitToWidth: true },
    pageHeader: ['SỐ LIỆU BÁO CÁO', 'UBND XÃ A & B'],
    rowBreaks: [4, 6],
  });
  expect(model.syncCount).toBeLessThanOrEqual(3);
  const sheet = model.findSheet(name)!;
  expect(sheet.rowHeights.get(3)).toBe(45);
  expect(sheet.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1 } });
  // A manual break above rows 5 and 7; the title lines in the header of every page but the first.
  expect(sheet.pageLayout.rowBreaks).toEqual([4, 6]);
  expect(sheet.pageLayout.headersFooters).toEqual({
    state: 'FirstAndDefault',
    defaultForAllPages: {
      centerHeader: '&10&"Times New Roman,Bold"SỐ LIỆU BÁO CÁO\n&"Times New Roman,Regular"UBND XÃ A && B',
      rightHeader: '&10&"Times New Roman,Regular"&P/&N',
    },
  });
});

test('generating again replaces only the add-in’s sheet; a user’s sheet of the same name is never touched', async () => {
  const model = installFakeExcel();
  model.setValues('Báo cáo', 'A1', [['sổ của tôi']]);
  const host = new OfficeHost();
  const first = await host.writeReportSheet(layout);
  expect(first).toBe('Báo cáo (2)');
  const before = model.syncCount;
  const second = await host.writeReportSheet({ ...layout, cells: [{ row: 0, col: 0, value: 'mới' }] });
  expect(model.syncCount - before).toBeLessThanOrEqual(3);
  expect(second).toBe('Báo cáo (2)');
  expect(model.sheets.map((s) => s.name)).toEqual(['Báo cáo', 'Báo cáo (2)']);
  expect(cell(model, 'Báo cáo', 0, 0).value).toBe('sổ của tôi');
  expect(cell(model, 'Báo cáo (2)', 0, 0).value).toBe('mới');
  expect(cell(model, 'Báo cáo (2)', 3, 0).value).toBeNull();
});

test('the report sheet may be the only sheet and is still replaced', async () => {
  const model = installFakeExcel();
  const host = new OfficeHost();
  model.addSheet('Sheet1');
  await host.writeReportSheet(layout);
  model.sheets = model.sheets.filter((s) => s.name !== 'Sheet1');
  await host.writeReportSheet(layout);
  expect(model.sheets.map((s) => s.name)).toEqual(['Báo cáo']);
});

test('without ExcelApi 1.9/1.12: no page setup or screen suspension, the named item alone marks the sheet, still 3 syncs', async () => {
  const model = installFakeExcel({ apiVersion: 7 });
  model.setValues('Báo cáo', 'A1', [['user']]);
  const host = new OfficeHost();
  const name = await host.writeReportSheet(layout);
  expect(model.syncCount).toBe(3);
  expect(name).toBe('Báo cáo (2)');
  expect(model.findName('_cchc_report_sheet')).toMatchObject({ sheet: model.findSheet(name), top: 0, left: 0, bottom: 0, right: 0 });
  expect(model.findSheet(name)!.customProperties.size).toBe(0);
  expect(model.findSheet(name)!.pageLayout).toEqual({});
  expect(model.suspendCalls).toEqual(['calc']);
  await host.writeReportSheet(layout);
  expect(model.sheets.map((s) => s.name)).toEqual(['Báo cáo', 'Báo cáo (2)']);
  expect(cell(model, 'Báo cáo', 0, 0).value).toBe('user');
});

test('addTemplateSheets adds sheets under free names with dropdown lists, in 2 syncs', async () => {
  const model = installFakeExcel();
  model.setValues('TTHC', 'A1', [['mine']]);
  const names = await new OfficeHost().addTemplateSheets([
    {
      name: 'TTHC',
      cells: [{ row: 0, col: 0, value: 'Lĩnh vực', bold: true }],
      merges: [],
      columnWidths: [20],
      lists: [{ range: 'A2:A100', values: ['Tư pháp', 'Đất đai, xây dựng'] }],
    },
    { name: 'Cán bộ', cells: [{ row: 0, col: 0, value: 'Họ và tên' }], merges: [], columnWidths: [] },
  ]);
  expect(names).toEqual(['TTHC (2)', 'Cán bộ']);
  expect(model.syncCount).toBe(2);
  expect(cell(model, 'TTHC', 0, 0).value).toBe('mine');
  expect(model.findSheet('TTHC (2)')!.validations).toEqual([
    { range: 'A2:A100', rule: { list: { inCellDropDown: true, source: 'Tư pháp,Đất đai  xây dựng' } } },
  ]);
});

test('rowBlocks groups consecutive rows', () => {
  expect(rowBlocks(layout.cells)).toEqual([
    { top: 0, bottom: 0, left: 0, right: 0 },
    { top: 2, bottom: 6, left: 0, right: 1 },
  ]);
});

test('a whole report on the example workbook leaves every source cell identical: value, number format and font', async () => {
  const { readFileSync } = await import('node:fs');
  const { readSnapshotFromXlsx } = await import('../../../src/hosts/file');
  const { analyze } = await import('../../../src/core/analyze');
  const { reportSheetLayout } = await import('../../../src/core/layout/reportSheet');
  const { a1 } = await import('../../../src/core/address');
  const example = await readSnapshotFromXlsx(new Uint8Array(readFileSync('examples/ba-bich-2023.xlsx')));
  const model = installFakeExcel();
  for (const s of example.sheets) {
    const values = s.values.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? null : v)));
    if (!values.length) continue;
    model.setValues(s.name, a1(s.origin.row, s.origin.col), values);
    const sheet = model.findSheet(s.name)!;
    // Give the source cells their own formats and fonts so a stray write would show.
    s.formats?.forEach((row, r) =>
      row.forEach((f, c) => {
        const cellModel = model.peek(sheet, s.origin.row + r, s.origin.col + c);
        if (cellModel && f) cellModel.numberFormat = f;
        if (cellModel) cellModel.font.name = s.fonts?.[r]?.[c] ?? 'Times New Roman';
      }),
    );
  }
  const sources = () => JSON.parse(model.dumpCells()).filter((s: { name: string }) => !s.name.startsWith('Báo cáo'));
  const before = sources();
  const host = new OfficeHost();
  const analysis = analyze(await host.readSnapshot());
  const syncs = model.syncCount;
  const name = await host.writeReportSheet(reportSheetLayout(analysis, 'vi', 'pane'));
  expect(model.syncCount - syncs).toBeLessThanOrEqual(3);
  expect(name).toBe('Báo cáo');
  expect(sources()).toEqual(before);
  expect(before.length).toBeGreaterThan(5);
});

test('the template sheets are written in a few dozen operations a sheet (borders and styles per block, not per row), every cell as its layout says', async () => {
  const { templateLayouts } = await import('../../../src/core/layout/template');
  const layouts = templateLayouts('vi');
  const model = installFakeExcel();
  model.addSheet('Dữ liệu');
  const names = await new OfficeHost().addTemplateSheets(layouts);
  expect(model.syncCount).toBe(2);
  // Per row it took 5 035 operations for the ten sheets; per block about 35 a sheet.
  expect(model.operations).toBeLessThanOrEqual(40 * layouts.length);
  layouts.forEach((l, i) => {
    const sheet = model.findSheet(names[i])!;
    for (const c of l.cells) {
      const m = model.peek(sheet, c.row, c.col);
      if (c.border) expect([m.borders.top, m.borders.bottom, m.borders.left, m.borders.right]).toEqual(Array(4).fill('Continuous'));
      else expect(m.borders).toEqual({});
      expect(m.font.bold).toBe(!!c.bold);
      expect(m.wrap).toBe(!!c.wrap);
      expect(m.fill).toBe(c.fill ? `#${c.fill}` : null);
    }
    l.columnWidths.forEach((w, col) => w > 0 && expect(sheet.columnWidths.get(col)).toBe(widthToPoints(w)));
  });
});

test('keyRects joins runs of one key into rectangles, covering each keyed cell once; sameRuns groups equal neighbours', () => {
  const cells = [
    ...[0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => ({ row, col, value: null, border: true }))),
    { row: 3, col: 0, value: null, border: true },
    { row: 3, col: 1, value: null },
  ];
  expect(keyRects(cells, (c) => (c.border ? 'b' : null)).map(({ top, left, bottom, right }) => [top, left, bottom, right])).toEqual([
    [0, 0, 2, 2],
    [3, 0, 3, 0],
  ]);
  expect(
    sameRuns([
      [3, 12],
      [0, 30],
      [1, 12],
      [2, 12],
      [5, 12],
    ]),
  ).toEqual([
    [0, 0, 30],
    [1, 3, 12],
    [5, 5, 12],
  ]);
});
