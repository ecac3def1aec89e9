/** The command line on old and exported formats: read like an .xlsx, the report is a new .xlsx, and one line says so. */
import * as fs from 'fs';
import * as path from 'path';
import { runCli, saidLines } from './runCli';
import { tempDir } from '../helpers/xlsx';

const REAL = path.resolve('../shared/realworld');
const CASES = path.resolve('../shared/cases');

describe('cli on .xls, XML 2003 and HTML exports', () => {
  const dir = tempDir('cchc-cli-old-');

  it('validate --json finds the staff table of an HTML export saved as .xlsx', async () => {
    const r = await runCli(['validate', path.join(CASES, '17_html_as_xlsx.xlsx'), '--json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).tables.staff).toMatchObject({ sheet: 'Sheet1', range: 'A4:E12' });
  });

  it('report on an .xls writes <name>.report.xlsx and the Word draft, and says in one line that the format was not kept', async () => {
    const out = path.join(dir, 'vi');
    const r = await runCli(['report', path.join(REAL, 'vnah__baocaotaixa.xls'), '--out', out, '--force']);
    expect([0, 1]).toContain(r.code);
    expect(fs.existsSync(path.join(out, 'vnah__baocaotaixa.report.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'vnah__baocaotaixa.report.docx'))).toBe(true);
    expect(saidLines(r.stderr)).toEqual([expect.stringMatching(/^Tệp gốc ở định dạng Excel 97–2003 \(\.xls\).*không giữ định dạng gốc/)]);
    const en = await runCli(['report', path.join(REAL, 'vnah__baocaotaixa.xls'), '--out', path.join(dir, 'en'), '--force', '--json', '--lang', 'en']);
    expect(JSON.parse(en.stdout).outputs.xlsx).toMatch(/vnah__baocaotaixa\.report\.xlsx$/);
    expect(saidLines(en.stderr)).toEqual([expect.stringMatching(/^The original file is in Excel 97–2003 \(\.xls\) format/)]);
  });

  it('a truncated .xls: exit 2 and one line', async () => {
    const bytes = fs.readFileSync(path.join(REAL, 'hccxp__BC_KETQUAXULYDON.xls'));
    const file = path.join(dir, 'cut.xls');
    fs.writeFileSync(file, bytes.subarray(0, 5000));
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(saidLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/\.xls.*hỏng/);
  });
});
