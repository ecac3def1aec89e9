/** `report` says, once, what the report copy could not keep from the user's file; the exit status follows the usual rules. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { exampleBytes } from '../../scripts/make-example';
import { loadWorkbook, tempDir, workbookBytes } from '../helpers/xlsx';
import { runCli } from './runCli';

const WARNING_VI = /vùng kiểm tra dữ liệu quá lớn/;

describe('report on a file whose validations are too large to copy', () => {
  const dir = tempDir('cchc-copywarn-');
  const input = path.join(dir, 'lon.xlsx');
  const plain = path.join(dir, 'thuong.xlsx');

  beforeAll(async () => {
    const bytes = await exampleBytes();
    fs.writeFileSync(plain, bytes);
    const wb = await loadWorkbook(bytes);
    const ws = wb.worksheets[0];
    const dv = (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
    for (const col of ['K', 'L', 'M', 'N']) dv.add(`${col}1:${col}1048576`, { type: 'list', formulae: ['"x,y"'] } as ExcelJS.DataValidation);
    fs.writeFileSync(input, await workbookBytes(wb));
  });

  it('prints the warning once on stderr and keeps the usual exit status', async () => {
    const validate = await runCli(['validate', input]);
    const r = await runCli(['report', input, '--force', '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(validate.code);
    expect(r.stderr.match(new RegExp(WARNING_VI, 'g'))).toHaveLength(1);
    expect(r.stdout).not.toMatch(WARNING_VI);
    expect(fs.existsSync(path.join(dir, 'out', 'lon.report.xlsx'))).toBe(true);
  });

  it('says it in English with --lang en, and --json stdout stays one object', async () => {
    const r = await runCli(['report', input, '--force', '--json', '--lang', 'en', '--out', path.join(dir, 'out-en')]);
    expect(r.stderr).toMatch(/dropdown lists/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('says nothing about the copy when everything is kept', async () => {
    const r = await runCli(['report', plain, '--force', '--out', path.join(dir, 'out-plain')]);
    expect(r.stderr).not.toMatch(WARNING_VI);
    expect(r.stderr).not.toMatch(/biểu đồ/);
  });
});
