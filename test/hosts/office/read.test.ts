import { installFakeExcel, uninstallFakeExcel, type FakeWorkbookModel } from './fakeExcel';
import { planBlocks, readSnapshot, splitAreas } from '../../../src/hosts/office/read';
import { cutBands, joinNear } from '../../../src/hosts/office/filledBlocks';
import { hiddenLines } from '../../../src/hosts/office/hidden';
import { analyze } from '../../../src/core/analyze';

afterEach(() => uninstallFakeExcel());

function tenSheets(model: FakeWorkbookModel, rows: number): void {
  for (let s = 0; s < 10; s++) {
    const data: (string | number)[][] = [['STT', 'Họ và tên', 'Ngày', 'Số tiền', 'Ghi chú', 'Đơn vị']];
    for (let r = 1; r < rows; r++) data.push([r, `Nguyễn Văn ${r}`, 45000 + r, r * 1000, 'ok', 'UBND xã']);
    model.setValues(`Sheet ${s + 1}`, 'B3', data);
  }
}

test('a 10-sheet workbook is read in 2 syncs: the sheet list, then every used range in one batch', async () => {
  const model = installFakeExcel();
  tenSheets(model, 50);
  model.sheets[1].cells.get(3 * 16384 + 2)!.font.name = '.VnTime';
  model.setValues('Sheet 3', 'H10', [[{ error: '#DIV/0!' }]]);
  model.addSheet('Trống');
  const snap = await readSnapshot();
  expect(model.syncCount).toBe(2);
  expect(snap.sheets.map((s) => s.name)).toEqual([...Array.from({ length: 10 }, (_, i) => `Sheet ${i + 1}`), 'Trống']);
  const s1 = snap.sheets[0];
  expect(s1.origin).toEqual({ row: 2, col: 1 });
  expect(s1.values[0]).toEqual(['STT', 'Họ và tên', 'Ngày', 'Số tiền', 'Ghi chú', 'Đơn vị']);
  expect(s1.values[1]).toEqual([1, 'Nguyễn Văn 1', 45001, 1000, 'ok', 'UBND xã']);
  expect(s1.formats?.[1][2]).toBe('General');
  expect(snap.sheets[1].fonts?.[1][1]).toBe('.VnTime');
  expect(snap.sheets[1].fonts?.[1][2]).toBe('Calibri');
  // The error cell widens the used range; the cells in between are blank (null).
  const s3 = snap.sheets[2];
  expect(s3.values[7][6]).toEqual({ error: '#DIV/0!' });
  expect(s3.values[0][6]).toBeNull();
  expect(snap.sheets[10]).toEqual({ name: 'Trống', origin: { row: 0, col: 0 }, values: [] });
});

test('a 10-sheet, 10 000-row workbook is read and analysed in 2 syncs (desktop: no payload limit)', async () => {
  const model = installFakeExcel();
  tenSheets(model, 10000);
  const snap = await readSnapshot();
  const analysis = analyze(snap);
  expect(model.syncCount).toBe(2);
  expect(Array.isArray(analysis.issues)).toBe(true);
  expect(snap.sheets).toHaveLength(10);
  expect(snap.sheets[9].values).toHaveLength(10000);
  expect(snap.sheets[9].values[9999][1]).toBe('Nguyễn Văn 9999');
}, 180_000);

test('on Excel on the web the same workbook is too big for one response: it falls back to row blocks and reads the same snapshot', async () => {
  const desktop = installFakeExcel();
  tenSheets(desktop, 1500);
  const expected = await readSnapshot();
  uninstallFakeExcel();
  const web = installFakeExcel({ web: true });
  tenSheets(web, 1500);
  const fractions: number[] = [];
  const snap = await readSnapshot((p) => fractions.push(p.fraction ?? -1));
  expect(snap).toEqual(expected);
  // list, the refused batch, sizes, then ten blocks of 9 000 cells in batches of about RESPONSE_BUDGET bytes.
  expect(web.syncCount).toBeGreaterThanOrEqual(3 + 2);
  expect(web.syncCount).toBeLessThanOrEqual(3 + 5);
  expect(fractions[fractions.length - 1]).toBe(1);
});

