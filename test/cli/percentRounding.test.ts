/**
 * A stated % is judged at the decimals the clerk wrote it with (REPORTING-SCHEMA §3 percent-mismatch; the seed report
 * writes «81%» beside «4,8%»), and the message says the computation in plain words: the amounts, the exact value and
 * its rounding (brief draft11 item 2). The example workbook, its staff shares rewritten, is checked by the command line
 * as a clerk runs it, and its Word draft says why a share differs from the clerk's own rounding.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildExample } from '../../scripts/make-example';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { runCli } from './runCli';

/** The example with the staff table's stated shares (E6 Sau đại học 1/21, E7 Đại học 17/21, E9 Trung cấp 3/21) replaced. */
async function exampleWith(shares: Record<string, number>): Promise<string> {
  const wb: ExcelJS.Workbook = buildExample();
  const ws = wb.getWorksheet('CBCC')!;
  for (const [cell, v] of Object.entries(shares)) ws.getCell(cell).value = v;
  return writeWorkbook(wb, path.join(tempDir('cchc-pct-'), 'xa.xlsx'));
}

interface JsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  hint?: string;
}

async function staffIssues(file: string): Promise<JsonIssue[]> {
  const r = await runCli(['validate', file, '--json']);
  return (JSON.parse(r.stdout) as { issues: JsonIssue[] }).issues.filter((i) => i.sheet === 'CBCC' && i.code === 'percent-mismatch');
}

test('whole-number shares that round their quotients right pass: 5, 81 and 14 for 4,76, 80,95 and 14,29', async () => {
  expect(await staffIssues(await exampleWith({ E6: 5, E7: 81, E9: 14 }))).toEqual([]);
});

test('a whole-number share off is told the computation and asked for the whole number, not 14,3', async () => {
  const [i, ...rest] = await staffIssues(await exampleWith({ E6: 5, E7: 81, E9: 15 }));
  expect(rest).toEqual([]);
  expect(i).toMatchObject({ severity: 'warning', cell: 'E9' });
  expect(i.message).toBe('Ở dòng «Trung cấp», tỷ lệ ghi 15% nhưng số lượng / tổng số = 3 / 21 = 14,29%; làm tròn đến hàng đơn vị như tỷ lệ đã ghi thì là 14%.');
  expect(i.hint).toBe('Ghi 14% (làm tròn đúng), hoặc kiểm tra lại các số dùng để tính.');
});

test('a share at one decimal is told its rounding at one decimal, and the draft says why it writes 80,9% for 81', async () => {
  const file = await exampleWith({});
  const [i] = await staffIssues(file);
  expect(i.message).toBe(
    'Ở dòng «Trung cấp», tỷ lệ ghi 14,2% nhưng số lượng / tổng số = 3 / 21 = 14,29%; làm tròn đến 1 chữ số thập phân như tỷ lệ đã ghi thì là 14,3%.',
  );
  const out = tempDir('cchc-pct-out-');
  await runCli(['report', file, '--out', out, '--force']);
  const docx = unzipDocx(new Uint8Array(fs.readFileSync(path.join(out, 'xa.report.docx'))));
  expect(paragraphs(docx['word/document.xml'])).toContain(
    '- Chất lượng cán bộ, công chức: Sau đại học: 1/21, chiếm 4,8%; Đại học: 17/21, chiếm 80,9%; Trung cấp: 3/21, chiếm 14,3%.',
  );
  expect(paragraphs(docx['word/document.xml'])).toContain(
    '[Lưu ý về cách làm tròn, xóa trước khi ký: các tỷ lệ trình độ được làm tròn đến 1 chữ số thập phân sao cho cộng lại đúng 100% (phương pháp phần dư lớn nhất), nên có thể khác bảng tính làm tròn từng tỷ lệ riêng: Đại học 17/21 = 80,95%, ghi 80,9% (làm tròn riêng thì là 81%).]',
  );
});
