/**
 * `rollup` end to end (issue 14 point 1, "Done when"): a generated set of commune workbooks — clean
 * ones, one in TCVN3, one with an error, one of another period, one without an investment table, one
 * broken file, some in a sub-folder — rolled up by the built command line (worker threads). Totals
 * are summed here from the figures the workbooks were written with, ratios from those sums.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { roundHalfAway } from '../../src/core/round';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import type { Figures } from '../../src/core/figures/types';
import type { RollupTotals } from '../../src/core/rollup';
import { communeBytes, communeSpec, inBody, type CommuneSpec } from './communes';

jest.setTimeout(120000);

const dir = tempDir('cchc-rollup-');
const inputs = path.join(dir, 'xa');
const out = path.join(dir, 'kq', 'tong-hop.xlsx');
const specs: CommuneSpec[] = [
  ...[0, 1, 2, 3, 4, 5].map((k) => communeSpec(k)),
  communeSpec(6, { tcvn3: true }),
  communeSpec(7, { withError: true }),
  communeSpec(8, { start: [1, 1, 2023], end: [31, 12, 2023] }),
  communeSpec(9, { investment: null }),
];
/** The communes the totals sum: all but the one of another period (left out, only listed and flagged). */
const summed = specs.filter((s) => s.start[2] === 2024);
const fileOf = (i: number) => path.join(inputs, i < 7 ? '' : 'dot-2', `xa-${String(i + 1).padStart(2, '0')}.xlsx`);
const broken = path.join(inputs, 'dot-2', 'hong.xlsx');

type Json = {
  communes: {
    file: string;
    agency: string;
    period: { start: string; end: string } | null;
    ok: boolean;
    counts: { error: number; warning: number };
    figures: Figures;
  }[];
  totals: RollupTotals;
  refused: { file: string; error: { code: string; message: string } }[];
};
let run: { code: number; stdout: string; stderr: string };
let json: Json;

beforeAll(async () => {
  fs.mkdirSync(path.join(inputs, 'dot-2'), { recursive: true });
  for (let i = 0; i < specs.length; i++) fs.writeFileSync(fileOf(i), await communeBytes(specs[i]));
  // A workbook cut off half-way, as a failed e-mail download leaves it.
  const whole = await communeBytes(communeSpec(10));
  fs.writeFileSync(broken, whole.subarray(0, Math.floor(whole.length / 2)));
  fs.writeFileSync(path.join(inputs, '~$xa-01.xlsx'), 'Excel lock file');
  run = await runCli(['rollup', inputs, '--out', out, '--json']);
  json = JSON.parse(run.stdout);
});

const sum = (f: (s: CommuneSpec) => number, over = summed) => over.reduce((a, s) => a + f(s), 0);
const received = (s: CommuneSpec) => sum(() => 0) + s.tthc.reduce((a, r) => a + r.online + r.direct, 0);
const tt = (k: 'online' | 'direct' | 'early' | 'onTime' | 'late') => (s: CommuneSpec) => s.tthc.reduce((a, r) => a + r[k], 0);
const pct = (x: number, whole: number) => roundHalfAway((x / whole) * 100, 1);

