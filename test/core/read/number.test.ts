import fc from 'fast-check';
import { formatNumberVi } from '../../../src/core/format';
import { guessNumberStyle, isForeignStyle, parseNumberText } from '../../../src/core/read/number';

const value = (t: string, style?: 'vi' | 'en') => parseNumberText(t, style)?.value;

describe('parseNumberText', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['1220963992', 1220963992],
    ['1.234.567', 1234567],
    ['1.220.963.992', 1220963992],
    ['369.000.000', 369000000],
    ['12,5', 12.5],
    ['84,80', 84.8],
    ['0,125', 0.125],
    ['1.234,56', 1234.56],
    ['1,234,567', 1234567],
    ['12.5', 12.5],
    ['1.5', 1.5],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['1,234.56', 1234.56],
    ['1 234 567', 1234567],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f234', 1234],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
    ['-1.000', -1000],
    ['- 1.000', -1000],
    ['\u22121.000', -1000],
    ['+12,5', 12.5],
    ['-12,5', -12.5],
    // Accounting parentheses are a negative (tester 15 item 12); «(1)», «(12)» stay column numbers (below).
    ['(1.000)', -1000],
    ['(5.000)', -5000],
    ['( 50.000 )', -50000],
    ['(1.234,5)', -1234.5],
    ['(125)', -125],
    ['  1.464.000  ', 1464000],
    ['1.464.000 đồng', 1464000],
    ['1.464.000đ', 1464000],
    ['1.464.000 đ', 1464000],
    ['1.464.000 VNĐ', 1464000],
    ['1.464.000 vnd', 1464000],
    ['1.464.000 \u0111o\u0302\u0300ng', 1464000], // NFD "đồng"
    ['VNĐ 1.464.000', 1464000],
    ['1.464.000 ₫', 1464000],
    ['1.464.000₫', 1464000],
    ['đ 500', 500],
    ['1,23E+06', 1230000],
    ['1.23E+06', 1230000],
    ['1E+09', 1e9],
  ])('%j -> %p', (t, v) => {
    expect(value(t)).toBe(v);
  });

  it('reads percentages with the value as written', () => {
    expect(parseNumberText('12,5%')).toEqual({ value: 12.5, percent: true, ambiguous: false, evidence: 'vi' });
    expect(parseNumberText('12.5 %')).toEqual({ value: 12.5, percent: true, ambiguous: false, evidence: 'en' });
    expect(parseNumberText('25%')).toEqual({ value: 25, percent: true, ambiguous: false, evidence: null });
    expect(parseNumberText('-3,25%')).toEqual({ value: -3.25, percent: true, ambiguous: false, evidence: 'vi' });
    expect(parseNumberText('100')).toEqual({ value: 100, percent: false, ambiguous: false, evidence: null });
  });

  it('flags a lone separator before exactly three digits as ambiguous and lets the style decide', () => {
    expect(parseNumberText('1.234')).toEqual({ value: 1234, percent: false, ambiguous: true, evidence: null });
    expect(parseNumberText('1.234', 'vi')).toEqual({ value: 1234, percent: false, ambiguous: true, evidence: null });
    expect(parseNumberText('1.234', 'en')).toEqual({ value: 1.234, percent: false, ambiguous: true, evidence: null });
    expect(parseNumberText('12,500')).toEqual({ value: 12.5, percent: false, ambiguous: true, evidence: null });
    expect(parseNumberText('12,500', 'vi')?.value).toBe(12.5);
    expect(parseNumberText('12,500', 'en')?.value).toBe(12500);
    expect(parseNumberText('1,234', 'en')?.value).toBe(1234);
    expect(parseNumberText('1,234', 'vi')?.value).toBe(1.234);
    expect(parseNumberText('999.000', 'vi')?.value).toBe(999000);
    expect(parseNumberText('-1.000')?.ambiguous).toBe(true);
    expect(parseNumberText('12,500%', 'en')).toEqual({ value: 12500, percent: true, ambiguous: true, evidence: null });
  });

  it('does not flag readings that only one style allows', () => {
    for (const t of ['1.5', '12,5', '0.125', '0,125', '1234.567', '1.234.567', '1,234,567', '1.234,5', '1 234', '12']) {
      expect(parseNumberText(t)?.ambiguous).toBe(false);
    }
    // The style never overrides the only possible reading.
    expect(value('1.5', 'vi')).toBe(1.5);
    expect(value('12,5', 'en')).toBe(12.5);
    expect(value('1.234.567', 'en')).toBe(1234567);
    expect(value('1,234,567', 'vi')).toBe(1234567);
  });

  it.each([
    '',
    '   ',
    '-',
    '--1',
    'x',
    'X',
    '%',
    'đồng',
    'Tổng cộng',
    'abc123',
    '12abc',
    '12/3/2023',
    '05/04/2023',
    '2023-04-05',
    '12-3',
    '1.2.3',
    '1.23.456',
    '1,234,56',
    '1.234,5.6',
    '1,234.5,6',
    '1.234.5',
    '12..5',
    '5.',
    '1 23 456',
    '12 34',
    '01.234.567',
    '1.234.567,8,9',
    '(1)',
    '(12)',
    '(-5)',
    '1 2',
    '#DIV/0!',
    '08:30',
    'Đồng Nai',
    '5 người',
    '12%%',
  ])('%j is not a number', (t) => {
    expect(parseNumberText(t)).toBeNull();
  });
});

