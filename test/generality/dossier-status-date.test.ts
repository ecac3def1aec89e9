/**
 * A dossier whose status says «Đang xử lý» beside a result date in the period (tester 16 F15): counted by its date,
 * and a warning names the status cell, as the two disagree. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

const D = (d: number, m: number) => new Date(Date.UTC(2026, m - 1, d, 8));

it('warns on a «Đang xử lý» status with a result date', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Từ ngày', '01/07/2026'],
    ['Đến ngày', '30/09/2026'],
  ]);
  const ws = wb.addWorksheet('Hồ sơ');
  put(ws, 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái'],
    ['N1', 'Hộ tịch', 'Trực tiếp', D(1, 7), D(3, 7), D(2, 7), 'Đã trả kết quả'],
    ['N2', 'Hộ tịch', 'Trực tiếp', D(2, 7), D(5, 7), D(4, 7), 'Đang xử lý'],
    ['N3', 'Hộ tịch', 'Trực tuyến', D(3, 7), D(9, 10), null, 'Đang xử lý'],
  ]);
  for (let r = 2; r <= 4; r++) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  const a = await roundTrip(wb);
  const said = brief(a).filter((l) => /đang xử lý nhưng đã ghi ngày/.test(l));
  expect(said).toHaveLength(1);
  expect(said[0]).toMatch(/^warning constraint-error Hồ sơ!G3 /);
});
