/**
 * A bracket saying what a column includes explains the column and names no other one (tester 13 item 25):
 * «Đúng hạn (bao gồm trước hạn)» is the on-time column, never the early one. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

it.each([['Đúng hạn (bao gồm trước hạn)'], ['Đúng hạn (kể cả trước hạn)']])('«%s» is read as on time, not as early', async (label) => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [
    ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', label, 'Quá hạn', 'Đang giải quyết'],
    ['Hộ tịch', 120, 10, 110, 115, 113, 2, 5],
    ['Chứng thực', 200, 20, 180, 200, 197, 3, 0],
  ]);
  const t = (await roundTrip(wb)).figures.tthc!;
  expect(t).toMatchObject({ received: 320, resolved: 315, early: null, onTime: 310, late: 5, onTimePct: 98.4 });
});
