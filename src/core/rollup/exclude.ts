/**
 * The files a roll-up must not sum (the tester's faults on issue 14): an earlier roll-up among the
 * inputs, recognised by its sheets whatever its file is called, and the same commune read twice (the
 * same bytes copied as "x (1).xlsx", our own report copy "x.report.xlsx" beside "x.xlsx", or another file of
 * the same commune and period: identity.ts), and a commune that cannot be told from namesakes of several districts.
 * Each becomes a file not used, with its one-line reason naming the file that was kept and the one left out.
 */
import type { Bilingual, Lang } from '../issues';
import { fold } from '../text/fold';
import { nameWithSuperior, sameCommune, sameName } from './identity';
import type { CommuneResult, RefusedFile } from './types';
import { NOT_SUMMED, ROLLUP_SHEET_NAMES } from './words';

/** A path's last part: the sheets and the summary name files, never the folders they came from. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

/**
 * The sheets our roll-up writes (words.ts, the names sheets.ts gives them), folded, in each language: its list of
 * communes plus any one of the others. A commune's own workbook has no sheet "Các xã".
 */
const ROLLUP_SHEETS = (['vi', 'en'] as const).map((lang) => {
  const { communes, ...others } = ROLLUP_SHEET_NAMES;
  return { communes: fold(communes[lang]), others: Object.values(others).map((n) => fold(n[lang])) };
});

/** True when a workbook's sheet names (tab order, as read) are those of a roll-up this product wrote. */
export function isRollupWorkbook(sheets: string[]): boolean {
  const names = new Set(sheets.map(fold));
  return ROLLUP_SHEETS.some((s) => names.has(s.communes) && s.others.some((o) => names.has(o)));
}

/** The refusal of an earlier roll-up given as input (code `earlier-rollup`). */
export function earlierRollupRefusal(file: string, lang: Lang): RefusedFile {
  return { file, error: { code: 'earlier-rollup', message: NOT_SUMMED.earlierRollup()[lang] } };
}

/**
 * True when an analysis found at least one of the report's tables of figures (REPORTING-SCHEMA.md tables; `tables`
 * as `Analysis.tables` or the page's view of it, a missing table absent or null). The `info` block names the commune
 * but holds no figure: a workbook with only that (beside a payroll, a price list) is no commune's report and must not
 * be counted as one (tester 6 item 15).
 */
export function hasCchcTable(tables: Partial<Record<string, unknown>>): boolean {
  return Object.entries(tables).some(([name, t]) => name !== 'info' && t != null);
}

/** The refusal of a workbook with no CCHC table (code `no-cchc-table`). */
export function noCchcTableRefusal(file: string, lang: Lang): RefusedFile {
  return { file, error: { code: 'no-cchc-table', message: NOT_SUMMED.noCchcTable()[lang] } };
}

/** A name browsers and file managers give a second copy: "x (1).xlsx", "x - Copy.xlsx", "x - Bản sao.xlsx". */
const isCopyName = (file: string) => /( \(\d+\)| - (copy|bản sao)( \(\d+\))?)\.[a-z]+$/i.test(fileName(file).normalize('NFC'));

const periodKey = (c: CommuneResult) => `${c.periodStart === null ? '' : Math.floor(c.periodStart)}|${c.periodEnd === null ? '' : Math.floor(c.periodEnd)}`;

/**
 * For each commune stating no superior whose agency bears the name of communes of its period under two or more
 * different superiors (tester 7 item 23): one namesake per superior, in input order. By the resend rule it would be
 * the same commune as each of them, which cannot be: it is left out of the sums (code `ambiguous-commune`) whatever
 * the order read, so no commune is counted twice and none is dropped as the resend of the wrong one.
 */
