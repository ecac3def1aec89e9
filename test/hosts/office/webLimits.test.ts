/**
 * Issue 12, point 4: Excel on the web's limits. Responses are measured in UTF-8 bytes (Vietnamese text
 * is 2–3 bytes a letter), a range over the cell limit answers null values, and a batch still refused
 * is split again; a row Excel cannot send ends in a clear sentence.
 */
import { installFakeExcel, uninstallFakeExcel, type FakeOptions, type FakeWorkbookModel } from './fakeExcel';
import { readSnapshot, ReadTooLargeError, utf8Bytes } from '../../../src/hosts/office/read';
import { describeError } from '../../../src/ui/errors';

afterEach(() => uninstallFakeExcel());

const LONG_TEXT = 'Hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất của hộ gia đình ông Nguyễn Văn Bình, thôn Đông';

function register(model: FakeWorkbookModel, rows: number, text = LONG_TEXT): void {
  const data: (string | number)[][] = [['STT', 'Nội dung', 'Ngày nhận', 'Ghi chú']];
  for (let r = 1; r < rows; r++) data.push([r, `${text} ${r}`, 45000 + (r % 300), `${text.slice(0, 40)} ${r}`]);
  model.setValues('Sổ hồ sơ', 'A1', data);
  model.setValues('Cán bộ', 'A1', [['Họ và tên'], ['Nguyễn Thị Hằng']]);
}

async function both(rows: number, web: FakeOptions, text?: string) {
  const desktop = installFakeExcel();
  register(desktop, rows, text);
  const expected = await readSnapshot();
  uninstallFakeExcel();
  const model = installFakeExcel(web);
  register(model, rows, text);
  return { expected, model };
}

test('utf8Bytes counts Vietnamese letters as 2–3 bytes and astral characters as 4', () => {
  expect(utf8Bytes('abc')).toBe(3);
  expect(utf8Bytes('Hồ sơ')).toBe(Buffer.byteLength('Hồ sơ', 'utf8'));
  expect(utf8Bytes(LONG_TEXT)).toBe(Buffer.byteLength(LONG_TEXT, 'utf8'));
  expect(utf8Bytes('𝔸x')).toBe(5);
});

test('a Vietnamese register of 60 000 cells with fonts, over 5 MB in UTF-8, is read in byte-sized batches and equals the desktop read', async () => {
  const { expected, model } = await both(15000, { web: true });
  const fractions: number[] = [];
  const snap = await readSnapshot((p) => fractions.push(p.fraction ?? -1));
  expect(snap).toEqual(expected);
  expect(snap.sheets[0].values[14999][1]).toBe(`${LONG_TEXT} 14999`);
  // list, the refused whole batch, sizes, then at least two batches.
  expect(model.syncCount).toBeGreaterThanOrEqual(5);
  expect(fractions[fractions.length - 1]).toBeCloseTo(1);
}, 120_000);

test('a batch Excel still refuses (a smaller limit than the first guess allows) is split again until it passes', async () => {
  const { expected, model } = await both(2000, { web: true, maxResponseBytes: 400_000 });
  const snap = await readSnapshot();
  expect(snap).toEqual(expected);
  expect(model.syncCount).toBeGreaterThan(5);
}, 120_000);

test('a range over the cell limit answers null values: the read falls back to blocks instead of crashing', async () => {
  // ExcelApi 1.7: no fonts, so the values themselves come back null (a smaller cell limit stands for 5 million).
  const desktop = installFakeExcel({ apiVersion: 7 });
  register(desktop, 300);
  const expected = await readSnapshot();
  uninstallFakeExcel();
  const web = installFakeExcel({ apiVersion: 7, web: true, maxCells: 1000 });
  register(web, 300);
  const snap = await readSnapshot();
  expect(snap).toEqual(expected);
  expect(snap.sheets[0].values).toHaveLength(300);
  expect(web.syncCount).toBeGreaterThan(3);
});

test('a single row larger than Excel will send ends in a clear sentence, in both languages', async () => {
  const model = installFakeExcel({ web: true, maxResponseBytes: 2_000 });
  model.setValues('Ghi chép', 'A1', [['Tiêu đề'], [LONG_TEXT.repeat(30)]]);
  const error = await readSnapshot().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadTooLargeError);
  expect(describeError(error, 'vi')).toMatch(/^Excel không gửi được một dòng.*web\.html/);
  expect(describeError(error, 'en')).toMatch(/^Excel cannot send one row/);
});
