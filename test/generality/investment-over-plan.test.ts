/**
 * An investment project disbursed above its capital plan (tester 16 F3: 880.000.000 of 800.000.000, 110 %) is
 * warned at its disbursed cell, and the draft marks the figures that cell feeds; a line within its plan, and a
 * blank disbursement, are not. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

async function book(rows: (string | number | null)[][], unit = 'Đơn vị tính: đồng'): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Đầu tư công'), 1, [
    ['TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG ĐẾN 30/9/2026'],
    [unit],
    ['STT', 'Tên dự án', 'Kế hoạch vốn', 'Giải ngân', 'Tỷ lệ (%)'],
    ...rows,
  ]);
  return roundTrip(wb);
}

const over = (a: Analysis) => a.issues.filter((i) => i.sentence === 'disbursed-over-plan');

describe('an investment line disbursed above its plan (tester 16 F3)', () => {
  it('the tester’s table: a warning at D5 only, the total of 61,4 % right', async () => {
    const a = await book([
      [1, 'Đường bê tông thôn Phú Lộc', 1500000000, 900000000, 60],
      [2, 'Nhà văn hóa thôn An Hội', 800000000, 880000000, 110],
      [3, 'Kênh mương nội đồng', 600000000, null, null],
      ['', 'Tổng cộng', 2900000000, 1780000000, 61.4],
    ]);
    expect(over(a).map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([['constraint-error', 'warning', 'Đầu tư công', 'D5']]);
    expect(said(over(a)[0])).toContain('880.000.000');
    expect(said(over(a)[0])).toContain('110,0%');
    expect(a.figures.investment?.disbursed).toBe(1780000000);
  });

  it('in triệu đồng, over plan in the total line too, without a stated %', async () => {
    const a = await book(
      [
        ['I', 'Vốn ngân sách xã', 500, 520, null],
        [1, 'Trường mầm non', 300, 330, null],
        [2, 'Đường giao thông', 200, 190, null],
      ],
      'ĐVT: triệu đồng',
    );
    expect(over(a).map((i) => i.cell)).toEqual(['D4', 'D5']);
  });
});
