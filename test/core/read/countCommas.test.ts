/**
 * Dossier counts typed as text with an English thousands comma (tester 11 item 8): a count holds whole numbers, so
 * «1,250» is 1.250, never 1,25, and decides its column and table («1,000» beside it is 1.000). A «1,000» nothing
 * decides is read the Vietnamese way and said with both readings. Workbooks written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from '../../generality/harness';
import { guessNumberStyle, twoWholeReadings, wholeReading } from '../../../src/core/read/number';

const HEADER = ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];

function book(rows: (ExcelJS.CellValue | undefined)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [HEADER, ...rows]);
  return wb;
}

test('a whole-number reading decides an ambiguous count; «1,000» alone does not', () => {
  expect(wholeReading('1,250')).toBe('en');
  expect(wholeReading('7.239')).toBe('vi');
  expect(wholeReading('1,000')).toBeNull();
  expect(guessNumberStyle(['1,250', '1,000'])).toBeNull();
  expect(guessNumberStyle(['1,250', '1,000'], true)).toBe('en');
  expect(guessNumberStyle(['1,250', '2,5'], [true, false])).toBeNull();
  expect(twoWholeReadings('1,000')).toEqual({ vi: 1, en: 1000 });
  expect(twoWholeReadings('1,250')).toBeNull();
});

test('«1,250» / «1,000» pasted from an English export are 1.250 and 1.000 dossiers', async () => {
  const a = await roundTrip(book([['Hộ tịch', '1,250', '1,000', '250', '1,250', '1,200', '0', '50']]));
  const t = a.figures.tthc!;
  expect([t.received, t.online, t.direct, t.resolved, t.early, t.onTime, t.late]).toEqual([1250, 1000, 250, 1250, 1200, 0, 50]);
  expect(t.onlinePct).toBe(80);
  expect(t.latePct).toBe(4);
  expect(a.issues.filter((i) => i.severity === 'error' && i.sheet === 'TTHC')).toEqual([]);
});

test('a «1,000» nothing decides is said with what was typed and both readings', async () => {
  const a = await roundTrip(book([['Hộ tịch', 1000, '1,000', 0, 1000, 1000, 0, 0]]));
  const said = brief(a).filter((l) => / TTHC!C2 /.test(l));
  expect(said).toEqual([expect.stringMatching(/^warning type-error .*ghi «1,000»: là 1 \(.*\) hay 1\.000 \(.*\)\? .*đã đọc là 1\.$/)]);
});
