/**
 * The survey's shares add up to 100 within the rounding the cells show (REPORTING-SCHEMA.md §3, sum-mismatch):
 * three shares of 33,3 % make 99,9 %, which one decimal per share allows (± 0,05 each); 99,6 % it does not.
 * Real .xlsx files written and read back, the shares as numbers, as text and as fractions formatted in %.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

type Share = number | string;

async function survey(shares: Share[], numFmt?: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khảo sát');
  const levels = ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'];
  put(ws, 1, [['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG NĂM 2023'], ['Mức độ hài lòng', 'Tỷ lệ (%)'], ...shares.map((s, i) => [levels[i], s])]);
  if (numFmt) for (let r = 3; r < 3 + shares.length; r++) ws.getCell(r, 2).numFmt = numFmt;
  return roundTrip(wb);
}

const sumIssues = (a: Awaited<ReturnType<typeof survey>>) =>
  a.issues.filter((i) => i.table === 'survey' && i.code === 'sum-mismatch').map((i) => `${i.severity} ${i.cell}`);

describe('survey shares summing to 100 within their rounding', () => {
  it.each([
    ['numbers', [33.3, 33.3, 33.3, 0]],
    ['text with a decimal comma', ['33,3%', '33,3%', '33,3%', '0%']],
    ['three levels', [33.3, 33.3, 33.3]],
    ['whole numbers', [50, 30, 19, 0]],
  ] as [string, Share[]][])('three shares of 33,3 %% and the like pass (%s)', async (_, shares) => {
    const a = await survey(shares);
    expect(a.tables.survey?.rows).toHaveLength(shares.length);
    // No error or warning; a note when the sum is off by a unit of the last decimal (99,9; 99), none at 100.
    expect(sumIssues(a).filter((s) => !s.startsWith('info'))).toEqual([]);
  });

  it('notes shares that add up to 101 within rounding, and says nothing at exactly 100 (tester 16 F10)', async () => {
    const a = await survey([40, 55, 5, 1]);
    expect(sumIssues(a)).toEqual(['info B3:B6']);
    expect(a.issues.find((i) => i.table === 'survey')?.sentence).toBe('survey-not-100-rounding');
    expect(sumIssues(await survey([40, 55, 4, 1]))).toEqual([]);
  });

  it('fractions of 1 formatted with one decimal in % pass', async () => {
    const a = await survey([0.333, 0.333, 0.333, 0], '0.0%');
    expect(sumIssues(a).filter((s) => !s.startsWith('info'))).toEqual([]);
  });

  it.each([
    ['one decimal', [33.3, 33.3, 33.0, 0], 'B3:B6'],
    ['whole numbers', [50, 30, 17, 0], 'B3:B6'],
  ] as [string, Share[], string][])('a sum beyond the rounding is flagged (%s)', async (_, shares, cell) => {
    const a = await survey(shares);
    expect(sumIssues(a)).toEqual([`error ${cell}`]);
  });
});
