/**
 * A cán bộ or công chức whose «Trình độ chuyên môn» cell is blank (tester 16 F1): the schema (§2) counts a blank
 * level as `none`, so the figures keep it there, but never silently: a missing-cell warning names the blank cells
 * and the draft marks the education figures «cần xem lại». A không chuyên trách's blank cell feeds no share and
 * is not named.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { issuesOf } from '../../../src/core/word/marks';

function book(rows: (ExcelJS.CellValue | undefined)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, rows);
  return wb;
}

const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Ngày sinh', 'Trình độ chuyên môn'];

describe('a blank level of a cán bộ or công chức (tester 16 F1)', () => {
  it('is said at its cell and marks the education figures; a part-time worker’s blank is not', async () => {
    const a = await roundTrip(
      book([
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
        HEADER,
        [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', null, 'Thạc sĩ'],
        [2, 'Trần Thị Bình', 'Bí thư Đảng ủy', 'Cán bộ', null, 'Đại học'],
        [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', null, 'Đại học'],
        [4, 'Mai Văn Minh', 'Tư pháp - Hộ tịch', 'Công chức', null, null],
        [5, 'Lý Văn Oanh', 'Phó Chỉ huy trưởng Quân sự', 'Không chuyên trách', null, null],
      ]),
    );
    const s = a.figures.staff!;
    expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([4, 2, 2, 1]);
    // The schema's reading of a blank: `none`; the shares over the 4 cán bộ, công chức.
    expect([s.education.postgraduate.count, s.education.university.count, s.education.none.count]).toEqual([1, 2, 1]);
    const blank = a.issues.filter((i) => i.sentence === 'staff-education-blank');
    expect(blank.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([['missing-cell', 'warning', 'CBCC', 'F6']]);
    expect(issuesOf(a, ['staff.education.none.count'])).toContain(blank[0]);
    expect(issuesOf(a, ['staff.education.university.pct'])).toContain(blank[0]);
  });

  it('every level written: no such issue', async () => {
    const a = await roundTrip(
      book([
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
        HEADER,
        [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', null, 'Thạc sĩ'],
        [2, 'Mai Văn Minh', 'Tư pháp - Hộ tịch', 'Công chức', null, 'Chưa qua đào tạo'],
        [3, 'Lý Văn Oanh', 'Phó Chỉ huy trưởng Quân sự', 'Không chuyên trách', null, null],
      ]),
    );
    expect(a.figures.staff?.education.none.count).toBe(1);
    expect(a.issues.filter((i) => i.sentence === 'staff-education-blank')).toEqual([]);
  });
});
