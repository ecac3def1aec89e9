/**
 * Column groups of several periods of one year side by side (tester 15 item 1 and its addendum): «Tháng 01/2025» …
 * «Tháng 03/2025» | «Cộng quý I/2025», or «Lũy kế từ đầu năm» | «Quý II/2025». The group whose period is exactly the
 * report's (the info block's, else the table's title) is read, wherever it stands; when none is, the first group is
 * read and the warning says that no group states the period. Workbooks written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { said } from '../../helpers/words';
import type { Analysis } from '../../../src/core/analyze';

const LEAVES = ['Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'];

/** A TTHC sheet with one group of four columns per label, each row [field, ...four numbers per group]. */
function book(title: string, groups: string[], rows: (string | number)[][], period?: [string, string]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (period)
    put(wb.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
      ['Từ ngày', period[0]],
      ['Đến ngày', period[1]],
    ]);
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [
    [title],
    ['STT', 'Lĩnh vực', ...groups.flatMap((g) => [g, null, null, null])],
    [null, null, ...groups.flatMap(() => LEAVES)],
    ...rows.map((r, i) => [i + 1, ...r]),
  ]);
  groups.forEach((_, i) => ws.mergeCells(3 - 1, 3 + 4 * i, 3 - 1, 6 + 4 * i));
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  return wb;
}

const MONTHS = [
  ['Hộ tịch', 40, 38, 37, 1, 40, 40, 40, 0, 40, 40, 38, 2, 120, 118, 115, 3],
  ['Chứng thực', 60, 60, 60, 0, 65, 66, 66, 0, 75, 74, 74, 0, 200, 200, 200, 0],
];
const dup = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-label');

test('months and the quarter side by side, report period Q1 in the info block: the quarter group is read', async () => {
  const groups = ['Tháng 01/2025', 'Tháng 02/2025', 'Tháng 03/2025', 'Cộng quý I/2025'];
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025', groups, MONTHS, ['01/01/2025', '31/03/2025']));
  const t = a.figures.tthc!;
  expect(t).toMatchObject({ received: 320, resolved: 318, onTime: 315, late: 3, onTimePct: 99.1, latePct: 0.9 });
  expect(t.byField.map((f) => [f.field, f.received, f.resolved, f.onTime, f.late])).toEqual([
    ['Hộ tịch', 120, 118, 115, 3],
    ['Chứng thực', 200, 200, 200, 0],
  ]);
  expect(a.sources['tthc.received']!.map((s) => s.cell)).toEqual(['O4:O5']);
  expect(dup(a)).toHaveLength(1);
  expect(said(dup(a)[0], 'vi')).toContain('các cột O, P, Q, R («Cộng quý I/2025») được đọc vì kỳ của nhóm cột đó đúng bằng kỳ báo cáo');
});

test('the quarter first and months after, without diacritics, period from the title only: the quarter is read', async () => {
  const groups = ['Quy I nam 2025', 'Thang 1', 'Thang 2', 'Thang 3'];
  const rows = MONTHS.map(([f, ...n]) => [f, ...n.slice(12), ...n.slice(0, 12)]);
  const a = await roundTrip(book('KET QUA GIAI QUYET TTHC QUY I NAM 2025', groups, rows));
  expect(a.figures.tthc).toMatchObject({ received: 320, resolved: 318, onTime: 315, late: 3 });
  expect(dup(a)).toHaveLength(1);
});

test('«Lũy kế từ đầu năm» first, «Quý II/2025» after, period from the title: the quarter is read, not the year to date', async () => {
  const rows = [
    ['Hộ tịch', 250, 245, 240, 5, 130, 127, 125, 2],
    ['Chứng thực', 420, 420, 420, 0, 220, 220, 220, 0],
  ];
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC QUÝ II NĂM 2025', ['Lũy kế từ đầu năm', 'Quý II/2025'], rows));
  expect(a.figures.tthc).toMatchObject({ received: 350, resolved: 347, onTime: 345, late: 2, onTimePct: 99.4, latePct: 0.6 });
  expect(said(dup(a)[0], 'vi')).toContain('các cột G, H, I, J («Quý II/2025») được đọc');
  expect(said(dup(a)[0], 'vi')).toContain('các cột C, D, E, F («Lũy kế từ đầu năm») không được đọc');
});

test('a six-month report beside «Quý II»: the year-to-date group is the one that covers it', async () => {
  const rows = [
    ['Hộ tịch', 130, 127, 125, 2, 250, 245, 240, 5],
    ['Chứng thực', 220, 220, 220, 0, 420, 420, 420, 0],
  ];
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC', ['Quý II/2025', 'Luỹ kế 6 tháng'], rows, ['01/01/2025', '30/06/2025']));
  expect(a.figures.tthc).toMatchObject({ received: 670, resolved: 665, late: 5 });
});

test('no group states the report period (months only, Q1 report): the first is read and the warning says so', async () => {
  const rows = MONTHS.map(([f, ...n]) => [f, ...n.slice(0, 12)]);
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC', ['Tháng 01/2025', 'Tháng 02/2025', 'Tháng 03/2025'], rows, ['01/01/2025', '31/03/2025']));
  expect(a.figures.tthc).toMatchObject({ received: 100, resolved: 98 });
  expect(dup(a)).toHaveLength(1);
  expect(dup(a)[0].severity).toBe('warning');
  const text = said(dup(a)[0], 'vi');
  expect(text).toContain('các cột C, D, E, F («Tháng 01/2025») được đọc vì không nhóm cột nào ghi đúng kỳ báo cáo');
  expect(text).toContain('không phải của kỳ báo cáo');
});
