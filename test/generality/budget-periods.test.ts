/**
 * A budget with actual columns of several periods (tester 6 item 5): «Thực hiện quý IV | Thực hiện cả năm» in a
 * year's report, «Thực hiện quý I | Ước thực hiện cả năm» in a quarter's, «Thực hiện quý II | Lũy kế 6 tháng» in a
 * half-year's. The column whose own period is the report's is read, then the year to date at its end, then a column
 * stating none; a column of another period is read only when no other is there, and then its figures carry a
 * warning (date-out-of-period) that marks them in the draft and on the report sheet. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import { FLAG_FILL } from '../../src/core/layout/blocks/common';
import { defaultCore } from '../../src/ui/core';

type Row = (string | number | null)[];

/**
 * A budget under «Dự toán» and two (or one) actual columns: revenue 7 239 / 464 / 1 464 and expenditure 6 105 / 221 /
 * 1 221 triệu đồng in columns C, D, E (the layout of the tester's budget_header_c.xlsx).
 */
async function budget(actuals: string[], opts: { title?: string; period?: string | [Date, Date] } = {}): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  if (Array.isArray(opts.period))
    put(wb.addWorksheet('Thong tin'), 1, [
      ['Thông tin', 'Giá trị'],
      ['Cơ quan ban hành', 'UBND xã Tân Phú'],
      ['Từ ngày', opts.period[0]],
      ['Đến ngày', opts.period[1]],
    ]);
  else if (opts.period)
    put(wb.addWorksheet('Thong tin'), 1, [
      ['Thông tin', 'Giá trị'],
      ['Cơ quan ban hành', 'UBND xã Tân Phú'],
      ['Kỳ báo cáo', opts.period],
    ]);
  const values = [
    [7239, 464, 1464],
    [6105, 221, 1221],
  ].map((r) => r.slice(0, 1 + actuals.length));
  put(wb.addWorksheet('Thu chi NS'), 1, [
    [opts.title ?? 'BÁO CÁO THU, CHI NGÂN SÁCH XÃ'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán', ...actuals] as Row,
    ['I', 'Tổng thu ngân sách xã', ...values[0]],
    ['II', 'Tổng chi ngân sách xã', ...values[1]],
  ]);
  return roundTrip(wb);
}

const M = 1_000_000;
const D = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
const actualCol = (a: Analysis) => a.tables.budget?.located.columns.actual;
const offPeriod = (a: Analysis) => a.issues.filter((i) => i.sentence === 'column-period-differs');
const duplicates = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-label');

