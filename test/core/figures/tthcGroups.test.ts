/**
 * Biểu 06 with roman group rows (tester 7 item 4): a group with fields under it is no field itself (its fields
 * are), a group with none («III | Đất đai | 10 | …») is a field, so the fields by field make the whole. A workbook
 * written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';

const HEADER = ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];

function book(last: 'III' | 'II'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Bieu 06'), 1, [
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2024'],
    HEADER,
    ['I', 'Tư pháp', 150, 20, 145, 100, 40, 5, 5],
    [1, 'Hộ tịch', 100, 15, 95, 60, 30, 5, 5],
    [2, 'Chứng thực', 50, 5, 50, 40, 10, 0, 0],
    // A group without fields in the middle, or at the end.
    ...(last === 'III'
      ? [
          ['II', 'Lao động - TBXH', 40, 10, 38, 30, 8, 0, 2],
          [1, 'Bảo trợ xã hội', 25, 5, 24, 20, 4, 0, 1],
          [2, 'Người có công', 15, 5, 14, 10, 4, 0, 1],
          ['III', 'Đất đai', 10, 0, 8, 2, 4, 2, 2],
        ]
      : [
          ['II', 'Đất đai', 10, 0, 8, 2, 4, 2, 2],
          ['III', 'Lao động - TBXH', 40, 10, 38, 30, 8, 0, 2],
          [1, 'Bảo trợ xã hội', 25, 5, 24, 20, 4, 0, 1],
          [2, 'Người có công', 15, 5, 14, 10, 4, 0, 1],
        ]),
    ['', 'Tổng cộng', 200, 30, 191, 132, 52, 7, 9],
  ]);
  return wb;
}

describe('a group row with no fields under it is a field', () => {
  for (const last of ['III', 'II'] as const) {
    test(`the fieldless group as ${last}`, async () => {
      const a = await roundTrip(book(last));
      const t = a.figures.tthc!;
      expect(t.received).toBe(200);
      expect(t.resolved).toBe(191);
      const fields = t.byField.map((f) => f.field).sort();
      expect(fields).toEqual(['Bảo trợ xã hội', 'Chứng thực', 'Hộ tịch', 'Người có công', 'Đất đai'].sort());
      // The fields make the whole, each dossier once.
      expect(t.byField.reduce((s, f) => s + (f.received ?? 0), 0)).toBe(200);
      expect(t.byField.reduce((s, f) => s + (f.resolved ?? 0), 0)).toBe(191);
      const land = t.byField.find((f) => f.field === 'Đất đai')!;
      expect([land.received, land.resolved, land.late]).toEqual([10, 8, 2]);
      expect(a.issues.filter((i) => i.code === 'sum-mismatch')).toEqual([]);
    });
  }
});
