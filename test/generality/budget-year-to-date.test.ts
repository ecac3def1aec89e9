/**
 * A budget whose one-row header gives the period's own column beside the year to date at its end (tester 17 B04,
 * B12): «Thực hiện tháng 9 | Lũy kế thực hiện đến tháng 9», «Thực hiện quý III | Lũy kế từ đầu năm». The report
 * compares the year to date with the year's estimate, so the year-to-date column is the actual, whatever the
 * report's own months; the month's or quarter's column is never read as it. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function book(rows: Row[], info?: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  if (info) put(wb.addWorksheet('Thong tin'), 1, info);
  put(wb.addWorksheet('NS'), 1, rows);
  return roundTrip(wb);
}

const pctMismatch = (a: Analysis) => a.issues.filter((i) => i.code === 'percent-mismatch');

describe('the year to date wins over the period’s own column in a one-row header (tester 17 B04, B12)', () => {
  it('«Thực hiện tháng 9 | Lũy kế thực hiện đến tháng 9», a month’s report by its title, stated % right', async () => {
    const a = await book([
      ['BÁO CÁO THU, CHI NGÂN SÁCH XÃ THÁNG 9 NĂM 2025'],
      ['Đơn vị tính: đồng'],
      ['STT', 'Nội dung', 'Dự toán tỉnh giao', 'Dự toán HĐND xã giao', 'Thực hiện tháng 9', 'Lũy kế thực hiện đến tháng 9', 'Tỷ lệ so với dự toán HĐND (%)'],
      ['I', 'Tổng thu ngân sách xã', 6000000000, 6000000000, 450000000, 4200000000, 70],
      [1, 'Thu phí, lệ phí', 100000000, 100000000, 10000000, 80000000, 80],
      [2, 'Thu khác (hoàn trả)', 0, 0, -20000000, -30000000, ''],
      [3, 'Thu bổ sung từ ngân sách cấp trên', 5900000000, 5900000000, 460000000, 4150000000, 70.3],
      ['II', 'Tổng chi ngân sách xã', 5900000000, 6000000000, 500000000, 4080000000, 68],
      [1, 'Chi thường xuyên', 5900000000, 6000000000, 500000000, 4080000000, 68],
    ]);
    expect(a.tables.budget?.located.columns.actual).toBe(5); // F, 0-based
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 4200000000, pctSuperior: 70, pctCouncil: 70 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 4080000000, pctSuperior: 69.2, pctCouncil: 68 });
    expect(pctMismatch(a)).toEqual([]);
  });

  it('«Thực hiện quý III | Lũy kế từ đầu năm», a quarter’s report by its title', async () => {
    const a = await book([
      ['THU CHI NGÂN SÁCH XÃ QUÝ III NĂM 2025'],
      ['ĐVT: đồng'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện quý III', 'Lũy kế từ đầu năm'],
      ['I', 'Tổng thu ngân sách xã', 4000000000, 4000000000, 1000000000, 3000000000],
      [1, 'Thu tại xã', 400000000, 400000000, 100000000, 300000000],
      [2, 'Thu bổ sung', 3600000000, 3600000000, 900000000, 2700000000],
      ['II', 'Tổng chi ngân sách xã', 3800000000, 4000000000, 900000000, 2600000000],
      [1, 'Chi thường xuyên', 3800000000, 4000000000, 900000000, 2600000000],
    ]);
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 3000000000, pctSuperior: 75, pctCouncil: 75 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 2600000000, pctSuperior: 68.4, pctCouncil: 65 });
  });

  it('the year to date first, the quarter after it, the period from the info block (01/07 – 30/09)', async () => {
    const a = await book(
      [
        ['THU CHI NGÂN SÁCH XÃ'],
        ['ĐVT: triệu đồng'],
        ['TT', 'Nội dung', 'Dự toán', 'Lũy kế thực hiện 9 tháng', 'Thực hiện trong quý'],
        ['I', 'Tổng thu', 4000, 3000, 1000],
        ['II', 'Tổng chi', 4000, 2600, 900],
      ],
      [
        ['Thông tin', 'Giá trị'],
        ['Cơ quan ban hành', 'UBND xã Tân Phú'],
        ['Từ ngày', new Date(Date.UTC(2025, 6, 1))],
        ['Đến ngày', new Date(Date.UTC(2025, 8, 30))],
      ] as unknown as Row[],
    );
    expect(a.figures.budget?.revenue.actual).toBe(3000 * 1_000_000);
    expect(a.figures.budget?.expenditure.actual).toBe(2600 * 1_000_000);
  });
});
