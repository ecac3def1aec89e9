/**
 * A commune's workbook and our own report copy of it in one roll-up (tester 7 item 22). `report` writes
 * «x.report.xlsx»: the commune's package plus our «Báo cáo» sheet, marked by the defined name `_cchc_report_sheet`. Given
 * with «x.xlsx», the commune's own file is used whatever the order and the copy is listed as not used (`duplicate`,
 * «bản sao báo cáo do phần mềm tạo từ x.xlsx»); given alone, the copy is the commune's report and is used, its
 * «Báo cáo» sheet not read as data (the same figures and issues as the original). Real .xlsx: the commune written with
 * exceljs, its copy written by the built command line's `report`, rolled up by the built command line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { analyze } from '../../src/core/analyze';
import { buildRollup, communeResult } from '../../src/core/rollup';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import type { RollupTotals } from '../../src/core/rollup';
import { communeBytes, communeSpec } from './communes';

jest.setTimeout(180000);

type Json = {
  communes: { file: string; inTotals: boolean; counts: Record<string, number>; figures: unknown }[];
  totals: RollupTotals;
  refused: { file: string; error: { code: string; message: string } }[];
};

const dir = tempDir('cchc-report-copy-');
const folder = path.join(dir, 'xa');
const original = path.join(folder, 'x.xlsx');
const copy = path.join(folder, 'x.report.xlsx');
const other = path.join(folder, 'y.xlsx');
const spec = communeSpec(0, { agency: 'UBND XÃ BA LÊ' });
const received = spec.tthc.reduce((a, r) => a + r.online + r.direct, 0);
const otherReceived = communeSpec(1).tthc.reduce((a, r) => a + r.online + r.direct, 0);

async function rollup(name: string, inputs: string[]): Promise<{ code: number; json: Json }> {
  const r = await runCli(['rollup', ...inputs, '--out', path.join(dir, name, 'tong-hop.xlsx'), '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

let folderRun: Json;
let reversed: Json;
let alone: Json;
let originalAlone: Json;

beforeAll(async () => {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(original, await communeBytes(spec));
  fs.writeFileSync(other, await communeBytes(communeSpec(1)));
  // The copy as `report` writes it, beside its original.
  const made = await runCli(['report', original, '--out', folder, '--force']);
  expect(fs.existsSync(copy)).toBe(true);
  expect(made.stderr).not.toMatch(/lỗi trong chương trình/);
  [folderRun, reversed, alone, originalAlone] = [
    (await rollup('folder', [folder])).json,
    (await rollup('reversed', [original, copy])).json,
    (await rollup('alone', [copy, other])).json,
    (await rollup('original', [original, other])).json,
  ];
});

describe('a commune’s file and our report copy of it', () => {
  it('tells the copy by our mark: the analysis names our «Báo cáo» sheet, which the original has not', async () => {
    const copied = analyze(await readSnapshotFromXlsx(fs.readFileSync(copy)));
    expect(copied.sheets).toContain('Báo cáo');
    expect(copied.reportSheet).toBe('Báo cáo');
    expect(analyze(await readSnapshotFromXlsx(fs.readFileSync(original))).reportSheet).toBeUndefined();
  });

  it('uses the original and lists the copy as not used, whichever is read first', () => {
    for (const run of [folderRun, reversed]) {
      expect(run.communes.map((c) => path.basename(c.file)).sort()).toEqual(run === folderRun ? ['x.xlsx', 'y.xlsx'] : ['x.xlsx']);
      expect(run.refused.map((f) => [path.basename(f.file), f.error.code])).toEqual([['x.report.xlsx', 'duplicate']]);
      const why = run.refused[0].error.message;
      expect(why).toContain('bản sao báo cáo do phần mềm tạo từ x.xlsx');
      expect(why).toContain('đã dùng tệp gốc «x.xlsx»');
    }
    // The summary counts the copy as a second file of a commune summed, not as a file that could not be used.
    const xml = strFromU8(unzipSync(fs.readFileSync(path.join(dir, 'folder', 'tong-hop.docx')))['word/document.xml']);
    const paras = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
    expect(paras).toContain('Có 01 tệp là bản gửi lại hoặc bản sao báo cáo của xã đã được tổng hợp nên không cộng lần nữa: x.report.xlsx.');
    expect(paras.some((p) => p.includes('không dùng được'))).toBe(false);
    // The folder's name order reads «x.report.xlsx» before «x.xlsx»: still the original is the one summed, once.
    expect(folderRun.totals.tthc!.received).toBe(received + otherReceived);
    expect(reversed.totals.tthc!.received).toBe(received);
  });

  it('uses a report copy given alone, its «Báo cáo» sheet not read as data', () => {
    expect(alone.refused).toEqual([]);
    expect(alone.communes.map((c) => path.basename(c.file))).toEqual(['x.report.xlsx', 'y.xlsx']);
    // The same figures, issues and totals as the commune's own file: nothing of our sheet was read.
    expect(alone.communes[0].figures).toEqual(originalAlone.communes[0].figures);
    expect(alone.communes[0].counts).toEqual(originalAlone.communes[0].counts);
    expect(alone.totals).toEqual(originalAlone.totals);
  });

  it('names a copy whose figures differ from the original as a copy of the same commune, the original used', async () => {
    // The original corrected after its copy was made: same commune and period, other figures.
    const corrected = communeSpec(0, { agency: 'UBND XÃ BA LÊ', tthc: spec.tthc.map((r) => ({ ...r, direct: r.direct + 10 })) });
    const read = async (file: string, bytes: Uint8Array) => communeResult(file, analyze(await readSnapshotFromXlsx(bytes)));
    const r = buildRollup([await read('x.report.xlsx', fs.readFileSync(copy)), await read('x.xlsx', await communeBytes(corrected))], []);
    expect(r.communes.map((c) => c.file)).toEqual(['x.xlsx']);
    expect(r.communes[0].reportSheet).toBeUndefined();
    expect(r.refused.map((f) => f.error.code)).toEqual(['duplicate']);
    expect(r.refused[0].error.message).toContain('Là bản sao báo cáo do phần mềm tạo (có thêm sheet «Báo cáo») của cùng xã');
    expect(r.refused[0].error.message).toContain('số liệu hai tệp khác nhau: đã dùng tệp gốc «x.xlsx», không cộng bản sao «x.report.xlsx»');
  });
});
