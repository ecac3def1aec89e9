import fc from 'fast-check';
import { toSerial } from '../../../src/core/format';
import {
  dateAndNote,
  dayMonth,
  excelSerialFromDate,
  isDateFormat,
  parseDateText,
  splitNumberAndDate,
  splitNumberAndDateText,
} from '../../../src/core/read/date';

// Excel serials checked against Excel itself: 05/04/2023 = 45021, 01/01/2000 = 36526, 01/03/1900 = 61.
const APR5 = 45021;

describe('isDateFormat', () => {
  it.each([
    'dd/mm/yyyy',
    'd/m/yy',
    'DD/MM/YYYY',
    'dd-mm-yyyy',
    'yyyy-mm-dd',
    'mm-dd-yy',
    'm/d/yyyy',
    '[$-42A]dd/mm/yyyy',
    '[$-1010000]d/m/yyyy;@',
    '[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy',
    'dd/mm/yyyy hh:mm',
    'd/m/yyyy h:mm:ss',
    'mmm-yy',
    'mmmm',
    'yyyy',
    'dd',
    '"Ngày "dd" tháng "mm" năm "yyyy',
    '[Red]dd/mm/yyyy',
  ])('%j displays a date', (f) => {
    expect(isDateFormat(f)).toBe(true);
  });

  it.each([
    null,
    undefined,
    '',
    'General',
    '@',
    '0',
    '0.00',
    '#,##0',
    '#,##0.00 "đồng"',
    '#,##0 "đ"',
    '0%',
    '0.0%',
    '0.00E+00',
    'mm:ss',
    'h:mm',
    'hh:mm:ss',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[mm]:ss',
    '"Tháng "0', // "Tháng" is quoted text, not a month
    '"dd/mm/yyyy"',
    '\\d\\d0',
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    '[$₫-42A]#,##0',
  ])('%j does not display a date', (f) => {
    expect(isDateFormat(f)).toBe(false);
  });
});

