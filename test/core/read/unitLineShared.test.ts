/**
 * One unit line over several tables of a sheet (tester13 #30, #31): «ĐVT: triệu đồng» above revenue and expenditure
 * side by side holds for both halves, at the right or at the left of the sheet; above two stacked blocks it holds for
 * the second block too. The nearest unit line wins. Workbooks written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from '../../generality/harness';

const SIDE_BY_SIDE = [
  ['STT', 'Nội dung thu', 'Dự toán HĐND xã giao', 'Thực hiện', null, 'STT', 'Nội dung chi', 'Dự toán HĐND xã giao', 'Thực hiện'],
  [null, 'Tổng thu', 7239, 1464, null, null, 'Tổng chi', 6105, 1221],
  ['1', 'Thu tại xã', 2239, 600, null, '1', 'Chi đầu tư phát triển', 1000, 200],
  ['2', 'Thu bổ sung', 5000, 864, null, '2', 'Chi thường xuyên', 5105, 1021],
];

test.each([
  ['at the right, above the expenditure half', 'I2'],
  ['at the left, above the revenue half', 'A2'],
])('a unit line %s holds for revenue and expenditure side by side', async (_, cell) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cân đối');
  ws.getCell('A1').value = 'CÂN ĐỐI THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2025';
  ws.getCell(cell).value = 'ĐVT: triệu đồng';
  put(ws, 3, SIDE_BY_SIDE);
  const a = await roundTrip(wb);
  const b = a.figures.budget!;
  expect([b.revenue.estimateCouncil, b.revenue.actual, b.revenue.pctCouncil]).toEqual([7_239_000_000, 1_464_000_000, 20.2]);
  expect([b.expenditure.estimateCouncil, b.expenditure.actual]).toEqual([6_105_000_000, 1_221_000_000]);
  expect(brief(a).filter((l) => /không ghi đơn vị tính/.test(l))).toEqual([]);
});

test('a unit line over two stacked blocks holds for the second; a nearer unit line wins', async () => {
  const book = async (second: string | null) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tài chính');
    put(ws, 1, [
      ['TÌNH HÌNH TÀI CHÍNH, ĐẦU TƯ CÔNG QUÝ I NĂM 2025'],
      ['ĐVT: triệu đồng'],
      [],
      ['1. Thu, chi ngân sách xã'],
      ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['I', 'Tổng thu', 7239, 1464],
      ['II', 'Tổng chi', 6105, 1221],
      [],
      ['2. Giải ngân vốn đầu tư công', null, null, second],
      ['STT', 'Dự án', 'Kế hoạch vốn', 'Giải ngân'],
      [1, 'Đường thôn 1', 200, 120],
      [2, 'Nhà văn hóa thôn 2', 180, 70],
      [null, 'Tổng cộng', 380, 190],
    ]);
    return roundTrip(wb);
  };
  const shared = await book(null);
  expect(shared.figures.budget!.revenue.actual).toBe(1_464_000_000);
  expect(shared.figures.investment).toMatchObject({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
  expect(shared.tables.investment!.located.unit).toMatchObject({ factor: 1e6, source: { sheet: 'Tài chính', cell: 'A2' } });
  expect(brief(shared).filter((l) => /không ghi đơn vị tính/.test(l))).toEqual([]);
  const own = await book('ĐVT: nghìn đồng');
  expect(own.figures.investment).toMatchObject({ plan: 380_000, disbursed: 190_000 });
  expect(own.figures.budget!.revenue.actual).toBe(1_464_000_000);
});
