/**
 * A signature block under a table ends it (tester 11 item 5): «Người lập biểu | TM. ỦY BAN NHÂN DÂN» under a staff
 * list, «Người ghi sổ | Lãnh đạo duyệt» under a documents register, «KẾ TOÁN NGÂN SÁCH | CHỦ TỊCH UBND XÃ» under the
 * budget, after a blank row or a «Tổng số: 11 người» line, is no person, document or budget line. Workbooks written
 * with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip } from '../../generality/harness';

const PEOPLE: [string, string, string, string][] = [
  ['Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
  ['Trần Thị Bình', 'Phó Chủ tịch UBND', 'Cán bộ', 'Thạc sĩ'],
  ['Lê Văn Cường', 'Chủ tịch HĐND', 'Cán bộ', 'Đại học'],
  ['Hoàng Văn Em', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  ['Đỗ Thị Giang', 'Tài chính - Kế toán', 'Công chức', 'Cao đẳng'],
];

function staffBook(footer: ExcelJS.CellValue[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    ...PEOPLE.map((p, i) => [i + 1, ...p]),
    ...footer,
  ]);
  return wb;
}

describe('a signature block ends the table above it', () => {
  test.each([
    [
      'after a total line (read as the total) and a blank row',
      'A3:E9',
      [[null, 'Tổng số: 5 người'], [], [null, 'Người lập biểu', null, 'TM. ỦY BAN NHÂN DÂN'], [null, null, null, 'CHỦ TỊCH']],
    ],
    [
      'right after the list',
      'A3:E8',
      [
        [null, 'Người lập biểu', null, 'KT. CHỦ TỊCH'],
        [null, 'Đặng Thị Lan', null, 'Nguyễn Văn An'],
      ],
    ],
    [
      'with the place and date',
      'A3:E8',
      [[], [null, null, null, 'Tân Phú, ngày 05 tháng 7 năm 2025'], [null, 'Thủ trưởng đơn vị', null, 'TM. ỦY BAN NHÂN DÂN']],
    ],
  ])('staff list: %s', async (_, range, footer) => {
    const a = await roundTrip(staffBook(footer as ExcelJS.CellValue[][]));
    expect(located(a, 'staff')?.range).toBe(range);
    expect(errors(a).filter((i) => i.sheet === 'CBCC')).toEqual([]);
    const s = a.figures.staff!;
    expect([s.total, s.canBo, s.congChuc]).toEqual([5, 3, 2]);
    expect(s.education.university.count).toBe(3);
  });

  test('a person whose position is a signer’s title stays a person', async () => {
    const a = await roundTrip(staffBook([[6, 'Phan Văn Minh', 'Chủ tịch MTTQ', 'Cán bộ', 'Trung cấp']]));
    expect(a.figures.staff!.total).toBe(6);
  });

  test('documents register: «Người ghi sổ | Lãnh đạo duyệt» and the names under it are no documents', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('So van ban di'), 1, [
      ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025'],
      [],
      ['Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu nội dung'],
      ['01/KH-UBND', '05/01/2025', 'Kế hoạch', 'Kế hoạch CCHC năm 2025'],
      ['02/QĐ-UBND', '10/01/2025', 'Quyết định', 'Kiện toàn tổ công tác CCHC'],
      ['15/UBND', '20/02/2025', 'Công văn', 'Đôn đốc thực hiện CCHC'],
      [],
      ['Người ghi sổ', null, 'Lãnh đạo duyệt'],
      [],
      ['Đặng Thị Lan', null, 'Nguyễn Văn An'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.documents!.total).toBe(3);
    expect(located(a, 'documents')?.range).toBe('A3:D6');
  });

  test('budget: «KẾ TOÁN NGÂN SÁCH | CHỦ TỊCH UBND XÃ» under the actual column is no amount', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Ngan sach'), 1, [
      ['THU, CHI NGÂN SÁCH XÃ 6 THÁNG ĐẦU NĂM 2025'],
      ['ĐVT: đồng'],
      ['STT', 'Nội dung', 'Dự toán tỉnh giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['I', 'Tổng thu ngân sách xã', 2_000_000, 2_000_000, 1_000_000],
      ['II', 'Tổng chi ngân sách xã', 2_000_000, 2_000_000, 800_000],
      [],
      [null, 'KẾ TOÁN NGÂN SÁCH', null, null, 'CHỦ TỊCH UBND XÃ'],
      [],
      [null, 'Đỗ Thị Giang', null, null, 'Nguyễn Văn An'],
    ]);
    const a = await roundTrip(wb);
    expect(errors(a).filter((i) => i.sheet === 'Ngan sach')).toEqual([]);
    expect(located(a, 'budget')?.range).toBe('A3:E5');
    expect(a.figures.budget!.revenue.actual).toBe(1_000_000);
  });
});
