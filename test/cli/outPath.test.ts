/**
 * Where `--out` points (brief cli11 item 1): a file's name given to `report` (which writes two files into a folder) is
 * refused in one sentence, never made into a folder named «x.docx»; a folder whose parent is missing too (a mistyped
 * path) is refused naming the missing folder, never made as a chain; one new folder in an existing one is made and
 * said; a file on the path and a place the system will not write in are each one sentence, with nothing left behind.
 * Real runs of the command line on the example workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import { exampleBytes } from '../../scripts/make-example';
import { tempDir } from '../helpers/xlsx';
import { runCli, saidLines } from './runCli';

const list = (dir: string) => fs.readdirSync(dir).sort();

describe('--out naming a file, a missing folder, a file on the path, a place not writable', () => {
  const dir = tempDir('cchc-out-path-');
  const input = path.join(dir, 'xa.xlsx');
  beforeAll(async () => fs.writeFileSync(input, await exampleBytes()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('report --out x.docx: refused in Vietnamese, then English, and no folder x.docx is made', async () => {
    const r = await runCli(['report', input, '--force', '--out', 'x.docx'], dir);
    expect(r.code).toBe(2);
    expect(saidLines(r.stderr)).toEqual([expect.stringContaining('--out của lệnh report là thư mục để ghi hai tệp')]);
    expect(r.stderr).toContain('«x.docx» là tên một tệp; hãy chỉ một thư mục, ví dụ --out «x»');
    const en = await runCli(['report', input, '--force', '--out', 'bao-cao.xlsx', '--lang', 'en', '--json'], dir);
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout).error).toMatchObject({
      code: 'usage',
      message: expect.stringContaining('«bao-cao.xlsx» is a file\u2019s name'.replace('\u2019', "'")),
    });
    expect(list(dir)).toEqual(['xa.xlsx']);
  });

  it('report --out «x.docx/» (a folder, said by the slash) and an existing folder named x.docx are folders', async () => {
    const r = await runCli(['report', input, '--force', '--out', 'x.docx/'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đã tạo thư mục mới «x.docx».');
    expect(list(path.join(dir, 'x.docx'))).toEqual(['xa.report.docx', 'xa.report.xlsx']);
    const again = await runCli(['report', input, '--force', '--out', 'x.docx'], dir);
    expect(again.code).toBe(1);
    expect(again.stdout).not.toContain('Đã tạo thư mục');
    expect(list(path.join(dir, 'x.docx'))).toEqual(['xa.report (2).docx', 'xa.report (2).xlsx', 'xa.report.docx', 'xa.report.xlsx']);
    fs.rmSync(path.join(dir, 'x.docx'), { recursive: true });
  });

  it('a folder inside a missing folder: refused before the check, naming the missing one; nothing made', async () => {
    const r = await runCli(['report', input, '--force', '--out', 'nosuch/deep/dir'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(''); // said at once, before a check read for nothing
    expect(saidLines(r.stderr)).toEqual([
      'Không ghi được vào «nosuch/deep/dir»: thư mục «nosuch/deep» không có; hãy kiểm tra lại đường dẫn, hoặc tạo thư mục đó trước rồi chạy lại.',
    ]);
    const t = await runCli(['template', '--out', 'nosuch/t.xlsx/', '--lang', 'en'], dir);
    expect(t.code).toBe(2);
    expect(saidLines(t.stderr)).toEqual([expect.stringContaining('the folder «nosuch» does not exist')]);
    const roll = await runCli(['rollup', input, '--out', path.join(dir, 'a', 'b', 'r.xlsx')], dir);
    expect(roll.code).toBe(2);
    expect(saidLines(roll.stderr)).toEqual([expect.stringContaining(`thư mục «${path.join(dir, 'a')}» không có`)]);
    expect(list(dir)).toEqual(['xa.xlsx']);
  });

  it('one new folder in an existing one is made and said, by report, template and rollup', async () => {
    const r = await runCli(['report', input, '--force', '--out', 'moi'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Đã tạo thư mục mới «moi».\nĐã ghi bảng tính');
    const t = await runCli(['template', '--out', 'mau/t.xlsx', '--lang', 'en'], dir);
    expect(t.stdout).toContain('Made the new folder «mau».');
    const roll = await runCli(['rollup', input, '--out', 'th/'], dir);
    expect(roll.stdout).toContain('Đã tạo thư mục mới «th».');
    expect([list(path.join(dir, 'moi')), list(path.join(dir, 'mau')), list(path.join(dir, 'th'))]).toEqual([
      ['xa.report.docx', 'xa.report.xlsx'],
      ['t.xlsx'],
      ['tong-hop-cchc.docx', 'tong-hop-cchc.xlsx'],
    ]);
  });

  it('a file where a folder should be: one sentence naming it, from every command (no «ENOTDIR» crash)', async () => {
    fs.writeFileSync(path.join(dir, 'ghi-chu.txt'), 'x');
    for (const args of [
      ['report', input, '--force', '--out', 'ghi-chu.txt'],
      ['report', input, '--force', '--out', 'ghi-chu.txt/con'],
      ['template', '--out', 'ghi-chu.txt/t.xlsx'],
      ['rollup', input, '--out', 'ghi-chu.txt/r.xlsx'],
    ]) {
      const r = await runCli(args, dir);
      expect(r.code).toBe(2);
      expect(saidLines(r.stderr)).toEqual([expect.stringMatching(/^--out phải là một thư mục, nhưng «.*ghi-chu\.txt» là một tệp/)]);
    }
    expect(fs.readFileSync(path.join(dir, 'ghi-chu.txt'), 'utf8')).toBe('x');
  });

  // As root (CI), a folder's mode does not stop a write: /proc and /sys refuse whoever asks.
  it('a place the system does not let us write in: one sentence, exit 2, and no hang (mkdir -p loops under /proc)', async () => {
    for (const out of ['/proc/cchc-khong-ghi', '/sys/cchc-khong-ghi']) {
      const r = await runCli(['report', input, '--force', '--out', out], dir);
      expect(r.code).toBe(2);
      expect(r.ms).toBeLessThan(30000);
      // Said before the check (tester 12 item 7): no «có thể lập báo cáo» printed above the refusal.
      expect(saidLines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^Không ghi được «${out}»: .*hãy chọn thư mục khác bằng --out`))]);
      expect(r.stdout).toBe('');
      expect(fs.existsSync(out)).toBe(false);
    }
    const t = await runCli(['template', '--out', '/proc/cchc-mau/'], dir);
    expect(t.code).toBe(2);
    expect(saidLines(t.stderr)).toEqual([expect.stringMatching(/^Không ghi được «\/proc\/cchc-mau»/)]);
  });
});
