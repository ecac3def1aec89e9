/**
 * A list of persons whose education levels are tick columns («Sau ĐH | ĐH | CĐ | TC | Chưa qua ĐT», «x» marks) beside
 * a category column written in words («Loại»: Cán bộ / Công chức) is a list, never a count-per-level table whose
 * counts are «x» (tester 17 S08, S14). A column of marks is never a count; a table with a person-name column is a list.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import { put, roundTrip, located, brief } from '../../generality/harness';

type Rows = (ExcelJS.CellValue | undefined)[][];

function book(name: string, rows: Rows, merges: string[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

/** Total, cán bộ, công chức, then the count of each level (postgraduate, university, college, secondary, none). */
function staffLine(a: Analysis): (number | null)[] | null {
  const s = a.figures.staff;
  if (!s) return null;
  const e = s.education;
  return [s.total, s.canBo, s.congChuc, e.postgraduate.count, e.university.count, e.college.count, e.secondary.count, e.none.count];
}

const sheetIssues = (a: Analysis, sheet: string) => brief(a).filter((l) => l.includes(` ${sheet}!`));

describe('a person list whose levels are tick columns (tester 17 S08, S14)', () => {
  it('two-row header: «Trình độ chuyên môn» over «Sau ĐH | ĐH | CĐ | TC | Chưa qua ĐT», «Loại» in words', async () => {
    const rows: Rows = [
      ['CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÃ'],
      [],
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn', '', '', '', ''],
      ['', '', '', '', 'Sau ĐH', 'ĐH', 'CĐ', 'TC', 'Chưa qua ĐT'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', '', 'x'],
      [2, 'Trần Thị Bình', 'Bí thư Đảng ủy', 'Cán bộ', 'x'],
      [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', '', 'x'],
      [4, 'Phạm Thị Dung', 'Văn hóa - Xã hội', 'Công chức', '', '', 'x'],
      [5, 'Hoàng Văn Em', 'Tài chính - Kế toán', 'Công chức', '', '', '', 'x'],
    ];
    const a = await roundTrip(book('Chat luong CBCC', rows, ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:I3']));
    expect(located(a, 'staff')?.sheet).toBe('Chat luong CBCC');
    expect(staffLine(a)).toEqual([5, 2, 3, 1, 2, 1, 1, 0]);
    expect(a.figures.staff?.education.university.pct).toBe(40);
    expect(sheetIssues(a, 'Chat luong CBCC')).toEqual([]);
  });

  it('one-row header «Họ và tên | Chức vụ | Loại | Đại học | Cao đẳng | Trung cấp»', async () => {
    const rows: Rows = [
      ['DANH SÁCH CBCC'],
      [],
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Đại học', 'Cao đẳng', 'Trung cấp'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'x'],
      [2, 'Trần Thị Bình', 'Phó Chủ tịch UBND', 'Cán bộ', 'x'],
      [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', '', 'x'],
      [4, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', 'Công chức', '', '', 'x'],
    ];
    const a = await roundTrip(book('CBCC', rows));
    expect(staffLine(a)).toEqual([4, 2, 2, 0, 2, 1, 1, 0]);
    expect(a.figures.staff?.education.university.pct).toBe(50);
    expect(sheetIssues(a, 'CBCC')).toEqual([]);
  });
});

describe('tick-column lists in other wordings (tester 17 S08, S14 generalised)', () => {
  it('no diacritics, marks «✓» and «X», a không chuyên trách, a person with no level marked is said', async () => {
    const rows: Rows = [
      ['DANH SACH CAN BO CONG CHUC'],
      [],
      ['TT', 'Ho va ten', 'Chuc danh', 'Doi tuong', 'Thac si', 'Dai hoc', 'Cao dang', 'Trung cap', 'So cap'],
      [1, 'Vi Văn Thắng', 'Chủ tịch UBND', 'Cán bộ', '✓'],
      [2, 'Lục Thị Hoa', 'Tư pháp - Hộ tịch', 'Công chức', null, '✓'],
      [3, 'Nông Văn Kiên', 'Địa chính', 'Công chức', null, null, null, 'X'],
      [4, 'Hà Thị Mai', 'Văn phòng', 'Công chức'],
      [5, 'Mã Văn Lộc', 'Phó Chỉ huy trưởng Quân sự', 'Không chuyên trách', null, null, null, null, 'x'],
    ];
    const a = await roundTrip(book('DS', rows));
    // Hà Thị Mai (row 7) has no level marked: «chưa qua đào tạo» by the schema, said at her level cells.
    expect(staffLine(a)).toEqual([4, 1, 3, 1, 1, 0, 1, 1]);
    expect(a.figures.staff?.khongChuyenTrach).toBe(1);
    expect(a.issues.filter((i) => i.sheet === 'DS').map((i) => [i.severity, i.sentence, i.cell])).toEqual([['warning', 'staff-education-blank', 'E7:I7']]);
  });

  it('counts per category row with the levels as columns are still counts (control)', async () => {
    const rows: Rows = [
      ['CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC'],
      [],
      ['STT', 'Nội dung', 'Sau ĐH', 'ĐH', 'CĐ', 'TC', 'Chưa qua ĐT'],
      [1, 'Cán bộ', 1, 5, 0, 3, 1],
      [2, 'Công chức', 0, 7, 1, 2, 0],
    ];
    const a = await roundTrip(book('CL', rows));
    expect(staffLine(a)).toEqual([20, 10, 10, 1, 12, 1, 5, 1]);
  });
});

describe('a staff table read as 0 while rows exist is never silent', () => {
  it('a form left at its zeros: the total 0 is an error at the table', async () => {
    const rows: Rows = [
      ['CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC'],
      [],
      ['STT', 'Nội dung', 'Đại học', 'Cao đẳng', 'Trung cấp'],
      [1, 'Cán bộ', 0, 0, 0],
      [2, 'Công chức', 0, 0, 0],
    ];
    const a = await roundTrip(book('CL', rows));
    expect(a.figures.staff?.total).toBe(0);
    expect(a.issues.filter((i) => i.sentence === 'staff-total-zero').map((i) => [i.severity, i.sheet, i.cell])).toEqual([['error', 'CL', 'A3:E5']]);
  });
});
