/**
 * A budget total's stated % against the weighted mean of its parts' (tester 16 F2). The parts' stated % are their
 * actual over the council's estimate (110,4 = 1.380 / 1.250), so their mean is weighted by the council's estimates
 * (103,0), never the superior's (103,3); and a total whose stated % is its own actual over its own estimate (105 =
 * 5.250 / 5.000) is right as it stands: the parts that do not add up to it are a sum-mismatch of their own, not a
 * percent-mismatch. Real .xlsx written and read back. (The weighting itself, reached only when the total's own ratio
 * cannot be computed, is tested in test/core/check/percents.test.ts.)
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

type Row = (string | number | null)[];

async function book(revenue: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thu chi NS 9T'), 1, [
    ['BÁO CÁO THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ III NĂM 2026'],
    ['', '', '', '', '', 'ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán cấp trên giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'Tỷ lệ (%)'],
    ...revenue,
    ['II', 'Tổng chi', 4800, 5000, 3610, 72.2],
    ['1', 'Chi thường xuyên', 3900, 4000, 3050, 76.3],
    ['2', 'Chi đầu tư phát triển', 800, 900, 520, 57.8],
    ['3', 'Dự phòng', 100, 100, 40, 40],
  ]);
  return roundTrip(wb);
}

const PARTS: Row[] = [
  ['1', 'Thu tại xã (thuế, phí, lệ phí)', 1200, 1250, 1380, 110.4],
  ['2', 'Thu bổ sung từ ngân sách cấp trên', 3400, 3500, 3620, 103.4],
  ['3', 'Thu khác', 200, 250, 150, 60],
];
const percentIssues = (a: Analysis) => a.issues.filter((i) => i.code === 'percent-mismatch').map((i) => `${i.severity} ${i.cell} ${said(i)}`);

describe('a budget total’s stated % and its parts’ (tester 16 F2)', () => {
  it('105 = 5.250 / 5.000, the total’s own ratio: the sum slip is said, no percent-mismatch', async () => {
    const a = await book([['I', 'Tổng thu', 4800, 5000, 5250, 105], ...PARTS]);
    expect(a.issues.filter((i) => i.code === 'sum-mismatch').map((i) => i.cell)).toContain('E4');
    expect(percentIssues(a)).toEqual([]);
  });

  it('the parts against the superior’s estimate: weighted by those', async () => {
    const parts: Row[] = [
      ['1', 'Thu tại xã', 1200, 1250, 1380, 115],
      ['2', 'Thu bổ sung', 3400, 3500, 3620, 106.5],
      ['3', 'Thu khác', 200, 250, 150, 75],
    ];
    // Σ actual / Σ superior = 5.150 / 4.800 = 107,3: a total stating it is right by its own ratio.
    const a = await book([['I', 'Tổng thu', 4800, 5000, 5150, 107.3], ...parts]);
    expect(percentIssues(a).filter((l) => l.includes(' F4 '))).toEqual([]);
  });
});
