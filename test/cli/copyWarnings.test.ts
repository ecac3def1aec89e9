/** `report` on a file whose validations are too large for a library to read: the copy keeps them as they are and says nothing. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { exampleBytes } from '../../scripts/make-example';
import { loadWorkbook, tempDir, workbookBytes } from '../helpers/xlsx';
import { runCli } from './runCli';
import { FileHost } from '../../src/hosts/file';

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

  it('writes the copy with the validations kept, no warning, the usual exit status, and --json stays one object', async () => {
    const validate = await runCli(['validate', input]);
    const r = await runCli(['report', input, '--force', '--json', '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(validate.code);
    expect(r.stderr).not.toMatch(WARNING_VI);
    expect(JSON.parse(r.stdout).outputs.xlsx).toBe(path.join(dir, 'out', 'lon.report.xlsx'));
    // Read back with our reader (a library expanding those validations cell by cell is what the copy avoids).
    const copy = await FileHost.open(new Uint8Array(fs.readFileSync(path.join(dir, 'out', 'lon.report.xlsx'))));
    expect((await copy.readSnapshot()).sheets.map((s) => s.name)).toContain('Báo cáo');
  });

  it('says nothing about the copy when everything is kept', async () => {
    const r = await runCli(['report', plain, '--force', '--out', path.join(dir, 'out-plain')]);
    expect(r.stderr).not.toMatch(WARNING_VI);
    expect(r.stderr).not.toMatch(/biểu đồ/);
  });
});
