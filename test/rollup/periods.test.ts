/**
 * The clerk-tester's roll-up faults on periods and wording (brief w5-rollupfix): generated communes whose
 * periods all differ (one states none), a real majority, and none stated, rolled up by the built command
 * line; its text output, its `--json`, the workbook and the Word summary read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { periodCheck } from '../../src/core/rollup';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { communeBytes, communeSpec, type CommuneSpec, type TthcRow } from './communes';

jest.setTimeout(180000);

const dir = tempDir('cchc-rollup-periods-');
/** One field, 1 online of 10 received, all on time: every share is a whole 10% or 100%. */
const tenPct: TthcRow[] = [{ field: 'Hộ tịch', online: 1, direct: 9, early: 0, onTime: 10, late: 0 }];
const q = (n: number, year: number): Pick<CommuneSpec, 'start' | 'end'> => ({
  start: [1, 3 * n - 2, year],
  end: [[31, 30, 30, 31][n - 1], 3 * n, year],
});

async function rollup(name: string, specs: CommuneSpec[], json = false) {
  const inputs = path.join(dir, name);
  fs.mkdirSync(inputs, { recursive: true });
  for (let i = 0; i < specs.length; i++) fs.writeFileSync(path.join(inputs, `xa-${i + 1}.xlsx`), await communeBytes(specs[i]));
  const out = path.join(dir, `${name}-kq`, 'tong-hop.xlsx');
  const run = await runCli(['rollup', inputs, '--out', out, ...(json ? ['--json'] : [])]);
  return { run, out, docx: out.replace(/\.xlsx$/, '.docx') };
}

/** The Word summary's paragraphs' text, tables' cells included. */
function docxText(file: string): string {
  const xml = strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).join('\n');
}

async function sheet(file: string, name: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
}
const cellTexts = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && out.push(c.value)));
  return out;
};
/** The line of the command line's output naming a file. */
const lineOf = (stdout: string, file: string) => stdout.split('\n').find((l) => l.includes(file)) ?? '';

describe('periodCheck: the totals are of one period, never of several', () => {
  const p = (s: number, e: number) => ({ periodStart: s, periodEnd: e });
  const none = { periodStart: null, periodEnd: null };
  it('of periods stated once each, chooses the latest (brief cli11 item 3: a 2022–2023 report beside 2025 ones)', () => {
    const c = periodCheck([p(44000, 44700), p(45658, 45747), none]);
    expect(c).toEqual({ majority: { start: 45658, end: 45747 }, chosen: 'latest', differs: [true, false, true] });
    expect(periodCheck([p(91, 181), p(1, 90), p(182, 273), p(274, 365), none]).majority).toEqual({ start: 274, end: 365 });
  });
  it('at exactly half, or of a tie, chooses the period most communes state, the latest of a tie', () => {
    expect(periodCheck([p(1, 90), p(1, 90), p(91, 181), p(182, 273)])).toMatchObject({ majority: { start: 1, end: 90 }, chosen: 'most' });
    expect(periodCheck([p(91, 181), p(1, 90), p(91, 181), p(1, 90), none])).toMatchObject({ majority: { start: 91, end: 181 }, chosen: 'latest' });
  });
  it('chooses the period of more than half, communes without one not counted', () => {
    const c = periodCheck([p(1, 90), none, p(1, 90), none, p(91, 181)]);
    expect(c.majority).toEqual({ start: 1, end: 90 });
    expect(c.chosen).toBe('majority');
    expect(c.differs).toEqual([false, true, false, true, true]);
  });
  it('chooses none when nobody states a period', () => {
    expect(periodCheck([none, none])).toEqual({ majority: null, chosen: null, differs: [true, true] });
  });
});

