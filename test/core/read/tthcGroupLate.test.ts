/**
 * Biểu 06 whose resolved columns stand under «Kết quả giải quyết» (a group label the schema does not list) and whose
 * pending ones stand under «Đang giải quyết», each group with its own «Quá hạn» (tester 11 item 13): the first is
 * late, the second overdue among the pending. A workbook written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from '../../generality/harness';
import { TTHC_SUB, TTHC_TOP } from '../../helpers/tthcHeader';

/** Column G, where the shared header's resolved group starts: its label and its total's, as this commune types them. */
const RESOLVED = 6;

/** Biểu 06's header (the shared helper's) with the resolved columns under `group`, their total «Đã giải quyết - Tổng số». */
function book(group: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bieu 06');
  const top = TTHC_TOP.map((label, i) => (i === RESOLVED ? group : label));
  const sub = TTHC_SUB.map((label, i) => (i === RESOLVED ? 'Đã giải quyết - Tổng số' : label));
  put(ws, 1, [
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC 6 THÁNG ĐẦU NĂM 2025'],
    [],
    top,
    sub,
    [1, 'Hộ tịch', 1250, 1000, 250, 0, 1230, 1200, 0, 30, 20, 18, 2],
    [2, 'Đất đai', 45, 5, 40, 0, 40, 35, 0, 5, 5, 4, 1],
  ]);
  for (const m of ['A3:A4', 'B3:B4', 'C3:F3', 'G3:J3', 'K3:M3']) ws.mergeCells(m);
  return wb;
}

describe('each «Quá hạn» belongs to its group', () => {
  for (const group of ['Kết quả giải quyết', 'Đã giải quyết']) {
    test(`«Quá hạn» under «${group}» is late, under «Đang giải quyết» pending overdue`, async () => {
      const a = await roundTrip(book(group));
      const t = a.figures.tthc!;
      expect([t.resolved, t.early, t.onTime, t.late]).toEqual([1270, 1235, 0, 35]);
      expect([t.pending, t.pendingInTime, t.pendingOverdue]).toEqual([25, 22, 3]);
      expect(t.latePct).toBe(2.8);
      expect(t.byField.map((f) => f.late)).toEqual([30, 5]);
      expect(brief(a).filter((l) => /missing-label/.test(l))).toEqual([]);
    });
  }
});
