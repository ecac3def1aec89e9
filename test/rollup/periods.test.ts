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

describe('periodCheck: a majority is more than half of the communes stating a period', () => {
  const p = (s: number, e: number) => ({ periodStart: s, periodEnd: e });
  const none = { periodStart: null, periodEnd: null };
  it('chooses no period when every commune states another, and flags them mixed', () => {
    const c = periodCheck([p(1, 90), p(91, 181), p(182, 273), p(274, 365), none]);
    expect(c.majority).toBeNull();
    expect(c.mixed).toBe(true);
  });
  it('chooses none at exactly half, or for the first of a tie', () => {
    expect(periodCheck([p(1, 90), p(1, 90), p(91, 181), p(182, 273)]).majority).toBeNull();
    expect(periodCheck([p(1, 90), p(1, 90), p(91, 181), p(91, 181), none]).majority).toBeNull();
  });
  it('chooses the period of more than half, communes without one not counted', () => {
    const c = periodCheck([p(1, 90), none, p(1, 90), none, p(91, 181)]);
    expect(c.majority).toEqual({ start: 1, end: 90 });
    expect(c.mixed).toBe(false);
    expect(c.differs).toEqual([false, true, false, true, true]);
  });
  it('is neither a majority nor mixed when nobody states a period', () => {
    expect(periodCheck([none, none])).toEqual({ majority: null, mixed: false, differs: [true, true] });
  });
});

describe('rollup: periods that all differ (the tester’s five communes)', () => {
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

  it('chooses no period, says so in one sentence listing them, and sums every commune', () => {
    const out = text.run.stdout;
    expect(out).not.toMatch(/đa số/);
    const sentence = out.split('\n').filter((l) => l.startsWith('Kỳ báo cáo của các xã khác nhau'));
    expect(sentence).toHaveLength(1);
    for (const p of [
      '01/01/2023 – 31/03/2023',
      '01/04/2023 – 30/06/2023',
      '01/07/2023 – 30/09/2023',
      '01/01/2024 – 31/03/2024',
      'không ghi kỳ báo cáo (UBND xã Số 5)',
    ])
      expect(sentence[0]).toContain(p);
    expect(sentence[0]).toContain('đã cộng tất cả các xã');
    // Every commune summed: 5 × 10 dossiers; the shares whole, written without ",0".
    expect(out).toContain('Toàn tỉnh: tiếp nhận 50 hồ sơ TTHC, trực tuyến 10%, giải quyết đúng hạn 100%');
    expect(out).toMatch(/\[kỳ báo cáo khác nhau\]/);
    expect(out).not.toMatch(/\d,0%/);
    const body = JSON.parse(json.run.stdout);
    expect(body.communes.map((c: { inTotals: boolean }) => c.inTotals)).toEqual([true, true, true, true, true]);
    expect(body.totals.tthc.received).toBe(50);
  });

  it('gives each commune one reason and whether it was summed', () => {
    const out = text.run.stdout;
    expect(lineOf(out, 'xa-1.xlsx')).toContain('01/01/2023 – 31/03/2023 (kỳ báo cáo khác nhau, vẫn cộng vào tổng)');
    expect(lineOf(out, 'xa-5.xlsx')).toContain('không ghi kỳ báo cáo (vẫn cộng vào tổng)');
    expect(lineOf(out, 'xa-5.xlsx')).not.toMatch(/khác/);
  });

  it('flags the workbook and the Word summary «kỳ báo cáo khác nhau»', async () => {
    const totals = await sheet(text.out, 'Tổng hợp');
    expect(cellTexts(totals).join('\n')).toContain('TỔNG HỢP SỐ LIỆU CỦA CÁC XÃ (KỲ BÁO CÁO KHÁC NHAU)');
    expect(cellTexts(totals).join('\n')).toContain('Kỳ báo cáo của các xã khác nhau');
    const periods = cellTexts(await sheet(text.out, 'Kỳ báo cáo'));
    expect(periods).toContain('Không ghi kỳ báo cáo, vẫn cộng vào tổng');
    expect(periods).not.toContain('Cùng kỳ');
    const doc = docxText(text.docx);
    expect(doc).toContain('(kỳ báo cáo khác nhau)');
    expect(doc).toContain('Kỳ báo cáo của các xã khác nhau');
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
