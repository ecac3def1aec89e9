/**
 * A per-level staff table whose total column is headed «Cộng» (tester 12 item 10: «STT | Trình độ chuyên môn | Cán
 * bộ | Công chức | Cộng | Tỷ lệ (%)») is found, as it is under «Tổng số»; typed without diacritics («Cong» beside
 * «Cong chuc») too, each column read as its own field. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';

async function levels(header: string[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Chat luong CBCC'), 1, [
    ['CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÃ QUẢNG AN NĂM 2024'],
    header,
    [1, 'Thạc sĩ', 1, 1, 2, 10],
    [2, 'Đại học', 5, 5, 10, 50],
    [3, 'Cao đẳng', 0, 1, 1, 5],
    [4, 'Trung cấp', 3, 2, 5, 25],
    [5, 'Chưa qua đào tạo', 2, 0, 2, 10],
    [null, 'Tổng cộng', 11, 9, 20, 100],
  ]);
  return roundTrip(wb);
}

test.each([
  ['STT', 'Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Cộng', 'Tỷ lệ (%)'],
  ['STT', 'Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Tổng cộng', 'Tỷ lệ (%)'],
  ['STT', 'Trinh do chuyen mon', 'Can bo', 'Cong chuc', 'Cong', 'Ty le (%)'],
])('total column %#: the table is found and read', async (...header) => {
  const a = await levels(header);
  expect(a.tables.staff?.located.sheet).toBe('Chat luong CBCC');
  const c = a.tables.staff!.located.columns;
  expect([c.education, c.countCanBo, c.countCongChuc, c.count]).toEqual([1, 2, 3, 4]);
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([20, 11, 9]);
  expect(Object.values(s.education).map((l) => l.pct)).toEqual([10, 50, 5, 25, 10]);
  expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info')).toEqual([]);
});
