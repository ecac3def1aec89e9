/**
 * The command line's work, as functions the demo can call too. Every failure to use a file ends
 * as one line on stderr and status 2; the input file is only ever read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis } from '../core/analyze';
import { countBySeverity, renderIssue, type Lang } from '../core/issues';
import { FileHost } from '../hosts/file';
import { FileError, isFileError } from '../xlsx/errors';
import { setNativeInflate } from '../xlsx/zip/inflate';
import { zlibInflate } from './nativeInflate';
import { aheadOrZlib, dropAhead, inflatedAhead } from './inflateAhead';
import { ArgError, langOf, looksLikeFileName, parseArgs, templateOut, type CliArgs } from './args';
import { m } from './cliText';
import { isFolder, isSameFile, outFolderProblem, readInput, writeOutputs, type Input } from './files';
import { formatAnalysis, tablesFound } from './print';
import { progressLines, QUIET_MS, type ProgressLines } from './progress';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A terminal is watching stderr (the roll-up's per-file lines); single-file progress goes by time instead (progress.ts). */
  stderrIsTTY: boolean;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

export const DEFAULT_OUT_DIR = 'out';
export const DEFAULT_TEMPLATE = path.join('out', 'mau-so-lieu-cchc.xlsx');

interface Loaded {
  host: FileHost;
  analysis: Analysis;
  /** Device and inode of the input, to keep outputs off it. */
  input: Input['id'];
}

/** How long a run stays quiet: QUIET_MS, or CCHC_PROGRESS_AFTER_MS (tests pin it, so that stderr never depends on the machine's speed). */
function quietMs(): number {
  const v = Number(process.env.CCHC_PROGRESS_AFTER_MS);
  return process.env.CCHC_PROGRESS_AFTER_MS && Number.isFinite(v) && v >= 0 ? v : QUIET_MS;
}

/** Reads, guards, loads and analyses a workbook, with progress lines once the run is long (progress.ts). */
export async function loadAndAnalyze(args: CliArgs, io: CliIO): Promise<Loaded & { progress: ProgressLines }> {
  const file = args.file!;
  const progress = progressLines(io.stderr, args.lang, quietMs());
  try {
    const { bytes, id } = readInput(file);
    progress.report({ fraction: null, stage: 'read' });
    // The parts main.ts started inflating while the program loaded (inflateAhead.ts).
    await inflatedAhead();
    const host = await FileHost.open(bytes).finally(dropAhead);
    const snapshot = await host.readSnapshot((p) => progress.report(p));
    const overrides = await host.loadOverrides();
    progress.report({ fraction: 0, stage: 'check' });
    const { analyzeInSteps } = await import('../core/analyze');
    const steps = analyzeInSteps(snapshot, { lang: args.lang, overrides, exactTime: args.exactTime });
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.report({ fraction: step.value, stage: 'check' });
    return { host, analysis: step.value, progress, input: id };
  } catch (e) {
    progress.stop();
    throw e;
  }
}

export async function runValidate(args: CliArgs, io: CliIO): Promise<number> {
  const { analysis, progress } = await loadAndAnalyze(args, io);
  progress.stop();
  const counts = countBySeverity(analysis.issues);
  if (args.json) {
    io.stdout(
      JSON.stringify(
        {
          file: args.file,
          ok: counts.error === 0,
          counts,
          tables: tablesFound(analysis),
          issues: analysis.issues.map((i) => renderIssue(i, args.lang, 'cli')),
        },
        null,
        2,
      ),
    );
  } else {
    io.stdout(formatAnalysis(args.file!, analysis, args.lang));
  }
  return counts.error === 0 ? 0 : 1;
}

/**
 * `<name>` of `<name>.xlsx` (or .xlsm, .xltx, .xltm, .xls, and the .xml / .htm(l) of web exports). A report of a
 * report is named after the workbook, not `<name>.report.report.xlsx`: `.report` and `.report (n)` go too.
 */
export function baseName(file: string): string {
  return (
    path
      .basename(file)
      .replace(/\.(xlsx|xlsm|xltx|xltm|xls|xml|html?)$/i, '')
      .replace(/\.report(?: \(\d+\))?$/i, '') || 'report'
  );
}

/**
 * `DIR/<name>.report.xlsx` and `.docx`; from n = 2 on, `DIR/<name>.report (n).xlsx` and `.docx`. `ext` 'xlsm' names
 * the copy of a macro-enabled workbook (`xlsx` then holds its .xlsm path).
 */
