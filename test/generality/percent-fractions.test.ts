/**
 * Percentages written as fractions of 1 in a percent column (tester item 13 of round 5): "0.9" beside "90%"
 * is 90 %, decided per column from its other values or the sheet's % format and said in an info issue;
 * without such a sign the values are left as written. On real .xlsx written with exceljs, read from bytes.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { issueMessage } from '../../src/core/issues';
import { workbookBytes } from '../helpers/xlsx';

type Cell = string | number | { v: number; fmt: string } | { t: string; fmt: string };

async function indicators(rows: [string, Cell, Cell][], heads = ['Kế hoạch (%)', 'Thực hiện (%)']): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chi tieu');
  ws.addRow(['STT', 'Tên chỉ tiêu', ...heads]);
  rows.forEach(([name, a, b], k) => {
    const r = ws.addRow([k + 1, name]);
    [a, b].forEach((x, j) => {
      const cell = r.getCell(3 + j);
      if (typeof x === 'object' && 'v' in x) [cell.value, cell.numFmt] = [x.v, x.fmt];
      else if (typeof x === 'object') [cell.value, cell.numFmt] = [x.t, x.fmt];
      else cell.value = x;
    });
  });
  return analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
}

const fractions = (a: Analysis) => a.issues.filter((i) => i.sentence === 'percent-as-fraction');
const values = (a: Analysis) => a.figures.indicators!.map((i) => [i.target, i.actual]);

test('the tester\'s sheet: "0.9" / "0.95" typed as text beside "90%" and "98,5%" are 90 % and 95 %', async () => {
  const a = await indicators([
    ['Hồ sơ xử lý trên môi trường mạng', '90%', '85%'],
    ['Văn bản điện tử ký số', '100%', '98,5%'],
    ['Mức độ hài lòng', '0.9', '0.95'],
  ]);
  expect(values(a)).toEqual([
    [90, 85],
    [100, 98.5],
    [90, 95],
  ]);
  expect(a.figures.indicators![2].achievement).toBeCloseTo(105.6, 1);
  const f = fractions(a);
  expect(f.map((i) => [i.cell, i.severity, i.field])).toEqual([
    ['C4', 'info', 'target'],
    ['D4', 'info', 'actual'],
  ]);
  expect(issueMessage(f[0], 'vi')).toContain('«0.9» là 90%');
  expect(issueMessage(f[0], 'vi')).toContain('như «90%»');
  expect(issueMessage(f[1], 'en')).toContain('«0.95» is 95%');
  // Nothing in that table depends on how dots and commas are read: no cell is flagged for its style.
  expect(a.issues.filter((i) => i.sentence === 'number-style-mixed')).toEqual([]);
});

test('numbers: 0,9 in General beside 0,85 formatted as % is 90 %; "0,95" in a cell formatted as % is 95 %', async () => {
  const a = await indicators([
    ['Hồ sơ trực tuyến', { v: 0.85, fmt: '0%' }, { v: 0.8, fmt: '0%' }],
    ['Mức độ hài lòng', 0.9, { t: '0,95', fmt: '0%' }],
  ]);
  expect(values(a)).toEqual([
    [85, 80],
    [90, 95],
  ]);
  expect(fractions(a).map((i) => i.cell)).toEqual(['C3', 'D3']);
});

test('a column of bare fractions in a table that keeps its shares formatted as %', async () => {
  const a = await indicators([
    ['Hồ sơ trực tuyến', 0.9, { v: 0.8, fmt: '0%' }],
    ['Mức độ hài lòng', 0.95, { v: 0.9, fmt: '0%' }],
  ]);
  expect(values(a)).toEqual([
    [90, 80],
    [95, 90],
  ]);
  const f = fractions(a);
  expect(f.map((i) => i.cell)).toEqual(['C2, C3']);
  expect(issueMessage(f[0], 'vi')).toContain('định dạng các tỷ lệ theo kiểu phần trăm');
});

test('left as written without a sign: shares under 1 % beside "0,5%", bare values alone, a header without "%"', async () => {
  const alone = await indicators([
    ['Tỷ lệ hồ sơ trễ hạn', 0.5, 0.3],
    ['Tỷ lệ hồ sơ sai sót', 0.2, '0,1'],
  ]);
  expect(values(alone)).toEqual([
    [0.5, 0.3],
    [0.2, 0.1],
  ]);
  const small = await indicators([
    ['Tỷ lệ hồ sơ trễ hạn', '0,5%', '0,3%'],
    ['Tỷ lệ hồ sơ sai sót', '0,2', '0,1'],
  ]);
  expect(values(small)).toEqual([
    [0.5, 0.3],
    [0.2, 0.1],
  ]);
  const plain = await indicators(
    [
      ['Hồ sơ trực tuyến', '90%', '85%'],
      ['Mức độ hài lòng', '0.9', '0.95'],
    ],
    ['Kế hoạch', 'Thực hiện'],
  );
  expect(values(plain)).toEqual([
    [90, 85],
    [0.9, 0.95],
  ]);
  // A value above 1 among the bare ones: the column is not written in fractions.
  const mixed = await indicators([
    ['Hồ sơ trực tuyến', '90%', '85%'],
    ['Mức độ hài lòng', '0.9', '95'],
  ]);
  expect(values(mixed)).toEqual([
    [90, 85],
    [90, 95],
  ]);
  for (const a of [alone, small, plain]) expect(fractions(a)).toEqual([]);
  expect(fractions(mixed).map((i) => i.cell)).toEqual(['C3']);
});
