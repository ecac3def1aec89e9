/**
 * The Office host reads cell comments (ExcelApi 1.10) into the snapshot's notes in the same 2 syncs, so a budget's
 * unit written only in a comment on its title counts; without 1.10 the check goes on without them. The fake refuses
 * `workbook.comments` below 1.10 and a comment's text read before load + sync.
 */
import { installFakeExcel, uninstallFakeExcel, FakeContext, type FakeOptions, type FakeWorkbookModel } from './fakeExcel';
import { readSnapshot } from '../../../src/hosts/office/read';
import { analyze } from '../../../src/core/analyze';

afterEach(() => uninstallFakeExcel());

function budget(options: FakeOptions): FakeWorkbookModel {
  const model = installFakeExcel(options);
  model.setValues('Thu chi NS', 'A1', [
    ['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023', null, null, null],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', 7239, 1464.5],
    ['II', 'Tổng chi ngân sách xã', 6105, 1220.96],
  ]);
  model.addComment('Thu chi NS', 'A1', 'Chị Lan ơi, số liệu quý I', ['ĐVT: triệu đồng']);
  model.setValues("Lan's sổ", 'B2', [['Ghi chú']]);
  model.addComment("Lan's sổ", 'B2', 'xem lại');
  return model;
}

test('with ExcelApi 1.10 the comments and their replies are notes of their cells, read in the same 2 syncs', async () => {
  const model = budget({});
  const snap = await readSnapshot();
  expect(model.syncCount).toBe(2);
  expect(snap.sheets[0].notes).toEqual([{ row: 0, col: 0, text: 'Chị Lan ơi, số liệu quý I\nĐVT: triệu đồng' }]);
  expect(snap.sheets[1].notes).toEqual([{ row: 1, col: 1, text: 'xem lại' }]);
  const a = analyze(snap);
  expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1e6, source: { sheet: 'Thu chi NS', cell: 'A1' } });
  expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239e6, actual: 1464.5e6 });
});

test('without ExcelApi 1.10 comments are not asked for: the same 2 syncs, no notes, the unit taken as đồng', async () => {
  const model = budget({ apiVersion: 9 });
  const snap = await readSnapshot();
  expect(model.syncCount).toBe(2);
  expect(snap.sheets.map((s) => s.notes)).toEqual([undefined, undefined]);
  const a = analyze(snap);
  expect(a.tables.budget?.located.unit?.factor).toBe(1);
  expect(a.issues.map((i) => i.code)).toContain('unit-mismatch');
});

test("the row-block fallback (Excel on the web refusing the batch) reads the comments' cells again", async () => {
  // A range over 12 cells comes back without values, so the one-batch read is refused and rows are read in blocks.
  const model = budget({ maxCells: 12 });
  const snap = await readSnapshot();
  expect(model.syncCount).toBeGreaterThan(2);
  expect(snap.sheets[0].values[2]).toEqual(['I', 'Tổng thu ngân sách xã', 7239, 1464.5]);
  expect(snap.sheets[0].notes).toEqual([{ row: 0, col: 0, text: 'Chị Lan ơi, số liệu quý I\nĐVT: triệu đồng' }]);
  expect(analyze(snap).figures.budget?.revenue).toMatchObject({ actual: 1464.5e6 });
});

test('the fake: comments need ExcelApi 1.10, and their text and cell need load + sync', async () => {
  const old = budget({ apiVersion: 9 });
  expect(() => new FakeContext(old).workbook.comments).toThrow(/ApiNotFound/);
  uninstallFakeExcel();
  const model = budget({});
  const ctx = new FakeContext(model);
  const comments = ctx.workbook.comments.load('items');
  await ctx.sync();
  expect(() => comments.items[0].content).toThrow(/PropertyNotLoaded/);
  const at = comments.items[0].getLocation();
  expect(() => at.address).toThrow(/PropertyNotLoaded/);
  comments.items[0].load('content');
  at.load('address');
  expect(() => comments.items[0].content).toThrow(/PropertyNotLoaded/);
  await ctx.sync();
  expect([comments.items[0].content, at.address]).toEqual(['Chị Lan ơi, số liệu quý I', "'Thu chi NS'!A1"]);
});
