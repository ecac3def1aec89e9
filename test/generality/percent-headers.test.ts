/**
 * A column whose header names a stated percentage («Tỷ lệ …», «%», «So sánh …») is never an amount or a count,
 * whatever field words it also holds (tester 15 items 2, 3, 13, 14): «Tỷ lệ lũy kế/dự toán (%)» is no estimate,
 * «Tỷ lệ giải ngân (%)» no amount disbursed, «Tỷ lệ đúng hạn (%)» no count of dossiers on time, «So sánh … (%)» /
 * «Dự toán năm» no second estimate. And a column-number row «A | B | 1 | 2 | 3=2/1 | 4» is not data.
 * Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

type Row = (string | number | null)[];

/** Errors and warnings other than a missing table (these workbooks hold one table each). */
const found = (a: Analysis) => a.issues.filter((i) => i.severity !== 'info' && i.code !== 'missing-table').map((i) => `${i.code} ${i.cell}`);

function sheet(name: string, rows: Row[], merges: string[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

/** Revenue 7 239 / 1 464 (20,2 %) and expenditure 6 105 / 1 221 (20,0 %) triệu đồng, a month column between. */
function budgetBook(pctHeader: string): ExcelJS.Workbook {
  return sheet('Ngân sách', [
    ['BÁO CÁO TÌNH HÌNH THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
    [null, null, null, null, null, 'ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện tháng 3/2025', 'Lũy kế thực hiện đến 31/3/2025', pctHeader],
    ['I', 'Tổng thu ngân sách xã', 7239, 500, 1464, 20.2],
    ['1', 'Thu tại xã', 2239, 200, 600, 26.8],
    ['2', 'Thu bổ sung từ ngân sách cấp trên', 5000, 300, 864, 17.3],
    ['II', 'Tổng chi ngân sách xã', 6105, 400, 1221, 20],
    ['1', 'Chi đầu tư phát triển', 1000, 100, 200, 20],
    ['2', 'Chi thường xuyên', 5105, 300, 1021, 20],
  ]);
}

describe('a header naming a percentage', () => {
  it.each(['Tỷ lệ lũy kế/dự toán (%)', 'So sánh lũy kế với dự toán', 'Tỷ lệ TH/DT HĐND (%)'])(
    'budget: %j is the stated %, not the superior estimate',
    async (header) => {
      const a = await roundTrip(budgetBook(header));
      const b = a.figures.budget!;
      expect(b.revenue).toMatchObject({ estimateSuperior: null, pctSuperior: null, estimateCouncil: 7_239_000_000, actual: 1_464_000_000, pctCouncil: 20.2 });
      expect(b.expenditure).toMatchObject({ estimateSuperior: null, estimateCouncil: 6_105_000_000, actual: 1_221_000_000, pctCouncil: 20 });
      const cols = a.tables.budget!.located.columns;
      expect(cols.statedPct ?? cols.statedPctCouncil).toBe(5);
      expect(found(a)).toEqual([]);
    },
  );

  it('investment: «Tỷ lệ giải ngân (%)» is the stated %, not the amount disbursed', async () => {
    const wb = sheet('Giải ngân', [
      ['TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2025'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nguồn vốn', 'Kế hoạch vốn năm 2025', 'Giải ngân đến 31/3/2025', 'Tỷ lệ giải ngân (%)'],
      [null, 'Tổng cộng', 380, 190, 50],
      [1, 'Đường giao thông thôn 1', 250, 130, 52],
      [2, 'Nhà văn hóa thôn 2', 130, 60, 46.2],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.investment).toMatchObject({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
    expect(found(a)).toEqual([]);
  });

  it('TTHC: «Tỷ lệ đúng hạn (%)» raises no duplicate of «Đúng hạn»', async () => {
    const wb = sheet(
      'Thống kê',
      [
        ['THỐNG KÊ TÌNH HÌNH XỬ LÝ HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2025'],
        ['STT', 'Lĩnh vực', 'Tổng số hồ sơ', 'Tiếp nhận trực tuyến', 'Tiếp nhận trực tiếp', 'Đã giải quyết', null, null, null, 'Tỷ lệ đúng hạn (%)'],
        [null, null, null, null, null, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', null],
        [1, 'Hộ tịch', 120, 30, 90, 115, 60, 52, 3, 97.4],
        [2, 'Chứng thực', 200, 10, 190, 198, 150, 48, 0, 100],
        [null, 'Tổng cộng', 320, 40, 280, 313, 210, 100, 3, 99],
      ],
      ['F2:I2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'J2:J3'],
    );
    const a = await roundTrip(wb);
    expect(a.figures.tthc).toMatchObject({ received: 320, resolved: 313, early: 210, onTime: 100, late: 3 });
    expect(a.tables.tthc!.located.columns.onTime).toBe(7);
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  });

  it('official form: «So sánh … (%)» / «Dự toán năm» is a stated %; «A | B | 1 | 2 | 3=2/1 | 4» is no data', async () => {
    const wb = sheet(
      'Biểu 93',
      [
        ['Biểu số 93/CK-NSNN'],
        ['CÂN ĐỐI NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
        [null, null, null, null, null, 'Đơn vị tính: Triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán năm', 'Ước thực hiện quý I', 'So sánh ước thực hiện với (%)', null],
        [null, null, null, null, 'Dự toán năm', 'Cùng kỳ năm trước'],
        [null, null, null, null, null, null],
        ['A', 'B', '1', '2', '3=2/1', '4'],
        ['A', 'TỔNG THU NGÂN SÁCH XÃ', 7239, 1464, 20.2, 105],
        ['I', 'Các khoản thu xã hưởng 100%', 2239, 600, 26.8, 110],
        ['II', 'Thu bổ sung từ ngân sách cấp trên', 5000, 864, 17.3, 102],
        ['B', 'TỔNG CHI NGÂN SÁCH XÃ', 6105, 1221, 20, 98],
        ['I', 'Chi đầu tư phát triển', 1000, 200, 20, 90],
        ['II', 'Chi thường xuyên', 5105, 1021, 20, 100],
      ],
      ['E4:F4', 'A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E5:E6', 'F5:F6'],
    );
    const a = await roundTrip(wb);
    expect(a.figures.budget!.revenue.actual).toBe(1_464_000_000);
    expect(a.figures.budget!.expenditure.actual).toBe(1_221_000_000);
    expect(a.tables.budget!.located.columns.statedPct).toBe(4);
    expect(found(a)).toEqual([]);
    expect(brief(a).filter((l) => /C7|D7|E7/.test(l))).toEqual([]);
    // «Dự toán năm» names no body: read as the superior's estimate, and said.
    expect(a.figures.budget!.revenue.estimateSuperior).toBe(7_239_000_000);
    const assumed = a.issues.filter((i) => i.sentence === 'estimate-assumed');
    expect(assumed.map((i) => [i.severity, i.cell])).toEqual([['info', 'C8:C13']]);
    expect(said(assumed[0], 'vi')).toContain('«Dự toán năm» (ô C4)');
  });

  it.each([
    ['Dự toán 2025', 1],
    ['Dự toán huyện giao', 0],
    ['DT tỉnh giao', 0],
  ])('«%s» alone: %d note on which estimate was assumed', async (header, n) => {
    const wb = sheet('NS', [
      ['THU CHI NGÂN SÁCH XÃ 6 THÁNG ĐẦU NĂM 2025'],
      ['STT', 'Nội dung', header, 'Thực hiện'],
      ['I', 'Tổng thu ngân sách xã', 2_500_000_000, 1_375_000_000],
      ['II', 'Tổng chi ngân sách xã', 2_500_000_000, 1_200_000_000],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.budget!.revenue.estimateSuperior).toBe(2_500_000_000);
    expect(a.issues.filter((i) => i.sentence === 'estimate-assumed')).toHaveLength(n);
  });
});