test('without ExcelApi 1.9 fonts are skipped, not requested', async () => {
  const model = installFakeExcel({ apiVersion: 7 });
  tenSheets(model, 5);
  const snap = await readSnapshot();
  expect(snap.sheets[0].fonts).toBeUndefined();
  expect(snap.sheets[0].values).toHaveLength(5);
  expect(model.syncCount).toBe(2);
});

test('merged areas come back relative to the sheet (ExcelApi 1.13)', async () => {
  const model = installFakeExcel();
  model.setValues('Thu chi', 'A1', [
    ['Tiêu đề', null, null],
    [1, 2, 3],
  ]);
  model.findSheet('Thu chi')!.merges.push('A1:C1');
  const snap = await readSnapshot();
  expect(snap.sheets[0].merges).toEqual(['A1:C1']);
  expect(splitAreas("'Thu, chi'!A1:C1,'Thu, chi'!$D$4")).toEqual(['A1:C1', 'D4']);
});

test('planBlocks caps every block and every batch', () => {
  const batches = planBlocks([{ id: 'a', top: 2, left: 1, rows: 25, cols: 10 }, null, { id: 'b', top: 0, left: 0, rows: 3, cols: 10 }], 100);
  for (const b of batches) expect(b.reduce((n, x) => n + x.rows * x.cols, 0)).toBeLessThanOrEqual(100);
  expect(
    batches
      .flat()
      .filter((b) => b.id === 'a')
      .map((b) => [b.top, b.rows]),
  ).toEqual([
    [2, 10],
    [12, 10],
    [22, 5],
  ]);
});

function hiddenBits(model: FakeWorkbookModel): void {
  model.setValues('Cán bộ', 'B2', [
    ['STT', 'Họ và tên', 'Ghi chú', 'Chức vụ'],
    [1, 'A', 'x', 'Chủ tịch'],
    [2, 'B', 'y', 'Phó'],
    [3, 'C', 'z', 'Công chức'],
  ]);
  const staff = model.findSheet('Cán bộ')!;
  staff.hiddenRows = new Set([3, 4, 40]); // two rows of the list, and one below it
  staff.hiddenCols = new Set([3]); // "Ghi chú"
  model.setValues('Cũ', 'A1', [['cũ']]);
  model.findSheet('Cũ')!.visibility = 'Hidden';
  model.addSheet('Trống ẩn').visibility = 'Hidden';
}

test('sheet visibility, hidden rows and hidden columns come in the same 2 syncs (ExcelApi 1.9)', async () => {
  const model = installFakeExcel();
  hiddenBits(model);
  const snap = await readSnapshot();
  expect(model.syncCount).toBe(2);
  expect(snap.sheets.map((s) => [s.name, s.visibility, s.hiddenRows, s.hiddenCols])).toEqual([
    ['Cán bộ', undefined, [3, 4], [3]],
    ['Cũ', 'hidden', undefined, undefined],
    ['Trống ẩn', 'hidden', undefined, undefined],
  ]);
});

test('the row-block fallback reads hidden rows and columns too, without extra syncs', async () => {
  const desktop = installFakeExcel();
  hiddenBits(desktop);
  tenSheets(desktop, 1500);
  const expected = await readSnapshot();
  uninstallFakeExcel();
  const web = installFakeExcel({ web: true });
  hiddenBits(web);
  tenSheets(web, 1500);
  const snap = await readSnapshot();
  expect(snap).toEqual(expected);
  expect(snap.sheets[0].hiddenRows).toEqual([3, 4]);
  expect(web.syncCount).toBeLessThanOrEqual(3 + 5);
});

test('without ExcelApi 1.9 hidden rows and columns are not asked for; sheet visibility still is', async () => {
  const model = installFakeExcel({ apiVersion: 7 });
  hiddenBits(model);
  const snap = await readSnapshot();
  expect(snap.sheets[0].hiddenRows).toBeUndefined();
  expect(snap.sheets[0].hiddenCols).toBeUndefined();
  expect(snap.sheets[1].visibility).toBe('hidden');
});