describe("the actual column of the report's period among several (tester 6 item 5)", () => {
  it.each([
    ['a year in the info block', ['Thực hiện quý IV', 'Thực hiện cả năm'], 4, { period: 'Năm 2023' }],
    ['a year in the info block, columns the other way', ['Thực hiện cả năm', 'Thực hiện quý IV'], 3, { period: 'Năm 2023' }],
    ['the budget title «… NĂM 2023», no info block (budget_header_c)', ['Thực hiện quý IV', 'Thực hiện cả năm'], 4, { title: 'THU CHI NGÂN SÁCH XÃ NĂM 2023' }],
    ['a year, «Lũy kế» beside the quarter', ['Số liệu quý IV', 'Lũy kế từ đầu năm'], 4, { period: 'Năm 2023' }],
    ['a quarter', ['Thực hiện quý I', 'Ước thực hiện cả năm'], 3, { period: 'Quý I năm 2023' }],
    ['a quarter, columns the other way', ['Ước thực hiện cả năm', 'Thực hiện quý I'], 4, { period: 'Quý I năm 2023' }],
    [
      'a quarter by the closing dates of Nghị định 09/2019 (15/12/2022 – 14/03/2023)',
      ['Ước thực hiện cả năm', 'Thực hiện quý I'],
      4,
      { period: [D(15, 12, 2022), D(14, 3, 2023)] },
    ],
    ['the second quarter', ['Thực hiện quý I', 'Thực hiện quý II'], 4, { period: [D(1, 4, 2023), D(30, 6, 2023)] }],
    ['six months', ['Thực hiện 6 tháng', 'Ước thực hiện cả năm'], 3, { period: '6 tháng đầu năm 2023' }],
    ['six months, the quarter beside the year to date', ['Thực hiện quý II', 'Lũy kế 6 tháng'], 4, { period: '6 tháng đầu năm 2023' }],
    ['nine months', ['Thực hiện quý III', 'Lũy kế 9 tháng'], 4, { period: '9 tháng năm 2023' }],
  ] as const)('%s: %j → column %d', async (_name, actuals, col, opts) => {
    const a = await budget([...actuals], opts as { title?: string; period?: string | [Date, Date] });
    expect(actualCol(a)).toBe(col);
    expect(a.figures.budget?.revenue.actual).toBe((col === 3 ? 464 : 1464) * M);
    expect(offPeriod(a)).toEqual([]);
    expect(duplicates(a)).toEqual([]);
  });

  it("the tester's figures: «Thực hiện cả năm» 1.464.000.000 đồng, 20,2% of the estimate, in the draft", async () => {
    const a = await budget(['Thực hiện quý IV', 'Thực hiện cả năm'], { title: 'THU CHI NGÂN SÁCH XÃ NĂM 2023' });
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464 * M, pctSuperior: 20.2 });
    const { text } = await defaultCore.draftHtml(a);
    expect(text).toMatch(/Thu ngân sách: thực hiện 1\.464\.000\.000 đồng, đạt 20,2%/);
    expect(text).not.toMatch(/Thu ngân sách: [^\n]*cần xem lại/);
  });

  it('a column stating no period wins over one of another period, with no warning', async () => {
    const a = await budget(['Thực hiện quý IV', 'Thực hiện'], { period: 'Năm 2023' });
    expect(actualCol(a)).toBe(4);
    expect(offPeriod(a)).toEqual([]);
  });

  it('the year rule still comes first: «Thực hiện cả năm 2022» is never the actual of 2023', async () => {
    const a = await budget(['Thực hiện quý IV năm 2023', 'Thực hiện cả năm 2022'], { period: 'Năm 2023' });
    expect(actualCol(a)).toBe(3);
    expect(offPeriod(a).map((i) => i.cell)).toEqual(['D4:D5']);
  });
});

describe('an actual column of another period read all the same: warned and marked', () => {
  it.each([
    ['a lone quarter column in a year report', ['Thực hiện quý IV'], { period: 'Năm 2023' }, 'D', 'Thực hiện quý IV', 'năm 2023'],
    [
      'two quarter columns in a year report: the first is read',
      ['Thực hiện quý III', 'Thực hiện quý IV'],
      { period: 'Năm 2023' },
      'D',
      'Thực hiện quý III',
      'năm 2023',
    ],
    [
      'a whole-year column in a quarter report',
      ['Ước thực hiện cả năm'],
      { period: 'Quý I năm 2023' },
      'D',
      'Ước thực hiện cả năm',
      'từ 01/01/2023 đến 31/03/2023',
    ],
  ] as const)('%s', async (_name, actuals, opts, col, label, period) => {
    const a = await budget([...actuals], opts);
    const off = offPeriod(a);
    expect(off.map((i) => [i.code, i.severity, i.sheet, i.cell, i.table, i.field])).toEqual([
      ['date-out-of-period', 'warning', 'Thu chi NS', `${col}4:${col}5`, 'budget', 'actual'],
    ]);
    expect(said(off[0])).toContain(`lấy số Thực hiện từ cột «${label}» (ô ${col}3), là số liệu của kỳ khác kỳ báo cáo (${period})`);
    expect(said(off[0], 'en')).toContain(`from the column «${label}» (${col}3)`);
    // Marked where the figures stand: the draft's sentence and the report sheet's row.
    const { text } = await defaultCore.draftHtml(a);
    expect(text).toContain(`[cần xem lại: Thu chi NS!${col}4:${col}5]`);
    const layout = reportSheetLayout(a, 'vi', 'cli');
    const revenue = layout.cells.find((c) => c.col === 0 && c.value === 'Tổng thu ngân sách')!.row;
    expect(layout.cells.some((c) => c.row === revenue && c.fill === FLAG_FILL)).toBe(true);
  });

  it('no report period known: no period chosen, no warning', async () => {
    const a = await budget(['Thực hiện quý IV', 'Thực hiện cả năm']);
    expect(actualCol(a)).toBe(3);
    expect(offPeriod(a)).toEqual([]);
  });
});
