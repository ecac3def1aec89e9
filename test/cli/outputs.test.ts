/**
 * The command line's files, handled safely (issues 16.6, 16.7): outputs kept off the input by identity
 * (symbolic and hard links), written whole or not at all, and the input's size known before it is read
 * (pipes, devices and files over the cap get the size sentence at once).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { execFileSync } from 'child_process';
import { exampleBytes } from '../../scripts/make-example';
import { tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

describe('report outputs and the input file', () => {
  const dir = tempDir('cchc-outputs-');
  const input = path.join(dir, 'xa.xlsx');
  let hash: string;

  beforeAll(async () => {
    fs.writeFileSync(input, await exampleBytes());
    hash = sha(input);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses when an output path is a symbolic link to the input, and leaves the input as it was', async () => {
    const out = path.join(dir, 'sym');
    fs.mkdirSync(out);
    fs.symlinkSync(input, path.join(out, 'xa.report.xlsx'));
    const r = await runCli(['report', input, '--force', '--replace', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/trùng với tệp gốc/);
    expect(sha(input)).toBe(hash);
    expect(fs.existsSync(path.join(out, 'xa.report.docx'))).toBe(false);
  });

  it('refuses when an output path is a hard link to the input', async () => {
    const out = path.join(dir, 'hard');
    fs.mkdirSync(out);
    fs.linkSync(input, path.join(out, 'xa.report.docx'));
    const r = await runCli(['report', input, '--force', '--replace', '--out', out, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'unwritable', message: expect.stringMatching(/trùng với tệp gốc/) });
    expect(sha(input)).toBe(hash);
  });

  it('replaces a link at the output path that points elsewhere, never writing through it', async () => {
    const out = path.join(dir, 'other');
    fs.mkdirSync(out);
    const victim = path.join(dir, 'khac.txt');
    fs.writeFileSync(victim, 'giữ nguyên');
    fs.symlinkSync(victim, path.join(out, 'xa.report.xlsx'));
    const r = await runCli(['report', input, '--force', '--replace', '--out', out]);
    expect([0, 1]).toContain(r.code);
    expect(fs.readFileSync(victim, 'utf8')).toBe('giữ nguyên');
    expect(fs.lstatSync(path.join(out, 'xa.report.xlsx')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(out, 'xa.report.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('a failure while writing leaves neither output half-written, and no temporary file', async () => {
    const out = path.join(dir, 'fail');
    fs.mkdirSync(path.join(out, 'xa.report.docx'), { recursive: true }); // a folder where the draft goes
    fs.writeFileSync(path.join(out, 'xa.report.docx', 'x'), 'x');
    const r = await runCli(['report', input, '--force', '--replace', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/Không ghi được/);
    expect(fs.readdirSync(out)).toEqual(['xa.report.docx']);
    expect(fs.existsSync(path.join(out, 'xa.report.xlsx'))).toBe(false);
    // --json names a write failure as one (tester 7 item 18), not as an unreadable input.
    const j = await runCli(['report', input, '--force', '--replace', '--out', out, '--json']);
    expect(JSON.parse(j.stdout).error).toMatchObject({ code: 'unwritable', message: expect.stringMatching(/Không ghi được/) });
  });
});

describe('inputs whose size must be known before reading', () => {
  const dir = tempDir('cchc-inputs-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a named pipe nobody writes to: exit 2 with the size sentence, no hang', async () => {
    const fifo = path.join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['validate', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/kích thước/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a device: exit 2 with the size sentence', async () => {
    const r = await runCli(['validate', '/dev/zero', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('too-large');
  });

  it('a file over the cap (3 GiB, sparse) is refused from its size, without reading it', async () => {
    const big = path.join(dir, 'lon.xlsx');
    const fd = fs.openSync(big, 'w');
    fs.ftruncateSync(fd, 3 * 1024 * 1024 * 1024);
    fs.closeSync(fd);
    const r = await runCli(['validate', big]);
    expect(r.code).toBe(2);
    // Each language's separators (tester 12 item 8): «3.072,0 MB» in Vietnamese, «3,072.0 MB» in English.
    expect(r.stderr.trim()).toMatch(/quá lớn \(3\.072,0 MB, giới hạn 50 MB\)/);
    const en = await runCli(['validate', big, '--lang', 'en']);
    expect(en.stderr.trim()).toMatch(/too large \(3,072\.0 MB, the limit is 50 MB\)/);
  });
});
