/**
 * tester 17 T07: dossiers of a one-stop export received and done before the period are simply outside it (not
 * counted, rightly): one note (info) for them all, naming how many and the first cells, not a warning per row.
 * Real .xlsx written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { issueMessage } from '../../../src/core/issues';
import { put, roundTrip } from '../../generality/harness';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/07/2025'],
    ['Đến ngày', '30/09/2025'],
    ['Ngày báo cáo', '05/10/2025'],
  ]);
  put(wb.addWorksheet('Ho so'), 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ['HS001', 'Hộ tịch', 'Trực tuyến', '06/07/2025', '09/07/2025', '08/07/2025'],
    ['HS002', 'Hộ tịch', 'Trực tiếp', '10/08/2025', '13/08/2025', '13/08/2025'],
    ['HS003', 'Chứng thực', 'Trực tiếp', '20/06/2025', '24/06/2025', '23/06/2025'],
    ['HS004', 'Chứng thực', 'Trực tuyến', '25/06/2025', '28/06/2025', '28/06/2025'],
    ['HS005', 'Hộ tịch', 'Trực tiếp', '26/06/2025', '30/06/2025', '27/06/2025'],
    ['HS006', 'Hộ tịch', 'Trực tiếp', '29/06/2025', '02/07/2025', '30/06/2025'],
  ]);
  return wb;
}

test('dossiers done before the period: one note for all, the figures without them', async () => {
  const a = await roundTrip(book());
  expect(a.figures.tthc).toMatchObject({ received: 2, resolved: 2 });
  const out = a.issues.filter((i) => i.code === 'date-out-of-period');
  expect(out).toHaveLength(1);
  expect(out[0]).toMatchObject({ severity: 'info', sheet: 'Ho so', cell: 'F4, F5, F6', table: 'dossiers', field: 'doneAt' });
  expect(issueMessage(out[0], 'vi')).toBe(
    '4 hồ sơ có ngày có kết quả trước kỳ báo cáo (ô F4, F5, F6, …): đó là hồ sơ của kỳ trước, không được tính vào số liệu kỳ này.',
  );
});
