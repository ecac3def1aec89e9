/**
 * A budget in «triệu đồng» with one line typed in đồng (tester 17 B15): the unit-mismatch sentence quotes the
 * number as the cell shows it (800.000.000), not as converted by the table's unit (800.000.000.000.000). Real .xlsx.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

it('quotes the cell’s own number in the unit-mismatch sentence', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ['THU CHI NGÂN SÁCH XÃ NĂM 2025'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu', 5000, 5000, 3800],
    [1, 'Thu tại xã', 1000, 1000, 800000000],
    [2, 'Thu bổ sung', 4000, 4000, 3000],
    ['II', 'Tổng chi', 5000, 5000, 3500],
    [1, 'Chi thường xuyên', 5000, 5000, 3500],
  ]);
  const a = await roundTrip(wb);
  const slip = brief(a).filter((l) => / unit-mismatch /.test(l) && /E5/.test(l));
  expect(slip).toHaveLength(1);
  expect(slip[0]).toContain('ô E5 (800.000.000)');
  expect(slip[0]).not.toContain('800.000.000.000.000');
});
