/**
 * Biểu 06 whose group headers «Tiếp nhận / Đã giải quyết / Đang giải quyết» stand over their parts only, with no
 * «Tổng số» column under any (tester 17 T32): the table is found, each total is the sum of its parts (received =
 * online + direct + carried over, resolved = early + on time + late, pending = in time + overdue), and an info says
 * which columns made each total. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [
    ['Lĩnh vực', 'Tiếp nhận', '', '', 'Đã giải quyết', '', '', 'Đang giải quyết', ''],
    ['', 'Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn'],
    ['Hộ tịch', 30, 28, 2, 20, 37, 1, 2, 0],
    ['Chứng thực', 10, 30, 0, 30, 10, 0, 0, 0],
  ]);
  for (const m of ['A1:A2', 'B1:D1', 'E1:G1', 'H1:I1']) ws.mergeCells(m);
  return wb;
}

it('reads Biểu 06 without its «Tổng số» columns, each total the sum of its parts, said in an info', async () => {
  const a = await roundTrip(book());
  expect(a.tables.tthc?.located).toMatchObject({ sheet: 'TTHC', range: 'A1:I4' });
  expect(a.figures.tthc).toMatchObject({
    received: 100,
    online: 40,
    direct: 58,
    carriedOver: 2,
    resolved: 98,
    early: 50,
    onTime: 47,
    late: 1,
    pending: 2,
    pendingInTime: 2,
    pendingOverdue: 0,
    onlinePct: 40,
    onTimePct: 99,
  });
  const parts = a.issues.filter((i) => i.sentence === 'column-from-parts');
  expect(parts.map((i) => i.severity)).toEqual(['info', 'info']);
  expect(a.issues.filter((i) => i.severity !== 'info' && i.sheet === 'TTHC')).toEqual([]);
});
