/**
 * Two budget tables in one workbook with different amounts (tester 16 F14): whichever is read, a warning names
 * both places and both amounts, so the clerk picks; two tables that agree get no warning. Real .xlsx read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

function book(secondActual: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('NS'), 1, [
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu', 5000, 4000],
    ['1', 'Thu tại xã', 1000, 800],
    ['2', 'Thu bổ sung', 4000, 3200],
    ['II', 'Tổng chi', 5000, 3500],
    ['1', 'Chi thường xuyên', 4000, 3000],
    ['2', 'Chi đầu tư', 1000, 500],
  ]);
  put(wb.addWorksheet('NS2'), 1, [
    ['BIỂU THU NGÂN SÁCH'],
    ['ĐVT: đồng'],
    ['STT', 'Nội dung thu', 'Dự toán', 'Thực hiện'],
    ['', 'Tổng thu', 5000000000, secondActual],
    ['1', 'Thuế', 1000000000, 800000000],
    ['2', 'Bổ sung', 4000000000, secondActual - 800000000],
    [],
    ['BIỂU CHI NGÂN SÁCH'],
    ['ĐVT: đồng'],
    ['STT', 'Nội dung chi', 'Dự toán', 'Thực hiện'],
    ['', 'Tổng chi', 5000000000, 3500000000],
    ['1', 'Thường xuyên', 4000000000, 3000000000],
    ['2', 'Đầu tư', 1000000000, 500000000],
  ]);
  return wb;
}

describe('two budget tables in one workbook', () => {
  it('warns, naming both places and both amounts, when they disagree', async () => {
    const a = await roundTrip(book(900000000 + 800000000));
    const warn = a.issues.filter((i) => i.table === 'budget' && i.code === 'duplicate-label' && i.severity === 'warning');
    expect(warn).toHaveLength(1);
    const text = brief(a).find((l) => /Có hai bảng/.test(l)) ?? '';
    expect(text).toMatch(/4\.000\.000\.000/);
    expect(text).toMatch(/1\.700\.000\.000/);
    expect(text).toMatch(/sheet «NS»/);
    expect(text).toMatch(/sheet «NS2»/);
  });

  it('says nothing more than a note when they agree', async () => {
    const a = await roundTrip(book(4000000000));
    expect(a.issues.filter((i) => i.table === 'budget' && i.severity !== 'info')).toEqual([]);
  });
});
