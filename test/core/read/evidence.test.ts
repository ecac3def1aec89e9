/** A table is read on evidence (docs/reporting-schema.md §1): its values and words, not its header alone. */
import { readWorkbook } from '../../../src/core/read';
import { book, sheet } from './snap';
import { said } from '../../helpers/words';

const STAFF_HEADER = ['TT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];

describe('a table is accepted on evidence', () => {
  test('a payroll whose people carry staff categories is no staff table: its words outweigh its facts', () => {
    const s = sheet('Lương', [
      ['TT', 'Họ và tên', 'Loại', 'Hệ số lương', 'Phụ cấp chức vụ', 'Thành tiền', 'Ký nhận'],
      [1, 'Nguyễn Văn An', 'Cán bộ', 3.66, 0.3, 8500000, null],
      [2, 'Trần Thị Bình', 'Công chức', 2.34, 0, 5200000, null],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.staff).toBeUndefined();
    const why = r.issues.find((i) => i.table === 'staff' && i.severity === 'info' && i.sheet === 'Lương');
    expect(why?.cell).toBe('A1:G3');
    expect(said(why)).toContain('«hệ số lương»');
  });

  test('the same people without the pay columns are a staff list; a "Xếp loại" column does not argue against it', () => {
    const s = sheet('DS', [
      [...STAFF_HEADER, 'Xếp loại'],
      [1, 'Nguyễn Văn An', 'Chủ tịch', 'Cán bộ', 'Đại học', 'Tốt'],
      [2, 'Trần Thị Bình', 'Kế toán', 'Công chức', 'Trung cấp', 'Khá'],
    ]);
    expect(readWorkbook(book(s)).tables.staff?.located.range).toBe('A1:F3');
  });

  test('rows that are not people make no staff list, though the header has a name and a category', () => {
    const s = sheet('Thi', [
      ['TT', 'Họ và tên', 'Xếp loại'],
      [1, 'Người A', 'Khá'],
      [2, 'Người B', 'Giỏi'],
    ]);
    expect(readWorkbook(book(s)).tables.staff).toBeUndefined();
  });

  test('a register is read when its numbers look like n/SYMBOL', () => {
    const numbers = sheet('VB', [
      ['Số ký hiệu', 'Ngày ban hành'],
      ['12/QĐ-UBND', '05/01/2023'],
      ['15/UBND', '09/01/2023'],
    ]);
    const neither = sheet('VB', [
      ['Số hiệu', 'Ngày'],
      ['VB-0001', '05/01/2023'],
      ['VB-0002', '09/01/2023'],
    ]);
    expect(readWorkbook(book(numbers)).tables.documents).toBeDefined();
    expect(readWorkbook(book(neither)).tables.documents).toBeUndefined();
  });

  test('an applicant list with symbol-shaped numbers is still no register: "ngày sinh" and "văn bằng" outweigh them', () => {
    const s = sheet('TS', [
      ['Họ và tên', 'Ngày sinh', 'Số hiệu văn bằng', 'Ngày cấp'],
      ['Người A', '10/02/1995', '12/QĐ-ĐH', '30/06/2017'],
    ]);
    expect(readWorkbook(book(s)).tables.documents).toBeUndefined();
  });

  test('a blank register form is recognised on its header: it has nothing to prove and nothing against it', () => {
    const s = sheet('VB', [['Số ký hiệu', 'Ngày ban hành', 'Trích yếu']]);
    expect(readWorkbook(book(s)).tables.documents).toBeDefined();
  });

  test('complaint counts are no Biểu 06: no timing or channel column, no word of dossiers, "đơn thư" against', () => {
    const complaints = sheet('Số liệu', [['KẾT QUẢ XỬ LÝ ĐƠN THƯ'], ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'], ['Xã Hòa An', 8, 6, 2]]);
    expect(readWorkbook(book(complaints)).tables.tthc).toBeUndefined();
    // The same counts under a word of dossiers, or beside a timing column, are the TTHC table.
    const dossiers = sheet('Hồ sơ TTHC', [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      ['Hộ tịch', 8, 6, 2],
    ]);
    const timing = sheet('Số liệu', [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      ['Hộ tịch', 8, 6, 2, 4, 0],
    ]);
    expect(readWorkbook(book(dossiers)).tables.tthc).toBeDefined();
    expect(readWorkbook(book(timing)).tables.tthc).toBeDefined();
  });

  test('a finance form with "Chỉ tiêu / Mã số" and no revenue or expenditure line is no budget', () => {
    const s = sheet('Sheet1', [
      ['Chỉ tiêu', 'Mã số', 'Thực hiện'],
      ['Học phí', '01', 120],
      ['Kinh phí đào tạo', '02', 80],
    ]);
    expect(readWorkbook(book(s)).tables.budget).toBeUndefined();
    const budget = sheet('Sheet1', [
      ['Nội dung', 'Dự toán', 'Thực hiện'],
      ['Tổng thu ngân sách xã', 500, 120],
      ['Tổng chi ngân sách xã', 480, 100],
    ]);
    expect(readWorkbook(book(budget)).tables.budget).toBeDefined();
  });
});

describe('several candidates', () => {
  const list = (name: string, people: [string, string, string][]) => sheet(name, [STAFF_HEADER, ...people.map(([n, c, e], i) => [i + 1, n, 'Chức vụ', c, e])]);

  test('the better evidence wins and the other place is named, for staff in a warning saying how many people are left out', () => {
    // Half of the second list's levels are unknown: it qualifies, with less evidence.
    const good = list('CBCC', [
      ['Nguyễn Văn An', 'Cán bộ', 'Đại học'],
      ['Trần Thị Bình', 'Công chức', 'Trung cấp'],
    ]);
    const weak = sheet('Danh sách', [
      ['TT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Lê Văn Cường', 'Hợp đồng', 'Đại học'],
      [2, 'Phạm Thị Dung', 'Thời vụ', 'Trung cấp'],
    ]);
    for (const b of [book(weak, good), book(good, weak)]) {
      const r = readWorkbook(b);
      expect(r.tables.staff?.located.sheet).toBe('CBCC');
      // A second staff list not read leaves people out of the figures (tester 7 item 3): a warning, not a note.
      const named = r.issues.filter((i) => i.table === 'staff' && i.code === 'duplicate-label' && i.severity === 'warning');
      expect(named.map((i) => [i.sheet, i.cell])).toEqual([['Danh sách', 'A1:D3']]);
      expect(said(named[0])).toContain('«CBCC»');
      expect(said(named[0])).toContain('2 người ở đó không được tính');
    }
  });
});

describe('hidden sheets', () => {
  const people = (name: string, education: string) =>
    sheet(name, [
      ['TT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Cán bộ', education],
      [2, 'Trần Thị Bình', 'Công chức', education],
    ]);
  const hide = <T extends ReturnType<typeof sheet>>(s: T, visibility: 'hidden' | 'veryHidden' = 'hidden'): T => ({ ...s, visibility });

  test('a visible sheet wins over a hidden one holding the same table, even one with more evidence', () => {
    const old = hide(
      sheet('Cũ', [
        ['TT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn', 'Số lượng'],
        [1, 'Nguyễn Văn An', 'Cán bộ', 'Đại học', 1],
      ]),
    );
    const r = readWorkbook(book(old, people('Mới', 'Trung cấp')));
    expect(r.tables.staff?.located.sheet).toBe('Mới');
    expect(said(r.issues.find((i) => i.sheet === 'Cũ'))).toContain('sheet ẩn');
  });

  test('a hidden sheet is read when no visible one holds the table, and an issue says so', () => {
    for (const visibility of ['hidden', 'veryHidden'] as const) {
      const r = readWorkbook(book(hide(people('Ẩn', 'Đại học'), visibility), sheet('Khác', [['Ghi chú'], ['Không có gì']])));
      expect(r.tables.staff?.located.sheet).toBe('Ẩn');
      const note = r.issues.find((i) => i.table === 'staff' && i.sheet === 'Ẩn');
      expect([note?.code, note?.severity]).toEqual(['missing-table', 'warning']);
      expect(said(note)).toContain('sheet ẩn «Ẩn»');
    }
  });

  test('an info block on a visible sheet wins over one on a hidden sheet; a hidden one alone is read and said', () => {
    const info = (name: string, agency: string) =>
      sheet(name, [
        ['Cơ quan ban hành', agency],
        ['Ngày báo cáo', '05/04/2023'],
      ]);
    const both = readWorkbook(book(hide(info('Cũ', 'UBND xã Cũ')), info('Thông tin', 'UBND xã Mới')));
    expect(both.info.agency).toBe('UBND xã Mới');
    const alone = readWorkbook(book(hide(info('Cũ', 'UBND xã Cũ'))));
    expect(alone.info.agency).toBe('UBND xã Cũ');
    expect(alone.issues.some((i) => i.table === 'info' && i.sheet === 'Cũ' && said(i).includes('sheet ẩn'))).toBe(true);
  });
});
