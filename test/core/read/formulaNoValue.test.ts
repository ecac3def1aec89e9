/**
 * A formula cell saved without its result (a file written by a program, not Excel; tester 11 item 9): the clerk sees
 * a value in Excel, so the message says the formula has no saved result and asks to open and save the file in Excel,
 * never «đang để trống». A cell left truly blank keeps «đang để trống». Workbooks written with exceljs and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from '../../generality/harness';
import { hinted } from '../../helpers/words';

const HEADER = ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];

test('a count formula without a saved value is said as such; a blank count stays «đang để trống»', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [HEADER, ['Hộ tịch', null, null, 15, 38, 30, 5, 3], ['Chứng thực', 25, null, 20, 22, 20, 0, 2]]);
  ws.getCell('B2').value = { formula: 'C2+D2' } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { formula: 'COUNTIFS(Data!B:B,"Hộ tịch")' } as ExcelJS.CellFormulaValue;
  wb.addWorksheet('Data').getCell('A1').value = 'x';
  const a = await roundTrip(wb);
  const at = (cell: string) => brief(a).filter((l) => l.includes(` TTHC!${cell} `));
  for (const cell of ['B2', 'C2']) {
    expect(at(cell)).toEqual([expect.stringMatching(/^error missing-cell .*có công thức nhưng tệp chưa lưu kết quả/)]);
    expect(at(cell)[0]).not.toMatch(/để trống/);
  }
  expect(hinted(a.issues.find((i) => i.cell === 'C2' && i.sheet === 'TTHC'))).toMatch(/^Mở tệp bằng Excel rồi lưu lại/);
  // C3 is really empty.
  expect(at('C3')).toEqual([expect.stringMatching(/^error missing-cell .*đang để trống/)]);
});
