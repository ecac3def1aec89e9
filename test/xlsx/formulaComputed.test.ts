/**
 * Formulas saved without their result (tester 11 item 9): plain arithmetic over cells of the same sheet is computed
 * by the reader (src/xlsx/read/formula.ts) and said once per sheet in a note advising to open and save the file in
 * Excel; anything else stays without a value, as before. Real .xlsx written with exceljs (a formula without a
 * result is written as `<f>` with no `<v>`) and the case 04 of ../shared/cases (written by a script).
 */
import { computeFormulas } from '../../src/xlsx/read/formula';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { workbookBytes } from '../helpers/xlsx';
import { said, hinted } from '../helpers/words';

const f = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;

/** The value at an A1 cell of a sheet read (its first block). */
function at(s: SheetSnapshot, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = m[1].charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

test('arithmetic over the same sheet is computed; other formulas stay without a value', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('So lieu');
  ws.getCell('A1').value = 10;
  ws.getCell('A2').value = 4;
  ws.getCell('A3').value = 'chữ';
  ws.getCell('B1').value = f('A1+3');
  ws.getCell('B2').value = f('$A$1*2-A2/4');
  ws.getCell('B3').value = f('-(A1-A2)*(1+1)');
  ws.getCell('B4').value = f('SUM(A1:A3)');
  ws.getCell('B5').value = f('SUM(A1,A2,B1)+0.1+0.2');
  ws.getCell('B6').value = f('B1+B4'); // a formula over formulas
  ws.getCell('B7').value = f('A9+1'); // a blank cell is 0, as in Excel
  ws.getCell('C1').value = f('A1+A3'); // text in arithmetic: #VALUE! in Excel
  ws.getCell('C2').value = f('A1/0');
  ws.getCell('C3').value = f('ROUND(A1,0)');
  ws.getCell('C4').value = f('Khac!A1+1');
  ws.getCell('C5').value = f('C6+1'); // a cycle
  ws.getCell('C6').value = f('C5+1');
  ws.getCell('C7').value = f('C3+1'); // over a formula not computed
  wb.addWorksheet('Khac').getCell('A1').value = 5;
  const snap = await readSnapshotFromXlsx(await workbookBytes(wb));
  const s = snap.sheets.find((x) => x.name === 'So lieu')!;
  expect(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7'].map((r) => at(s, r))).toEqual([13, 19, -12, 14, 27.3, 27, 1]);
  expect(s.formulasComputed).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7']);
  expect(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'].map((r) => at(s, r))).toEqual([null, null, null, null, null, null, null]);
  expect(s.formulasWithoutValue).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);

  const a = analyze(snap);
  const notes = a.issues.filter((i) => i.sheet === 'So lieu' && i.sentence === 'formulas-computed');
  expect(notes).toHaveLength(1);
  expect([notes[0].code, notes[0].severity]).toEqual(['missing-cell', 'info']);
  expect(notes[0].cell).toBe('B1');
  expect(said(notes[0])).toMatch(/^Sheet «So lieu» có 7 ô công thức mà tệp không lưu kết quả \(B1, B2, B3, B4, B5, …;.*đã được tính từ công thức khi đọc tệp/);
  expect(hinted(notes[0])).toMatch(/^Nên mở tệp bằng Excel rồi lưu lại/);
});

test('totals written as formulas without a result (case 04) give the figures of the clean workbook', async () => {
  const CASES = path.resolve(__dirname, '../../../shared/cases');
  const read = async (name: string) => analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(CASES, name)))));
  const a = await read('04_formula_no_cache.xlsx');
  const clean = await read('00_clean.xlsx');
  expect(a.figures.tthc).toEqual(clean.figures.tthc);
  expect(a.figures.budget).toEqual(clean.figures.budget);
  expect(a.figures.tthc?.received).not.toBeNull();
  // Said per sheet as a note, never as a blank cell or an error.
  const notes = a.issues.filter((i) => /đã được tính từ công thức khi đọc tệp/.test(said(i)));
  expect(notes.map((i) => [i.severity, i.sheet])).toEqual(
    expect.arrayContaining([
      ['info', expect.any(String)],
      ['info', expect.any(String)],
    ]),
  );
  expect(a.issues.filter((i) => /công thức nhưng tệp chưa lưu kết quả/.test(said(i)))).toEqual([]);
});

test('a chain of 50 000 formulas each waiting on the next computes what it can and never overflows the stack', () => {
  const n = 50_000;
  const chain = Array.from({ length: n }, (_, i) => ({ row: i, col: 0, text: `A${i + 2}+1` }));
  const values = computeFormulas(chain, (row) => (row === n ? 5 : undefined));
  expect(values.get(`${n - 1},0`)).toBe(6);
  expect(values.get('0,0')).toBeUndefined();
});

test('formulas summing huge ranges stop at a bounded amount of work', () => {
  const sums = Array.from({ length: 2000 }, (_, i) => ({ row: i, col: 1, text: 'SUM(A1:A1048576)' }));
  const values = computeFormulas(sums, (row, col) => (col === 0 && row < 3 ? 1 : undefined));
  expect(values.get('0,1')).toBe(3);
  // A few of the 2 000 sums fit in the budget of cells read; the rest are left without a value, as before.
  expect(values.size).toBeLessThan(2000);
});
