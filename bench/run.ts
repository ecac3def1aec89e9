/**
 * `npm run bench` (or `npm run bench -- --json`): speed and memory figures of one run, printed, never asserted.
 * Every ratio compares two timings taken in this same run on this same machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { analyze } from '../src/core/analyze';
import { a1 } from '../src/core/address';
import { reportSheetLayout } from '../src/core/layout/reportSheet';
import { buildWordDraft } from '../src/core/word';
import { FileHost, readSnapshotFromXlsx } from '../src/hosts/file';
import { LOAD_OPTIONS } from '../src/hosts/file/load';
import { setNativeInflate } from '../src/xlsx/zip/inflate';
import { zlibInflate } from '../src/cli/nativeInflate';
import { OfficeHost } from '../src/hosts/office';
import { installFakeExcel, uninstallFakeExcel } from '../test/hosts/office/fakeExcel';
import { dossierWorkbook, twentySheetWorkbook } from './workbooks';
import { rollupBench } from './rollup';
import { floorComparison } from './floor';
import { frontFigures } from './front';

const json = process.argv.includes('--json');
/** `npm run bench -- --floor`: only the whole-process comparison with the floor (quicker while working on speed). */
const floorOnly = process.argv.includes('--floor');
const log = (s: string) => {
  if (!json) process.stderr.write(s + '\n');
};

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const r = await fn();
  return [r, ms(t0)];
}

/** Collects garbage now, when node runs with --expose-gc (npm run bench does). */
function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Medians of `runs` runs of two jobs taken in turns, so that both meet the same machine load (one slow
 * run on a shared machine says little). `warm` untimed turns first, so that neither is timed while the
 * JIT is still compiling its paths for this kind of workbook; each timed run starts from a collected
 * heap, so that neither pays for the other's garbage.
 */
async function alternating<A, B>(runs: number, warm: number, a: () => Promise<A>, b: () => Promise<B>): Promise<[number, number, B]> {
  for (let k = 0; k < warm; k++) {
    await a();
    await b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  let last!: B;
  for (let k = 0; k < runs; k++) {
    collect();
    ta.push((await time(a))[1]);
    collect();
    const [r, t] = await time(b);
    tb.push(t);
    last = r;
  }
  return [middle(ta), middle(tb), last];
}

interface SizeResult {
  workbook: string;
  bytes: number;
  runs: number;
  /** exceljs alone loading the file: what writing the report copy must pay anyway. */
  loadMs: number;
  /** Bytes to issues: zip guard, our reader, the whole check and the figures. */
  checkMs: number;
  /** The report sheet's layout written into the loaded workbook. */
  reportMs: number;
  /** exceljs writing the report copy to bytes (not ours: printed, not in the ratio). */
  saveMs: number;
  oursOverLoad: number;
  rssMB: number;
}

/** Bytes to analysis, as the command line and the web page do it. */
async function check(bytes: Uint8Array) {
  const host = await FileHost.open(bytes);
  return analyze(await host.readSnapshot(), { overrides: await host.loadOverrides() });
}

async function measure(name: string, bytes: Buffer, runs: number): Promise<SizeResult> {
  const [loadMs, checkMs, analysis] = await alternating(
    runs,
    runs > 1 ? 2 : 0,
    () => new ExcelJS.Workbook().xlsx.load(bytes as never, LOAD_OPTIONS as never),
    () => check(bytes),
  );
  // The report copy is the user's package plus our sheet's parts: no exceljs load (issue 18.5).
  const host = await FileHost.open(bytes);
  await host.readSnapshot();
  collect();
  const [, reportMs] = await time(() => host.writeReportSheet(reportSheetLayout(analysis, 'vi', 'cli')));
  const [, saveMs] = await time(() => host.save());
  const r: SizeResult = {
    workbook: name,
    bytes: bytes.length,
    runs,
    loadMs: round(loadMs),
    checkMs: round(checkMs),
    reportMs: round(reportMs),
    saveMs: round(saveMs),
    oursOverLoad: round((checkMs + reportMs) / loadMs, 2),
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  log(
    `${name.padEnd(18)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  exceljs load ${r.loadMs} ms  ` +
      `check ${r.checkMs} ms  report ${r.reportMs} ms  ours/load ${r.oursOverLoad}×  (save ${r.saveMs} ms)  rss ${r.rssMB} MB  [median of ${runs}]`,
  );
  return r;
}

/**
 * The same dossier log saved as .xls by LibreOffice, checked beside the .xlsx (bytes to issues in both):
 * the .xls goes through SheetJS (legacy/read.ts), the .xlsx through our own reader. Null without soffice.
 */
async function xlsBesideXlsx(xlsx: Buffer, rows: number, runs: number) {
  const os = await import('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-xls-'));
  const src = path.join(dir, `dossiers-${rows}.xlsx`);
  fs.writeFileSync(src, xlsx);
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xls', '--outdir', dir, src], {
      stdio: 'ignore',
      timeout: 300_000,
    });
  } catch {
    log(`.xls read: skipped (LibreOffice's soffice is needed to write the .xls)`);
    return null;
  }
  const xls = new Uint8Array(fs.readFileSync(src.replace(/\.xlsx$/, '.xls')));
  const [xlsxMs, xlsMs] = await alternating(
    runs,
    1,
    () => check(xlsx),
    () => check(xls),
  );
  const r = {
    workbook: `dossiers ${rows.toLocaleString('en')}`,
    xlsxBytes: xlsx.length,
    xlsBytes: xls.length,
    xlsxCheckMs: round(xlsxMs),
    xlsCheckMs: round(xlsMs),
    xlsOverXlsx: round(xlsMs / xlsxMs, 2),
  };
  log(
    `.xls read: ${r.workbook} as .xls (${(xls.length / 1024).toFixed(0)} KB) checked in ${r.xlsCheckMs} ms, as .xlsx in ${r.xlsxCheckMs} ms (${r.xlsOverXlsx}×) [median of ${runs}]`,
  );
  return r;
}

