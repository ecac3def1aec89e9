/** Staff lists as real offices keep them (issue 17, point 7; REPORTING-SCHEMA §2 staff). */
import { analyzeShared, errorsOf } from './vocab-helpers';
import { analyze } from '../../src/core/analyze';
import { sheet } from '../core/read/snap';

describe('staff vocabulary', () => {
  it('R6: names headed "Tên cán bộ, công chức" read as the R6c control', async () => {
    const [a, control] = await Promise.all([analyzeShared('cases', 'R6_staff_ten_can_bo.xlsx'), analyzeShared('cases', 'R6c_staff_ho_va_ten_control.xlsx')]);
    expect(a.figures.staff).toEqual(control.figures.staff);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2, education: { university: { count: 2, pct: 66.7 }, secondary: { count: 1, pct: 33.3 } } });
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
