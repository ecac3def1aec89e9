/** Issue 12, points 6 and 7: pins from whole columns or rows, multi-area selections, and going to a cell on a hidden sheet. */
import { installFakeExcel, uninstallFakeExcel, type FakeWorkbookModel } from './fakeExcel';
import { getSelection, selectCell, SelectionError } from '../../../src/hosts/office/selection';
import { describeError } from '../../../src/ui/errors';

afterEach(() => uninstallFakeExcel());

function book(apiVersion = 14): FakeWorkbookModel {
  const model = installFakeExcel({ apiVersion });
  model.setValues('Thu chi', 'B3', [
    ['Nội dung', 'Số tiền'],
    ['Lương', 1000],
    ['Điện', 200],
  ]);
  model.setValues('Cũ', 'A1', [['cũ']]);
  model.findSheet('Cũ')!.visibility = 'Hidden';
  return model;
}
const select = (model: FakeWorkbookModel, sheet: string, address: string) => (model.selection = { sheetId: model.findSheet(sheet)!.id, address });

test('a whole-column or whole-row selection pins the used part of it', async () => {
  const model = book();
  select(model, 'Thu chi', 'B:H');
  expect(await getSelection()).toEqual({ sheet: 'Thu chi', range: 'B3:C5' });
  select(model, 'Thu chi', '4:20');
  expect(await getSelection()).toEqual({ sheet: 'Thu chi', range: 'B4:C5' });
  // A plain block is pinned as selected, even where it reaches past the values.
  select(model, 'Thu chi', 'B3:D9');
  expect(await getSelection()).toEqual({ sheet: 'Thu chi', range: 'B3:D9' });
});

test('a multi-area selection, or one over no values, is refused with a sentence', async () => {
  const model = book();
  select(model, 'Thu chi', 'B3:C4,E7:F9');
  const multi = await getSelection().catch((e: unknown) => e);
  expect(multi).toBeInstanceOf(SelectionError);
  expect(describeError(multi, 'vi')).toMatch(/^Đang chọn nhiều vùng rời nhau/);
  select(model, 'Thu chi', 'K:M');
  expect(describeError(await getSelection().catch((e: unknown) => e), 'en')).toMatch(/holds no values/);
});

test('going to a cell on a hidden sheet says so and changes nothing', async () => {
  const model = book();
  model.active = model.findSheet('Thu chi')!;
  const error = await selectCell('Cũ', 'A1').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SelectionError);
  expect(describeError(error, 'vi')).toContain('Sheet «Cũ» đang bị ẩn');
  expect(model.active.name).toBe('Thu chi');
  await selectCell('Thu chi', 'C4, C5');
  expect(model.selection).toEqual({ sheetId: model.findSheet('Thu chi')!.id, address: 'C4' });
});

test('going to a cell on a very hidden sheet, or on a sheet renamed since the check, says which and changes nothing', async () => {
  const model = book();
  model.active = model.findSheet('Thu chi')!;
  model.findSheet('Cũ')!.visibility = 'VeryHidden';
  const veryHidden = await selectCell('Cũ', 'A1').catch((e: unknown) => e);
  expect(veryHidden).toBeInstanceOf(SelectionError);
  expect(describeError(veryHidden, 'vi')).toMatch(/^Sheet «Cũ» bị ẩn hẳn .*Visual Basic/);
  model.findSheet('Cũ')!.name = 'Cũ 2023';
  const gone = await selectCell('Cũ', 'A1').catch((e: unknown) => e);
  expect(gone).toBeInstanceOf(SelectionError);
  expect(describeError(gone, 'en')).toBe(
    'The workbook has no sheet «Cũ» any more (renamed or deleted since the check?), so cell A1 cannot be shown. Click Check again to bring the list up to date.',
  );
  expect(model.active.name).toBe('Thu chi');
  expect(model.selection).toBeNull();
});

test('«Ghim cột» over several columns pins nothing and says to select one column (tester 6 item 6); one column is pinned', async () => {
  const { OfficeHost } = await import('../../../src/hosts/office');
  const { pinField } = await import('../../../src/ui/actions');
  const model = installFakeExcel({ apiVersion: 14 });
  model.setValues('Thu chi NS', 'A3', [
    ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'],
    [1, 'Tổng thu ngân sách xã', 7239000, 1464000],
  ]);
  const host = new OfficeHost();
  const analyze = jest.fn(() => ({ issues: [] }));
  const core = { analyze } as never;
  select(model, 'Thu chi NS', 'A3:H6');
  const refused = await pinField(host, core, 'budget', 'actual', { lang: 'vi', tableSheet: 'Thu chi NS' }).catch((e: unknown) => e);
  expect(describeError(refused, 'vi')).toBe('Vùng đang chọn (A3:H6) trải trên nhiều cột nên chưa ghim. Hãy chọn một ô trong đúng một cột rồi bấm «Ghim cột».');
  expect(describeError(refused, 'en')).toMatch(/spans several columns/);
  expect(model.settings.get('cchc.overrides')).toBeUndefined();
  expect(analyze).not.toHaveBeenCalled();
  select(model, 'Thu chi NS', 'D3:D4');
  expect((await pinField(host, core, 'budget', 'actual', { lang: 'vi', tableSheet: 'Thu chi NS' })).column).toBe('D');
  expect(model.settings.get('cchc.overrides')).toEqual({ fields: { budget: { actual: 'D' } } });
});
