/**
 * A dossier export made by software set to US English writes its dates month first («07/02/2025 08:00 AM» is
 * 2 July); the table proves it when one cell's second number cannot be a month («09/15/2025»). The reader then
 * reads every date of the table month first, as the spec asks an ambiguous value to be decided by the column's
 * other cells (tester 17 T29). A table with both proofs stays day first and says the contradicting cell; a table
 * with neither stays day first, as Vietnam writes. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { monthFirstColumn, parseDateText } from '../../src/core/read/date';
import { toSerial } from '../../src/core/format';
import { put, roundTrip } from './harness';

const H = ['Mã hồ sơ', 'Lĩnh vực', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'];

function book(rows: string[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/07/2025'],
    ['Đến ngày', '30/09/2025'],
    ['Ngày báo cáo', '05/10/2025'],
  ]);
  put(wb.addWorksheet('Export'), 1, [H, ...rows]);
  return wb;
}

// K1 online early, K2 direct on time, K3 direct late, K4 online pending in time (due 6 October).
const US = [
  ['K1', 'Hộ tịch', 'Trực tuyến', '07/02/2025 08:00 AM', '07/04/2025 05:00 PM', '07/03/2025 09:00 AM', 'Đã trả kết quả'],
  ['K2', 'Hộ tịch', 'Trực tiếp', '08/04/2025 08:00 AM', '08/06/2025 05:00 PM', '08/06/2025 10:00 AM', 'Đã trả kết quả'],
  ['K3', 'Chứng thực', 'Trực tiếp', '09/01/2025 08:00 AM', '09/02/2025 05:00 PM', '09/05/2025 10:00 AM', 'Đã trả kết quả'],
  ['K4', 'Đất đai', 'Trực tuyến', '09/15/2025 08:00 AM', '10/06/2025 05:00 PM', '', 'Đang giải quyết'],
];

it('reads a table of month-first dates month first, in every date column, when one cell proves it', async () => {
  const a = await roundTrip(book(US));
  expect(a.figures.tthc).toMatchObject({
    received: 4,
    online: 2,
    direct: 2,
    carriedOver: 0,
    resolved: 3,
    early: 1,
    onTime: 1,
    late: 1,
    pending: 1,
    pendingInTime: 1,
  });
  const said = a.issues.filter((i) => i.severity !== 'info' && i.sheet === 'Export').map((i) => `${i.code} ${i.cell}`);
  expect(said).toEqual([]);
});

it('keeps a table with both proofs day first and says the cell that contradicts', async () => {
  // «15/08/2025» proves day first; «09/15/2025» then names no month 15.
  const rows = US.map((r) => [...r]);
  rows[1][3] = '15/08/2025 08:00 AM';
  rows[1][4] = '18/08/2025 05:00 PM';
  rows[1][5] = '18/08/2025 10:00 AM';
  const a = await roundTrip(book(rows));
  const errors = a.issues.filter((i) => i.severity === 'error' && i.sheet === 'Export').map((i) => `${i.code} ${i.cell}`);
  expect(errors).toEqual(['type-error D5']);
  expect(a.issues.find((i) => i.cell === 'D5')?.sentence).toBe('impossible-date');
});

describe('monthFirstColumn', () => {
  it('is true only when some cell proves month first and none proves day first', () => {
    expect(monthFirstColumn(['07/02/2025 08:00 AM', '09/15/2025 08:00 AM', 45000, null])).toBe(true);
    expect(monthFirstColumn(['07/02/2025', '15/09/2025', '09/15/2025'])).toBe(false);
    expect(monthFirstColumn(['07/02/2025', '08/04/2025'])).toBe(false);
    expect(monthFirstColumn(['ngày 13/05/2025', '05/13/2025'])).toBe(false);
    expect(monthFirstColumn(['05-13-25 8:00', '05-14-25 9:00'])).toBe(true);
    // One proof alone is taken beside a US clock only: a typo in a column of birth dates turns nothing around.
    expect(monthFirstColumn(['05/13/1980', '03/04/1985'])).toBe(false);
  });
  it('a month-first reading moves only the two numbers of a «dd/mm/yyyy» form', () => {
    expect(parseDateText('09/15/2025 08:00 AM', true)).toBe(toSerial(2025, 9, 15, 8, 0, 0));
    expect(parseDateText('2025-09-05', true)).toBe(toSerial(2025, 9, 5));
    expect(parseDateText('09/15/2025')).toBeNull();
  });
});
