/**
 * Political theory is no professional level (brief reader7 item 3): «Trung cấp chính trị», «TC LLCT», «Sơ cấp lý
 * luận», «Cao cấp chính trị - hành chính» in a qualification column hold the words of «Trung cấp» / «Sơ cấp» /
 * «Cao cấp» but are the political-theory level (schema `otherTraining`). Beside the professional level in one cell
 * («Đại học; Trung cấp chính trị») the cell counts as that level; alone, the person has no professional level
 * written, counts as chưa qua đào tạo, and a warning says so. The `politicalTheory` column, where there is one,
 * keeps its text and feeds no figure. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function staffList(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ'], [], ...rows]);
  return roundTrip(wb);
}

const counts = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.count]));
const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff').map((i) => `${i.severity} ${i.code} ${i.cell}`);

describe('political theory written in the qualification column', () => {
  it.each([
    ['Đại học; Trung cấp chính trị', 'university'],
    ['Đại học, Sơ cấp lý luận', 'university'],
    ['ĐH Luật, TC LLCT', 'university'],
    ['Thạc sĩ, Trung cấp chính trị - hành chính', 'postgraduate'],
    ['Cao đẳng (Trung cấp LLCT)', 'college'],
    ['Trung cấp kế toán, Sơ cấp chính trị', 'secondary'],
  ])('«%s» counts as the professional level (%s)', async (cell, level) => {
    const a = await staffList([
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Cán bộ', cell],
      [2, 'Lê Thị Bình', 'Công chức', 'Đại học'],
    ]);
    const want = { postgraduate: 0, university: 1, college: 0, secondary: 0, none: 0 } as Record<string, number>;
    want[level] += 1;
    expect(counts(a)).toEqual(want);
    expect(staffIssues(a)).toEqual([]);
  });

  it('a cell naming only political theory counts as chưa qua đào tạo, said in a warning; the shares stay over every person', async () => {
    const a = await staffList([
      ['STT', 'Họ và tên', 'Loại', 'Trình độ'],
      [1, 'Nguyễn Văn An', 'Cán bộ', 'Trung cấp chính trị'],
      [2, 'Lê Thị Bình', 'Công chức', 'Đại học'],
      [3, 'Trần Văn Cường', 'Công chức', 'Trung cấp'],
      [4, 'Phạm Thị Dung', 'Công chức', 'Cao cấp lý luận chính trị'],
    ]);
    expect(counts(a)).toEqual({ postgraduate: 0, university: 1, college: 0, secondary: 1, none: 2 });
    expect(a.figures.staff?.education.secondary.pct).toBe(25);
    expect(staffIssues(a)).toEqual(['warning constraint-error D4', 'warning constraint-error D7']);
    const first = a.issues.find((i) => i.table === 'staff')!;
    expect(said(first, 'vi')).toBe(
      'Ô D4 sheet «CBCC» của bảng Cán bộ, công chức (cột Trình độ chuyên môn) ghi «Trung cấp chính trị», là trình độ lý luận chính trị, không phải trình độ chuyên môn: người này được tính là chưa qua đào tạo chuyên môn.',
    );
  });

  it('beside a «Lý luận chính trị» column, the levels there feed no figure and the professional column is read', async () => {
    const a = await staffList([
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn', 'Lý luận chính trị'],
      [1, 'Nguyễn Văn An', 'Cán bộ', 'Đại học', 'Trung cấp'],
      [2, 'Lê Thị Bình', 'Công chức', 'Đại học', 'Sơ cấp'],
      [3, 'Trần Văn Cường', 'Công chức', 'Cao đẳng', 'Trung cấp chính trị'],
    ]);
    expect(a.tables.staff?.located.columns).toMatchObject({ education: 3, politicalTheory: 4 });
    expect(a.tables.staff?.rows.map((r) => r.values.politicalTheory?.value)).toEqual(['Trung cấp', 'Sơ cấp', 'Trung cấp chính trị']);
    expect(counts(a)).toEqual({ postgraduate: 0, university: 2, college: 1, secondary: 0, none: 0 });
    expect(staffIssues(a)).toEqual([]);
  });

  it('a row of counts per level naming a political-theory level leaves the shares uncomputed, with an error on it', async () => {
    const a = await staffList([
      ['STT', 'Trình độ', 'Số lượng'],
      [1, 'Đại học', 12],
      [2, 'Trung cấp', 3],
      [3, 'Trung cấp chính trị', 5],
    ]);
    expect(a.figures.staff?.education.university.count).toBeNull();
    expect(staffIssues(a)).toContain('error constraint-error B6');
  });
});