describe('rollup: periods that all differ (the tester’s five communes): the latest is summed, the others left out', () => {
  const specs = [
    communeSpec(0, { ...q(1, 2023), tthc: tenPct }),
    communeSpec(1, { ...q(2, 2023), tthc: tenPct }),
    communeSpec(2, { ...q(3, 2023), tthc: tenPct }),
    communeSpec(3, { ...q(1, 2024), tthc: tenPct }),
    communeSpec(4, { noPeriod: true, tthc: tenPct }),
  ];
  let text: Awaited<ReturnType<typeof rollup>>;
  let json: Awaited<ReturnType<typeof rollup>>;
  beforeAll(async () => {
    text = await rollup('all-differ', specs);
    json = await rollup('all-differ-json', specs, true);
  });

  it('says in one sentence that they differ, which period the totals are of and why, and sums no other period', () => {
    const out = text.run.stdout;
    expect(out).not.toMatch(/đa số/);
    const sentence = out.split('\n').filter((l) => l.startsWith('Kỳ báo cáo của các xã khác nhau'));
    expect(sentence).toHaveLength(1);
    for (const p of ['01/01/2023 – 31/03/2023', '01/04/2023 – 30/06/2023', '01/07/2023 – 30/09/2023']) expect(sentence[0]).toContain(p);
    expect(sentence[0]).toContain(
      'Số liệu tổng hợp là của kỳ 01/01/2024 – 31/03/2024, kỳ gần nhất trong các kỳ có nhiều xã nhất (1 trong 4 xã có ghi kỳ); không cộng các xã khác kỳ',
    );
    // The 2024 commune and the one giving no period: 2 × 10 dossiers, the total naming its period.
    expect(out).toContain('Toàn tỉnh: tiếp nhận 20 hồ sơ TTHC, trực tuyến 10%, giải quyết đúng hạn 100%');
    expect(out).toMatch(/\[kỳ 01\/01\/2024 – 31\/03\/2024\]/);
    expect(out).not.toMatch(/\d,0%/);
    const body = JSON.parse(json.run.stdout);
    expect(body.communes.map((c: { inTotals: boolean }) => c.inTotals)).toEqual([false, false, false, true, true]);
    expect(body.totals.tthc.received).toBe(20);
  });

  it('gives each commune one reason and whether it was summed', () => {
    const out = text.run.stdout;
    expect(lineOf(out, 'xa-1.xlsx')).toContain('01/01/2023 – 31/03/2023 (khác kỳ được tổng hợp, không cộng vào tổng)');
    expect(lineOf(out, 'xa-1.xlsx').trim()).toMatch(/^✗/);
    expect(lineOf(out, 'xa-4.xlsx')).toMatch(/— 01\/01\/2024 – 31\/03\/2024 — /);
    expect(lineOf(out, 'xa-5.xlsx')).toContain('không ghi kỳ báo cáo (vẫn cộng vào tổng)');
    expect(lineOf(out, 'xa-5.xlsx')).not.toMatch(/khác/);
  });

  it('names the period summed in the workbook and the Word summary', async () => {
    const totals = await sheet(text.out, 'Tổng hợp');
    expect(cellTexts(totals).join('\n')).toContain('TỔNG HỢP SỐ LIỆU CỦA CÁC XÃ - KỲ BÁO CÁO 01/01/2024 – 31/03/2024');
    expect(cellTexts(totals).join('\n')).toContain('Kỳ báo cáo của các xã khác nhau');
    const periods = cellTexts(await sheet(text.out, 'Kỳ báo cáo'));
    expect(periods).toContain('Không ghi kỳ báo cáo, vẫn cộng vào tổng');
    const doc = docxText(text.docx);
    expect(doc).toContain('của 02 xã, kỳ báo cáo 01/01/2024 – 31/03/2024');
    expect(doc).toContain('Số liệu tổng hợp là của kỳ 01/01/2024 – 31/03/2024');
    expect(doc).not.toMatch(/đa số/);
    expect(doc).not.toMatch(/\d,0%/);
  });
});

describe('rollup: a real majority, a commune of another period, one without a period', () => {
  const specs = [
    communeSpec(0, { ...q(1, 2024), tthc: tenPct }),
    communeSpec(1, { ...q(1, 2024), tthc: tenPct, investment: null }),
    communeSpec(2, { ...q(1, 2024), tthc: tenPct }),
    communeSpec(3, { ...q(2, 2024), tthc: tenPct }),
    communeSpec(4, { noPeriod: true, tthc: tenPct }),
  ];
  let r: Awaited<ReturnType<typeof rollup>>;
  beforeAll(async () => {
    r = await rollup('majority', specs);
  });

  it('takes the majority, leaves the other period out and sums the commune without one, one reason a line', () => {
    const out = r.run.stdout;
    expect(out).toContain('Kỳ báo cáo của đa số các xã (3 trong 4 xã có ghi kỳ): 01/01/2024 – 31/03/2024.');
    expect(lineOf(out, 'xa-1.xlsx')).toMatch(/— 01\/01\/2024 – 31\/03\/2024 — /);
    expect(lineOf(out, 'xa-4.xlsx')).toContain('01/04/2024 – 30/06/2024 (khác kỳ của đa số, không cộng vào tổng)');
    expect(lineOf(out, 'xa-5.xlsx')).toContain('không ghi kỳ báo cáo (vẫn cộng vào tổng)');
    expect(lineOf(out, 'xa-5.xlsx')).not.toMatch(/đa số/);
    expect(out).toContain('Toàn tỉnh: tiếp nhận 40 hồ sơ TTHC, trực tuyến 10%, giải quyết đúng hạn 100%');
    expect(out).not.toMatch(/khác nhau/);
  });

  it('writes «n trong m xã có số liệu», never «n/m xã», in the Word summary', () => {
    const doc = docxText(r.docx);
    expect(doc).toContain('(tính trên 3 trong 4 xã có số liệu)');
    expect(doc).not.toMatch(/\d\/\d+ xã/);
    expect(doc).toContain('không ghi kỳ báo cáo (vẫn cộng vào tổng)');
    expect(doc).not.toMatch(/không ghi kỳ báo cáo \([^)]*khác/);
  });
});

describe('rollup: no commune states a period', () => {
  it('sums them all and says nobody gave a period', async () => {
    const r = await rollup('none', [communeSpec(0, { noPeriod: true, tthc: tenPct }), communeSpec(1, { noPeriod: true, tthc: tenPct })]);
    expect(r.run.stdout).toContain('Không xã nào ghi kỳ báo cáo; đã cộng tất cả các xã.');
    expect(r.run.stdout).toContain('tiếp nhận 20 hồ sơ TTHC');
    expect(lineOf(r.run.stdout, 'xa-1.xlsx')).toMatch(/— không ghi kỳ báo cáo — /);
  });
});
