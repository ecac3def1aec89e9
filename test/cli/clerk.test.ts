/**
 * The command line as a clerk meets it (issue 11 §7): `help` as a command, write errors said in
 * Vietnamese, `template --out` only to an .xlsx, a report of a report named after the workbook,
 * progress past the quiet time (progress.test.ts holds the clock), the demo saying why it writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFile } from 'child_process';
import { exampleBytes } from '../../scripts/make-example';
import { tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

describe('the command line as a clerk uses it', () => {
  const dir = tempDir('cchc-clerk-');
  const input = path.join(dir, 'xa.xlsx');
  beforeAll(async () => fs.writeFileSync(input, await exampleBytes()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('"help" is a command: the usage, exit 0, in Vietnamese unless --lang en', async () => {
    const vi = await runCli(['help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Kiểm tra số liệu/);
    expect(vi.stdout).toContain('help, --help');
    const en = await runCli(['help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Check the data/);
  });

  it('a write error is a Vietnamese sentence with a way out, the system code only in --json detail', async () => {
    // A folder the system will not make, even for root (a file on the path is refused before writing: outPath.test.ts).
    const blocked = '/sys/cchc-clerk/mau.xlsx';
    const r = await runCli(['template', '--out', blocked]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    // The folder is tried before anything is written (tester 12 item 7): the sentence names it.
    expect(lines[0]).toMatch(/^Không ghi được «\/sys\/cchc-clerk»: .*--out/);
    expect(lines[0]).not.toMatch(/E[A-Z]{3,}/);
    const json = await runCli(['template', '--out', blocked, '--json']);
    expect(JSON.parse(json.stdout).error.detail).toMatch(/^E(ACCES|PERM|ROFS)$/);
  });

  it('template --out refuses a name that is not .xlsx, writes nothing, and suggests one', async () => {
    for (const name of ['mau.xls', 'mau', 'mau.docx']) {
      const out = path.join(dir, name);
      const r = await runCli(['template', '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/phải có đuôi \.xlsx/);
      expect(r.stderr).toContain(`${path.join(dir, 'mau')}.xlsx`);
      expect(fs.existsSync(out)).toBe(false);
    }
    const ok = await runCli(['template', '--out', path.join(dir, 'Mau.XLSX')]);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'Mau.XLSX')).subarray(0, 2).toString()).toBe('PK');
  });

  it('template --out a folder writes mau-so-lieu-cchc.xlsx in it, as report takes a folder (tester 6 item 30)', async () => {
    const folder = path.join(dir, 'thu-muc');
    fs.mkdirSync(folder);
    const r = await runCli(['template', '--out', folder, '--json']);
    expect(r.code).toBe(0);
    const written = path.join(folder, 'mau-so-lieu-cchc.xlsx');
    expect(JSON.parse(r.stdout)).toEqual({ outputs: { xlsx: written } });
    expect(fs.readFileSync(written).subarray(0, 2).toString()).toBe('PK');
    // Again: the first is kept, the second numbered, in the folder; a new folder named with a slash is made.
    expect(JSON.parse((await runCli(['template', '--out', folder, '--json'])).stdout).outputs.xlsx).toBe(path.join(folder, 'mau-so-lieu-cchc (2).xlsx'));
    const fresh = path.join(dir, 'moi');
    expect((await runCli(['template', '--out', `${fresh}${path.sep}`])).code).toBe(0);
    expect(fs.existsSync(path.join(fresh, 'mau-so-lieu-cchc.xlsx'))).toBe(true);
  });

  it('a report of a report is named after the workbook, not "<name>.report.report"', async () => {
    const first = path.join(dir, 'one');
    const r1 = await runCli(['report', input, '--force', '--json', '--out', first]);
    const copy = JSON.parse(r1.stdout).outputs.xlsx as string;
    expect(path.basename(copy)).toBe('xa.report.xlsx');
    const second = path.join(dir, 'two');
    const r2 = await runCli(['report', copy, '--force', '--json', '--out', second]);
    expect(JSON.parse(r2.stdout).outputs).toEqual({ xlsx: path.join(second, 'xa.report.xlsx'), docx: path.join(second, 'xa.report.docx') });
    // Into its own folder: the copy is kept, the new pair takes the next number.
    const r3 = await runCli(['report', copy, '--force', '--json', '--out', first]);
    expect(path.basename(JSON.parse(r3.stdout).outputs.xlsx)).toBe('xa.report (2).xlsx');
  });

  it('past the quiet time, progress lines on stderr with the percentage of reading and checking; stdout untouched', async () => {
    const r = await runCli(['validate', input, '--json'], undefined, { CCHC_PROGRESS_AFTER_MS: '0' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('Đang đọc tệp…');
    expect(lines.some((l) => /^Đang kiểm tra số liệu… \d+%$/.test(l))).toBe(true);
    expect(JSON.parse(r.stdout).ok).toBe(false);
  });

  it('the demo says why it writes the report although errors remain', async () => {
    const root = path.resolve(__dirname, '../..');
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [path.join(root, 'scripts/built.mjs'), 'demo'], { cwd: root, timeout: 60000 }, (err, stdout) =>
        err ? reject(err) : resolve(stdout),
      ),
    );
    expect(out).toMatch(/Đã ghi bản nháp Word/);
    expect(out).toMatch(/cố ý có lỗi.*--force nên vẫn ghi báo cáo dù còn lỗi/);
  });
});
