/**
 * The command line's totals line on figures in question (brief w9, the totals line): a total that sums a figure a
 * commune's own draft marks «[cần xem lại: …]» carries the same mark as in the Word summary and the «Tổng hợp» sheet,
 * never shown bare; a total with nothing in question stays unmarked. Two copies of the example workbook, one with a
 * wrong TTHC total (C14 = 300, not the 289 its fields sum to), rolled up by the built command line in both languages.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';

jest.setTimeout(180000);

const EXAMPLE = path.join(__dirname, '../../examples/ba-bich-2023.xlsx');
const dir = tempDir('cchc-questioned-line-');

async function commune(file: string, agency: string, received?: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet('Thong tin')!.getCell('B3').value = agency;
  if (received !== undefined) wb.getWorksheet('TTHC Q1')!.getCell('C14').value = received;
  const p = path.join(dir, file);
  await wb.xlsx.writeFile(p);
  return p;
}

let clean: string;
let wrong: string;

beforeAll(async () => {
  clean = await commune('a.xlsx', 'UBND XÃ BA BÍCH');
  wrong = await commune('c.xlsx', 'Ủy ban nhân dân xã Ba Lê', 300);
  fs.mkdirSync(path.join(dir, 'kq'));
});

const line = (stdout: string, start: string) => stdout.split('\n').find((l) => l.startsWith(start)) ?? '';

describe('the command line’s totals line', () => {
  it('marks a total that sums a figure in question with its commune and cell, as the summary does', async () => {
    const vi = await runCli(['rollup', clean, wrong, '--out', path.join(dir, 'kq', 'vi.xlsx')]);
    const said = line(vi.stdout, 'Toàn tỉnh:');
    expect(said).toMatch(
      /^Toàn tỉnh: tiếp nhận 589 \[cần xem lại: UBND xã Ba Lê \(TTHC Q1!C14[^\]]*\)\] hồ sơ TTHC, trực tuyến [\d,]+% \[cần xem lại: UBND xã Ba Lê \(/,
    );
    const en = await runCli(['rollup', clean, wrong, '--out', path.join(dir, 'kq', 'en.xlsx'), '--lang', 'en']);
    expect(line(en.stdout, 'Province:')).toMatch(/^Province: 589 \[to check: UBND xã Ba Lê \(TTHC Q1!C14[^\]]*\)\] dossiers received/);
  });

  it('leaves totals with nothing in question unmarked', async () => {
    const r = await runCli(['rollup', clean, '--out', path.join(dir, 'kq', 'clean.xlsx')]);
    const said = line(r.stdout, 'Toàn tỉnh:');
    expect(said).toMatch(/^Toàn tỉnh: tiếp nhận 289 hồ sơ TTHC, trực tuyến [\d,]+%, giải quyết đúng hạn [\d,]+% \(/);
    expect(said).not.toContain('cần xem lại');
  });
});
