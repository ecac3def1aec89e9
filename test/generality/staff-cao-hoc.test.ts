/**
 * «Cao học» is the master's level, a postgraduate one (tester 13 W115): a person «Cao học Luật» counts under Sau
 * đại học, and one studying for it («Đại học, đang học cao học») under Đại học. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

test('«Cao học» is postgraduate; «đang học cao học» is not yet', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2025'],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Cao học Luật'],
    [2, 'Trần Thị Bình', 'Bí thư Đảng ủy', 'Cán bộ', 'Đại học, đang học cao học'],
    [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', 'Cao đẳng'],
    [4, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', 'Công chức', 'Trung cấp'],
  ]);
  const a = await roundTrip(wb);
  const e = a.figures.staff!.education;
  expect([e.postgraduate.count, e.university.count, e.college.count, e.secondary.count]).toEqual([1, 1, 1, 1]);
  expect([e.postgraduate.pct, e.university.pct, e.college.pct, e.secondary.pct]).toEqual([25, 25, 25, 25]);
  expect(a.figures.staff!.unclassified).toBe(0);
  expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info')).toEqual([]);
});
