/**
 * A «So sánh (%)» beside «Thực hiện cùng kỳ năm trước» is the ratio to last year's same period (1 300 / 900 = 144 %),
 * not the share of the estimate (tester 7 item 10): it is left unread, so no error asks the clerk to overwrite it
 * with actual / estimate. A share that names the estimate («So với dự toán (%)»), or one with no column of the year
 * before beside it, is still read and checked. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';

async function budget(header: string[], pct: [number, number]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('NS'), 1, [
    ['THU CHI NGÂN SÁCH XÃ QUÝ I NĂM 2024'],
    ['', '', '', '', '', 'ĐVT: đồng'],
    ['STT', 'Nội dung', ...header],
    ['I', 'Tổng thu ngân sách xã', 5_200_000_000, 900_000_000, 1_300_000_000, pct[0]],
    ['II', 'Tổng chi ngân sách xã', 5_000_000_000, 800_000_000, 1_000_000_000, pct[1]],
  ]);
  return roundTrip(wb);
}

const pctIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'budget' && i.cell?.startsWith('F')).map((i) => `${i.severity} ${i.cell}`);

describe('a budget share compared with last year’s same period', () => {
  it('«So sánh (%)» beside «Thực hiện cùng kỳ năm trước»: not read, no error', async () => {
    const a = await budget(['Dự toán huyện giao năm 2024', 'Thực hiện cùng kỳ năm trước', 'Thực hiện quý I năm 2024', 'So sánh (%)'], [144, 125]);
    expect(a.tables.budget?.located.columns).toMatchObject({ estimateSuperior: 2, actual: 4 });
    expect(a.tables.budget?.located.columns.statedPct).toBeUndefined();
    expect(pctIssues(a)).toEqual([]);
    expect(a.issues.filter((i) => i.severity === 'error' && i.table === 'budget')).toEqual([]);
  });

  it('«Tỷ lệ so với cùng kỳ (%)» names the year before itself: not read', async () => {
    const a = await budget(['Dự toán năm 2024', 'Thực hiện quý I năm 2023', 'Thực hiện quý I năm 2024', 'Tỷ lệ so với cùng kỳ (%)'], [144, 125]);
    expect(a.tables.budget?.located.columns.statedPct).toBeUndefined();
    expect(pctIssues(a)).toEqual([]);
  });

  it('«So với dự toán (%)» beside last year’s column is the share of the estimate: read and checked', async () => {
    const a = await budget(['Dự toán huyện giao năm 2024', 'Thực hiện cùng kỳ năm trước', 'Thực hiện quý I năm 2024', 'So với dự toán (%)'], [144, 20]);
    expect(a.tables.budget?.located.columns.statedPct).toBe(5);
    expect(pctIssues(a)).toEqual(['error F4']);
  });
});
