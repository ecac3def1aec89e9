/**
 * Staff kept in shapes that gave no headcount (tester «blocks» items 1 and 3): counts as a «Nội dung | Số lượng» block,
 * and a list of persons whose only qualification columns are political theory (ticks under «Cao cấp | Trung cấp | Sơ
 * cấp», or a «Trình độ LLCT» column). Each workbook is written with exceljs and read back through the whole pipeline.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import { put, roundTrip, located } from '../../generality/harness';

type Rows = (ExcelJS.CellValue | undefined)[][];

function book(...sheets: [string, Rows, string[]?][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows, merges] of sheets) {
    const ws = wb.addWorksheet(name);
    put(ws, 1, rows);
    for (const m of merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

/** total, cán bộ, công chức, KCT, then the count of each level. */
function staffLine(a: Analysis): (number | null)[] | null {
  const s = a.figures.staff;
  if (!s) return null;
  const e = s.education;
  return [s.total, s.canBo, s.congChuc, s.khongChuyenTrach, e.postgraduate.count, e.university.count, e.college.count, e.secondary.count, e.none.count];
}

const staffErrors = (a: Analysis) => a.issues.filter((i) => i.table === 'staff' && i.severity === 'error').map((i) => `${i.code} ${i.sheet}!${i.cell}`);

describe('staff counts kept as a «Nội dung | Số lượng» block (tester blocks item 1)', () => {
  const BLOCK: Rows = [
    ['CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC XÃ'],
    [],
    ['STT', 'Nội dung', 'Số lượng'],
    [1, 'Tổng số cán bộ, công chức', 21],
    [2, 'Trình độ đại học', 15],
    [3, 'Thạc sĩ', 2],
    [4, 'Trung cấp', 4],
  ];

  it('the tester’s block: the levels counted, the total row kept as the total', async () => {
    const a = await roundTrip(book(['CBCC', BLOCK]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'B3:C7' });
    expect(staffLine(a)).toEqual([21, null, null, null, 2, 15, 0, 4, 0]);
    expect(a.figures.staff?.education.university.pct).toBe(71.4);
    expect(staffErrors(a)).toEqual([]);
  });

  it('categories as rows, and a political-theory block below that is not counted as levels', async () => {
    const rows: Rows = [
      ['Nội dung', 'Số lượng'],
      ['Tổng số cán bộ, công chức', 20],
      ['- Cán bộ', 9],
      ['- Công chức', 11],
      ['Trình độ chuyên môn:'],
      ['Đại học', 16],
      ['Cao đẳng', 1],
      ['Trung cấp', 3],
      ['Trình độ lý luận chính trị:'],
      ['Cao cấp', 2],
      ['Trung cấp', 12],
    ];
    const a = await roundTrip(book(['Nhân sự', rows]));
    expect(staffLine(a)).toEqual([20, 9, 11, null, 0, 16, 1, 3, 0]);
  });
});

describe('a staff list whose only qualification is political theory (tester blocks item 3)', () => {
  const TICKS: Rows = [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Trình độ lý luận chính trị', null, null],
    [null, null, null, 'Cao cấp', 'Trung cấp', 'Sơ cấp'],
    [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'x'],
    [2, 'Trần Thị Bình', 'Chủ tịch UBND', null, 'x'],
    [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', null, 'x'],
    [4, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', null, null, 'x'],
    [5, 'Hoàng Văn Em', 'Tài chính - Kế toán', null, 'x'],
  ];
  const MERGES = ['D3:F3', 'A3:A4', 'B3:B4', 'C3:C4'];

  it('ticks under Cao cấp | Trung cấp | Sơ cấp: the persons are the staff, the professional level said missing', async () => {
    const a = await roundTrip(book(['DS', TICKS, MERGES]));
    expect(located(a, 'staff')).toEqual({ sheet: 'DS', range: 'A3:F9' });
    expect(staffLine(a)).toEqual([5, 2, 3, null, null, null, null, null, null]);
    expect(staffErrors(a)).toEqual(['missing-label DS!D3']);
  });

  it('a «Trình độ LLCT» column: the same', async () => {
    const rows: Rows = [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
      ['TT', 'Họ tên', 'Chức danh', 'Trình độ LLCT'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cao cấp'],
      [2, 'Trần Thị Bình', 'Phó Chủ tịch UBND', 'Trung cấp'],
      [3, 'Lê Văn Cường', 'Địa chính - Xây dựng', 'Trung cấp'],
      [4, 'Phạm Thị Dung', 'Văn hóa - Xã hội', 'Sơ cấp'],
    ];
    const a = await roundTrip(book(['Sheet1', rows]));
    expect(staffLine(a)).toEqual([4, 2, 2, null, null, null, null, null, null]);
    expect(staffErrors(a)).toEqual(['missing-label Sheet1!D2']);
  });

  it('another staff table giving the levels wins; the political-theory list is not the staff', async () => {
    const levels: Rows = [['TRÌNH ĐỘ CHUYÊN MÔN CÁN BỘ, CÔNG CHỨC'], ['Trình độ', 'Số lượng'], ['Đại học', 4], ['Trung cấp', 1]];
    const a = await roundTrip(book(['Trình độ', levels], ['DS', TICKS, MERGES]));
    expect(located(a, 'staff')?.sheet).toBe('Trình độ');
    expect(staffLine(a)).toEqual([5, null, null, null, 0, 4, 0, 1, 0]);
    expect(a.issues.some((i) => i.sentence === 'education-only-political-theory')).toBe(false);
  });
});
