/**
 * A staff list with no «Loại» column (tester 11): each person's category is told from the position (Nghị định
 * 33/2023/NĐ-CP), so people the position names «Không chuyên trách», «KCT», «Phó Chủ tịch UBMTTQ» are neither in
 * the headcount nor in the education shares (REPORTING-SCHEMA §4); a person whose position tells nothing is named
 * with the cell and the figures over cán bộ + công chức stay null. Workbooks written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import type { Analysis } from '../../../src/core/analyze';
import { issueText } from '../../../src/core/issues';

const HEADER = ['STT', 'Họ và tên', 'Chức danh', 'Trình độ chuyên môn'];

function book(rows: (ExcelJS.CellValue | undefined)[][], header: (string | null)[] = HEADER): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Danh sách'), 1, [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2024'], [], header, ...rows]);
  return wb;
}

const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff');
const said = (a: Analysis, sentence: string) => staffIssues(a).filter((i) => i.sentence === sentence);

describe('a staff list without a category column', () => {
  test('people the position names không chuyên trách are neither in the headcount nor in the education shares', async () => {
    const a = await roundTrip(
      book([
        [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Đại học'],
        [2, 'Trần Thị Bình', 'Văn phòng - Thống kê', 'Đại học'],
        [3, 'Lê Văn Cường', 'Địa chính - Xây dựng', 'Trung cấp'],
        [4, 'Phạm Thị Dung', 'Không chuyên trách', 'Trung cấp'],
        [5, 'Hoàng Văn Em', 'Người hoạt động không chuyên trách', 'Sơ cấp'],
        [6, 'Võ Văn Phúc', 'KCT - Văn thư', 'Trung cấp'],
        [7, 'Đặng Thị Giang', 'Phó Chủ tịch UBMTTQ', 'Trung cấp'],
      ]),
    );
    expect(a.figures.staff).toMatchObject({
      total: 3,
      canBo: 1,
      congChuc: 2,
      khongChuyenTrach: 4,
      education: {
        university: { count: 2, pct: 66.7 },
        secondary: { count: 1, pct: 33.3 },
        none: { count: 0, pct: 0 },
      },
    });
    // Said once, at the position column, in plain Vietnamese; no longer «tỷ lệ … trên tất cả người trong danh sách».
    const note = said(a, 'category-from-position');
    expect(note.map((i) => [i.severity, i.cell])).toEqual([['info', 'C4:C10']]);
    expect(issueText(note[0], 'vi', 'cli').message).toBe(
      'Bảng Cán bộ, công chức ở sheet «Danh sách» không có cột Loại: người nào là cán bộ, công chức hay người hoạt động không chuyên trách được xác định theo chức vụ ghi ở cột C (Nghị định 33/2023/NĐ-CP).',
    );
    expect(said(a, 'staff-category-missing')).toEqual([]);
    expect(a.issues.filter((i) => i.severity === 'error' && i.table === 'staff')).toEqual([]);
    // The headcount comes from the position cells.
    expect(a.sources['staff.total']!.map((s) => s.cell)).toEqual(['C4:C10']);
  });

  test('a person whose position tells no category, or gives none, is named with the cell; the figures are not guessed', async () => {
    const a = await roundTrip(
      book([
        [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'Đại học'],
        [2, 'Trần Thị Bình', 'Tư pháp - Hộ tịch', 'Đại học'],
        [3, 'Lê Văn Cường', 'Nhân viên hợp đồng', 'Trung cấp'],
        [4, 'Phạm Thị Dung', null, 'Trung cấp'],
      ]),
    );
    expect(a.figures.staff).toMatchObject({ total: null, canBo: null, congChuc: null, education: { university: { count: null }, secondary: { count: null } } });
    const errors = staffIssues(a).filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.cell, i.field])).toEqual([
      ['constraint-error', 'C6', 'position'],
      ['missing-cell', 'C7', 'position'],
    ]);
    expect(issueText(errors[0], 'vi', 'cli')).toEqual({
      message:
        'Ô C6 sheet «Danh sách» của bảng Cán bộ, công chức (cột Chức vụ) ghi chức vụ «Nhân viên hợp đồng», không cho biết người này là cán bộ, công chức hay người hoạt động không chuyên trách (bảng không có cột Loại), nên chưa tính được số lượng cán bộ, công chức và tỷ lệ trình độ.',
      hint: 'Thêm cột «Loại» ghi cán bộ, công chức hoặc không chuyên trách cho từng người, hoặc ghi rõ chức vụ (ví dụ «Chủ tịch UBND», «Văn phòng - Thống kê», «Phó Chủ tịch UBMTTQ»).',
    });
    expect(issueText(errors[1], 'en', 'cli').message).toContain('gives no position and the table has no category column');
  });

  test('a cell of another column holding only a category («Ghi chú»: KCT) tells it when the position does not', async () => {
    const a = await roundTrip(
      book(
        [
          [1, 'Nguyễn Văn An', 'Chủ tịch', 'Đại học', null],
          [2, 'Trần Thị Bình', 'Văn hóa - Xã hội', 'Cao đẳng', 'Nghỉ thai sản'],
          [3, 'Lê Văn Cường', 'Phụ trách đài truyền thanh', 'Trung cấp', null],
          [4, 'Phạm Thị Dung', 'Nhân viên', 'Trung cấp', 'KCT'],
        ],
        [...HEADER, 'Ghi chú'],
      ),
    );
    expect(a.figures.staff).toMatchObject({
      total: 2,
      canBo: 1,
      congChuc: 1,
      khongChuyenTrach: 2,
      education: { university: { count: 1 }, college: { count: 1 }, secondary: { count: 0 } },
    });
    expect(staffIssues(a).filter((i) => i.severity === 'error')).toEqual([]);
    expect(a.tables.staff!.rows.map((r) => r.values.category?.cell)).toEqual(['C4', 'C5', 'C6', 'E7']);
  });

  test('positions that tell nothing leave the list as before: the missing column is said, no error per person', async () => {
    const a = await roundTrip(
      book([
        [1, 'Nguyễn Văn An', 'Chuyên viên', 'Đại học'],
        [2, 'Trần Thị Bình', 'Nhân viên', 'Trung cấp'],
      ]),
    );
    expect(a.figures.staff).toMatchObject({ total: null, education: { university: { count: 1 }, secondary: { count: 1 } } });
    expect(said(a, 'staff-category-missing').map((i) => i.severity)).toEqual(['warning']);
    expect(said(a, 'category-from-position')).toEqual([]);
    expect(staffIssues(a).filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a «Loại» column is read over the position', async () => {
    const a = await roundTrip(
      book(
        [
          [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
          [2, 'Trần Thị Bình', 'Văn phòng - Thống kê', 'Không chuyên trách', 'Đại học'],
        ],
        ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      ),
    );
    expect(a.figures.staff).toMatchObject({ total: 1, canBo: 1, congChuc: 0, khongChuyenTrach: 1 });
    expect(said(a, 'category-from-position')).toEqual([]);
  });

  test('persons under a category heading keep it; those above any heading take their position’s', async () => {
    const a = await roundTrip(
      book([
        [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Đại học'],
        ['II', 'Công chức'],
        [2, 'Trần Thị Bình', 'Phụ trách văn thư', 'Đại học'],
        ['III', 'Người hoạt động không chuyên trách'],
        [3, 'Lê Văn Cường', 'Văn phòng Đảng ủy', 'Trung cấp'],
      ]),
    );
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1, khongChuyenTrach: 1 });
    expect(staffIssues(a).filter((i) => i.severity === 'error')).toEqual([]);
  });
});
