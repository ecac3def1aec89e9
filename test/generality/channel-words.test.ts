/**
 * The one-stop systems' channel words: «DVC mức độ 4» is online, «Nộp tại Bộ phận một cửa» direct, «BCCI» (bưu chính
 * công ích) postal, which counts as direct (REPORTING-SCHEMA §2 dossiers); a word of no channel is said at its cell and
 * leaves online and direct unknown, never guessed (tester 11 item 12). Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

function log(channels: string[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/06/2025'],
  ]);
  put(wb.addWorksheet('Export DVC'), 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ...channels.map((c, n) => [`HS00${n + 1}`, 'Hộ tịch', c, '06/01/2025', '09/01/2025', '08/01/2025']),
  ]);
  return wb;
}

it('reads the one-stop systems’ channel words', async () => {
  const a = await roundTrip(log(['DVC mức độ 4', 'DVC mức độ 3', 'Nộp tại Bộ phận một cửa', 'BCCI', 'Qua dịch vụ bưu chính công ích', 'Trực tiếp']));
  expect(a.figures.tthc).toMatchObject({ received: 6, online: 2, direct: 4 });
  expect(a.issues.filter((i) => i.field === 'channel')).toEqual([]);
});

it('says a word of no channel at its cell and leaves online and direct unknown', async () => {
  const a = await roundTrip(log(['DVC mức độ 4', 'Khác']));
  expect(a.figures.tthc).toMatchObject({ received: 2, online: null, direct: null });
  expect(a.issues.filter((i) => i.field === 'channel').map((i) => `${i.severity} ${i.cell}`)).toEqual(['error C3']);
});
