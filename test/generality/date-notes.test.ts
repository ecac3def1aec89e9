/**
 * A date followed by a note in brackets or after a dash («14/02/2025 (ký số)», «14/02/2025 - ký số», «Ngày 14/02/2025
 * (bản giấy)») is that date, with an info note that the note was left aside (tester 13 item 33a, file
 * W97_docs_date_shapes.xlsx); a text holding two dates, or a date inside a sentence, stays an error. The rule is the
 * reader's for every table's date cells: a register and a dossier log. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import type { Analysis } from '../../src/core/analyze';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

const info: (string | number)[][] = [
  ['Thông tin', 'Giá trị'],
  ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
  ['Từ ngày', '01/01/2025'],
  ['Đến ngày', '31/03/2025'],
  ['Ngày báo cáo', '05/04/2025'],
];

/** The register of tester 13's W97, its fourth date written `fourth`, and more rows after it. */
function register(fourth: string, more: (string | number)[][] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, info);
  put(wb.addWorksheet('VB đi'), 1, [
    ['SỔ ĐĂNG KÝ VĂN BẢN ĐI'],
    [],
    ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu'],
    [1, '01/QĐ-UBND', '05/01/25', 'Ban hành kế hoạch CCHC'],
    [2, '02/KH-UBND', '8/1/2025', 'Kế hoạch tuyên truyền CCHC'],
    [3, '03/UBND', 'Ngày 10/01/2025', 'V/v rà soát TTHC'],
    [4, '04/BC-UBND', fourth, 'Báo cáo CCHC tháng 1'],
    [5, '05/TB-UBND', '2025-03-15', 'Thông báo về CCHC'],
    ...more,
  ]);
  return wb;
}

const dateIssues = (a: Analysis) => a.issues.filter((i) => i.field === 'date' && i.table === 'documents').map((i) => `${i.severity} ${i.sentence} ${i.cell}`);
const dates = (a: Analysis) => a.tables.documents!.rows.map((r) => r.values.date?.value ?? null);
const FIRST = [toSerial(2025, 1, 5), toSerial(2025, 1, 8), toSerial(2025, 1, 10)];

describe('a date followed by a note is that date', () => {
  it.each([
    ['14/02/2025 (ký số)'],
    ['14/02/2025 - ký số'],
    ['14/02/2025 – bản ký số'],
    ['14/02/2025 [bản sao]'],
    ['Ngày 14/02/2025 (bản giấy)'],
    ['14-02-2025 - ký số'],
  ])('reads %j as 14/02/2025, with an info note', async (text) => {
    const a = await roundTrip(register(text));
    expect(dates(a)).toEqual([...FIRST, toSerial(2025, 2, 14), toSerial(2025, 3, 15)]);
    expect(dateIssues(a)).toEqual(['info date-note-left C7']);
    expect(a.issues.filter((i) => i.severity === 'error' && i.code !== 'missing-table')).toEqual([]);
    expect(a.figures.documents).toMatchObject({ total: 5 });
  });

  it('says which note was left aside, in both languages', async () => {
    const a = await roundTrip(register('14/02/2025 (ký số)'));
    const note = a.issues.find((i) => i.sentence === 'date-note-left')!;
    expect(note.code).toBe('type-error');
    expect(said(note, 'vi')).toBe(
      'Ô C7 sheet «VB đi» của bảng Văn bản ban hành (cột Ngày ban hành) ghi «14/02/2025 (ký số)»: đã đọc là ngày 14/02/2025, bỏ qua phần ghi thêm «ký số» sau ngày.',
    );
    expect(said(note, 'en')).toContain('the note «ký số» after the date left aside');
  });

  it('a day and month with a note takes the year of the title, and says both', async () => {
    const wb = register('14/02 (ký số)');
    wb.getWorksheet('VB đi')!.getCell('A1').value = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025';
    const a = await roundTrip(wb);
    expect(dates(a)[3]).toBe(toSerial(2025, 2, 14));
    expect(dateIssues(a)).toEqual(['info date-year-from-title C7', 'info date-note-left C7']);
  });
});

describe('two dates or a date inside a sentence stay unread', () => {
  it.each([
    ['14/02/2025 - 20/02/2025'],
    ['14/02/2025 (sửa từ 13/02/2025)'],
    ['Ký ngày 14/02/2025 tại UBND xã'],
    ['14/02/2025 (ký số) 20/02/2025'],
    ['14/02/2025 - số 2'],
  ])('%j is an error', async (text) => {
    const a = await roundTrip(register(text));
    expect(dates(a)[3]).toBeNull();
    expect(dateIssues(a)).toEqual(['error not-a-date C7']);
  });

  it('a day that does not exist, with a note, is said to be impossible', async () => {
    const a = await roundTrip(register('31/02/2025 (ký số)'));
    expect(dateIssues(a)).toEqual(['error impossible-date C7']);
  });
});

it('a dossier log reads its dates with notes the same way', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, info);
  put(wb.addWorksheet('Ho so'), 1, [
    ['SỔ THEO DÕI HỒ SƠ MỘT CỬA'],
    [],
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ['HS001', 'Hộ tịch', 'Trực tuyến', '06/01/2025', '09/01/2025', '08/01/2025 (trả qua bưu điện)'],
    ['HS002', 'Chứng thực', 'Trực tiếp', '10/02/2025 - nộp bổ sung', '13/02/2025', '13/02/2025'],
    ['HS003', 'Hộ tịch', 'Trực tiếp', '03/03/2025', '06/03/2025', '05/03/2025 - 07/03/2025'],
  ]);
  const a = await roundTrip(wb);
  const rows = a.tables.dossiers!.rows;
  expect(rows.map((r) => [r.values.receivedAt?.value ?? null, r.values.doneAt?.value ?? null])).toEqual([
    [toSerial(2025, 1, 6), toSerial(2025, 1, 8)],
    [toSerial(2025, 2, 10), toSerial(2025, 2, 13)],
    [toSerial(2025, 3, 3), null],
  ]);
  const own = a.issues.filter((i) => i.table === 'dossiers' && (i.sentence === 'date-note-left' || i.code === 'type-error'));
  expect(own.map((i) => `${i.severity} ${i.sentence} ${i.cell}`)).toEqual(['error not-a-date F6', 'info date-note-left F4', 'info date-note-left D5']);
});
