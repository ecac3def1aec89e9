/**
 * Staff-list layouts clerks keep that were read wrong (tester 13 items 16, 20, 28, 29): a list of persons ticked
 * under category and level columns, counts typed with their unit («8 người»), counts per khối with the levels as
 * columns, and a list of retired staff that is never the staff list. Each workbook is written with exceljs, in the
 * tester's shape and in another wording, and read back through the whole pipeline; the figures are asserted.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import { put, roundTrip, located, brief } from '../../generality/harness';

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

/** The staff figures in one line: total, cán bộ, công chức, không chuyên trách, then the count of each level. */
function staffLine(a: Analysis): (number | null)[] | null {
  const s = a.figures.staff;
  if (!s) return null;
  const e = s.education;
  return [s.total, s.canBo, s.congChuc, s.khongChuyenTrach, e.postgraduate.count, e.university.count, e.college.count, e.secondary.count, e.none.count];
}

const staffIssues = (a: Analysis) => brief(a).filter((l) => !/missing-table \S+!undefined/.test(l) && / (CBCC|Biên chế|Trình độ|Hưu trí|Don vi|DS)!/.test(l));

describe('a list of persons ticked under category and level columns (tester 13 item 16)', () => {
  const LEVEL_GROUP = 'Trình độ chuyên môn';
  const W50: Rows = [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2025'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Cán bộ', 'Công chức', LEVEL_GROUP, LEVEL_GROUP, LEVEL_GROUP, LEVEL_GROUP, LEVEL_GROUP],
    ['STT', 'Họ và tên', 'Chức vụ', 'Cán bộ', 'Công chức', 'Sau đại học', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Chưa qua đào tạo'],
    [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'x', null, null, 'x'],
    [2, 'Trần Thị Bình', 'Chủ tịch UBND', 'x', null, 'x'],
    [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', null, 'x', null, 'x'],
    [4, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', null, 'x', null, null, 'x'],
    [5, 'Hoàng Văn Em', 'Tài chính - Kế toán', null, 'x', null, null, null, 'x'],
    [null, 'Cộng', null, 2, 3, 1, 2, 1, 1, 0],
  ];
  const W50_MERGES = ['F3:J3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4'];

  it('the tester’s workbook: each person counted once under the column ticked', async () => {
    const a = await roundTrip(book(['CBCC', W50, W50_MERGES]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:J10' });
    expect(staffLine(a)).toEqual([5, 2, 3, null, 1, 2, 1, 1, 0]);
    expect(a.figures.staff?.education.university.pct).toBe(40);
    expect(staffIssues(a)).toEqual([]);
  });

  it('no diacritics, levels left of the categories, ticks «X», «✓» and 1, a không chuyên trách left out of the levels', async () => {
    const g = 'Trinh do chuyen mon';
    const rows: Rows = [
      ['DANH SACH CAN BO CONG CHUC XA'],
      [],
      ['TT', 'Ho va ten', 'Chuc danh', g, g, g, g, 'Can bo', 'Cong chuc', 'Khong chuyen trach'],
      ['TT', 'Ho va ten', 'Chuc danh', 'Thac si', 'Dai hoc', 'Trung cap', 'So cap', 'Can bo', 'Cong chuc', 'Khong chuyen trach'],
      [1, 'Vi Văn Thắng', 'Chủ tịch UBND', null, 'X', null, null, 'X'],
      // «Công chức» in a position is no category row: the row is a person.
      [2, 'Lục Thị Hoa', 'Công chức Tư pháp - Hộ tịch', null, '✓', null, null, null, '✓'],
      [3, 'Nông Văn Kiên', 'Công chức Địa chính', null, null, 1, null, null, 1],
      [4, 'Hà Thị Mai', 'Phó Chủ tịch UBND', 'X', null, null, null, 'X'],
      [5, 'Mã Văn Lộc', 'Phó Chỉ huy trưởng Quân sự', null, null, null, 'X', null, null, 'X'],
    ];
    const a = await roundTrip(book(['Don vi', rows, ['D3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'H3:H4', 'I3:I4', 'J3:J4']]));
    expect(located(a, 'staff')?.sheet).toBe('Don vi');
    expect(staffLine(a)).toEqual([4, 2, 2, 1, 1, 2, 0, 1, 0]);
  });

  it('a person ticked under two categories is left out with an error at the row; one under none blanks the figures', async () => {
    const two = W50.map((r, i) => (i === 5 ? [2, 'Trần Thị Bình', 'Chủ tịch UBND', 'x', 'x', 'x'] : i === 9 ? [] : r));
    const a = await roundTrip(book(['CBCC', two, W50_MERGES]));
    expect(a.issues.filter((i) => i.severity === 'error' && i.sheet === 'CBCC').map((i) => [i.code, i.cell])).toEqual([['constraint-error', 'D6']]);
    expect(staffLine(a)?.slice(0, 3)).toEqual([4, 1, 3]);
    const none = W50.map((r, i) => (i === 5 ? [2, 'Trần Thị Bình', 'Chủ tịch UBND', null, null, 'x'] : i === 9 ? [] : r));
    const b = await roundTrip(book(['CBCC', none, W50_MERGES]));
    expect(b.issues.filter((i) => i.severity === 'error' && i.sheet === 'CBCC').map((i) => [i.code, i.cell])).toEqual([['missing-cell', 'D6']]);
    expect(staffLine(b)?.slice(0, 3)).toEqual([null, null, null]);
  });
});

describe('counts per khối with the levels as columns (tester 13 item 28)', () => {
  const G = 'Trình độ chuyên môn';
  const W77: Rows = [
    ['SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC XÃ THEO KHỐI'],
    [],
    ['STT', 'Khối', 'Tổng số', 'Cán bộ', 'Công chức', G, G, G],
    ['STT', 'Khối', 'Tổng số', 'Cán bộ', 'Công chức', 'Đại học', 'Cao đẳng', 'Trung cấp'],
    [1, 'Khối Đảng', 3, 2, 1, 3, 0, 0],
    [2, 'Khối chính quyền', 8, 3, 5, 6, 1, 1],
    [3, 'Khối Mặt trận và đoàn thể', 5, 5, 0, 2, 0, 3],
    [null, 'Tổng cộng', 16, 10, 6, 11, 1, 4],
  ];

  it('the tester’s workbook: the units summed, the total row not added again', async () => {
    const a = await roundTrip(book(['Biên chế', W77, ['F3:H3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4']]));
    expect(located(a, 'staff')).toEqual({ sheet: 'Biên chế', range: 'A3:H8' });
    expect(staffLine(a)).toEqual([16, 10, 6, null, 0, 11, 1, 4, 0]);
    expect(a.figures.staff?.education.secondary.pct).toBe(25);
    expect(staffIssues(a)).toEqual([]);
  });

  it('abbreviated headers («CB», «CC», «ĐH», «TC»), no total row, levels before the categories', async () => {
    const g = 'Trình độ';
    const rows: Rows = [
      ['CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC THEO ĐƠN VỊ'],
      [],
      ['TT', 'Đơn vị', g, g, g, g, 'CB', 'CC'],
      ['TT', 'Đơn vị', 'Thạc sĩ', 'ĐH', 'CĐ', 'TC', 'CB', 'CC'],
      [1, 'Đảng ủy', 1, 2, 0, 0, 2, 1],
      [2, 'HĐND - UBND', 0, 5, 1, 2, 3, 5],
      [3, 'MTTQ và các đoàn thể', 0, 1, 0, 4, 5, 0],
    ];
    const a = await roundTrip(book(['DS', rows, ['C3:F3', 'A3:A4', 'B3:B4', 'G3:G4', 'H3:H4']]));
    expect(located(a, 'staff')?.sheet).toBe('DS');
    expect(staffLine(a)).toEqual([16, 10, 6, null, 1, 8, 1, 6, 0]);
  });
});

describe('a list of retired staff is never the staff list (tester 13 item 29)', () => {
  const RETIRED: Rows = [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ ĐÃ NGHỈ HƯU'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ trước khi nghỉ hưu', 'Loại', 'Trình độ chuyên môn', 'Ngày nghỉ hưu'],
    [1, 'Nguyễn Văn Tư', 'Chủ tịch UBND', 'Cán bộ', 'Trung cấp', '01/01/2020'],
    [2, 'Nguyễn Văn Năm', 'Địa chính', 'Công chức', 'Trung cấp', '01/02/2020'],
    [3, 'Nguyễn Văn Sáu', 'Địa chính', 'Công chức', 'Trung cấp', '01/03/2020'],
    [4, 'Nguyễn Văn Bảy', 'Địa chính', 'Công chức', 'Trung cấp', '01/04/2020'],
    [5, 'Nguyễn Văn Tám', 'Địa chính', 'Công chức', 'Trung cấp', '01/05/2020'],
  ];
  const REAL: Rows = [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2025'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'Cán bộ', 'Đại học'],
    [2, 'Trần Thị Bình', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
    [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', 'Cao đẳng'],
  ];

  it('alone: no staff table, staff null, a note naming the words that set it aside', async () => {
    const a = await roundTrip(book(['Hưu trí', RETIRED.slice(0, 6)]));
    expect(a.tables.staff).toBeUndefined();
    expect(a.figures.staff).toBeNull();
    const note = a.issues.find((i) => i.code === 'missing-table' && i.table === 'staff' && i.sheet === 'Hưu trí');
    expect(note?.severity).toBe('info');
  });

  it('other wording: no title, the columns «Năm sinh», «Ngày nghỉ hưu» before the category: still no staff table', async () => {
    const rows: Rows = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Ngày nghỉ hưu', 'Chức vụ', 'Phân loại', 'Trình độ'],
      [1, 'Lò Văn Páo', 1960, '01/07/2021', 'Phó Chủ tịch UBND', 'Cán bộ', 'Đại học'],
      [2, 'Quàng Thị Ín', 1966, '01/03/2022', 'Công chức Văn hóa', 'Công chức', 'Trung cấp'],
    ];
    const a = await roundTrip(book(['Sheet1', rows]));
    expect(a.tables.staff).toBeUndefined();
    expect(a.figures.staff).toBeNull();
  });

  it('beside the real list: the real one is read, and no note says it names another period', async () => {
    const a = await roundTrip(book(['Hưu trí', RETIRED], ['CBCC', REAL]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:E6' });
    expect(staffLine(a)).toEqual([3, 2, 1, null, 0, 2, 1, 0, 0]);
    expect(a.figures.staff?.education.university.pct).toBe(66.7);
    expect(brief(a).filter((l) => /kỳ khác/.test(l))).toEqual([]);
  });

  it('control: a staff list with a column of the expected retirement year is still the staff list', async () => {
    const rows = REAL.map((r, i) => (i < 2 ? r : [...r, i === 2 ? 'Năm đủ tuổi nghỉ hưu' : 2040]));
    const a = await roundTrip(book(['CBCC', rows]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:F6' });
    expect(a.figures.staff?.total).toBe(3);
  });
});

describe('counts per khối with a column of không chuyên trách beside cán bộ and công chức (staffmisc item 1)', () => {
  const G = 'Trình độ chuyên môn';
  // By hand: Tổng số 22 = 10 cán bộ + 6 công chức + 6 không chuyên trách; the levels 11 + 1 + 7 + 3 = 22 count all of
  // them. Cán bộ + công chức = 16; không chuyên trách 6, never a level; the shares are over the 22 the levels count.
  const khoi = (kct: string, twoRows: boolean): Rows => [
    ['SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC XÃ THEO KHỐI'],
    [],
    ...(twoRows ? [['STT', 'Khối', 'Tổng số', 'Chia ra', 'Chia ra', 'Chia ra', G, G, G, G]] : []),
    ['STT', 'Khối', 'Tổng số', 'Cán bộ', 'Công chức', kct, 'Đại học', 'Cao đẳng', 'Trung cấp', 'Chưa qua đào tạo'],
    [1, 'Khối Đảng', 5, 2, 1, 2, 3, 0, 2, 0],
    [2, 'Khối chính quyền', 10, 3, 5, 2, 6, 1, 2, 1],
    [3, 'Khối MTTQ và đoàn thể', 7, 5, 0, 2, 2, 0, 3, 2],
    [null, 'Tổng cộng', 22, 10, 6, 6, 11, 1, 7, 3],
  ];
  const levelsNote = (a: Analysis) => a.issues.filter((i) => i.code === 'missing-label' && i.sentence === 'staff-levels-include-part-time');

  it.each([
    ['Không chuyên trách', false],
    ['Không chuyên trách cấp xã', false],
    ['Người hoạt động không chuyên trách', true],
    ['Người HĐKCT', false],
    ['Bán chuyên trách', true],
  ])('«%s» (two header rows: %s) is the không chuyên trách count, no level, and the shares are said to count them', async (kct, twoRows) => {
    const a = await roundTrip(book(['Biên chế', khoi(kct, twoRows)]));
    expect(located(a, 'staff')?.sheet).toBe('Biên chế');
    expect(staffLine(a)).toEqual([16, 10, 6, 6, 0, 11, 1, 7, 3]);
    expect(a.figures.staff?.education.university.pct).toBe(50);
    expect(levelsNote(a).map((i) => i.severity)).toEqual(['warning']);
    expect(staffIssues(a).filter((l) => /duplicate-row/.test(l))).toEqual([]);
  });

  it('control: levels that add up to cán bộ + công chức alone carry no such note', async () => {
    const rows = khoi('Không chuyên trách', false).map((r, i) =>
      i < 3 ? r : [...r.slice(0, 6), ...(i === 3 ? [2, 0, 1, 0] : i === 4 ? [5, 1, 1, 1] : i === 5 ? [2, 0, 3, 0] : [9, 1, 5, 1])],
    );
    const a = await roundTrip(book(['Biên chế', rows]));
    expect(staffLine(a)).toEqual([16, 10, 6, 6, 0, 9, 1, 5, 1]);
    expect(levelsNote(a)).toEqual([]);
  });
});
