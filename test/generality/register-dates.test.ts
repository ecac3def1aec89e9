/**
 * Registers' dates typed without a year («10/01», «15/5») in a register whose title names the year («SỔ ĐĂNG KÝ VĂN
 * BẢN ĐI NĂM 2023», or a period within one year): read with that year, each said in an info issue (tester 5 item 16);
 * a title naming no period leaves the year to the report period of the info block, read before the tables, when it
 * lies within one year; a period over two years leaves them unread errors. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import type { Analysis } from '../../src/core/analyze';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

function register(title: string, info?: [string, string | number][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (info) put(wb.addWorksheet('Thong tin'), 1, [['Thông tin', 'Giá trị'], ['Cơ quan ban hành', 'UBND xã Tân Phú'], ...info]);
  put(wb.addWorksheet('Van ban'), 1, [
    [title],
    [],
    ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu nội dung'],
    [1, '05/QĐ-UBND', '10/01', 'Quyết định', 'Ban hành kế hoạch CCHC năm 2023'],
    [2, '12/KH-UBND', '20/02', 'Kế hoạch', 'Kế hoạch tuyên truyền CCHC'],
    [3, '30/UBND', '15/5', 'Công văn', 'Đẩy mạnh dịch vụ công trực tuyến'],
  ]);
  return wb;
}

const dateIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'documents' && i.field === 'date').map((i) => `${i.severity} ${i.sentence} ${i.cell}`);
const dates = (a: Analysis) => a.tables.documents?.rows.map((r) => r.values.date?.value);

describe('dates without a year in a register whose title names the year', () => {
  it.each([
    ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023'],
    ['Văn bản ban hành từ ngày 01/01/2023 đến ngày 30/06/2023'],
    ['DANH SÁCH VĂN BẢN BAN HÀNH 6 THÁNG ĐẦU NĂM 2023'],
  ])('reads «10/01» with the year of %j, and says so', async (title) => {
    const a = await roundTrip(register(title));
    expect(dates(a)).toEqual([toSerial(2023, 1, 10), toSerial(2023, 2, 20), toSerial(2023, 5, 15)]);
    expect(dateIssues(a)).toEqual(['info date-year-from-title C4', 'info date-year-from-title C5', 'info date-year-from-title C6']);
    expect(a.figures.documents).toMatchObject({ total: 3 });
  });

  it.each([['SỔ ĐĂNG KÝ VĂN BẢN ĐI'], ['Văn bản ban hành từ ngày 01/07/2022 đến ngày 30/06/2023']])('leaves «10/01» unread under %j', async (title) => {
    const a = await roundTrip(register(title));
    expect(dateIssues(a)).toEqual(['error not-a-date C4', 'error not-a-date C5', 'error not-a-date C6']);
  });
});

describe('dates without a year in a register whose title names none: the report period of the info block', () => {
  it.each([
    [[['Kỳ báo cáo', 'Năm 2023']]],
    [
      [
        ['Từ ngày', '01/01/2023'],
        ['Đến ngày', '30/06/2023'],
      ],
    ],
    [[['Kỳ báo cáo', 'Quý I năm 2023']]],
  ] as [string, string][][][])('reads «10/01» with the year of the info block %j, and says so', async (info) => {
    const a = await roundTrip(register('SỔ ĐĂNG KÝ VĂN BẢN ĐI', info));
    expect(dates(a)).toEqual([toSerial(2023, 1, 10), toSerial(2023, 2, 20), toSerial(2023, 5, 15)]);
    expect(dateIssues(a).filter((x) => !x.includes('date-out-of-period'))).toEqual([
      'info date-year-from-period C4',
      'info date-year-from-period C5',
      'info date-year-from-period C6',
    ]);
    const first = a.issues.find((i) => i.sentence === 'date-year-from-period')!;
    expect(said(first, 'vi')).toBe(
      'Ô C4 sheet «Van ban» của bảng Văn bản ban hành (cột Ngày ban hành) ghi «10/01», không có năm: đã đọc là ngày 10/01/2023 theo năm 2023 của kỳ báo cáo.',
    );
  });

  it('the year the title names wins over the report period', async () => {
    const a = await roundTrip(register('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', [['Kỳ báo cáo', 'Năm 2024']]));
    expect(dates(a)).toEqual([toSerial(2023, 1, 10), toSerial(2023, 2, 20), toSerial(2023, 5, 15)]);
    expect(a.issues.filter((i) => i.sentence === 'date-year-from-title')).toHaveLength(3);
    expect(a.issues.filter((i) => i.sentence === 'date-year-from-period')).toEqual([]);
  });

  it.each([
    ['a report period over two years', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', 'Từ 01/07/2022 đến 30/06/2023'],
    ['a title over two years, the report period within one', 'Văn bản ban hành từ ngày 01/07/2022 đến ngày 30/06/2023', 'Năm 2023'],
  ])('leaves «10/01» unread under %s', async (_, title, period) => {
    const a = await roundTrip(register(title, [['Kỳ báo cáo', period]]));
    expect(a.info.periodStart).not.toBeNull();
    expect(dateIssues(a).filter((x) => !x.includes('date-out-of-period'))).toEqual(['error not-a-date C4', 'error not-a-date C5', 'error not-a-date C6']);
  });

  it('a birth date without its year takes no year from the report period: it lies outside it', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thong tin'), 1, [
      ['Thông tin', 'Giá trị'],
      ['Cơ quan ban hành', 'UBND xã Tân Phú'],
      ['Kỳ báo cáo', 'Năm 2023'],
    ]);
    put(wb.addWorksheet('CBCC'), 1, [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2023'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', '10/01', 'Cán bộ', 'Đại học'],
      [2, 'Lê Thị Bình', '12/03/1985', 'Công chức', 'Đại học'],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.staff?.rows.map((r) => r.values.birthDate?.value)).toEqual([null, toSerial(1985, 3, 12)]);
    expect(a.issues.filter((i) => /date-year-from/.test(i.sentence ?? ''))).toEqual([]);
  });
});

describe('a register column holding the number and the date together', () => {
  it('splits «Số 05/QĐ-UBND ngày 10/01/2023» under «Số, ký hiệu, ngày tháng văn bản» into number and date', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Van ban'), 1, [
      ['STT', 'Số, ký hiệu, ngày tháng văn bản', 'Loại văn bản', 'Trích yếu nội dung'],
      [1, 'Số 05/QĐ-UBND ngày 10/01/2023', 'Quyết định', 'Ban hành kế hoạch CCHC năm 2023'],
      [2, 'Số 12/KH-UBND ngày 20/02/2023', 'Kế hoạch', 'Kế hoạch tuyên truyền CCHC'],
      [3, '30/UBND ngày 15/5/2023', 'Công văn', 'Đẩy mạnh DVC trực tuyến'],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, date: 1 });
    expect(a.tables.documents?.rows.map((r) => r.values.number?.value)).toEqual(['05/QĐ-UBND', '12/KH-UBND', '30/UBND']);
    expect(dates(a)).toEqual([toSerial(2023, 1, 10), toSerial(2023, 2, 20), toSerial(2023, 5, 15)]);
    expect(a.figures.documents).toMatchObject({ total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1 } });
    expect(a.issues.filter((i) => i.table === 'documents' && i.severity !== 'info')).toEqual([]);
  });

  /** A register whose one column «Số, ký hiệu, ngày tháng văn bản» holds `cells`, under `title`. */
  function combined(title: string, cells: string[], info?: [string, string][]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    if (info) put(wb.addWorksheet('Thong tin'), 1, [['Thông tin', 'Giá trị'], ['Cơ quan ban hành', 'UBND xã Tân Phú'], ...info]);
    put(wb.addWorksheet('Sổ VB đi'), 1, [
      [title],
      [],
      ['STT', 'Số, ký hiệu, ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận'],
      ...cells.map((c, i) => [i + 1, c, `Văn bản số ${i + 1} về cải cách hành chính`, 'Lê Thị Mai', 'Lưu VT']),
    ]);
    return wb;
  }
  const numbers = (a: Analysis) => a.tables.documents?.rows.map((r) => r.values.number?.value);

  it('reads number and date written on two lines of the cell («15/UBND» over «20/12/2022»; tester 6 item 10)', async () => {
    const a = await roundTrip(combined('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', ['01/KH-UBND\n05/01/2023', '02/QĐ-UBND\n10/01/2023', '03/BC-UBND\n15/3']));
    expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, date: 1 });
    expect(numbers(a)).toEqual(['01/KH-UBND', '02/QĐ-UBND', '03/BC-UBND']);
    expect(dates(a)).toEqual([toSerial(2023, 1, 5), toSerial(2023, 1, 10), toSerial(2023, 3, 15)]);
    expect(dateIssues(a)).toEqual(['info date-year-from-title B6']);
    expect(a.figures.documents).toMatchObject({ total: 3, byType: { 'Kế hoạch': 1, 'Quyết định': 1, 'Báo cáo': 1 } });
  });

  it('reads «01/KH-UBND, 05/01» and «02/QĐ-UBND ngày 10/01» with the year of the title, each said; a day that does not exist is named', async () => {
    const a = await roundTrip(
      combined('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', [
        '01/KH-UBND, 05/01',
        '02/QĐ-UBND ngày 10/01',
        '15/UBND ngày 20/12/2023',
        '03/BC-UBND 15/3',
        '04/TB-UBND, 31/02/2023',
      ]),
    );
    expect(numbers(a)).toEqual(['01/KH-UBND', '02/QĐ-UBND', '15/UBND', '03/BC-UBND', '04/TB-UBND']);
    expect(dates(a)).toEqual([toSerial(2023, 1, 5), toSerial(2023, 1, 10), toSerial(2023, 12, 20), toSerial(2023, 3, 15), null]);
    expect(dateIssues(a)).toEqual(['error impossible-date B8', 'info date-year-from-title B4', 'info date-year-from-title B5', 'info date-year-from-title B7']);
    const first = a.issues.find((i) => i.sentence === 'date-year-from-title')!;
    expect(said(first, 'vi')).toBe(
      'Ô B4 sheet «Sổ VB đi» của bảng Văn bản ban hành (cột Ngày ban hành) ghi «01/KH-UBND, 05/01», không có năm: đã đọc là ngày 05/01/2023 theo năm 2023 ghi ở tiêu đề bảng.',
    );
    expect(
      said(
        a.issues.find((i) => i.sentence === 'impossible-date')!,
        'vi',
      ),
    ).toContain('tháng 2 năm 2023 không có ngày 31');
    expect(a.figures.documents).toMatchObject({ total: 5 });
  });

  it('takes the year of the report period when the title names none', async () => {
    const a = await roundTrip(combined('SỔ ĐĂNG KÝ VĂN BẢN ĐI', ['01/KH-UBND, 05/01', '02/QĐ-UBND ngày 10/01'], [['Kỳ báo cáo', 'Năm 2023']]));
    expect(dates(a)).toEqual([toSerial(2023, 1, 5), toSerial(2023, 1, 10)]);
    expect(dateIssues(a)).toEqual(['info date-year-from-period B4', 'info date-year-from-period B5']);
  });

  it('leaves a date without its year unread when no year is known, the number read all the same', async () => {
    const a = await roundTrip(combined('SỔ ĐĂNG KÝ VĂN BẢN ĐI', ['01/KH-UBND, 05/01', '02/QĐ-UBND ngày 10/01/2023']));
    expect(numbers(a)).toEqual(['01/KH-UBND', '02/QĐ-UBND']);
    expect(dates(a)).toEqual([null, toSerial(2023, 1, 10)]);
    expect(dateIssues(a)).toEqual(['error not-a-date B4']);
  });
});
