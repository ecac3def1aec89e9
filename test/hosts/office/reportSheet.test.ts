/**
 * Issue 12, points 3 and 5: the report sheet is recognised only when every mark agrees (named item,
 * its recorded name and title, the sheet's custom property), so a clerk's sheet is never skipped by
 * the check nor deleted by the next report; and the report is swapped in safely.
 */
import { installFakeExcel, uninstallFakeExcel, type FakeOptions, type FakeWorkbookModel } from './fakeExcel';
import { OfficeHost } from '../../../src/hosts/office';
import { readSnapshot } from '../../../src/hosts/office/read';
import { REPORT_SHEET_MARK, type SheetLayout } from '../../../src/core/layout/types';

afterEach(() => uninstallFakeExcel());

const TITLE = 'SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH';
const report = (line: string): SheetLayout => ({
  name: 'Báo cáo',
  cells: [
    { row: 0, col: 0, value: TITLE, bold: true },
    { row: 2, col: 0, value: line },
  ],
  merges: ['A1:C1'],
  columnWidths: [],
  madeByAddin: true,
});

function workbook(options: FakeOptions = {}): FakeWorkbookModel {
  const model = installFakeExcel(options);
  model.setValues('Thu chi', 'A1', [
    ['Nội dung', 'Số tiền'],
    ['Lương', 1000],
  ]);
  return model;
}

const names = (model: FakeWorkbookModel) => model.sheets.map((s) => s.name);
const a = (model: FakeWorkbookModel, sheet: string, row: number) => model.peek(model.findSheet(sheet)!, row, 0).value;
const madeByAddin = async () => (await readSnapshot()).sheets.map((s) => [s.name, !!s.madeByAddin, s.values.length > 0]);

describe.each([
  ['ExcelApi 1.14', 14],
  ['ExcelApi 1.7 (no custom properties)', 7],
])('%s', (_label, apiVersion) => {
  test('our sheet carries a workbook-scoped named item on its title cell; the check skips it and the next report replaces it', async () => {
    const model = workbook({ apiVersion });
    const host = new OfficeHost();
    expect(await host.writeReportSheet(report('lần 1'))).toBe('Báo cáo');
    const mark = model.findName('_cchc_report_sheet')!;
    expect(mark).toMatchObject({ sheet: model.findSheet('Báo cáo'), top: 0, left: 0, bottom: 0, right: 0 });
    expect(JSON.parse(mark.comment)).toEqual([REPORT_SHEET_MARK, 'Báo cáo', TITLE]);
    expect(await madeByAddin()).toEqual([
      ['Thu chi', false, true],
      ['Báo cáo', true, false],
    ]);
    expect(await host.writeReportSheet(report('lần 2'))).toBe('Báo cáo');
    expect(names(model)).toEqual(['Thu chi', 'Báo cáo']);
    expect(a(model, 'Báo cáo', 2)).toBe('lần 2');
    expect(model.names).toHaveLength(1);
  });

  test('a copy of our sheet, a renamed report and a report the clerk reused are the clerk’s: read, and never deleted', async () => {
    const model = workbook({ apiVersion });
    const host = new OfficeHost();
    await host.writeReportSheet(report('tháng 1'));
    // The clerk keeps a copy (Excel copies neither custom properties nor workbook names)...
    model.copySheet('Báo cáo', 'Báo cáo (2)');
    // ...then renames the original to keep it too.
    model.findSheet('Báo cáo')!.name = 'Báo cáo tháng 1';
    expect(await madeByAddin()).toEqual([
      ['Thu chi', false, true],
      ['Báo cáo tháng 1', false, true],
      ['Báo cáo (2)', false, true],
    ]);
    const before = model.dumpCells();
    expect(await host.writeReportSheet(report('tháng 2'))).toBe('Báo cáo');
    expect(names(model)).toEqual(['Thu chi', 'Báo cáo tháng 1', 'Báo cáo (2)', 'Báo cáo']);
    expect(JSON.parse(model.dumpCells()).slice(0, 3)).toEqual(JSON.parse(before));

    // The clerk types their own data over our new report (the title cell too): theirs from now on.
    model.setValues('Báo cáo', 'A1', [['Danh sách tổ dân phố'], ['Tổ 1']]);
    expect((await madeByAddin()).at(-1)).toEqual(['Báo cáo', false, true]);
    expect(await host.writeReportSheet(report('tháng 3'))).toBe('Báo cáo (3)');
    expect(a(model, 'Báo cáo', 0)).toBe('Danh sách tổ dân phố');
  });

  test('sheet ids that change between sessions never make a clerk’s sheet ours (an old id left in settings is ignored)', async () => {
    const model = workbook({ apiVersion, idsChangeBetweenRuns: true });
    model.setValues('Cán bộ', 'A1', [['Họ và tên'], ['Nguyễn Văn A']]);
    const host = new OfficeHost();
    await host.writeReportSheet(report('lần 1'));
    // An earlier version kept the report's id in settings; ids are dealt again at every run,
    // so that id now belongs to a clerk's sheet.
    model.settings.set('cchc.reportSheet', { id: model.sheets[0].id });
    const snap = await readSnapshot();
    expect(snap.sheets.filter((s) => s.madeByAddin).map((s) => s.name)).toEqual(['Báo cáo']);
    expect(snap.sheets.find((s) => s.name === 'Cán bộ')!.values).toHaveLength(2);
    await host.writeReportSheet(report('lần 2'));
    expect(names(model)).toEqual(['Thu chi', 'Cán bộ', 'Báo cáo']);
    expect(a(model, 'Cán bộ', 1)).toBe('Nguyễn Văn A');
    expect(a(model, 'Báo cáo', 2)).toBe('lần 2');
  });
});

