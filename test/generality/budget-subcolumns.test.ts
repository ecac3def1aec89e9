/**
 * Budget and investment columns under a group (tester 15 items 4, 16, 22, 3): a «Trong đó» sub-column is a part of
 * its group's total, never another field nor a duplicate; a group «Dự toán năm 2025» over «Tỉnh giao» / «HĐND xã
 * quyết định» gives each estimate its column; the investment's «Lũy kế giải ngân từ đầu năm» is the period's
 * disbursement beside «Giải ngân trong tháng 3», as the budget's «Lũy kế thực hiện» is beside «Thực hiện tháng».
 * Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

type Row = (string | number | null)[];

/** Errors and warnings other than a missing table (these workbooks hold one or two tables). */
const found = (a: Analysis) => a.issues.filter((i) => i.severity !== 'info' && i.code !== 'missing-table').map((i) => `${i.code} ${i.cell} ${said(i, a.lang)}`);

function sheet(name: string, rows: Row[], merges: string[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

describe('«Trong đó» sub-columns', () => {
  it.each([
    ['Trong đó: NS xã hưởng', 'Trong đó: NS xã hưởng'],
    ['Trong đó: ngân sách xã', 'Trong đó: ngân sách xã'],
  ])('budget: %j under «Dự toán HĐND xã giao» is part of the council estimate, no superior estimate', async (est, act) => {
    const wb = sheet(
      'Thu NS',
      [
        ['TÌNH HÌNH THU NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
        [null, null, null, null, null, null, 'ĐVT: triệu đồng'],
        ['STT', 'Nội dung thu', 'Dự toán HĐND xã giao', null, 'Thực hiện', null, 'Tỷ lệ TH/DT (%)'],
        [null, null, 'Tổng số', est, 'Tổng số', act, null],
        ['I', 'Tổng thu', 8000, 7239, 1600, 1464, 20],
        ['1', 'Thu thuế, phí, lệ phí', 3000, 2239, 736, 600, 24.5],
        ['2', 'Thu bổ sung từ ngân sách cấp trên', 5000, 5000, 864, 864, 17.3],
      ],
      ['C3:D3', 'E3:F3', 'A3:A4', 'B3:B4', 'G3:G4'],
    );
    put(wb.addWorksheet('Chi NS'), 1, [
      ['TÌNH HÌNH CHI NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nội dung chi', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['I', 'Tổng chi', 6105, 1221],
      ['1', 'Chi đầu tư phát triển', 1000, 200],
      ['2', 'Chi thường xuyên', 5105, 1021],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.budget!.expenditure).toMatchObject({ estimateSuperior: null, estimateCouncil: 6_105_000_000, actual: 1_221_000_000 });
    expect(a.figures.budget!.revenue).toMatchObject({
      estimateSuperior: null,
      pctSuperior: null,
      estimateCouncil: 8_000_000_000,
      actual: 1_600_000_000,
      pctCouncil: 20,
    });
    expect(found(a)).toEqual([]);
  });

  it('investment: «Trong đó» / «Ngân sách tỉnh» | «Ngân sách xã» are parts, no duplicate-label', async () => {
    const wb = sheet(
      'Giải ngân',
      [
        ['BIỂU TỔNG HỢP TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2025'],
        [null, null, null, null, null, null, null, null, null, 'ĐVT: triệu đồng'],
        [
          'STT',
          'Danh mục dự án',
          'Chủ đầu tư',
          'Tổng mức đầu tư',
          'Kế hoạch vốn năm 2025',
          null,
          null,
          'Giải ngân đến 31/3/2025',
          null,
          null,
          'Tỷ lệ giải ngân (%)',
        ],
        [null, null, null, null, 'Tổng số', 'Trong đó', null, 'Tổng số', 'Trong đó', null, null],
        [null, null, null, null, null, 'Ngân sách tỉnh', 'Ngân sách xã', null, 'Ngân sách tỉnh', 'Ngân sách xã', null],
        [null, 'Tổng cộng', null, 12000, 380, 300, 80, 190, 150, 40, 50],
        [1, 'Đường giao thông nông thôn thôn 1', 'UBND xã', 7000, 250, 200, 50, 130, 100, 30, 52],
        [2, 'Nhà văn hóa thôn 2', 'UBND xã', 5000, 130, 100, 30, 60, 50, 10, 46.2],
      ],
      ['E3:G3', 'H3:J3', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'F4:G4', 'I4:J4', 'K3:K5', 'E4:E5', 'H4:H5'],
    );
    const a = await roundTrip(wb);
    expect(a.figures.investment).toMatchObject({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
    expect(found(a)).toEqual([]);
  });
});

describe('estimates named by the group and the sub-column', () => {
  it.each([
    ['Tỉnh giao', 'HĐND xã quyết định'],
    ['Huyện giao', 'HĐND xã giao'],
  ])('«Dự toán năm 2025» / %j | %j: both estimates read, the stated % against the council’s', async (sup, council) => {
    const wb = sheet(
      'NS',
      [
        ['THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
        [null, null, null, null, null, null, 'ĐVT: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm 2025', null, 'Thực hiện', null, 'Tỷ lệ (%)'],
        [null, null, sup, council, 'Quý I', 'Lũy kế đến hết quý I', null],
        ['I', 'Tổng thu', 7000, 7239, 1464, 1464, 20.2],
        ['1', 'Thu tại xã', 2000, 2239, 600, 600, 26.8],
        ['2', 'Thu bổ sung', 5000, 5000, 864, 864, 17.3],
        ['II', 'Tổng chi', 6000, 6105, 1221, 1221, 20],
        ['1', 'Chi đầu tư phát triển', 1000, 1000, 200, 200, 20],
        ['2', 'Chi thường xuyên', 5000, 5105, 1021, 1021, 20],
      ],
      ['C3:D3', 'E3:F3', 'A3:A4', 'B3:B4', 'G3:G4'],
    );
    const a = await roundTrip(wb);
    const b = a.figures.budget!;
    expect(b.revenue).toMatchObject({
      estimateSuperior: 7_000_000_000,
      estimateCouncil: 7_239_000_000,
      actual: 1_464_000_000,
      pctCouncil: 20.2,
      pctSuperior: 20.9,
    });
    expect(b.expenditure).toMatchObject({ estimateSuperior: 6_000_000_000, estimateCouncil: 6_105_000_000, pctCouncil: 20, pctSuperior: 20.4 });
    expect(found(a)).toEqual([]);
  });
});

describe('investment: the period’s disbursement', () => {
  it.each([
    ['Giải ngân trong tháng 3', 'Lũy kế giải ngân từ đầu năm'],
    ['Lũy kế giải ngân từ đầu năm', 'Giải ngân trong tháng 3'],
    ['Giải ngân tháng 3/2025', 'Lũy kế giải ngân đến 31/3/2025'],
  ])('%j beside %j: the cumulative column is read', async (first, second) => {
    const month = [60, 50, 10];
    const toDate = [190, 150, 40];
    const [d, e] = first.startsWith('Lũy kế') ? [toDate, month] : [month, toDate];
    const wb = sheet('Đầu tư', [
      ['TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG QUÝ I NĂM 2025'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nguồn vốn', 'Kế hoạch vốn năm 2025', first, second, 'Tỷ lệ giải ngân so với kế hoạch (%)'],
      [null, 'Tổng số', 380, d[0], e[0], 50],
      ['1', 'Vốn ngân sách tỉnh hỗ trợ', 300, d[1], e[1], 50],
      ['2', 'Vốn ngân sách xã', 80, d[2], e[2], 50],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.investment).toMatchObject({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
    expect(found(a)).toEqual([]);
  });
});