describe('parseDateText', () => {
  it.each([
    ['05/04/2023', APR5],
    ['5/4/2023', APR5],
    ['5/4/23', APR5],
    ['05-04-2023', APR5],
    ['05.04.2023', APR5],
    ['05 / 04 / 2023', APR5],
    ['2023-04-05', APR5],
    ['2023-4-5', APR5],
    ['ngày 05 tháng 4 năm 2023', APR5],
    ['Ngày 05 tháng 04 năm 2023', APR5],
    ['NGÀY 5 THÁNG 4 NĂM 2023', APR5],
    ['ngay 5 thang 4 nam 2023', APR5],
    ['ngày 05 tháng 4 năm 2023'.normalize('NFD'), APR5],
    ['ngày 05/04/2023', APR5],
    ['Ngay 5-4-2023', APR5],
    ['  05/04/2023  ', APR5],
    ['01/01/2000', 36526],
    ['1/1/00', 36526],
    ['31/12/49', 54788], // 2049
    ['01/01/50', 18264], // 1950
    ['01/03/1900', 61],
    ['28/02/1900', 59],
    ['01/01/1900', 1],
    ['29/02/2024', 45351],
  ])('%j -> %p', (t, serial) => {
    expect(parseDateText(t)).toBe(serial);
  });

  it('reads an optional time before or after the date', () => {
    const t830 = APR5 + (8 * 60 + 30) / 1440;
    const t83015 = APR5 + (8 * 3600 + 30 * 60 + 15) / 86400;
    expect(parseDateText('05/04/2023 08:30')).toBeCloseTo(t830, 9);
    expect(parseDateText('05/04/2023 08:30:15')).toBeCloseTo(t83015, 9);
    expect(parseDateText('08:30 05/04/2023')).toBeCloseTo(t830, 9);
    expect(parseDateText('8:30 5/4/23')).toBeCloseTo(t830, 9);
    expect(parseDateText('08:30, ngày 05 tháng 4 năm 2023')).toBeCloseTo(t830, 9);
    expect(parseDateText('ngày 05 tháng 4 năm 2023 08:30:15')).toBeCloseTo(t83015, 9);
    expect(parseDateText('2023-04-05T08:30')).toBeCloseTo(t830, 9);
    expect(parseDateText('2023-04-05T08:30:15')).toBeCloseTo(t83015, 9);
    expect(parseDateText('2023-04-05T08:30:15.000Z')).toBeCloseTo(t83015, 9);
    expect(parseDateText('2023-04-05 08:30')).toBeCloseTo(t830, 9);
    expect(parseDateText('05/04/2023 08h30')).toBeCloseTo(t830, 9);
    expect(parseDateText('05/04/2023 23:59:59')).toBeCloseTo(APR5 + 86399 / 86400, 9);
    expect(parseDateText('05/04/2023 00:00')).toBe(APR5);
    expect(parseDateText('05/04/2023 8:30 SA')).toBeCloseTo(t830, 9);
    expect(parseDateText('05/04/2023 8:30 AM')).toBeCloseTo(t830, 9);
    expect(parseDateText('05/04/2023 8:30 CH')).toBeCloseTo(t830 + 0.5, 9);
    expect(parseDateText('05/04/2023 8:30 pm')).toBeCloseTo(t830 + 0.5, 9);
    expect(parseDateText('05/04/2023 12:00 SA')).toBe(APR5);
    expect(parseDateText('05/04/2023 12:00 CH')).toBe(APR5 + 0.5);
    expect(parseDateText('05/04/2023 8 giờ 30 phút')).toBeCloseTo(t830, 9);
  });

  it.each([
    '',
    ' ',
    'x',
    'Tổng cộng',
    '12',
    '45021',
    '1.234.567',
    '12,5',
    '31/02/2023',
    '29/02/2023',
    '30/02/2024',
    '32/01/2023',
    '00/01/2023',
    '05/13/2023',
    '04/25/2023', // month first is never accepted
    '05/04/202',
    '05/04/20233',
    '05/04',
    '2023-13-01',
    '2023-02-30',
    '2023/04',
    '05/04-2023',
    '05/04/2023 25:00',
    '05/04/2023 08:60',
    '05/04/2023 08:30:61',
    '08:30',
    'ngày 31 tháng 2 năm 2023',
    'ngày 05 tháng 4',
    'tháng 4 năm 2023',
    'Quyết định số 12 ngày 05/04/2023',
    '05/04/2023 abc',
    '31/12/1899',
    '05/04/2023 13:00 CH',
    '05/04/2023 0:30 SA',
    '05/04/2023 08:30 chiều tối',
  ])('%j is not a date', (t) => {
    expect(parseDateText(t)).toBeNull();
  });
});

describe('excelSerialFromDate', () => {
  it('converts UTC dates and times to serials', () => {
    expect(excelSerialFromDate(new Date(Date.UTC(2023, 3, 5)))).toBe(APR5);
    expect(excelSerialFromDate(new Date(Date.UTC(2000, 0, 1)))).toBe(36526);
    expect(excelSerialFromDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(excelSerialFromDate(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(excelSerialFromDate(new Date(Date.UTC(2023, 3, 5, 12)))).toBeCloseTo(APR5 + 0.5, 9);
    expect(excelSerialFromDate(new Date(Date.UTC(2023, 3, 5, 8, 30, 15)))).toBeCloseTo(APR5 + (8 * 3600 + 30 * 60 + 15) / 86400, 9);
  });

  it('agrees with parseDateText', () => {
    expect(excelSerialFromDate(new Date(Date.UTC(2024, 1, 29)))).toBe(parseDateText('29/02/2024'));
  });
});

describe('parseDateText against toSerial (property)', () => {
  it('reads every valid day written day first, in every separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const valid = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        const p2 = (n: number) => String(n).padStart(2, '0');
        for (const text of [`${p2(d)}/${p2(m)}/${y}`, `${d}-${m}-${y}`, `${d}.${m}.${y}`, `${y}-${p2(m)}-${p2(d)}`, `ngày ${d} tháng ${m} năm ${y}`]) {
          expect(parseDateText(text)).toBe(valid ? toSerial(y, m, d) : null);
        }
        if (y >= 1950 && y <= 2049) {
          expect(parseDateText(`${d}/${m}/${p2(y % 100)}`)).toBe(valid ? toSerial(y, m, d) : null);
        }
      }),
    );
  });
});

