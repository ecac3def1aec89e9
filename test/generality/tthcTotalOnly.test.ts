/**
 * A Biểu 06 holding only its total row (REPORTING-SCHEMA.md §2 `tthc`: «a field (lĩnh vực), or only a total row»,
 * tester 12 item 5): its figures are read from that row and it is no empty table. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

const HEADER = ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];

it.each([['Tổng cộng'], ['Tổng số'], ['Toàn xã']])('reads a Biểu 06 whose only row is «%s», without an empty-table error', async (label) => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [HEADER, [label, 400, 180, 220, 390, 300, 88, 2, 10]]);
  const a = await roundTrip(wb);
  expect(a.figures.tthc).toMatchObject({ received: 400, online: 180, resolved: 390, late: 2, pending: 10 });
  expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'missing-cell' && i.field === '')).toEqual([]);
});

it('still says a Biểu 06 whose total row is blank has no data', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [HEADER, ['Tổng cộng']]);
  const a = await roundTrip(wb);
  expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'missing-cell' && i.field === '').map((i) => i.severity)).toEqual(['error']);
});
