/**
 * Negative amounts in a budget (tester 15 item 12): «(5.000)» typed as text is −5.000 (accounting parentheses), a
 * negative number shown (50.000) by its format is −50.000; on a line that returns or takes back money («Hoàn trả …»,
 * «Thu hồi, giảm chi …») they are no error and the parts add up with them. A negative on another line is still one.
 * Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

const found = (a: Analysis) =>
  a.issues.filter((i) => i.severity !== 'info' && i.code !== 'missing-table').map((i) => `${i.severity} ${i.code} ${i.cell} ${said(i, a.lang)}`);

function book(refund: string, refundValue: string | number, reduce: string, reduceValue: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi');
  put(ws, 1, [
    ['THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2025'],
    ['ĐVT: nghìn đồng'],
    ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu', 5_000_000, 1_000_000],
    ['1', 'Thu thuế, phí, lệ phí', 2_000_000, 605_000],
    ['2', 'Thu bổ sung từ ngân sách cấp trên', 3_000_000, 400_000],
    ['3', refund, 0, refundValue],
    ['II', 'Tổng chi', 5_000_000, 900_000],
    ['1', 'Chi thường xuyên', 4_000_000, 950_000],
    ['2', reduce, 1_000_000, reduceValue],
  ]);
  for (let r = 3; r <= 10; r++) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '#,##0;(#,##0)';
  return wb;
}

describe('negative budget amounts', () => {
  it.each([
    ['Hoàn trả các khoản thu năm trước', '(5.000)', 'Thu hồi, giảm chi năm trước', -50_000],
    ['Hoàn trả thu ngân sách', '-5.000', 'Giảm trừ chi thường xuyên', -50_000],
  ])('%j %j and %j %j are negatives, not errors', async (refund, refundValue, reduce, reduceValue) => {
    const a = await roundTrip(book(refund, refundValue, reduce, reduceValue));
    const b = a.figures.budget!;
    expect(b.revenue).toMatchObject({ estimateCouncil: 5_000_000_000, actual: 1_000_000_000, pctCouncil: 20 });
    expect(b.expenditure).toMatchObject({ estimateCouncil: 5_000_000_000, actual: 900_000_000, pctCouncil: 18 });
    const rows = a.tables.budget!.rows;
    const amount = (label: string) => rows.find((r) => r.values.content?.text === label)?.values.actual?.value;
    expect(amount(refund)).toBe(-5_000_000);
    expect(amount(reduce)).toBe(-50_000_000);
    // At most a note that the text «(5.000)» was read as a number; no error, no sum mismatch.
    expect(found(a).filter((l) => !l.startsWith('warning number-as-text'))).toEqual([]);
  });

  it('a negative on an ordinary line is still an error', async () => {
    const a = await roundTrip(book('Hoàn trả các khoản thu năm trước', '(5.000)', 'Chi sự nghiệp giáo dục', -50_000));
    expect(found(a).some((l) => /^error constraint-error D10 /.test(l))).toBe(true);
  });
});
