/**
 * The blank template through the command line. `template` never replaces a workbook already at its output path (a clerk may have filled the last one
 * in): the new template goes beside it as `X (2).xlsx` and a line says the old file was kept, unless
 * --replace, as `report` and `rollup` do. Both an --out name and the default out/mau-so-lieu-cchc.xlsx.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { loadWorkbook, tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

/** The template at `file` with a value typed into its first sheet, as a clerk's filled copy. */
async function fill(file: string): Promise<void> {
  const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
  wb.worksheets[0].getCell('B8').value = 'UBND xã Đã Nhập';
  fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('template keeps a workbook already at its output path', () => {
  const dir = tempDir('cchc-template-keep-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--out twice: the filled first file is untouched, the second is "mau (2).xlsx" and the run says so; --replace replaces', async () => {
    const out = path.join(dir, 'tpl', 'mau.xlsx');
    const r1 = await runCli(['template', '--out', out]);
    expect(r1.code).toBe(0);
    expect(r1.stdout).not.toMatch(/giữ nguyên/);
    await fill(out);
    const filled = sha(out);

    const r2 = await runCli(['template', '--out', out]);
    expect(r2.code).toBe(0);
    const second = path.join(dir, 'tpl', 'mau (2).xlsx');
    expect(r2.stdout).toContain(second);
    expect(r2.stdout).toContain(`Tệp «${out}» đã có nên được giữ nguyên`);
    expect(r2.stdout).toContain('--replace');
    expect(sha(out)).toBe(filled);
    expect(fs.readFileSync(second).subarray(0, 2).toString()).toBe('PK');

    const r3 = await runCli(['template', '--out', out, '--json', '--lang', 'en']);
    expect(JSON.parse(r3.stdout)).toEqual({ outputs: { xlsx: path.join(dir, 'tpl', 'mau (3).xlsx') }, kept: out });

    const r4 = await runCli(['template', '--out', out, '--replace', '--json']);
    expect(JSON.parse(r4.stdout)).toEqual({ outputs: { xlsx: out } });
    expect(sha(out)).not.toBe(filled);
    const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(out)));
    expect(wb.worksheets[0].getCell('B8').value).not.toBe('UBND xã Đã Nhập');
    expect(fs.readdirSync(path.join(dir, 'tpl')).sort()).toEqual(['mau (2).xlsx', 'mau (3).xlsx', 'mau.xlsx']);
  });

  it('the default out/mau-so-lieu-cchc.xlsx is kept too', async () => {
    const cwd = path.join(dir, 'work');
    fs.mkdirSync(cwd);
    expect((await runCli(['template'], cwd)).code).toBe(0);
    const first = path.join(cwd, 'out', 'mau-so-lieu-cchc.xlsx');
    await fill(first);
    const filled = sha(first);
    const r = await runCli(['template', '--lang', 'en'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(path.join('out', 'mau-so-lieu-cchc (2).xlsx'));
    expect(r.stdout).toMatch(/already exists and was kept.*--replace/);
    expect(sha(first)).toBe(filled);
  });
});

describe('validate on the blank template', () => {
  const dir = tempDir('cchc-template-validate-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads «Thông tin» as label | value, asks for the date in the value cell B8, and tags the info level «Lưu ý»', async () => {
    const file = path.join(dir, 'mau.xlsx');
    expect((await runCli(['template', '--out', file])).code).toBe(0);
    const r = await runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Thông tin báo cáo: sheet «Thông tin» A4:B19');
    expect(r.stdout).toContain('Nhập ngày vào ô B8');
    expect(r.stdout).not.toMatch(/vào ô A\d/);
    expect(r.stdout).toContain('[Lưu ý]');
    expect(r.stdout).not.toMatch(/ghi chú/i);
    const en = await runCli(['validate', file, '--lang', 'en']);
    expect(en.stdout).toContain('[Note]');
  });
});
