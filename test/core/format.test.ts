import { formatDateVi, formatNumberVi, formatPercentVi, serialParts, toSerial } from '../../src/core/format';

describe('formatNumberVi', () => {
  it.each([
    [1220963992, 0, '1.220.963.992'],
    [369000000, 0, '369.000.000'],
    [1464000, 0, '1.464.000'],
    [999, 0, '999'],
    [1000, 0, '1.000'],
    [0, 0, '0'],
    [-1234567, 0, '-1.234.567'],
    [12.5, 1, '12,5'],
    [84.8, 2, '84,80'],
    [1234.5, 1, '1.234,5'],
    [-1234.56, 2, '-1.234,56'],
    [2.45, 1, '2,5'],
    [1.005, 2, '1,01'], // half away from zero, not the binary 1.00499...
    [-2.5, 0, '-3'],
    [0.5, 0, '1'],
    [1234.4, 0, '1.234'],
  ])('formatNumberVi(%p, %p) = %j', (x, d, s) => {
    expect(formatNumberVi(x, d)).toBe(s);
  });

  it('never shows a minus sign on zero', () => {
    expect(formatNumberVi(-0.04, 1)).toBe('0,0');
    expect(formatNumberVi(-0, 0)).toBe('0');
    expect(formatNumberVi(-0.4, 0)).toBe('0');
  });
});

describe('formatPercentVi', () => {
  it('formats with a comma and a percent sign', () => {
    expect(formatPercentVi(84.8, 2)).toBe('84,80%');
    expect(formatPercentVi(4.8)).toBe('4,8%');
    expect(formatPercentVi(100, 0)).toBe('100%');
    expect(formatPercentVi(80.95)).toBe('81,0%');
  });
});

describe('Excel serials', () => {
  it('toSerial matches Excel, including its 1900 leap-year bug', () => {
    expect(toSerial(2023, 4, 5)).toBe(45021);
    expect(toSerial(2000, 1, 1)).toBe(36526);
    expect(toSerial(1900, 1, 1)).toBe(1);
    expect(toSerial(1900, 2, 28)).toBe(59);
    expect(toSerial(1900, 3, 1)).toBe(61);
    expect(toSerial(2023, 4, 5, 12)).toBe(45021.5);
    expect(toSerial(2023, 4, 5, 8, 30, 15)).toBeCloseTo(45021 + (8 * 3600 + 30 * 60 + 15) / 86400, 10);
  });

  it('serialParts is the inverse of toSerial', () => {
    expect(serialParts(45021)).toEqual({ y: 2023, m: 4, d: 5, hh: 0, mm: 0, ss: 0 });
    expect(serialParts(45021.5)).toEqual({ y: 2023, m: 4, d: 5, hh: 12, mm: 0, ss: 0 });
    expect(serialParts(1)).toMatchObject({ y: 1900, m: 1, d: 1 });
    expect(serialParts(59)).toMatchObject({ y: 1900, m: 2, d: 28 });
    expect(serialParts(60)).toMatchObject({ y: 1900, m: 2, d: 29 }); // the day Excel invented
    expect(serialParts(61)).toMatchObject({ y: 1900, m: 3, d: 1 });
    for (const [y, m, d, hh, mm, ss] of [
      [2023, 12, 31, 23, 59, 59],
      [2024, 2, 29, 8, 30, 0],
      [1999, 1, 1, 0, 0, 1],
      [1900, 1, 31, 6, 0, 0],
    ]) {
      expect(serialParts(toSerial(y, m, d, hh, mm, ss))).toEqual({ y, m, d, hh, mm, ss });
    }
  });

  it('formatDateVi writes dd/mm/yyyy', () => {
    expect(formatDateVi(45021)).toBe('05/04/2023');
    expect(formatDateVi(45021.75)).toBe('05/04/2023');
    expect(formatDateVi(36526)).toBe('01/01/2000');
    expect(formatDateVi(toSerial(2023, 12, 31))).toBe('31/12/2023');
  });
});