test('hiddenLines: the gaps between visible areas; nothing visible means every row hidden', () => {
  expect(hiddenLines(['B2:C3', 'E2:E3', 'B6:C6', 'E6'], 1, 1, 5, 4)).toEqual({ hiddenRows: [3, 4], hiddenCols: [3] });
  expect(hiddenLines(['A1:D9'], 0, 0, 9, 4)).toEqual({});
  expect(hiddenLines(null, 4, 0, 3, 2)).toEqual({ hiddenRows: [4, 5, 6] });
});

describe('a stray value far from the data (issue 12: read only the blocks that hold values)', () => {
  const TABLE: (string | number)[][] = [
    ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
    ...Array.from({ length: 40 }, (_, i) => [i + 1, `Lĩnh vực ${i + 1}`, 10 + i, 8 + i]),
  ];
  const clean = async (options: Parameters<typeof installFakeExcel>[0]) => {
    installFakeExcel(options).setValues('TTHC', 'B3', TABLE);
    const snap = await readSnapshot();
    uninstallFakeExcel();
    return snap.sheets[0];
  };

  test.each([
    ['desktop', {}],
    ['the web', { web: true }],
    ['the web, ExcelApi 1.7', { web: true, apiVersion: 7 }],
  ])('at XFD1048576 and at XFD3 beside a table (%s): a few syncs, the table and the strays as blocks', async (_, options) => {
    const expected = await clean(options);
    const model = installFakeExcel(options);
    model.setValues('TTHC', 'B3', TABLE);
    model.setValues('TTHC', 'XFD1048576', [['ghi chú lạc']]);
    model.setValues('TTHC', 'XFD3', [[7]]);
    model.setValues('Trống', 'A1', [[null]]);
    const snap = await readSnapshot();
    // List, the whole batch refused, sizes, then two levels of probing and one read batch: not thousands.
    expect(model.syncCount).toBeLessThanOrEqual(8);
    const sheet = snap.sheets[0];
    expect({ origin: sheet.origin, values: sheet.values, formats: sheet.formats, fonts: sheet.fonts }).toEqual({
      origin: expected.origin,
      values: expected.values,
      formats: expected.formats,
      fonts: expected.fonts,
    });
    expect(sheet.blocks?.map((b) => [b.origin, b.values])).toEqual([
      [{ row: 2, col: 16383 }, [[7]]],
      [{ row: 1048575, col: 16383 }, [['ghi chú lạc']]],
    ]);
    expect(snap.sheets[1]).toEqual({ name: 'Trống', origin: { row: 0, col: 0 }, values: [] });
    // The core finds the table as it does without the strays.
    const a = analyze(snap, { lang: 'vi' });
    const b = analyze({ sheets: [expected, snap.sheets[1]] }, { lang: 'vi' });
    const json = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(json(a.tables)).toEqual(json(b.tables));
  });
});

test('joinNear: a table a band edge cut in two is one block again; far strays stay apart; overlaps always join', () => {
  expect(cutBands({ top: 0, left: 0, bottom: 1048575, right: 16383 })).toHaveLength(16);
  expect(cutBands({ top: 0, left: 0, bottom: 99, right: 16383 })[15]).toEqual({ top: 0, left: 15360, bottom: 99, right: 16383 });
  expect(
    joinNear([
      { top: 65536, left: 0, bottom: 99999, right: 7 },
      { top: 0, left: 0, bottom: 65535, right: 7 },
      { top: 1048575, left: 16383, bottom: 1048575, right: 16383 },
      { top: 5, left: 2, bottom: 6, right: 40 },
    ]),
  ).toEqual([
    { top: 0, left: 0, bottom: 99999, right: 40 },
    { top: 1048575, left: 16383, bottom: 1048575, right: 16383 },
  ]);
});
