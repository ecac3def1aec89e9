/**
 * The investment table's project column headed as commune sheets head it (tester 16 F13): «Tên công trình»,
 * «Công trình, dự án», «Danh mục công trình» are the project column, so no «không có cột Nguồn vốn, dự án» error on a
 * table that is read. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

function book(head: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Đầu tư'), 1, [
    ['Đơn vị tính: triệu đồng'],
    ['STT', head, 'Kế hoạch vốn năm 2026', 'Giải ngân đến 30/9'],
    ['I', 'Vốn ngân sách tỉnh', 1000, 600],
    ['1', 'Trường tiểu học', 600, 400],
    ['2', 'Trạm y tế', 400, 200],
    ['II', 'Vốn ngân sách xã', 500, 100],
    ['1', 'Đường nội đồng', 500, 100],
  ]);
  return wb;
}

describe('the project column of an investment table', () => {
  it.each([['Tên công trình'], ['Công trình, dự án'], ['Danh mục công trình'], ['Tên dự án']])('reads a column headed %j', async (head) => {
    const a = await roundTrip(book(head));
    expect(a.tables.investment?.located.columns.content).toBe(1);
    expect(a.figures.investment).toMatchObject({ plan: 1500000000, disbursed: 700000000, pct: 46.7 });
    expect(brief(a).filter((l) => /Đầu tư/.test(l) && /missing-label/.test(l))).toEqual([]);
  });
});
