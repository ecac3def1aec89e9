/**
 * A staff list of the two-tier commune (since 1 July 2025) with no «Loại» column (tester 13 W81): the posts of the
 * UBND's office and departments («Trưởng phòng Kinh tế», «Phó Trưởng phòng Văn hóa - Xã hội», «Chuyên viên phòng
 * Kinh tế», «Chánh Văn phòng HĐND và UBND») tell a công chức, so every person has a category and the figures are
 * computed. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

test('the posts of the two-tier commune tell công chức', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC UBND XÃ BA TƠ (SAU SẮP XẾP)'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'Thạc sĩ'],
    [2, 'Trần Thị Bình', 'Chủ tịch UBND', 'Đại học'],
    [3, 'Lê Văn Cường', 'Phó Chủ tịch UBND', 'Đại học'],
    [4, 'Phạm Thị Dung', 'Chánh Văn phòng HĐND và UBND', 'Đại học'],
    [5, 'Hoàng Văn Em', 'Trưởng phòng Kinh tế', 'Đại học'],
    [6, 'Vũ Thị Phương', 'Phó Trưởng phòng Văn hóa - Xã hội', 'Đại học'],
    [7, 'Đỗ Văn Giang', 'Chuyên viên phòng Kinh tế', 'Cao đẳng'],
  ]);
  const a = await roundTrip(wb);
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([7, 3, 4]);
  expect([s.education.postgraduate.pct, s.education.university.pct, s.education.college.pct]).toEqual([14.3, 71.4, 14.3]);
  expect(a.issues.filter((i) => i.table === 'staff' && i.severity === 'error')).toEqual([]);
});
