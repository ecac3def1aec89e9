/**
 * A staff table by level with one column per category and no «Tổng số» / «Số lượng» column (tester 11 item 14):
 * the per-category counts are the count (schema: count, optionally split by category). Written with exceljs.
 */
import ExcelJS from 'exceljs';
import { located, put, roundTrip } from '../../generality/harness';

test('«Trình độ chuyên môn | Cán bộ | Công chức | Không chuyên trách» is found and counted', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Trinh do'), 1, [
    ['TRÌNH ĐỘ CHUYÊN MÔN CỦA CÁN BỘ, CÔNG CHỨC XÃ'],
    [],
    ['Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Không chuyên trách'],
    ['Sau đại học', 1, 0, 0],
    ['Đại học', 8, 9, 2],
    ['Cao đẳng', 0, 0, 3],
    ['Trung cấp', 2, 1, 5],
  ]);
  const a = await roundTrip(wb);
  expect(located(a, 'staff')).toEqual({ sheet: 'Trinh do', range: 'A3:D7' });
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([21, 11, 10, 10]);
  expect(s.education.university).toEqual({ count: 17, pct: 80.9 });
});
