/**
 * The files a roll-up must not sum (the tester's faults on issue 14): an earlier roll-up among the
 * inputs, recognised by its sheets whatever its file is called, and the same commune read twice (the
 * same bytes copied as "x (1).xlsx", or another file of the same agency and period). Each becomes a
 * file not used, with its one-line reason naming the file that was kept.
 */
import type { Lang } from '../issues';
import { fold } from '../text/fold';
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
 * True when an analysis found at least one of the report's tables (REPORTING-SCHEMA.md tables; `tables` as
 * `Analysis.tables` or the page's view of it, a missing table absent or null). A workbook with none (a price
 * list, another form) is no commune's report and must not be counted as one.
 */
export function hasCchcTable(tables: Partial<Record<string, unknown>>): boolean {
  return Object.values(tables).some((t) => t != null);
}

/** The refusal of a workbook with no CCHC table (code `no-cchc-table`). */
export function noCchcTableRefusal(file: string, lang: Lang): RefusedFile {
  return { file, error: { code: 'no-cchc-table', message: NOT_SUMMED.noCchcTable()[lang] } };
}

/** A name browsers and file managers give a second copy: "x (1).xlsx", "x - Copy.xlsx", "x - Bản sao.xlsx". */
const isCopyName = (file: string) => /( \(\d+\)| - (copy|bản sao)( \(\d+\))?)\.[a-z]+$/i.test(fileName(file).normalize('NFC'));

const periodKey = (c: CommuneResult) => `${c.periodStart === null ? '' : Math.floor(c.periodStart)}|${c.periodEnd === null ? '' : Math.floor(c.periodEnd)}`;

/**
 * The communes to sum, in input order, and the duplicates left out (code `duplicate`): a file whose bytes
 * equal an earlier one's (same `digest`), or whose agency (folded) and period equal an earlier commune's.
 * The first file of each is kept (of equal bytes, the one not named as a copy); the reason names it.
 */
export function splitDuplicates(communes: CommuneResult[], lang: Lang): { kept: CommuneResult[]; duplicates: RefusedFile[] } {
  const kept: CommuneResult[] = [];
  const duplicates: RefusedFile[] = [];
  const byDigest = new Map<string, CommuneResult>();
  const byAgency = new Map<string, CommuneResult>();
  for (const c of communes) {
    let same = c.digest !== undefined ? byDigest.get(c.digest) : undefined;
    const agencyKey = c.agency ? `${fold(c.agency)}|${periodKey(c)}` : null;
    const twin = agencyKey !== null ? byAgency.get(agencyKey) : undefined;
    let copy = c;
    // Of two equal files, the one named as a copy ("x (1).xlsx", "x - Copy.xlsx") is the one left out.
    if (same && isCopyName(same.file) && !isCopyName(c.file)) {
      kept[kept.indexOf(same)] = c;
      byDigest.set(c.digest!, c);
      if (agencyKey !== null && byAgency.get(agencyKey) === same) byAgency.set(agencyKey, c);
      [copy, same] = [same, c];
    }
    if (same) {
      duplicates.push({ file: copy.file, error: { code: 'duplicate', message: NOT_SUMMED.sameBytes(fileName(same.file))[lang] } });
    } else if (twin) {
      duplicates.push({ file: c.file, error: { code: 'duplicate', message: NOT_SUMMED.sameCommune(fileName(twin.file), c.agency!)[lang] } });
    } else {
      kept.push(c);
      if (c.digest !== undefined) byDigest.set(c.digest, c);
      if (agencyKey !== null) byAgency.set(agencyKey, c);
    }
  }
  return { kept, duplicates };
}
