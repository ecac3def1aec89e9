/**
 * Two periods side by side over the same columns (tester 13 item 22): «Quý I năm 2024» | «Quý I năm 2025», each over
 * Tiếp nhận / Đã giải quyết / Đúng hạn / Quá hạn. The group of the report's year is read (the latest when the title
 * compares with «cùng kỳ»), never the first by position, and one warning names the columns read and why. Workbooks
 * written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { said } from '../../helpers/words';

function book(title: string, period?: [string, string]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (period)
    put(wb.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
      ['Từ ngày', period[0]],
      ['Đến ngày', period[1]],
    ]);
  const ws = wb.addWorksheet('TTHC');
  const a = 'Quý I năm 2024';
  const b = 'Quý I năm 2025';
  put(ws, 1, [
    [title],
    [],
    ['STT', 'Lĩnh vực', a, a, a, a, b, b, b, b],
    ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
    [1, 'Hộ tịch', 90, 88, 85, 3, 120, 115, 110, 5],
    [2, 'Chứng thực', 150, 150, 150, 0, 200, 200, 200, 0],
  ]);
  ws.mergeCells('C3:F3');
  ws.mergeCells('G3:J3');
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  return wb;
}

const YEAR_2025 = { received: 320, resolved: 315, onTime: 310, late: 5, onTimePct: 98.4, latePct: 1.6 };

test('a title comparing with «cùng kỳ»: the later group is read, and the warning says which columns and why', async () => {
  const a = await roundTrip(book('SO SÁNH KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025 VỚI CÙNG KỲ NĂM 2024'));
  const t = a.figures.tthc!;
  expect(t).toMatchObject(YEAR_2025);
  expect(t.byField.map((f) => [f.field, f.received, f.resolved])).toEqual([
    ['Hộ tịch', 120, 115],
    ['Chứng thực', 200, 200],
  ]);
  expect(a.sources['tthc.received']!.map((s) => s.cell)).toEqual(['G5:G6']);
  const dup = a.issues.filter((i) => i.code === 'duplicate-label');
  expect(dup.map((i) => [i.severity, i.cell])).toEqual([['warning', 'C3:F3']]);
  expect(said(dup[0], 'vi')).toContain('các cột G, H, I, J («Quý I năm 2025») được đọc vì đó là kỳ gần nhất');
  expect(said(dup[0], 'vi')).toContain('các cột C, D, E, F («Quý I năm 2024») không được đọc');
  // «Quá hạn» of 2025 is the late column, not a pending one.
  expect(t.pendingOverdue).toBeNull();
});

test('the report period of 2025 in the info block: its year’s group is read, said as the report’s year', async () => {
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC', ['01/01/2025', '31/03/2025']));
  expect(a.figures.tthc).toMatchObject(YEAR_2025);
  const dup = a.issues.filter((i) => i.code === 'duplicate-label');
  expect(said(dup[0], 'vi')).toContain('được đọc vì đó là năm của kỳ báo cáo');
});

test('control: a report of 2024 reads the 2024 group, even though it stands first', async () => {
  const a = await roundTrip(book('KẾT QUẢ GIẢI QUYẾT TTHC', ['01/01/2024', '31/03/2024']));
  expect(a.figures.tthc).toMatchObject({ received: 240, resolved: 238, onTime: 235, late: 3 });
  expect(a.sources['tthc.received']!.map((s) => s.cell)).toEqual(['C5:C6']);
});