export function outputPaths(dir: string, name: string, n: number, ext: 'xlsx' | 'xlsm' = 'xlsx'): { xlsx: string; docx: string } {
  const stem = n === 1 ? `${name}.report` : `${name}.report (${n})`;
  return { xlsx: path.join(dir, `${stem}.${ext}`), docx: path.join(dir, `${stem}.docx`) };
}

/** The first output pair of which neither name is taken (by a file, folder or link), so that nothing a clerk kept is replaced. */
function freeOutputPaths(dir: string, name: string, ext: 'xlsx' | 'xlsm'): { xlsx: string; docx: string } {
  const taken = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  for (let n = 1; ; n++) {
    const p = outputPaths(dir, name, n, ext);
    if (!taken(p.xlsx) && !taken(p.docx)) return p;
  }
}

export interface ReportOutputs {
  xlsx: string;
  docx: string;
  sheet: string;
}

/** The copy's bytes and sheet name, or the one sentence saying why no copy could be made. */
async function reportCopy(host: FileHost, analysis: Analysis, lang: Lang): Promise<{ bytes: Uint8Array; sheet: string } | { error: FileError }> {
  const { reportSheetLayout } = await import('../core/layout/reportSheet');
  try {
    const sheet = await host.writeReportSheet(reportSheetLayout(analysis, lang, 'cli'));
    return { bytes: await host.save(), sheet };
  } catch (e) {
    if (isFileError(e)) return { error: e };
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
    return { error: new FileError('unwritable', { vi: m.copyFailed('vi', why), en: m.copyFailed('en', why) }) };
  }
}

export async function runReport(args: CliArgs, io: CliIO): Promise<number> {
  // A wrong --out is said at once, before a check the user would read for nothing.
  const dir = args.out ?? DEFAULT_OUT_DIR;
  const problem = outFolderProblem(dir);
  if (problem) throw problem;
  // report writes two files into a folder: a file's name (x.docx) is never made into a folder so named.
  if (looksLikeFileName(dir) && !isFolder(dir)) {
    const folder = path.join(path.dirname(dir), path.basename(dir).replace(/\.[^.]*$/, ''));
    throw new ArgError({ vi: m.outLooksLikeFile('vi', dir, folder), en: m.outLooksLikeFile('en', dir, folder) });
  }
  const loaded = await loadAndAnalyze(args, io);
  try {
    return await reportFrom(args, io, loaded);
  } finally {
    // Whatever ends the run (a refusal, an error), no progress line comes after it.
    loaded.progress.stop();
  }
}

async function reportFrom(args: CliArgs, io: CliIO, { host, analysis, progress, input }: Loaded & { progress: ProgressLines }): Promise<number> {
  const lang = args.lang;
  const counts = countBySeverity(analysis.issues);
  if (!args.json) io.stdout(formatAnalysis(args.file!, analysis, lang));
  if (counts.error > 0 && !args.force) {
    if (args.json)
      io.stdout(
        JSON.stringify({ file: args.file, outputs: null, figures: analysis.figures, issues: analysis.issues.map((i) => renderIssue(i, lang, 'cli')) }, null, 2),
      );
    io.stderr(m.stopped(lang, counts.error));
    return 1;
  }
  progress.report({ fraction: null, stage: 'write' });
  const copy = await reportCopy(host, analysis, lang);
  const dir = args.out ?? DEFAULT_OUT_DIR;
  // A macro-enabled workbook's copy keeps its macros, so it is an .xlsm (Excel refuses it named .xlsx).
  const ext = 'bytes' in copy ? host.copyExtension() : 'xlsx';
  const paths = args.replace ? outputPaths(dir, baseName(args.file!), 1, ext) : freeOutputPaths(dir, baseName(args.file!), ext);
  // By identity: a link or a second name of the input is the input.
  if (isSameFile(paths.xlsx, input) || isSameFile(paths.docx, input) || path.resolve(paths.xlsx) === path.resolve(args.file!)) {
    throw new FileError('unwritable', { vi: m.sameAsInput('vi'), en: m.sameAsInput('en') });
  }
  progress.report({ fraction: null, stage: 'word' });
  // The Word draft never depends on the copy: it is written even when no copy can be made.
  const { buildWordDraft } = await import('../core/word');
  const docxBytes = await buildWordDraft(analysis);
  // Both are made before either is written, and written to temporaries renamed into place together.
  progress.stop();
  const made = writeOutputs([...('bytes' in copy ? [{ path: paths.xlsx, bytes: copy.bytes }] : []), { path: paths.docx, bytes: docxBytes }]);
  const outputs = { xlsx: 'bytes' in copy ? paths.xlsx : null, docx: paths.docx };
  if (args.json) {
    const copyError = 'error' in copy ? { code: copy.error.code, message: copy.error.text[lang] } : undefined;
    io.stdout(
      JSON.stringify(
        {
          file: args.file,
          outputs,
          figures: analysis.figures,
          issues: analysis.issues.map((i) => renderIssue(i, lang, 'cli')),
          ...(copyError ? { copyError } : {}),
        },
        null,
        2,
      ),
    );
  } else {
    const lines = ['', ...made.map((d) => m.madeFolder(lang, d))];
    if ('sheet' in copy) lines.push(m.wrote(lang, m.reportWorkbook(lang, copy.sheet), paths.xlsx));
    lines.push(m.wrote(lang, m.wordDraft(lang), paths.docx));
    io.stdout(lines.join('\n'));
  }
  // Why there is no copy, or what the copy could not keep: one line each, on stderr so --json stays one object.
  if ('error' in copy) io.stderr(copy.error.text[lang]);
  for (const w of host.copyWarnings()) io.stderr(w[lang]);
  return counts.error === 0 ? 0 : 1;
}

