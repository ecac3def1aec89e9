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

  it('weighs each side alone: revenue of a few thousand đồng beside expenditure in billions (two parts side by side)', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Cân đối'), 1, [
      ['CÂN ĐỐI THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
      ['STT', 'Nội dung thu', 'Dự toán HĐND xã giao', 'Thực hiện', null, 'STT', 'Nội dung chi', 'Dự toán HĐND xã giao', 'Thực hiện'],
      [null, 'Tổng thu', 7239, 1464, null, null, 'Tổng chi', 6105e6, 1221e6],
      ['1', 'Thu tại xã', 2239, 600, null, '1', 'Chi đầu tư phát triển', 1000e6, 200e6],
      ['2', 'Thu bổ sung', 5000, 864, null, '2', 'Chi thường xuyên', 5105e6, 1021e6],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.budget?.located.parts?.length).toBe(2);
    const found = a.issues.filter((i) => i.code === 'unit-mismatch');
    expect(found.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Cân đối', 'C3, D3']]);
    expect(said(found[0], 'vi')).toContain('dòng «Tổng thu» chỉ có 7.239 đồng');
    expect(issuesOf(a, ['budget.revenue.actual']).map((i) => i.code)).toEqual(['unit-mismatch']);
  });

  it.each([
    ['the unit is written', [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], ['ĐVT: triệu đồng'], HEADER, ...lines(1)]],
    ["the amounts are a commune's in đồng", [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, ...lines(1e6)]],
  ])('says nothing when %s', async (_, rows) => {
    const a = await budget(rows as Row[]);
    expect(a.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
  });
});

describe('a budget implausible under its stated unit (brief reader7 item 5)', () => {
  const titled = (unit: string, k: number): Row[] => [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], [unit], HEADER, ...lines(k)];

  it('warns once when every line is in đồng under «ĐVT: triệu đồng»: the unit cell and one line named, the figures marked', async () => {
    const a = await budget(titled('ĐVT: triệu đồng', 1e6));
    const found = a.issues.filter((i) => i.code === 'unit-mismatch');
    expect(found.map((i) => [i.severity, i.sheet, i.cell, i.table])).toEqual([['warning', 'Ngân sách', 'A2, C4, D4, C5, D5', 'budget']]);
    expect(said(found[0], 'vi')).toBe(
      'Bảng Thu, chi ngân sách ghi đơn vị tính «ĐVT: triệu đồng» (ô A2) nên dòng «Tổng thu ngân sách xã» ghi 7.239.000.000 là 7.239.000.000.000.000 đồng, quá lớn cho ngân sách một xã (thường vài tỷ đến vài trăm tỷ đồng): số liệu có lẽ đã gõ theo đồng hoặc nghìn đồng chứ không theo đơn vị đã ghi, nên các số tiền trong báo cáo có thể sai.',
    );
    expect(a.figures.budget?.revenue.actual).toBe(1464.5e12);
    expect(issuesOf(a, ['budget.revenue.actual']).map((i) => i.code)).toEqual(['unit-mismatch']);
    expect(issuesOf(a, ['budget.expenditure.estimateSuperior']).map((i) => i.code)).toEqual(['unit-mismatch']);
  });

  it('warns when amounts in nghìn đồng stand under «ĐVT: triệu đồng» (a thousand times too much)', async () => {
    const a = await budget(titled('ĐVT: triệu đồng', 1e3));
    expect(a.issues.filter((i) => i.code === 'unit-mismatch').map((i) => i.sentence)).toEqual(['budget-unit-too-large']);
  });

  it('warns when amounts in triệu đồng stand under «Đơn vị tính: đồng» (a few thousand đồng)', async () => {
    const a = await budget(titled('Đơn vị tính: đồng', 1));
    const found = a.issues.filter((i) => i.code === 'unit-mismatch');
    expect(found.map((i) => [i.sentence, i.cell])).toEqual([['budget-unit-too-small', 'A2, C4, D4, C5, D5']]);
    expect(said(found[0], 'vi')).toContain('ghi 7.239 chỉ là 7.239 đồng');
  });

  it.each([
    ['a commune budget in triệu đồng', 'ĐVT: triệu đồng', 1],
    ['a commune budget in nghìn đồng', 'ĐVT: nghìn đồng', 1e3],
    ['a commune budget in đồng', 'ĐVT: đồng', 1e6],
    ['a large commune budget of 723,9 tỷ đồng', 'ĐVT: triệu đồng', 100],
  ])('says nothing for %s', async (_, unit, k) => {
    const a = await budget(titled(unit, k));
    expect(a.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
  });
});
