/**
 * The on-time share (REPORTING-SCHEMA.md §4: onTimePct = (early + on time) / resolved) of a form with no «Trước hạn»
 * column (tester 7 item 14): since resolved = early + on time + late (Biểu 06), early + on time is resolved − late,
 * for the whole and each field, and the indicator check compares a stated share with that same figure. Workbooks
 * written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';

function book(stated: number | null, lateLand = 3): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [
    ['KẾT QUẢ GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2024'],
    ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
    ['', 'Tổng số', 200, 60, 190, 180, 10, 10],
    [1, 'Hộ tịch', 120, 40, 115, 110, 5, 5],
    [2, 'Chứng thực', 50, 10, 50, 48, 2, 0],
    [3, 'Đất đai', 30, 10, 25, 25 - lateLand, lateLand, 5],
  ]);
  if (stated !== null)
    put(wb.addWorksheet('Chi tieu'), 1, [
      ['Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'],
      ['Tỷ lệ hồ sơ TTHC giải quyết đúng hạn', 95, stated],
    ]);
  return wb;
}

test('no «Trước hạn» column: onTimePct = (resolved − late) / resolved, whole and by field', async () => {
  const a = await roundTrip(book(null));
  const t = a.figures.tthc!;
  expect([t.resolved, t.early, t.onTime, t.late]).toEqual([190, null, 180, 10]);
  expect(t.onTimePct).toBe(94.7);
  expect(t.latePct).toBe(5.3);
  expect(t.byField.map((f) => [f.field, f.onTimePct])).toEqual([
    ['Hộ tịch', 95.7],
    ['Chứng thực', 96],
    ['Đất đai', 88],
  ]);
  // Computed from resolved and late: both are its sources (a flagged late cell marks the share).
  expect(a.sources['tthc.onTimePct']!.map((s) => s.cell)).toEqual(['F3', 'E3', 'G3']);
});

test('the indicator check compares a stated on-time share with the same figure', async () => {
  const right = await roundTrip(book(94.7));
  expect(right.issues.filter((i) => i.code === 'percent-mismatch')).toEqual([]);
  const wrong = await roundTrip(book(90));
  expect(wrong.issues.filter((i) => i.code === 'percent-mismatch').map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Chi tieu!C2']);
});
