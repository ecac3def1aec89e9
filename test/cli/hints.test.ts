/**
 * The command line's hints name nothing it lacks (issue 11 §3): on a workbook whose TTHC table is missing
 * (../shared/cases/R3_complaints_not_tthc.xlsx: a complaints report, not the TTHC table), the hint says that
 * a table is pinned in the Excel pane and saved in the workbook, which this command reads; never «bấm» a
 * button the command line does not have. `--json` and the report sheet it writes carry the same words; `help`
 * says how pins are made.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './runCli';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { tempDir } from '../helpers/xlsx';

const R3 = path.resolve(__dirname, '../../../shared/cases/R3_complaints_not_tthc.xlsx');
const CLI_HINT =
  'Thêm một sheet có dòng tiêu đề cột («Tổng số hồ sơ tiếp nhận», «Đã giải quyết»), hoặc ghim bảng vào vùng của nó ở khung Báo cáo CCHC trong Excel rồi lưu tệp: lệnh này đọc các ghim lưu trong tệp.';

describe('validate on a workbook with no TTHC table', () => {
  it('the missing table is an error whose hint says how the command line gets a pin', async () => {
    const r = await runCli(['validate', R3]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  [Lỗi] Chưa tìm thấy bảng Kết quả giải quyết TTHC'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`      → ${CLI_HINT}`);
    // No button of the pane or the page, nothing to click.
    expect(r.stdout).not.toMatch(/bấm|«Ghim bảng vào vùng đang chọn»|«Ghim cột»/);
  });

  it('--json gives the command line its own words too, in both languages', async () => {
    const vi = JSON.parse((await runCli(['validate', R3, '--json'])).stdout);
    const missing = vi.issues.find((i: { code: string; severity: string }) => i.code === 'missing-table' && i.severity === 'error');
    expect(missing.hint).toBe(CLI_HINT);
    const en = JSON.parse((await runCli(['validate', R3, '--json', '--lang', 'en'])).stdout);
    const hints = en.issues.map((i: { hint?: string }) => i.hint ?? '').join('\n');
    expect(hints).toContain('pin the table to its range in the CCHC pane in Excel and save the file: this command reads the pins saved in the file.');
    expect(hints).not.toMatch(/click|«Pin table to the selection»/i);
  });

  it('help says where pins are made and that the command reads them', async () => {
    const r = await runCli(['help']);
    expect(r.stdout).toContain('Ghim bảng, ghim cột: lệnh này không ghim được, nhưng đọc các ghim lưu trong tệp.');
  });

  it('the report sheet it writes gives the same hint in its «Cách sửa» column', async () => {
    const dir = tempDir('cchc-hints-');
    try {
      const r = await runCli(['report', R3, '--out', dir, '--force']);
      expect(r.code).toBe(1);
      const snap = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(dir, 'R3_complaints_not_tthc.report.xlsx'))));
      const sheet = snap.sheets.find((s) => s.name === 'Báo cáo')!;
      const texts = [sheet, ...(sheet.blocks ?? [])].flatMap((b) => b.values.flat());
      expect(texts).toContain(CLI_HINT);
      expect(texts.join('\n')).not.toMatch(/bấm «Ghim bảng vào vùng đang chọn»/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