/** `X.xlsx`; from n = 2 on, `X (n).xlsx` (as `report` and `rollup` name theirs). */
export function numberedPath(file: string, n: number): string {
  return n === 1 ? file : file.replace(/(\.xlsx)?$/i, ` (${n})$1`);
}

/** The first of `X.xlsx`, `X (2).xlsx`… that no file, folder or link takes: a template a clerk has filled is never replaced. */
function freePath(file: string): string {
  for (let n = 1; ; n++) {
    const p = numberedPath(file, n);
    let taken: fs.Stats | undefined;
    try {
      taken = fs.lstatSync(p, { throwIfNoEntry: false });
    } catch {
      return p; // a parent is a file (ENOTDIR): writing says why, in words
    }
    if (!taken) return p;
  }
}

/**
 * Writes the blank template to --out (default DEFAULT_TEMPLATE; a folder: mau-so-lieu-cchc.xlsx in it), beside an
 * existing one as `X (2).xlsx` unless --replace.
 */
export async function runTemplate(args: CliArgs, io: CliIO): Promise<number> {
  const { templateLayouts } = await import('../core/layout/template');
  const host = FileHost.blank();
  await host.addTemplateSheets(templateLayouts(args.lang));
  const asked = args.out === undefined ? DEFAULT_TEMPLATE : templateOut(args.out, isFolder(args.out), path.join);
  const problem = outFolderProblem(path.dirname(asked));
  if (problem) throw problem;
  const out = args.replace ? asked : freePath(asked);
  const made = writeOutputs([{ path: out, bytes: await host.save() }]);
  const kept = out === asked ? null : asked;
  if (args.json) io.stdout(JSON.stringify({ outputs: { xlsx: out }, ...(kept ? { kept } : {}) }, null, 2));
  else
    io.stdout(
      [...made.map((d) => m.madeFolder(args.lang, d)), m.wrote(args.lang, m.template(args.lang), out), ...(kept ? [m.keptEarlier(args.lang, kept)] : [])].join(
        '\n',
      ),
    );
  return 0;
}

/** The input file named on a command line that may not parse: the first word after the command that is not an option. */
function fileOf(argv: string[]): string | null {
  const words = argv.filter((a, i) => !a.startsWith('-') && !['--out', '--lang'].includes(argv[i - 1] ?? ''));
  return words[1] ?? null;
}

/** Runs one command line; returns the exit status. Never throws. */
export async function cli(argv: string[], io: CliIO = processIO): Promise<number> {
  // On Node, zlib inflates the file's parts three times faster than the web page's fflate.
  setNativeInflate(aheadOrZlib(zlibInflate));
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
      case 'rollup':
        return await (await import('./rollup/run')).runRollup(args, io);
    }
  } catch (e) {
    let code: string;
    let message: string;
    let detail: string | undefined;
    if (isFileError(e) || e instanceof ArgError) {
      code = isFileError(e) ? e.code : 'usage';
      message = e.text[lang];
      if (isFileError(e)) detail = e.detail;
    } else {
      code = 'internal';
      message = m.internal(lang, (e instanceof Error ? e.message : String(e)).split('\n')[0]);
      if (process.env.CCHC_DEBUG && e instanceof Error) io.stderr(e.stack ?? '');
    }
    io.stderr(message);
    // --json prints one object on stdout whatever happens, so scripts never get an empty stdout.
    if (argv.includes('--json')) io.stdout(JSON.stringify({ file: fileOf(argv), ok: false, error: { code, message, ...(detail ? { detail } : {}) } }, null, 2));
    return 2;
  }
}
