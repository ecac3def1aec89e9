/** The command line on files it cannot use: status 2, one clear line on stderr, nothing written, within seconds. */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './runCli';
import { encryptedOle, plainOle, simpleWorkbook, tempDir, workbookBytes, zipBomb } from '../helpers/xlsx';

describe('cli on unusable input', () => {
  const dir = tempDir('cchc-cli-');
  const out = path.join(dir, 'out');
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const good = await workbookBytes(simpleWorkbook());
    const put = (name: string, bytes: Uint8Array | string) => {
      files[name] = path.join(dir, name);
      fs.writeFileSync(files[name], bytes);
    };
    put('truncated.xlsx', good.subarray(0, Math.floor(good.length * 0.6)));
    put('encrypted.xlsx', encryptedOle());
    put('old.xls', plainOle());
    put('data.csv', 'STT;Nội dung;Thực hiện\n1;Thu ngân sách;1.464.000\n');
    put('scan.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');
    put('bomb.xlsx', zipBomb(24));
  });

  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => path.join(dir, 'khong-co.xlsx'), /Không tìm thấy tệp/],
    ['a truncated zip', () => files['truncated.xlsx'], /bị hỏng/],
    ['a password-protected workbook', () => files['encrypted.xlsx'], /mật khẩu/],
    ['a broken .xls', () => files['old.xls'], /\.xls\b.*hỏng|hỏng.*\.xls\b/],
    ['a CSV', () => files['data.csv'], /CSV/],
    ['a PDF', () => files['scan.pdf'], /PDF/],
    ['a zip bomb', () => files['bomb.xlsx'], /bất thường/],
    ['a folder', () => dir, /thư mục/],
  ];

  it.each(cases)('report on %s: exit 2, one line on stderr, nothing written', async (_label, file, pattern) => {
    const r = await runCli(['report', file(), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(fs.existsSync(out)).toBe(false);
    expect(r.ms).toBeLessThan(15000);
  });

  it('validate --json on a bad file prints one JSON object saying why (issue 18.7), and one stderr line, in English with --lang en', async () => {
    const r = await runCli(['validate', files['encrypted.xlsx'], '--json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      file: files['encrypted.xlsx'],
      ok: false,
      error: { code: 'encrypted', message: expect.stringMatching(/^The file is password-protected/) },
    });
    expect(r.stderr.trim()).toMatch(/^The file is password-protected/);
  });

  it.each([
    ['report on a missing file', ['report', path.join(dir, 'khong-co.xlsx'), '--json', '--out', out], 'not-found'],
    ['bad arguments', ['report', '--nope', '--json'], 'usage'],
    ['a zip bomb', ['validate', path.join(dir, 'bomb.xlsx'), '--json'], 'zip-bomb'],
  ])('--json with exit 2 (%s): one object {file, ok: false, error: {code, message}}', async (_label, argv, code) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    const o = JSON.parse(r.stdout);
    expect(o.ok).toBe(false);
    expect(o.error.code).toBe(code);
    expect(o.error.message).toBe(r.stderr.trim());
  });

  it('bad arguments: exit 2 with one line; --help: exit 0 with the usage', async () => {
    const bad = await runCli(['report', '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/validate <tệp.xlsx>/);
  });
});