describe('a register cell holding the number and the date («Số, ký hiệu, ngày tháng văn bản»)', () => {
  it.each([
    ['Số 05/QĐ-UBND ngày 10/01/2023', '05/QĐ-UBND', 'ngày 10/01/2023', toSerial(2023, 1, 10)],
    ['Số: 30/UBND ngày 05 tháng 4 năm 2023', '30/UBND', 'ngày 05 tháng 4 năm 2023', APR5],
    ['15/UBND\n20/12/2022', '15/UBND', '20/12/2022', toSerial(2022, 12, 20)],
    ['01/KH-UBND\r\n05/01/2023', '01/KH-UBND', '05/01/2023', toSerial(2023, 1, 5)],
    ['03/BC-UBND (15/3/2023)', '03/BC-UBND', '15/3/2023', toSerial(2023, 3, 15)],
    ['04/TB-UBND - 20/3/2023', '04/TB-UBND', '20/3/2023', toSerial(2023, 3, 20)],
    ['12/2023/NQ-HĐND; ngày: 5/1/2023', '12/2023/NQ-HĐND', 'ngày 5/1/2023', toSerial(2023, 1, 5)],
    // The year left out, or a day that does not exist: the number is read, the date part kept as written.
    ['01/KH-UBND, 05/01', '01/KH-UBND', '05/01', null],
    ['02/QĐ-UBND ngày 10/01', '02/QĐ-UBND', 'ngày 10/01', null],
    ['03/BC-UBND 15/3', '03/BC-UBND', '15/3', null],
    ['04/TB-UBND, 31/02/2023', '04/TB-UBND', '31/02/2023', null],
  ])('%j: number %j, date %j', (text, number, dateText, serial) => {
    expect(splitNumberAndDateText(text)).toEqual({ number, dateText });
    expect(splitNumberAndDate(text)).toEqual(serial === null ? null : { number, date: serial });
  });

  it.each(['05/QĐ-UBND', '08/KH-UBND xã', '20/12/2022', '10/01 2023', 'Quyết định 05 ngày 10/01/2023', 'Kế hoạch CCHC năm 2023'])(
    '%j is no number with its date',
    (text) => {
      expect(splitNumberAndDateText(text)).toBeNull();
    },
  );

  it('reads a day and month without a year as written', () => {
    expect(dayMonth('10/01')).toEqual({ d: 10, m: 1 });
    expect(dayMonth('ngày 15-3')).toEqual({ d: 15, m: 3 });
    expect(dayMonth('ngày 5 tháng 4')).toEqual({ d: 5, m: 4 });
    expect(dayMonth('10/01/2023')).toBeNull();
    expect(dayMonth('Quý 1')).toBeNull();
  });
});

describe('dateAndNote', () => {
  it.each([
    ['14/02/2025 (ký số)', '14/02/2025', 'ký số'],
    ['14/02/2025 - ký số', '14/02/2025', 'ký số'],
    ['14/02/2025 — bản sao', '14/02/2025', 'bản sao'],
    ['Ngày 14/02/2025 (bản giấy)', 'Ngày 14/02/2025', 'bản giấy'],
    ['14/02/2025(ký số)', '14/02/2025', 'ký số'],
    ['10/01 [bản sao]', '10/01', 'bản sao'],
  ])('%j is the date %j and the note %j', (text, dateText, note) => {
    expect(dateAndNote(text)).toEqual({ dateText, note });
  });

  it.each([
    ['14/02/2025'],
    ['14/02/2025 - 20/02/2025'],
    ['14/02/2025 (sửa 13/02)'],
    ['14/02/2025 - số 2'],
    ['14/02/2025-ký số'],
    ['(ký số)'],
    ['14/02/2025 ()'],
    ['Ký ngày 14/02/2025 tại UBND'],
  ])('%j has no note to leave aside', (text) => {
    expect(dateAndNote(text)).toBeNull();
  });
});
