/**
 * A commune's budget of a few thousand đồng: the unit is not written and the amounts were typed in nghìn or
 * triệu đồng. A warning on the total lines' amounts says so, and the draft marks their figures as doubtful.
 */
import ExcelJS from 'exceljs';
import { issuesOf } from '../../src/core/word/marks';
import { said } from '../helpers/words';
import { put, roundTrip } from './harness';

type Row = (string | number | null)[];
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện', 'Ghi chú'];

async function budget(rows: Row[]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Ngân sách'), 1, rows);
  return roundTrip(wb);
}

const lines = (k: number): Row[] => [
  ['I', 'Tổng thu ngân sách xã', 7239 * k, 1464.5 * k, null],
  ['II', 'Tổng chi ngân sách xã', 6105 * k, 1220.96 * k, null],
];

describe('an implausibly small budget', () => {
  it('warns on the total lines when no unit is written and the whole budget is a few thousand đồng', async () => {
    const a = await budget([['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, ...lines(1)]);
    const found = a.issues.filter((i) => i.code === 'unit-mismatch');
    expect(found.map((i) => [i.severity, i.sheet, i.cell, i.table])).toEqual([
      ['warning', 'Ngân sách', 'C3, D3', 'budget'],
      ['warning', 'Ngân sách', 'C4, D4', 'budget'],
    ]);
    expect(said(found[0], 'vi')).toContain('7.239 đồng');
    expect(said(found[0], 'vi')).toMatch(/nghìn đồng hoặc triệu đồng/);
    // The figures stay as read, and the draft marks them as doubtful.
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239, actual: 1464.5 });
    expect(issuesOf(a, ['budget.revenue.actual']).map((i) => i.code)).toEqual(['unit-mismatch']);
    expect(issuesOf(a, ['budget.expenditure.estimateSuperior']).map((i) => i.code)).toEqual(['unit-mismatch']);
  });

  it.each([
    ['the unit is written', [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], ['ĐVT: triệu đồng'], HEADER, ...lines(1)]],
    ["the amounts are a commune's in đồng", [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, ...lines(1e6)]],
  ])('says nothing when %s', async (_, rows) => {
    const a = await budget(rows as Row[]);
    expect(a.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
  });
});
