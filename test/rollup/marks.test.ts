/**
 * The mark before each file of the roll-up's list (brief cli11 item 2): ✓ summed, ! summed but to check (errors, or no
 * period stated), ✗ not summed (another period, a file not used). A commune with errors is summed and was marked ✗ like
 * the files left out. A commune whose agency is not found (no info table names it, no heading does: tester 14 finding 3)
 * is summed but marked !, never a silent ✓ beside a file of the same commune. Generated communes rolled up by the built
 * command line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { communeBytes, communeSpec, type TthcRow } from './communes';

jest.setTimeout(180000);

const tenPct: TthcRow[] = [{ field: 'Hộ tịch', online: 1, direct: 9, early: 0, onTime: 10, late: 0 }];
const q1 = { start: [1, 1, 2024] as [number, number, number], end: [31, 3, 2024] as [number, number, number] };
const q2 = { start: [1, 4, 2024] as [number, number, number], end: [30, 6, 2024] as [number, number, number] };

describe('rollup: the marks tell summed, summed to check and not summed apart', () => {
  const dir = tempDir('cchc-rollup-marks-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('marks ✓, !, ✓, ✗, !, ! for an unknown agency and ✗ for a copy, under a legend line', async () => {
    const specs = [
      communeSpec(0, { ...q1, tthc: tenPct }),
      communeSpec(1, { ...q1, tthc: tenPct, withError: true }),
      communeSpec(2, { ...q1, tthc: tenPct }),
      communeSpec(3, { ...q2, tthc: tenPct }),
      communeSpec(4, { noPeriod: true, tthc: tenPct }),
      communeSpec(5, { ...q1, tthc: tenPct, agency: '' }),
    ];
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    for (let i = 0; i < specs.length; i++) fs.writeFileSync(path.join(inputs, `xa-${i + 1}.xlsx`), await communeBytes(specs[i]));
    fs.copyFileSync(path.join(inputs, 'xa-1.xlsx'), path.join(inputs, 'xa-1 (1).xlsx'));
    const r = await runCli(['rollup', inputs, '--out', path.join(dir, 'kq') + '/']);
    expect(r.code).toBe(1);
    const mark = (file: string) =>
      r.stdout
        .split('\n')
        .find((l) => l.includes(`${path.sep}${file}`))
        ?.trim()[0];
    expect(['xa-1.xlsx', 'xa-2.xlsx', 'xa-3.xlsx', 'xa-4.xlsx', 'xa-5.xlsx', 'xa-6.xlsx', 'xa-1 (1).xlsx'].map(mark)).toEqual([
      '✓',
      '!',
      '✓',
      '✗',
      '!',
      '!',
      '✗',
    ]);
    expect(r.stdout).toContain(
      '✓ đã cộng vào tổng; ! đã cộng nhưng cần xem lại (số liệu có lỗi hoặc cần xem lại, không ghi kỳ báo cáo, hoặc không rõ cơ quan); ✗ không cộng vào tổng.',
    );
    // The one with errors and the one of unknown agency are summed: 5 communes × 10 dossiers (xa-4 of another period
    // and the copy left out).
    expect(r.stdout).toContain('tiếp nhận 50 hồ sơ TTHC');
  });
});
