/**
 * TCVN3 (or VNI) decided by the column, or the sheet, not by the cell alone (staffmisc item 3): a staff list typed
 * with .VnTime and saved without its fonts, the given names in a column of their own. «Hïng», «Thñy», «Tó», «TÝ»,
 * «Dòng» prove nothing alone (a Unicode word, or one letter changed), and were left as written while «NguyÔn V¨n»
 * beside them was converted: the joined names read «Nguyễn Văn Hïng». The column's header «Tªn» and the sheet's other
 * cells say TCVN3, so each is converted when it reads as TCVN3. Real .xlsx files read through the file host.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import { roundTrip } from '../../generality/harness';
import { toTcvn3, toVni } from '../../helpers/legacyEncoders';

const PEOPLE = [
  ['STT', 'Họ và tên đệm', 'Tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
  [1, 'Nguyễn Văn', 'Hùng', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
  [2, 'Trần Thị', 'Thủy', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
  [3, 'Lê Văn', 'Tú', 'Địa chính - Xây dựng', 'Công chức', 'Đại học'],
  [4, 'Phạm Thị', 'Tí', 'Tư pháp - Hộ tịch', 'Công chức', 'Cao đẳng'],
  [5, 'Đỗ Văn', 'Dũng', 'Chỉ huy trưởng Quân sự', 'Công chức', 'Trung cấp'],
];
const NAMES = ['Nguyễn Văn Hùng', 'Trần Thị Thủy', 'Lê Văn Tú', 'Phạm Thị Tí', 'Đỗ Văn Dũng'];

/** The list written with `enc`, fonts not saved (every cell in the workbook's default font), under a title. */
function book(enc: (s: string) => string, title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('CBCC');
  ws.getCell('A1').value = enc(title);
  PEOPLE.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 3, j + 1).value = typeof v === 'string' ? enc(v) : v)));
  return wb;
}

const names = (a: Analysis) => a.tables.staff?.rows.map((r) => r.values.name?.text);
const line = (a: Analysis) => {
  const s = a.figures.staff!;
  return [s.total, s.canBo, s.congChuc, s.education.university.count, s.education.college.count, s.education.secondary.count];
};

describe('legacy text decided by its column', () => {
  it('TCVN3 without fonts: every given name converted, the short ones too', async () => {
    const a = await roundTrip(book(toTcvn3, 'Danh sách cán bộ, công chức xã'));
    expect(names(a)).toEqual(NAMES);
    expect(line(a)).toEqual([5, 1, 4, 2, 1, 2]);
  });

  it('VNI without fonts: the list is found and every name converted', async () => {
    const a = await roundTrip(book(toVni, 'Danh sách cán bộ, công chức xã'));
    expect(names(a)).toEqual(NAMES);
    expect(line(a)).toEqual([5, 1, 4, 2, 1, 2]);
  });

  it('control: a Unicode list keeps its short Latin-1 names («Tú», «Tí», «Bé») and its ticks «Có»', async () => {
    const wb = book((s) => s, 'Danh sách cán bộ, công chức xã');
    const ws = wb.getWorksheet('CBCC')!;
    ws.getCell('C6').value = 'Bé';
    ws.getCell('G3').value = 'Đảng viên';
    for (let r = 4; r <= 8; r++) ws.getCell(r, 7).value = 'Có';
    const a = await roundTrip(wb);
    expect(names(a)).toEqual(['Nguyễn Văn Hùng', 'Trần Thị Thủy', 'Lê Văn Bé', 'Phạm Thị Tí', 'Đỗ Văn Dũng']);
    expect(a.issues.filter((i) => i.code === 'legacy-encoding')).toEqual([]);
  });
});
