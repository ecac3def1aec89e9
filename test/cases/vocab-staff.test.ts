/** Staff lists as real offices keep them (issue 17, point 7; docs/reporting-schema.md §2 staff). */
import { analyzeShared, errorsOf } from './vocab-helpers';
import { analyze } from '../../src/core/analyze';
import { sheet } from '../core/read/snap';

describe('staff vocabulary', () => {
  it('R6: names headed "Tên cán bộ, công chức" read as the R6c control', async () => {
    const [a, control] = await Promise.all([analyzeShared('cases', 'R6_staff_ten_can_bo.xlsx'), analyzeShared('cases', 'R6c_staff_ho_va_ten_control.xlsx')]);
    expect(a.figures.staff).toEqual(control.figures.staff);
    expect(a.figures.staff).toMatchObject({
      total: 3,
      canBo: 1,
      congChuc: 2,
      education: { university: { count: 2, pct: 66.7 }, secondary: { count: 1, pct: 33.3 } },
    });
    expect(errorsOf(a)).toEqual([]);
  });

  it('R7: "LĐPT" (lao động phổ thông) is no professional training', async () => {
    const a = await analyzeShared('cases', 'R7_staff_ldpt_level.xlsx');
    expect(a.figures.staff!.education).toMatchObject({ university: { count: 2, pct: 50 }, secondary: { count: 1, pct: 25 }, none: { count: 1, pct: 25 } });
    expect(errorsOf(a)).toEqual([]);
  });

  it.each([['Họ'], ['Họ và tên đệm']])('a name kept in two columns, "%s" + "Tên", is one person', (family) => {
    const a = analyze({
      sheets: [
        sheet('Danh sách', [
          ['STT', family, 'Tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
          [1, 'Nguyễn Văn', 'An', 'Chủ tịch', 'Cán bộ', 'Đại học'],
          [2, 'Trần Thị', 'Bình', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
          [3, 'Lê Văn', 'An', 'Địa chính', 'Công chức', 'Đại học'],
        ]),
      ],
    });
    expect(a.tables.staff?.located.columns).toMatchObject({ familyName: 1, givenName: 2, category: 4, education: 5 });
    expect(a.tables.staff!.rows.map((r) => r.values.name?.value)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn An']);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2, education: { university: { count: 2 }, secondary: { count: 1 } } });
    // Two people share the given name "An": joined names tell them apart.
    expect(a.issues.filter((i) => i.code === 'duplicate-row')).toEqual([]);
  });
});

describe('a staff-quality table with the levels as columns (Thông tư 11/2012)', () => {
  it('R8: counts by category and level read across', async () => {
    const a = await analyzeShared('cases', 'R8_staff_tt11_levels_as_columns.xlsx');
    expect(a.figures.staff).toMatchObject({
      total: 10,
      canBo: 4,
      congChuc: 6,
      education: {
        postgraduate: { count: 0 },
        university: { count: 6, pct: 60 },
        college: { count: 1, pct: 10 },
        secondary: { count: 3, pct: 30 },
        none: { count: 0 },
      },
    });
    expect(errorsOf(a)).toEqual([]);
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  });

  it('positions under category headings are summed; levels of political theory are not education', () => {
    const a = analyze({
      sheets: [
        sheet(
          'CBCC',
          [
            ['STT', 'Chức danh', 'Tổng số', 'Trình độ chuyên môn', null, null, null, 'Lý luận chính trị', null, null],
            [null, null, null, 'Sơ cấp', 'Trung cấp', 'Cao đẳng', 'Đại học', 'Sơ cấp', 'Trung cấp', 'Cao cấp'],
            ['I', 'Cán bộ', null],
            [1, 'Bí thư Đảng ủy', 1, 0, 0, 0, 1, 0, 0, 1],
            [2, 'Chủ tịch UBND', 1, 0, 1, 0, 0, 0, 1, 0],
            ['II', 'Công chức', null],
            [1, 'Văn phòng - Thống kê', 2, 0, 1, 0, 1, 1, 1, 0],
            [2, 'Địa chính', 1, 0, 0, 1, 0, 0, 0, 0],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:J1'] },
        ),
      ],
    });
    expect(a.figures.staff).toMatchObject({
      total: 5,
      canBo: 2,
      congChuc: 3,
      education: { none: { count: 0 }, secondary: { count: 2 }, college: { count: 1 }, university: { count: 2 } },
    });
  });
});
