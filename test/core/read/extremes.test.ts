/** Extreme values get clean messages (issue 16 §8): no "NaN/NaN/NaN", "Infinity" or "1e+21" in a sentence. */
import { formatDateVi, formatNumberVi } from '../../../src/core/format';
import { isDateSerial, MAX_DATE_SERIAL } from '../../../src/core/read/date';
import { hasTooManyDigits } from '../../../src/core/read/number';
import { readWorkbook } from '../../../src/core/read';
import { book, sheet } from './snap';
import { said } from '../../helpers/words';

describe('extreme numbers and dates', () => {
  it('an Excel date is a serial from 1 (01/01/1900) to 2958465 (31/12/9999)', () => {
    expect(formatDateVi(MAX_DATE_SERIAL)).toBe('31/12/9999');
    expect([1, 45021.5, MAX_DATE_SERIAL + 0.99].map(isDateSerial)).toEqual([true, true, true]);
    expect([0, -5, MAX_DATE_SERIAL + 1, 1e10, NaN, Infinity].map(isDateSerial)).toEqual([false, false, false, false, false, false]);
  });

  it('formats what is no date as a number, never NaN/NaN/NaN', () => {
    expect(formatDateVi(1e10)).toBe('10.000.000.000');
    expect(formatDateVi(-5)).toBe('-5');
    expect(formatDateVi(NaN)).toBe('?');
  });

  it('writes huge and infinite numbers without e-notation or "Infinity"', () => {
    expect(formatNumberVi(1e25)).toBe('10.000.000.000.000.000.905.969.664');
    expect(formatNumberVi(-1e21)).toBe('-1.000.000.000.000.000.000.000');
    expect(formatNumberVi(Infinity)).toBe('∞');
    expect(formatNumberVi(NaN)).toBe('?');
  });

  it('tells numbers with more digits than Excel keeps (15)', () => {
    expect(hasTooManyDigits('1234567890123456789')).toBe(true);
    expect(hasTooManyDigits('1.234.567.890.123.456')).toBe(true);
    expect(hasTooManyDigits('123456789012345')).toBe(false);
    expect(hasTooManyDigits('1.464.000.000.000.000.000')).toBe(false);
    expect(hasTooManyDigits('1e400')).toBe(false);
  });

  it('reads an out-of-range date serial under a date format as a type error, and a 19-digit count as too long', () => {
    const docs = sheet(
      'Văn bản',
      [
        ['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu'],
        ['66/UBND', 2958466, 'Về việc a'],
        ['75/UBND', -5, 'Về việc b'],
        ['80/UBND', 45021, 'Về việc c'],
      ],
      { formats: { B2: 'dd/mm/yyyy', B3: 'dd/mm/yyyy', B4: 'dd/mm/yyyy' } },
    );
    const staff = sheet('CBCC', [
      ['STT', 'Trình độ', 'Số lượng'],
      [1, 'Đại học', '1234567890123456789'],
      [2, 'Trung cấp', 3],
    ]);
    const r = readWorkbook(book(docs, staff));
    const te = r.issues.filter((i) => i.code === 'type-error');
    expect(te.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(['CBCC!C2', 'Văn bản!B2', 'Văn bản!B3']);
    expect(said(te.find((i) => i.cell === 'C2'))).toContain('dài hơn 15 chữ số');
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|e\+\d/);
    expect(r.tables.documents?.rows.map((x) => x.values.date!.value)).toEqual([null, null, 45021]);
  });
});