test('ExcelApi 1.12: a sheet whose custom property was removed or changed is not ours, even with the named item', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.writeReportSheet(report('lần 1'));
  model.findSheet('Báo cáo')!.customProperties.clear();
  expect((await madeByAddin()).at(-1)).toEqual(['Báo cáo', false, true]);
  expect(await host.writeReportSheet(report('lần 2'))).toBe('Báo cáo (2)');
  expect(a(model, 'Báo cáo', 2)).toBe('lần 1');
  // The named item moved to the new report; the property's key is found without case.
  const ours = model.findSheet('Báo cáo (2)')!;
  expect(model.findName('_cchc_report_sheet')!.sheet).toBe(ours);
  ours.customProperties.set(REPORT_SHEET_MARK.toUpperCase(), ours.customProperties.get(REPORT_SHEET_MARK)!);
  ours.customProperties.delete(REPORT_SHEET_MARK);
  expect((await madeByAddin()).at(-1)).toEqual(['Báo cáo (2)', true, false]);
});

test('a VeryHidden old report is made visible, then removed; the new one is built whole before the swap and activated after it', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.writeReportSheet(report('cũ'));
  model.findSheet('Báo cáo')!.visibility = 'VeryHidden';
  model.active = model.findSheet('Thu chi')!;
  const syncs = model.syncCount;
  expect(await host.writeReportSheet(report('mới'))).toBe('Báo cáo');
  expect(model.syncCount - syncs).toBe(3);
  expect(names(model)).toEqual(['Thu chi', 'Báo cáo']);
  expect(model.findSheet('Báo cáo')!.visibility).toBe('Visible');
  expect(a(model, 'Báo cáo', 2)).toBe('mới');
  // The fake, like Excel on the web, ignores activating a sheet in the batch that adds it.
  expect(model.active?.name).toBe('Báo cáo');
});

test('a failure while the new report is built leaves the old report, its marks and no half-built sheet', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.writeReportSheet(report('cũ'));
  const before = model.dumpCells();
  // Two overlapping merges make Excel refuse the batch half-way.
  await expect(host.writeReportSheet({ ...report('mới'), merges: ['A1:C1', 'B1:D1'] })).rejects.toThrow(/merge/);
  expect(names(model)).toEqual(['Thu chi', 'Báo cáo']);
  expect(model.dumpCells()).toBe(before);
  expect(model.findName('_cchc_report_sheet')!.sheet).toBe(model.findSheet('Báo cáo'));
  expect((await madeByAddin()).at(-1)).toEqual(['Báo cáo', true, false]);
});