/** Sync counts of the Office host on the fake Excel, with the 20-sheet workbook's contents. */
async function officeSyncs(bytes: Buffer) {
  const snap = await readSnapshotFromXlsx(bytes);
  const model = installFakeExcel();
  try {
    for (const sheet of snap.sheets) {
      const values = sheet.values.map((row) => row.map((v) => (v !== null && typeof v === 'object' ? null : v)));
      if (values.length) model.setValues(sheet.name, a1(sheet.origin.row, sheet.origin.col), values);
    }
    const host = new OfficeHost();
    const before = model.syncCount;
    const analysis = analyze(await host.readSnapshot());
    const check = model.syncCount - before;
    await host.writeReportSheet(reportSheetLayout(analysis, 'vi', 'pane'));
    const report = model.syncCount - before - check;
    return { sheets: snap.sheets.length, checkSyncs: check, reportSyncs: report };
  } finally {
    uninstallFakeExcel();
  }
}

/** The task pane's initial scripts (those taskpane.html loads), gzipped, and whether exceljs or docx is in them. */
function paneBundle() {
  const dist = path.resolve('dist');
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    log('building (npm run build) to measure the pane bundle...');
    execFileSync('npx', ['webpack', '--mode', 'production'], { stdio: 'ignore' });
  }
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // The minifier drops attribute quotes: src=taskpane.js as well as src="taskpane.js".
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  let raw = 0;
  let gz = 0;
  let exceljs = false;
  let docx = false;
  let sheetjs = false;
  for (const s of scripts) {
    const buf = fs.readFileSync(path.join(dist, s.replace(/^\//, '')));
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
    const text = buf.toString('utf8');
    // String literals that survive minification: the spreadsheetml and wordprocessingml namespaces the writers emit.
    exceljs ||= text.includes('schemas.openxmlformats.org/spreadsheetml/2006/main');
    docx ||= text.includes('schemas.openxmlformats.org/wordprocessingml/2006/main');
    // SheetJS's BIFF record table names its records in comments only; this string is kept in its code.
    sheetjs ||= text.includes('Unsupported ZIP encryption');
  }
  return { scripts, rawKB: round(raw / 1024), gzipKB: round(gz / 1024), exceljsInInitial: exceljs, docxInInitial: docx, sheetjsInInitial: sheetjs };
}

async function main() {
  const os = await import('node:os');
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  log(`Machine: ${machine}`);
  const logs: { rows: number; bytes: Buffer }[] = [];
  for (const n of [1000, 10000, 100000]) logs.push({ rows: n, bytes: await dossierWorkbook(n) });
  const floor = floorComparison(logs, log);
  if (floorOnly) {
    if (json) process.stdout.write(JSON.stringify({ machine, floor }, null, 2) + '\n');
    return;
  }
  // Node's zlib inflates, as in the command line; the web page uses fflate (figure below).
  setNativeInflate(zlibInflate);
  // Warm-up of both sides on the example, so that neither pays for loading its code in the first measure.
  const example = fs.readFileSync('examples/ba-bich-2023.xlsx');
  for (let k = 0; k < 3; k++) {
    await new ExcelJS.Workbook().xlsx.load(example as never, LOAD_OPTIONS as never);
    const host = await FileHost.open(example);
    await host.writeReportSheet(reportSheetLayout(await check(example), 'vi', 'cli'));
  }
  log('Each side warmed up on the example first, then measured in turns; ours = check + report, exceljs load = the baseline.\n');
  const sizes: SizeResult[] = [];
  const runs: Record<number, number> = { 1000: 9, 10000: 5, 100000: 3 };
  let biggest: Buffer = Buffer.alloc(0);
  for (const { rows: n, bytes } of logs) {
    biggest = bytes;
    sizes.push(await measure(`dossiers ${n.toLocaleString('en')}`, biggest, runs[n]));
  }
  const twenty = await twentySheetWorkbook();
  sizes.push(await measure('20 sheets', twenty, 9));
  // An .xls holds at most 65 536 rows: the 10 000-row log.
  const xls = await xlsBesideXlsx(await dossierWorkbook(10000), 10000, 5);

  // The web page has no zlib: the same 100 000-row check with fflate inflating.
  setNativeInflate(null);
  collect();
  const [, webCheckMs] = await time(() => check(biggest));
  setNativeInflate(zlibInflate);
  log(`100 000-row check with fflate inflating (the web page's way): ${round(webCheckMs)} ms`);

  const exampleAnalysis = analyze(await readSnapshotFromXlsx(example));
  await buildWordDraft(exampleAnalysis); // warm-up: the first call pays for module initialisation
  const [, wordMs] = await time(() => buildWordDraft(exampleAnalysis));
  log(`\nWord draft of the example: ${round(wordMs)} ms`);

  const office = await officeSyncs(twenty);
  log(`Office host on ${office.sheets} sheets (fake Excel): check ${office.checkSyncs} syncs, report ${office.reportSyncs} syncs`);

  const bundle = paneBundle();
  log(
    `Task pane initial script: ${bundle.rawKB} KB, ${bundle.gzipKB} KB gzipped; exceljs in it: ${bundle.exceljsInInitial}; docx in it: ${bundle.docxInInitial}; SheetJS in it: ${bundle.sheetjsInInitial}`,
  );
  // The pane's first script against the template's, and the web page against the command line (bench/front.ts).
  const front = await frontFigures(log, biggest);

  const rollup = await rollupBench(log);

  const big = sizes.find((s) => s.workbook === 'dossiers 100,000');
  const targets = {
    oursOverLoadMax: Math.max(...sizes.map((s) => s.oursOverLoad)),
    oursOverLoadAtMost05: sizes.every((s) => s.oursOverLoad <= 0.5),
    check100kUnder2s: big ? big.checkMs < 2000 : null,
    paneUnder250KB: bundle.gzipKB <= 250 && !bundle.exceljsInInitial && !bundle.docxInInitial && !bundle.sheetjsInInitial,
  };
  if (floor) {
    const f = floor.results.map(
      (r) =>
        `${r.rows.toLocaleString('en')} rows: time ${r.timeRatio}× ${r.timeMet ? 'met' : 'missed'}, memory ${r.memoryRatio}× ${r.memoryMet ? 'met' : 'missed'}`,
    );
    log(`\nTargets against the floor (≤ 2× time and memory): ${f.join('; ')}; start-up ${floor.startup.ratio}× ${floor.startup.met ? 'met' : 'missed'}`);
  }
  log(
    `Targets: ours/load ≤ 0.5× at every size: ${targets.oursOverLoadAtMost05} (max ${targets.oursOverLoadMax}×); ` +
      `100 000-row check < 2 s: ${targets.check100kUnder2s}; pane ≤ 250 KB gz without exceljs/docx: ${targets.paneUnder250KB}`,
  );
  if (json)
    process.stdout.write(
      JSON.stringify(
        { machine, floor, sizes, xls, webCheck100kMs: round(webCheckMs), wordDraftMs: round(wordMs), office, bundle, front, rollup, targets },
        null,
        2,
      ) + '\n',
    );
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