function ambiguousCommunes(communes: CommuneResult[]): Map<CommuneResult, CommuneResult[]> {
  const out = new Map<CommuneResult, CommuneResult[]>();
  for (const c of communes) {
    if (!c.agency || c.superior) continue;
    const under: CommuneResult[] = [];
    for (const o of communes) {
      if (!o.superior || !o.agency || periodKey(o) !== periodKey(c) || !sameName(o.agency, c.agency)) continue;
      if (!under.some((u) => sameName(u.superior!, o.superior!))) under.push(o);
    }
    if (under.length >= 2) out.set(c, under);
  }
  return out;
}

const sameFigures = (a: CommuneResult, b: CommuneResult) => JSON.stringify(a.figures) === JSON.stringify(b.figures);

/**
 * True when `a` and `b` are one commune's report for one period: the same commune (identity.ts), or, where neither
 * names its agency, our report copy and a file of the very same figures (the copy adds a sheet, never a figure).
 */
function twins(a: CommuneResult, b: CommuneResult): boolean {
  if (periodKey(a) !== periodKey(b)) return false;
  if (sameCommune(a, b)) return true;
  return !a.agency && !b.agency && !a.reportSheet !== !b.reportSheet && sameFigures(a, b);
}

/**
 * The communes to sum, in input order, and the files left out. A duplicate (code `duplicate`) is a file whose bytes
 * equal an earlier one's (same `digest`), or a file of the same commune (identity.ts `sameCommune`: the same agency,
 * under the same superior when both state one) and the same period as an earlier one, a resend, its figures the same
 * or not: the first file read is kept (of equal bytes, the one not named as a copy), except that the commune's own
 * file is kept over our report copy of it (tester 7 item 22: the copy holds the same data plus our sheet, which is
 * never read as data; a copy alone is the commune's report and is used). The reason names both files. A commune
 * stating no superior whose name is borne by communes under several superiors is left out (ambiguousCommunes).
 */
export function splitDuplicates(communes: CommuneResult[], lang: Lang): { kept: CommuneResult[]; duplicates: RefusedFile[] } {
  const kept: CommuneResult[] = [];
  const duplicates: RefusedFile[] = [];
  const leave = (file: string, code: string, message: Bilingual) => duplicates.push({ file, error: { code, message: message[lang] } });
  const duplicate = (file: string, message: Bilingual) => leave(file, 'duplicate', message);
  const ambiguous = ambiguousCommunes(communes);
  for (const c of communes) {
    const namesakes = ambiguous.get(c);
    if (namesakes) {
      const named = namesakes.map((o) => ({ name: nameWithSuperior(o), file: fileName(o.file) }));
      leave(c.file, 'ambiguous-commune', NOT_SUMMED.ambiguousCommune(fileName(c.file), c.agency!, named));
      continue;
    }
    const same = c.digest === undefined ? -1 : kept.findIndex((k) => k.digest === c.digest);
    if (same >= 0) {
      // Of two equal files, the one named as a copy ("x (1).xlsx", "x - Copy.xlsx") is the one left out.
      const first = kept[same];
      const [keep, drop] = isCopyName(first.file) && !isCopyName(c.file) ? [c, first] : [first, c];
      kept[same] = keep;
      duplicate(drop.file, NOT_SUMMED.sameBytes(fileName(keep.file), fileName(drop.file)));
      continue;
    }
    const at = kept.findIndex((k) => twins(k, c));
    if (at >= 0) {
      const twin = kept[at];
      const differ = !sameFigures(twin, c);
      // Our report copy and the commune's own file: the own file is used, whichever was read first.
      if (!twin.reportSheet !== !c.reportSheet) {
        const [original, copy] = c.reportSheet ? [twin, c] : [c, twin];
        kept[at] = original;
        duplicate(copy.file, NOT_SUMMED.reportCopy(fileName(original.file), fileName(copy.file), copy.reportSheet!, differ));
        continue;
      }
      const superior = twin.superior && c.superior ? c.superior : null;
      duplicate(c.file, NOT_SUMMED.sameCommune(fileName(twin.file), fileName(c.file), c.agency!, superior, differ));
      continue;
    }
    kept.push(c);
  }
  return { kept, duplicates };
}
