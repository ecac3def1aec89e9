/**
 * The hint of a word or a division in a percent column fits what was written (tester 12 item 14): «Đạt» asks for
 * the rate reached, «1095/5763» for one number instead of a division. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { bilingual } from '../helpers/words';

it('«Đạt» and «1095/5763» in «Thực hiện (%)» get each its own hint', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Chi tieu'), 1, [
    ['STT', 'Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'],
    [1, 'Công khai TTHC đúng quy định', 100, 'Đạt'],
    [2, 'Tỷ lệ hồ sơ trực tuyến toàn trình', 40, '1095/5763'],
    [3, 'Số hóa kết quả giải quyết TTHC', 100, 100],
  ]);
  const a = await roundTrip(wb);
  const hint = (cell: string) => bilingual(a.issues.find((i) => i.cell === cell && i.code === 'type-error')!).hint?.vi;
  expect(hint('D2')).toBe('Ghi tỷ lệ đạt được vào ô D2 bằng một số phần trăm, ví dụ 100 nếu đã đạt đủ chỉ tiêu, thay cho chữ.');
  expect(hint('D3')).toBe('Ghi tỷ lệ vào ô D3 bằng một số phần trăm, ví dụ 19 hoặc 19%, không ghi phép chia.');
});
