/**
 * Biểu 06 rows with numbers and no field name (tester 11 item 1): one that is the sum of the field rows below (or
 * above) it is the total, never one more field; one that sums nothing is an error at its cell. Workbooks written with
 * exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from '../../generality/harness';

const HEADER = ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];
const HO_TICH = [1, 'Hộ tịch', 40, 15, 25, 38, 30, 5, 3];
const CHUNG_THUC = [2, 'Chứng thực', 25, 5, 20, 22, 20, 0, 2];

function book(rows: (ExcelJS.CellValue | undefined)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [HEADER, ...rows]);
  return wb;
}

describe('a Biểu 06 row without a field name', () => {
  test('the sums first, over a group line and the fields: the total, not a field', async () => {
    const a = await roundTrip(book([['', '', 65, 20, 45, 60, 50, 5, 5], ['I', 'Lĩnh vực Tư pháp'], HO_TICH, CHUNG_THUC]));
    const t = a.figures.tthc!;
    expect([t.received, t.online, t.direct, t.resolved, t.early, t.onTime, t.late]).toEqual([65, 20, 45, 60, 50, 5, 5]);
    expect(t.byField.map((f) => [f.field, f.received])).toEqual([
      ['Hộ tịch', 40],
      ['Chứng thực', 25],
    ]);
    const said = brief(a).filter((l) => / TTHC!B2 /.test(l));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^info missing-cell .*được đọc là dòng tổng cộng/);
    expect(a.issues.filter((i) => i.severity === 'error' && i.sheet === 'TTHC')).toEqual([]);
  });

  test('the sums last, unlabelled: the total', async () => {
    const a = await roundTrip(book([HO_TICH, CHUNG_THUC, [null, null, 65, 20, 45, 60, 50, 5, 5]]));
    expect(a.figures.tthc!.received).toBe(65);
    expect(a.figures.tthc!.byField).toHaveLength(2);
  });

  test('a row that sums nothing is an error at its cell, not silently a field', async () => {
    const a = await roundTrip(book([HO_TICH, [null, null, 10, 4, 6, 10, 10, 0, 0], CHUNG_THUC]));
    const said = brief(a).filter((l) => / TTHC!B3 /.test(l));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^error missing-cell .*không ghi tên lĩnh vực.*vẫn được cộng/);
    expect(a.figures.tthc!.received).toBe(75);
  });
});
