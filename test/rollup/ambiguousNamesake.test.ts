/**
 * A commune stating no «Cơ quan chủ quản» whose name is borne by communes of two districts (tester 7 item 23). By the
 * resend rule it would be the same commune as each of them, which cannot be: it is kept out of the totals (code
 * `ambiguous-commune`), never dropped as the resend of the first one only, its reason naming every namesake and how to
 * fix it; the two districts' communes are both summed, whatever the order the files are read in. A namesake under one
 * district only stays a resend, as before. Real .xlsx written with exceljs, rolled up by the built command line and by
 * the model over the files read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { analyze } from '../../src/core/analyze';
import { buildRollup, communeResult, type CommuneResult, type RollupTotals } from '../../src/core/rollup';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { communeBytes, communeSpec, type CommuneSpec } from './communes';

jest.setTimeout(180000);

const dir = tempDir('cchc-ambiguous-');
const inputs = path.join(dir, 'xa');
const out = path.join(dir, 'kq', 'tong-hop.xlsx');
const files: [string, CommuneSpec][] = [
  ['an-hoa-1.xlsx', communeSpec(0, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN AN LÃO' })],
  ['an-hoa-2.xlsx', communeSpec(1, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN HOÀI NHƠN' })],
  // No superior stated: a resend of either, or a third An Hòa.
  ['an-hoa-3.xlsx', communeSpec(2, { agency: 'UBND XÃ AN HÒA' })],
  ['ba-le.xlsx', communeSpec(3, { agency: 'UBND XÃ BA LÊ' })],
];
const received = (s: CommuneSpec) => s.tthc.reduce((a, r) => a + r.online + r.direct, 0);
type Json = { communes: { file: string; name: string }[]; totals: RollupTotals; refused: { file: string; error: { code: string; message: string } }[] };
let json: Json;
let code: number;
let stdout: string;
const read: Record<string, CommuneResult> = {};

beforeAll(async () => {
  fs.mkdirSync(inputs, { recursive: true });
  for (const [name, spec] of files) {
    const bytes = await communeBytes(spec);
    fs.writeFileSync(path.join(inputs, name), bytes);
    read[name] = communeResult(name, analyze(await readSnapshotFromXlsx(bytes)));
  }
  const run = await runCli(['rollup', inputs, '--out', path.join(dir, 'json', 'x.xlsx'), '--json']);
  code = run.code;
  json = JSON.parse(run.stdout) as Json;
  stdout = (await runCli(['rollup', inputs, '--out', out])).stdout;
});

describe('a commune with no superior named like communes of two districts', () => {
  it('sums both districts’ communes and keeps the one that cannot be told apart out of the totals', () => {
    expect(json.communes.map((c) => [path.basename(c.file), c.name])).toEqual([
      ['an-hoa-1.xlsx', 'UBND xã An Hòa (huyện An Lão)'],
      ['an-hoa-2.xlsx', 'UBND xã An Hòa (huyện Hoài Nhơn)'],
      ['ba-le.xlsx', 'UBND xã Ba Lê'],
    ]);
    expect(json.totals.tthc!.received).toBe(received(files[0][1]) + received(files[1][1]) + received(files[3][1]));
    expect(json.refused.map((f) => [path.basename(f.file), f.error.code])).toEqual([['an-hoa-3.xlsx', 'ambiguous-commune']]);
    expect(code).toBe(1);
  });

  it('names every namesake and says how to fix it, not a resend of the first one', () => {
    const why = json.refused[0].error.message;
    expect(why).toContain('UBND xã An Hòa (huyện An Lão) (tệp «an-hoa-1.xlsx») và UBND xã An Hòa (huyện Hoài Nhơn) (tệp «an-hoa-2.xlsx»)');
    expect(why).toContain('không ghi «Cơ quan chủ quản»');
    expect(why).toContain('Hãy ghi «Cơ quan chủ quản» (huyện hoặc tỉnh) trong phần thông tin của tệp «an-hoa-3.xlsx» rồi tổng hợp lại.');
    expect(why).not.toContain('Trùng xã');
    expect(stdout).toContain(`✗ ${path.join(inputs, 'an-hoa-3.xlsx')}: Không biết là xã nào`);
  });

  it('says so in the Word summary apart from broken files and resends', () => {
    const xml = strFromU8(unzipSync(fs.readFileSync(out.replace(/\.xlsx$/, '.docx')))['word/document.xml']);
    const paras = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
    const said = paras.find((p) => p.startsWith('Chưa cộng 01 tệp vì không biết là của xã nào'));
    expect(said).toMatch(/cần ghi «Cơ quan chủ quản» rồi tổng hợp lại\): an-hoa-3\.xlsx\.$/);
    expect(paras.some((p) => p.includes('không dùng được nên chưa được tổng hợp'))).toBe(false);
  });

  it('keeps it out whatever the order: read first, it drops neither district’s commune', () => {
    const r = buildRollup([read['an-hoa-3.xlsx'], read['an-hoa-2.xlsx'], read['an-hoa-1.xlsx']], []);
    expect(r.communes.map((c) => c.file)).toEqual(['an-hoa-2.xlsx', 'an-hoa-1.xlsx']);
    expect(r.refused.map((f) => [f.file, f.error.code])).toEqual([['an-hoa-3.xlsx', 'ambiguous-commune']]);
    expect(r.refused[0].error.message).toContain(
      'UBND xã An Hòa (huyện Hoài Nhơn) (tệp «an-hoa-2.xlsx») và UBND xã An Hòa (huyện An Lão) (tệp «an-hoa-1.xlsx»)',
    );
  });

  it('still takes a namesake under one district only as its resend, saying how to make them two', () => {
    const r = buildRollup([read['an-hoa-1.xlsx'], read['an-hoa-3.xlsx']], []);
    expect(r.communes.map((c) => c.file)).toEqual(['an-hoa-1.xlsx']);
    expect(r.refused.map((f) => f.error.code)).toEqual(['duplicate']);
    expect(r.refused[0].error.message).toContain('hãy ghi «Cơ quan chủ quản» trong phần thông tin của cả hai tệp');
  });

  it('takes it for a commune of its own, not a resend, when its namesakes report another period', () => {
    const q1: CommuneResult = {
      ...read['an-hoa-3.xlsx'],
      periodStart: read['an-hoa-3.xlsx'].periodStart! - 365,
      periodEnd: read['an-hoa-3.xlsx'].periodEnd! - 365,
    };
    const r = buildRollup([read['an-hoa-1.xlsx'], read['an-hoa-2.xlsx'], q1], []);
    expect(r.refused).toEqual([]);
    expect(r.communes.map((c) => c.file)).toEqual(['an-hoa-1.xlsx', 'an-hoa-2.xlsx', 'an-hoa-3.xlsx']);
  });
});