describe('guessNumberStyle', () => {
  it('decides from unambiguous cells', () => {
    expect(guessNumberStyle(['1.234.567', '12'])).toBe('vi');
    expect(guessNumberStyle(['12,5'])).toBe('vi');
    expect(guessNumberStyle(['84,80%', '1.234'])).toBe('vi');
    expect(guessNumberStyle(['1,234,567'])).toBe('en');
    expect(guessNumberStyle(['12.5', '1,234'])).toBe('en');
    expect(guessNumberStyle(['1,234.5'])).toBe('en');
    expect(guessNumberStyle(['1 234,5'])).toBe('vi');
  });

  it('follows the majority', () => {
    expect(guessNumberStyle(['1.234.567', '2.000.000', '1.5'])).toBe('vi');
    expect(guessNumberStyle(['1,234,567', '2,000,000', '12,5'])).toBe('en');
  });

  it('returns null when nothing decides', () => {
    expect(guessNumberStyle([])).toBeNull();
    expect(guessNumberStyle(['1.234', '12,500', '12', '', 'x'])).toBeNull();
    expect(guessNumberStyle(['1 234 567'])).toBeNull();
    expect(guessNumberStyle(['12,5', '12.5'])).toBeNull();
  });

  // Tester item 1 of round 5: "1220.96" among "7.239", "1.464" turned every other cell into a decimal.
  it('does not turn English on one English-style cell among more cells read either way', () => {
    expect(guessNumberStyle(['1.464', '1.095', '369', '1220.96'])).toBeNull();
    expect(guessNumberStyle(['7.239', '7.239', '1.464', '1.095', '5.763', '1.476', '1220.96'])).toBeNull();
    expect(guessNumberStyle(['1,234,567', '2,345', '3,456'])).toBeNull();
    expect(guessNumberStyle(['1220.96', '12.5', '1.464'])).toBe('en');
    expect(guessNumberStyle(['1220.96', '1.464'])).toBe('en');
    expect(guessNumberStyle(['1220.96'])).toBe('en');
    expect(guessNumberStyle(['1.234,5', '1220.96', '1.464'])).toBeNull();
    expect(guessNumberStyle(['1.234,5', '12,5', '1220.96'])).toBe('vi');
  });

  it('names the cells written the other way than their column (isForeignStyle)', () => {
    const p = (t: string) => parseNumberText(t)!;
    expect(isForeignStyle(p('1220.96'), 'vi')).toBe(true);
    expect(isForeignStyle(p('1220.96'), null)).toBe(true);
    expect(isForeignStyle(p('1.220,96'), 'en')).toBe(true);
    expect(isForeignStyle(p('1.220,96'), 'vi')).toBe(false);
    expect(isForeignStyle(p('1.464'), 'vi')).toBe(false);
    expect(isForeignStyle(p('1.464'), 'en')).toBe(false);
    expect(isForeignStyle(p('369'), 'en')).toBe(false);
  });
});

describe('parseNumberText against the formatter (property)', () => {
  it('reads back every integer the Vietnamese formatter writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatNumberVi(n);
        expect(parseNumberText(text)?.value).toBe(n);
        expect(parseNumberText(text, 'vi')?.value).toBe(n);
        expect(parseNumberText(`${text} đồng`)?.value).toBe(n);
      }),
    );
  });

  it('reads back decimals in both styles', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 99 }), (i, c) => {
        const x = i + (Math.sign(i || 1) * c) / 100;
        const vi = formatNumberVi(x, 2);
        expect(parseNumberText(vi, 'vi')?.value).toBeCloseTo(x, 6);
        const en = x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseNumberText(en, 'en')?.value).toBeCloseTo(x, 6);
        expect(parseNumberText(`${vi}%`, 'vi')).toMatchObject({ percent: true });
      }),
    );
  });
});
