/**
 * `rollup <file or folder>... [--out FILE or DIR] [--json] [--lang en]` (issue 14; REPORTING-SCHEMA.md §6):
 * every workbook read and checked as `validate` does, on the machine's cores (pool.ts), a file that
 * cannot be used listed with its reason while the rest go on; writes the roll-up workbook (default
 * out/tong-hop-cchc.xlsx; --out a folder: tong-hop-cchc.xlsx in it) and the Word summary beside it (same name, .docx).
 * Exit 0 every file used and no commune with errors, 1 a file refused or a commune with errors, 2 no file used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildRollup, rollupJson, rollupStatus, type CommuneResult, type RefusedFile } from '../../core/rollup';
import { rollupSheets } from '../../core/rollup/sheets';
import { communeMarkKind, MARK, markLegend } from '../../core/rollup/marks';
import { communePeriodLine, periodSummary, totalsPeriodFlag } from '../../core/rollup/periodNotes';
import { tthcTotalsShown } from '../../core/rollup/totalsLine';
import { rollupWorkbookBytes } from '../../hosts/file/rollupWorkbook';
import { FileError } from '../../xlsx/errors';
import { ROLLUP_FILE, rollupOut, type CliArgs } from '../args';
import { isFolder, isSameFile, outFolderProblem, writeOutputs } from '../files';
import { m } from '../cliText';
import type { CliIO } from '../run';
import { expandInputs } from './inputs';
import { analyzeAll } from './pool';
import { rm } from './messages';

export const DEFAULT_ROLLUP = path.join('out', ROLLUP_FILE);

/** The Word summary's path beside the workbook: `X.xlsx` -> `X.docx`. */
export function summaryPath(xlsx: string): string {
  return xlsx.replace(/\.xlsx$/i, '') + '.docx';
}

/** `X.xlsx` and its summary; from n = 2 on, `X (n).xlsx` and `X (n).docx`. */
function rollupPaths(out: string, n: number): { xlsx: string; docx: string } {
  const xlsx = n === 1 ? out : out.replace(/(\.xlsx)?$/i, ` (${n})$1`);
  return { xlsx, docx: summaryPath(xlsx) };
}

/**
 * Where this run writes: `out` itself with --replace, else the first pair of which neither name is
 * taken, so an officer's edits to an earlier roll-up are never overwritten (as `report` does).
 */
function freeRollupPaths(out: string, replace: boolean): { xlsx: string; docx: string } {
  const taken = (p: string) => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;
  for (let n = 1; ; n++) {
    const p = rollupPaths(out, n);
    if (replace || (!taken(p.xlsx) && !taken(p.docx))) return p;
  }
}

/** An earlier roll-up of this name in the output's folder (`X.xlsx`, `X (3).xlsx` and their summaries): never read as a commune. */
function isEarlierOutput(file: string, out: string): boolean {
  const stem = path
    .basename(out)
    .replace(/\.xlsx$/i, '')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    path.resolve(path.dirname(file)) === path.resolve(path.dirname(out)) && new RegExp(`^${stem}( \\(\\d+\\))?\\.(xlsx|docx)$`, 'i').test(path.basename(file))
  );
}

export async function runRollup(args: CliArgs, io: CliIO): Promise<number> {
  const lang = args.lang;
  // --out a folder writes tong-hop-cchc.xlsx in it, as report and template take a folder (tester 7 item 21).
  const out = args.out === undefined ? DEFAULT_ROLLUP : rollupOut(args.out, isFolder(args.out), path.join);
  const docx = summaryPath(out);
  // A folder that cannot be written in is said before a single workbook is read.
  const problem = outFolderProblem(path.dirname(out));
  if (problem) throw problem;
  const outIds = [out, docx].flatMap((p) => {
    const s = fs.statSync(p, { throwIfNoEntry: false });
    return s ? [{ dev: s.dev, ino: s.ino }] : [];
  });
  // A folder holding last time's roll-up must not read it as a commune.
  const files = expandInputs(args.files ?? [], (f) => isEarlierOutput(f, out) || outIds.some((id) => isSameFile(f, id)));
  if (files.length === 0) throw new FileError('not-found', { vi: rm.noFiles('vi'), en: rm.noFiles('en') });
  for (const f of files) {
    if (path.resolve(f) === path.resolve(out) || path.resolve(f) === path.resolve(docx))
      throw new FileError('unreadable', { vi: rm.outIsInput('vi', out), en: rm.outIsInput('en', out) });
  }

  let done = 0;
  const outcomes = await analyzeAll(
    files.map((file) => ({ file, lang, exactTime: args.exactTime })),
    (_i, o) => {
      done++;
      if (io.stderrIsTTY) io.stderr(rm.progress(lang, done, files.length, o.ok ? o.commune.file : o.refused.file));
    },
  );
  const communes: CommuneResult[] = [];
  const refused: RefusedFile[] = [];
  for (const o of outcomes) {
    if (o.ok) communes.push(o.commune);
    else refused.push(o.refused);
  }
  const rollup = buildRollup(communes, refused, 1, lang);

  const written = freeRollupPaths(out, args.replace);
  let made: string[] = [];
  if (rollup.communes.length > 0) {
    const xlsxBytes = await rollupWorkbookBytes(rollupSheets(rollup, lang));
    const { buildRollupSummary } = await import('../../core/rollup/word');
    // Both made before either is written, then renamed into place together.
    made = writeOutputs([
      { path: written.xlsx, bytes: xlsxBytes },
      { path: written.docx, bytes: await buildRollupSummary(rollup) },
    ]);
  }

  if (args.json) {
    io.stdout(JSON.stringify(rollupJson(rollup), null, 2));
  } else {
    const lines = [rm.heading(lang, files.length, rollup.communes.length, rollup.refused.length), markLegend(lang), ''];
    // ✓ summed, ! summed but to check, ✗ not summed (marks.ts): a commune with errors is summed, never marked as left out.
    rollup.communes.forEach((c, i) => {
      const mark = MARK[communeMarkKind(rollup, i)];
      lines.push(rm.commune(lang, mark, c.file, c.name ?? c.agency, communePeriodLine(rollup, i, lang), c.counts.error, c.counts.warning));
    });
    if (rollup.refused.length) lines.push('', rm.refusedHeading(lang), ...rollup.refused.map((f) => rm.refused(f.file, f.error.message)));
    lines.push('', periodSummary(rollup, lang));
    // Numbers in the language's style, each total marked «cần xem lại» when it sums figures in question, as the summary does.
    const t = tthcTotalsShown(rollup, lang);
    if (t) {
      const line = rm.totalsTthc(lang, t.received, t.onlinePct, t.onTimePct);
      const flag = totalsPeriodFlag(rollup, lang);
      lines.push(flag ? `${line} [${flag}]` : line);
    }
    if (rollup.communes.length > 0)
      lines.push(
        '',
        ...made.map((d) => m.madeFolder(lang, d)),
        m.wrote(lang, rm.rollupWorkbook(lang), written.xlsx),
        m.wrote(lang, rm.summaryDraft(lang), written.docx),
      );
    io.stdout(lines.join('\n'));
  }
  return rollupStatus(rollup);
}