describe('rollup over a folder of commune workbooks', () => {
  it('rolls up every usable workbook and lists the broken one with its reason', () => {
    expect(run.code).toBe(1); // a file refused and a commune with errors
    expect(json.communes.map((c) => c.file)).toEqual(specs.map((_, i) => fileOf(i)));
    expect(json.communes.map((c) => c.agency)).toEqual(specs.map((s) => s.agency));
    expect(json.refused).toHaveLength(1);
    expect(json.refused[0].file).toBe(broken);
    expect(json.refused[0].error.code).toMatch(/\S/);
    expect(json.refused[0].error.message.length).toBeGreaterThan(10);
    expect(Object.keys(json).sort()).toEqual(['communes', 'refused', 'totals']);
    expect(Object.keys(json.totals).sort()).toEqual(['budget', 'investment', 'staff', 'tthc']);
  });

  it('gives each commune ok, counts and its period', () => {
    const withError = json.communes[7];
    expect(withError.ok).toBe(false);
    expect(withError.counts.error).toBeGreaterThan(0);
    expect(json.communes.filter((c) => !c.ok)).toEqual([withError]);
    expect(json.communes[6].counts.warning).toBeGreaterThan(0); // TCVN3 converted, said as warnings
    expect(json.communes[0].period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(json.communes[8].period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('sums the counts and computes ratios from the sums, never averaging percentages', () => {
    const t = json.totals.tthc!;
    const R = sum(received);
    const online = sum(tt('online'));
    const resolved = sum((s) => tt('early')(s) + tt('onTime')(s) + tt('late')(s));
    expect(t.received).toBe(R);
    expect(t.online).toBe(online);
    expect(t.direct).toBe(sum(tt('direct')));
    expect(t.resolved).toBe(resolved);
    expect(t.early).toBe(sum(tt('early')));
    expect(t.onTime).toBe(sum(tt('onTime')));
    expect(t.late).toBe(sum(tt('late')));
    expect(t.onlinePct).toBe(pct(online, R));
    expect(t.onTimePct).toBe(pct(sum(tt('early')) + sum(tt('onTime')), resolved));
    expect(t.latePct).toBe(pct(sum(tt('late')), resolved));
    // The set is made so that the average of the communes' shares is another number.
    const mean = json.communes.reduce((a, c) => a + c.figures.tthc!.onlinePct!, 0) / json.communes.length;
    expect(Math.abs(roundHalfAway(mean, 1) - t.onlinePct!)).toBeGreaterThan(0.5);
  });

  it('sums the dossiers by field over the communes that report each field, ratios from the sums', () => {
    const fields = [...new Set(summed.flatMap((s) => s.tthc.map((r) => r.field)))];
    expect(fields.length).toBeGreaterThan(2);
    const byField = json.totals.tthc!.byField;
    expect(byField.map((f) => f.field)).toEqual(fields);
    for (const field of fields) {
      const rows = summed.flatMap((s) => s.tthc.filter((r) => r.field === field));
      const of = (k: 'online' | 'direct' | 'early' | 'onTime' | 'late') => rows.reduce((a, r) => a + r[k], 0);
      const got = byField.find((f) => f.field === field)!;
      const resolved = of('early') + of('onTime') + of('late');
      expect(got).toMatchObject({
        received: of('online') + of('direct'),
        online: of('online'),
        direct: of('direct'),
        resolved,
        early: of('early'),
        onTime: of('onTime'),
        late: of('late'),
        onlinePct: pct(of('online'), of('online') + of('direct')),
        onTimePct: pct(of('early') + of('onTime'), resolved),
      });
    }
    // Some fields are reported by only some communes: the fields still add up to the province's total.
    expect(byField.some((f) => summed.filter((s) => s.tthc.some((r) => r.field === f.field)).length < summed.length)).toBe(true);
    expect(byField.reduce((a, f) => a + f.received!, 0)).toBe(json.totals.tthc!.received);
  });

  it('sums staff and gives education shares of the summed whole', () => {
    const s = json.totals.staff!;
    const count = (cat: string) => sum((x) => x.staff.filter((p) => p[1] === cat).length);
    expect(s.canBo).toBe(count('Cán bộ'));
    expect(s.congChuc).toBe(count('Công chức'));
    expect(s.khongChuyenTrach).toBe(count('Không chuyên trách'));
    expect(s.total).toBe(count('Cán bộ') + count('Công chức'));
    const uni = sum((x) => x.staff.filter((p) => p[1] !== 'Không chuyên trách' && p[2] === 'Đại học').length);
    expect(s.education.university.count).toBe(uni);
    const shares = Object.values(s.education as Record<string, { pct: number }>).reduce((a, e) => a + e.pct, 0);
    expect(roundHalfAway(shares, 1)).toBe(100);
    expect(Math.abs(s.education.university.pct! - (uni / s.total!) * 100)).toBeLessThan(0.1);
  });

  it('sums the budget and the investment over the communes that give them', () => {
    const b = json.totals.budget!;
    expect(b.revenue.actual).toBe(sum((s) => s.budget.revActual));
    expect(b.revenue.estimateSuperior).toBe(sum((s) => s.budget.revSuperior));
    expect(b.revenue.pctSuperior).toBe(
      pct(
        sum((s) => s.budget.revActual),
        sum((s) => s.budget.revSuperior),
      ),
    );
    expect(b.expenditure.pctCouncil).toBe(
      pct(
        sum((s) => s.budget.expActual),
        sum((s) => s.budget.expCouncil),
      ),
    );
    const withInv = summed.filter((s) => s.investment);
    expect(withInv).toHaveLength(summed.length - 1);
    const plan = sum((s) => s.investment!.plan, withInv);
    const disbursed = sum((s) => s.investment!.disbursed, withInv);
    expect(json.totals.investment).toEqual({ plan, disbursed, pct: pct(disbursed, plan) });
    expect(json.communes[9].figures.investment).toBeNull();
  });

  it('writes the roll-up workbook: communes, totals with their rule, ranking, errors, periods, refused files', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Các xã', 'Tổng hợp', 'Xếp hạng', 'Lỗi các xã', 'Kỳ báo cáo', 'Tệp không dùng được']));
    const textOf = (name: string) => {
      const lines: string[] = [];
      wb.getWorksheet(name)!.eachRow((r) =>
        lines.push(
          (r.values as unknown[])
            .slice(1)
            .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))
            .join('|'),
        ),
      );
      return lines;
    };
    expect(textOf('Tổng hợp').join('\n')).toMatch(/không lấy trung bình cộng các tỷ lệ/);
    // Each field's dossiers on the totals sheet, with how many communes report it.
    for (const f of json.totals.tthc!.byField) {
      const communesWith = summed.filter((s) => s.tthc.some((r) => r.field === f.field)).length;
      expect(textOf('Tổng hợp')).toContain(`Lĩnh vực ${f.field}: hồ sơ tiếp nhận|${f.received}|${communesWith}`);
    }
    // Each commune's row names its file.
    const communes = textOf('Các xã');
    for (let i = 0; i < specs.length; i++)
      expect(communes.some((l) => l.startsWith(`${i + 1}|${inBody(specs[i].agency)}|${path.basename(fileOf(i))}|`))).toBe(true);
    // File names only: no sheet names the folder a file came from.
    for (const name of names) expect(textOf(name).join('\n')).not.toContain(dir);
    // The commune of another period is flagged and said to be left out of the totals, the others are not.
    const periods = textOf('Kỳ báo cáo').filter((l) => /^xa-\d+\.xlsx\|/.test(l));
    expect(periods).toHaveLength(specs.length);
    expect(periods.filter((l) => /Khác kỳ/.test(l))).toEqual([expect.stringMatching(new RegExp(`^${path.basename(fileOf(8))}\\|.*không cộng vào tổng`))]);
    expect(textOf('Tổng hợp').join('\n')).toContain(`Tổng của ${summed.length} xã`);
    // The error of the commune with one, by file, sheet and cell.
    const errors = textOf('Lỗi các xã');
    expect(errors.some((l) => l.startsWith(`${path.basename(fileOf(7))}|`) && l.includes('|So van ban|C3|date-after-report|'))).toBe(true);
    expect(textOf('Tệp không dùng được').some((l) => l.startsWith(`${path.basename(broken)}|`))).toBe(true);
    // The Word summary beside it.
    expect(
      fs
        .readFileSync(out.replace(/\.xlsx$/, '.docx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // The on-time ranking: highest first, equal values share a rank.
    // The commune of another period is not ranked (blank rank, last).
    const onTime = json.communes.filter((_, i) => i !== 8).map((c) => c.figures.tthc!.onTimePct as number);
    const ranking = textOf('Xếp hạng').filter((l) => l.startsWith('Tỷ lệ hồ sơ giải quyết đúng hạn'));
    expect(ranking).toHaveLength(specs.length);
    const ranks = ranking.map((l) => l.split('|')[1]);
    const expected = [...onTime].sort((a, b) => b - a).map((v) => String(1 + onTime.filter((x) => x > v).length));
    expect(ranks).toEqual([...expected, '']);
    expect(ranking[ranking.length - 1]).toContain(`|${inBody(specs[8].agency)}|`);
  });

  it('says what it did in Vietnamese without --json, and exits 2 when no file can be used', async () => {
    const text = await runCli(['rollup', fileOf(0), broken, '--out', path.join(dir, 'b.xlsx')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/1 xã đọc được, 1 tệp không dùng được/);
    expect(text.stdout).toContain(broken);
    const none = await runCli(['rollup', broken, '--out', path.join(dir, 'c.xlsx'), '--json']);
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).refused).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, 'c.xlsx'))).toBe(false);
  });

  it('takes --out a folder, as report does: writes tong-hop-cchc.xlsx and its summary in it; refuses a name not .xlsx (tester 7 item 21)', async () => {
    const folder = path.join(dir, 'ket-qua');
    fs.mkdirSync(folder);
    const onDisk = await runCli(['rollup', fileOf(0), '--out', folder]);
    expect(onDisk.code).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'tong-hop-cchc.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(path.join(folder, 'tong-hop-cchc.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(onDisk.stdout).toContain(path.join(folder, 'tong-hop-cchc.xlsx'));
    // A folder not made yet, named with a trailing slash.
    const fresh = path.join(dir, 'moi') + path.sep;
    expect((await runCli(['rollup', fileOf(0), '--out', fresh])).code).toBe(0);
    expect(fs.existsSync(path.join(fresh, 'tong-hop-cchc.docx'))).toBe(true);
    const bad = await runCli(['rollup', fileOf(0), '--out', path.join(dir, 'tong-hop.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Bảng tổng hợp phải có đuôi .xlsx');
    expect(fs.existsSync(path.join(dir, 'tong-hop.txt'))).toBe(false);
  });

  it('never replaces an earlier roll-up (an officer may have edited it) unless --replace, and never reads one as a commune', async () => {
    const kept = path.join(dir, 'giu');
    fs.mkdirSync(kept);
    fs.copyFileSync(fileOf(0), path.join(kept, 'xa-01.xlsx'));
    const target = path.join(kept, 'tong-hop-cchc.xlsx');
    const first = await runCli(['rollup', kept, '--out', target, '--json']);
    expect(JSON.parse(first.stdout).communes).toHaveLength(1);
    fs.writeFileSync(target, 'the officer edited this');
    // The folder now holds the earlier roll-up and its summary beside the commune: still one commune, no refused file.
    const second = await runCli(['rollup', kept, '--out', target]);
    expect(second.stdout).toMatch(/Tổng hợp 1 tệp: 1 xã đọc được, 0 tệp không dùng được/);
    expect(fs.readFileSync(target, 'utf8')).toBe('the officer edited this');
    expect(second.stdout).toContain(path.join(kept, 'tong-hop-cchc (2).xlsx'));
    expect(fs.existsSync(path.join(kept, 'tong-hop-cchc (2).docx'))).toBe(true);
    const replaced = await runCli(['rollup', kept, '--out', target, '--replace', '--json']);
    expect(replaced.code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });
});
