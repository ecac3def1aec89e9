/**
 * The command line's work, as functions the demo can call too. Every failure to use a file ends
 * as one line on stderr and status 2; the input file is only ever read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../core/analyze';
import { countBySeverity, type Lang } from '../core/issues';
import type { Progress } from '../hosts/host';
import { FileHost } from '../hosts/file';
import { FileError, isFileError } from '../hosts/file/errors';
import { setNativeInflate } from '../hosts/file/inflate';
import { zlibInflate } from './nativeInflate';
import { ArgError, langOf, parseArgs, type CliArgs } from './args';
import { m } from './messages';
import { formatAnalysis, tablesFound } from './print';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Show progress lines on stderr (a terminal is watching). */
  stderrIsTTY: boolean;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

/** Files larger than this get progress lines even when stderr is not a terminal. */
const LARGE_FILE = 5 * 1024 * 1024;
export const DEFAULT_OUT_DIR = 'out';
export const DEFAULT_TEMPLATE = path.join('out', 'mau-so-lieu-cchc.xlsx');

interface Loaded {
  host: FileHost;
  analysis: Analysis;
}

function progressFor(io: CliIO, lang: Lang, size: number): (p: Progress) => void {
  const show = io.stderrIsTTY || size > LARGE_FILE;
  const said = new Set<string>();
  return (p) => {
    if (!show || said.has(p.stage)) return;
    said.add(p.stage);
    io.stderr(m.progress(lang, p.stage));
  };
}

function readInput(file: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new FileError('not-found', { vi: m.notFound('vi', file), en: m.notFound('en', file) });
  }
  if (stat.isDirectory()) throw new FileError('not-xlsx', { vi: m.isDirectory('vi', file), en: m.isDirectory('en', file) });
  return new Uint8Array(fs.readFileSync(file));
}

/** Reads, guards, loads and analyses a workbook. */
export async function loadAndAnalyze(args: CliArgs, io: CliIO): Promise<Loaded & { progress: (p: Progress) => void }> {
  const file = args.file!;
  const bytes = readInput(file);
  const progress = progressFor(io, args.lang, bytes.length);
  // Unwatched runs must end with one stderr line when the file is refused: announce reading only to a terminal.
  if (io.stderrIsTTY) progress({ fraction: null, stage: 'read' });
  const host = await FileHost.open(bytes);
  const snapshot = await host.readSnapshot();
  const overrides = await host.loadOverrides();
  progress({ fraction: null, stage: 'check' });
  const { analyze } = await import('../core/analyze');
  const analysis = analyze(snapshot, { lang: args.lang, overrides, exactTime: args.exactTime });
  return { host, analysis, progress };
}

export async function runValidate(args: CliArgs, io: CliIO): Promise<number> {
  const { analysis } = await loadAndAnalyze(args, io);
  const counts = countBySeverity(analysis.issues);
  if (args.json) {
    io.stdout(JSON.stringify({ file: args.file, ok: counts.error === 0, counts, tables: tablesFound(analysis), issues: analysis.issues }, null, 2));
  } else {
    io.stdout(formatAnalysis(args.file!, analysis, args.lang));
  }
  return counts.error === 0 ? 0 : 1;
}

/** `<name>` of `<name>.xlsx` (or .xlsm, .xls, and the .xml / .htm(l) of web exports). */
export function baseName(file: string): string {
  return path.basename(file).replace(/\.(xlsx|xlsm|xls|xml|html?)$/i, '');
}

function writeOutput(p: string, bytes: Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, bytes);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new FileError('unreadable', { vi: m.cannotWrite('vi', p, why), en: m.cannotWrite('en', p, why) });
  }
}

export interface ReportOutputs {
  xlsx: string;
  docx: string;
  sheet: string;
}

export async function runReport(args: CliArgs, io: CliIO): Promise<number> {
  const { host, analysis, progress } = await loadAndAnalyze(args, io);
  const lang = args.lang;
  const counts = countBySeverity(analysis.issues);
  if (!args.json) io.stdout(formatAnalysis(args.file!, analysis, lang));
  if (counts.error > 0 && !args.force) {
    if (args.json) io.stdout(JSON.stringify({ outputs: null, figures: analysis.figures, issues: analysis.issues }, null, 2));
    io.stderr(m.stopped(lang, counts.error));
    return 1;
  }
  const dir = args.out ?? DEFAULT_OUT_DIR;
  const outputs = { xlsx: path.join(dir, `${baseName(args.file!)}.report.xlsx`), docx: path.join(dir, `${baseName(args.file!)}.report.docx`) };
  const input = path.resolve(args.file!);
  if (path.resolve(outputs.xlsx) === input || path.resolve(outputs.docx) === input) {
    throw new FileError('unreadable', { vi: m.sameAsInput('vi'), en: m.sameAsInput('en') });
  }
  // The layout and Word modules are loaded when needed: validate works without them.
  const { reportSheetLayout } = await import('../core/layout/reportSheet');
  const { buildWordDraft } = await import('../core/word');
  progress({ fraction: null, stage: 'write' });
  const sheet = await host.writeReportSheet(reportSheetLayout(analysis, lang));
  const xlsxBytes = await host.save();
  progress({ fraction: null, stage: 'word' });
  const docxBytes = await buildWordDraft(analysis);
  // Both are made before either is written, so a failure leaves nothing half-done.
  writeOutput(outputs.xlsx, xlsxBytes);
  writeOutput(outputs.docx, docxBytes);
  if (args.json) {
    io.stdout(JSON.stringify({ outputs, figures: analysis.figures, issues: analysis.issues }, null, 2));
  } else {
    io.stdout(['', m.wrote(lang, m.reportWorkbook(lang, sheet), outputs.xlsx), m.wrote(lang, m.wordDraft(lang), outputs.docx)].join('\n'));
  }
  // What the copy could not keep from the user's file: one line each, on stderr so --json stays one object.
  for (const w of host.copyWarnings()) io.stderr(w[lang]);
  return counts.error === 0 ? 0 : 1;
}

export async function runTemplate(args: CliArgs, io: CliIO): Promise<number> {
  const { templateLayouts } = await import('../core/layout/template');
  const host = FileHost.blank();
  await host.addTemplateSheets(templateLayouts(args.lang));
  const out = args.out ?? DEFAULT_TEMPLATE;
  writeOutput(out, await host.save());
  if (args.json) io.stdout(JSON.stringify({ outputs: { xlsx: out } }, null, 2));
  else io.stdout(m.wrote(args.lang, m.template(args.lang), out));
  return 0;
}

/** Runs one command line; returns the exit status. Never throws. */
export async function cli(argv: string[], io: CliIO = processIO): Promise<number> {
  // On Node, zlib inflates the file's parts three times faster than the web page's fflate.
  setNativeInflate(zlibInflate);
  let lang: Lang = langOf(argv);
  try {
    const args = parseArgs(argv);
    lang = args.lang;
    switch (args.command) {
      case 'help':
        io.stdout(m.usage(lang));
        return 0;
      case 'validate':
        return await runValidate(args, io);
      case 'report':
        return await runReport(args, io);
      case 'template':
        return await runTemplate(args, io);
    }
  } catch (e) {
    if (isFileError(e) || e instanceof ArgError) {
      io.stderr(e.text[lang]);
    } else {
      const why = e instanceof Error ? e.message : String(e);
      io.stderr(m.internal(lang, why.split('\n')[0]));
      if (process.env.CCHC_DEBUG && e instanceof Error) io.stderr(e.stack ?? '');
    }
    return 2;
  }
}
