/**
 * Targets worded as a floor (tester 15 T81): «Từ 30% trở lên», «Tối thiểu 80%», «Ít nhất 70%», «Không dưới 90%»,
 * «Đạt từ 60% trở lên» are read as the number, with the number-as-text warning «≥ 95%» and «Trên 90%» get; no type
 * error blocks the report. A real .xlsx written with exceljs, read from bytes.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { bareNumber } from '../../src/core/read/number';
import { workbookBytes } from '../helpers/xlsx';

test.each([
  ['Từ 30% trở lên', '30%'],
  ['Tối thiểu 80%', '80%'],
  ['Ít nhất 70 %', '70 %'],
  ['Không dưới 90%', '90%'],
  ['Đạt từ 60% trở lên', '60%'],
  ['≥ 95%', '95%'],
  ['Từ 30 đến 50%', '30 đến 50%'],
])('bareNumber(%s) is %s', (text, bare) => {
  expect(bareNumber(text)).toBe(bare);
});

test('T81: floor wordings of targets are read as the number, with a number-as-text warning, and no error', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['CÁC CHỈ TIÊU CCHC NĂM 2025']);
  ws.addRow(['STT', 'Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)']);
  const rows: [string, string, string][] = [
    ['Tỷ lệ hồ sơ giải quyết đúng hạn', '≥ 95%', '98%'],
    ['Tỷ lệ hồ sơ nộp trực tuyến', 'Từ 30% trở lên', '12,5%'],
    ['Tỷ lệ hài lòng của người dân', 'Không dưới 90%', '95%'],
    ['Tỷ lệ văn bản ký số', 'Tối thiểu 80%', '85%'],
    ['Tỷ lệ TTHC được công khai', 'Ít nhất 70%', '100%'],
  ];
  rows.forEach(([n, t, a], k) => ws.addRow([k + 1, n, t, a]));
  const a = analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
  expect(a.figures.indicators!.map((i) => [i.target, i.actual])).toEqual([
    [95, 98],
    [30, 12.5],
    [90, 95],
    [80, 85],
    [70, 100],
  ]);
  expect(a.figures.indicators![1].achievement).toBe(41.7);
  expect(a.issues.filter((i) => i.table === 'indicators' && i.severity === 'error')).toEqual([]);
  const asText = a.issues.filter((i) => i.code === 'number-as-text' && i.field === 'target').map((i) => i.cell);
  expect(asText).toEqual(['C3', 'C4', 'C5', 'C6', 'C7']);
});
