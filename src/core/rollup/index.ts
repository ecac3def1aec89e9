/**
 * The province's roll-up model (issue 14; REPORTING-SCHEMA.md §6 `rollup`): many communes' analyses
 * into totals, rankings, the period check and the errors list. Pure: the front doors read the files
 * (in workers) and hand over one small `CommuneResult` per workbook.
 */
import type { Analysis } from '../analyze';
import { countBySeverity, issueMessage, type Lang } from '../issues';
import { serialParts } from '../format';
import { periodCheck } from './period';
import { rankDescending } from './ranking';
import { rollupTotals } from './totals';
import { splitDuplicates } from './exclude';
import { communeName, communeNames } from './identity';
import type { CommuneResult, PeriodJson, RankingKey, RefusedFile, Rollup } from './types';
import type { FigurePath } from '../figures/types';
import { questionedFigures, type Questioned } from './questioned';

export type * from './types';
export { rollupTotals } from './totals';
export { questionedFigures, questionOf, type Question, type Questioned } from './questioned';
export { rankDescending } from './ranking';
export { periodCheck } from './period';
export { earlierRollupRefusal, fileName, hasCchcTable, isRollupWorkbook, noCchcTableRefusal, splitDuplicates } from './exclude';
export { fingerprint } from './fingerprint';
export { communeName, communeNames, sameCommune, sameName } from './identity';

/**
 * What the roll-up keeps of one commune's analysis: its figures, counts and its errors and warnings (no
 * workbook). The language, info, issues and figures are read, and the figures in question: computed from `sources`
 * (a whole analysis), or `questioned` as the web page's worker view carries it (questioned.ts).
 */
export function communeResult(
  file: string,
  analysis: Pick<Analysis, 'lang' | 'info' | 'issues' | 'figures' | 'reportSheet'> & { sources?: Analysis['sources']; questioned?: Questioned },
): CommuneResult {
  // The figures its draft marks: from the sources where the whole analysis is at hand, else as the page's worker gave them.
  const questioned = analysis.questioned ?? (analysis.sources ? questionedFigures({ issues: analysis.issues, sources: analysis.sources }) : undefined);
  return {
    file,
    agency: analysis.info.agency?.normalize('NFC').trim() || null,
    superior: analysis.info.superior?.normalize('NFC').trim() || null,
    periodStart: analysis.info.periodStart,
    periodEnd: analysis.info.periodEnd,
    counts: countBySeverity(analysis.issues),
    figures: analysis.figures,
    issues: analysis.issues
      .filter((i) => i.severity !== 'info')
      .map((i) => ({
        severity: i.severity,
        code: i.code,
        sheet: i.sheet,
        cell: i.cell,
        message: issueMessage(i, analysis.lang),
        ...(i.more ? { more: i.more } : {}),
      })),
    ...(questioned && Object.keys(questioned).length ? { questioned } : {}),
    ...(analysis.reportSheet ? { reportSheet: analysis.reportSheet } : {}),
  };
}

export const RANKING_KEYS: RankingKey[] = ['onTimePct', 'onlinePct', 'disbursedPct'];

/** The figure each ranking orders by. */
export function rankingValue(c: CommuneResult, key: RankingKey): number | null {
  if (key === 'disbursedPct') return c.figures.investment?.pct ?? null;
  return c.figures.tthc?.[key] ?? null;
}

/**
 * The roll-up of the communes read (input order kept) and the files refused; percentages rounded to `decimals`.
 * A commune read twice (exclude.ts) joins the files not used, worded in `lang`; a commune of another period than
 * the majority's stays listed (flagged, `leftOut`) but adds nothing to the totals and is not ranked.
 */
export function buildRollup(read: CommuneResult[], refusedFiles: RefusedFile[], decimals = 1, lang: Lang = 'vi'): Rollup {
  const { kept, duplicates } = splitDuplicates(read, lang);
  // Each named as the outputs name it: namesakes of different communes told apart by their superior.
  const names = communeNames(kept);
  const communes = kept.map((c, i) => (names[i] === undefined ? c : { ...c, name: names[i] }));
  const refused = [...refusedFiles, ...duplicates];
  const period = periodCheck(communes);
  const leftOut = communes.map((c, i) => period.majority !== null && period.differs[i] && (c.periodStart !== null || c.periodEnd !== null));
  // The communes summed, by their index in `communes`; what is in question mapped back to those indexes.
  const summed = communes.flatMap((_, i) => (leftOut[i] ? [] : [i]));
  const sums = rollupTotals(
    summed.map((i) => communes[i].figures),
    decimals,
    summed.map((i) => communes[i].questioned),
  );
  const back = (m: Partial<Record<FigurePath, number[]>>) =>
    Object.fromEntries(Object.entries(m).map(([k, list]) => [k, list!.map((j) => summed[j])])) as Partial<Record<FigurePath, number[]>>;
  const { totals, contributors } = sums;
  const ranking = Object.fromEntries(
    RANKING_KEYS.map((k) => [k, rankDescending(communes.map((c, i) => (leftOut[i] ? null : rankingValue(c, k))))]),
  ) as Rollup['ranking'];
  return {
    communes,
    refused,
    totals,
    contributors,
    ranking,
    period,
    leftOut,
    marked: back(sums.marked),
    unitLeftOut: back(sums.leftOut),
    exact: sums.exact,
    decimals,
  };
}

/** How many communes the totals sum: those read, less those of another period. */
export const countedCommunes = (r: Rollup) => r.leftOut.filter((x) => !x).length;

const iso = (serial: number | null): string | null => {
  if (serial === null || !Number.isFinite(serial)) return null;
  const { y, m, d } = serialParts(serial);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

export function periodJson(start: number | null, end: number | null): PeriodJson | null {
  return start === null && end === null ? null : { start: iso(start), end: iso(end) };
}

/** `rollup --json` (REPORTING-SCHEMA.md §6): `{communes: [{file, agency, period, ok, counts, figures}], totals, refused}`. */
export function rollupJson(r: Rollup) {
  return {
    communes: r.communes.map((c, i) => ({
      file: c.file,
      agency: c.agency,
      superior: c.superior ?? null,
      name: communeName(c),
      period: periodJson(c.periodStart, c.periodEnd),
      ok: c.counts.error === 0,
      counts: c.counts,
      inTotals: !r.leftOut[i],
      figures: c.figures,
    })),
    totals: r.totals,
    refused: r.refused,
  };
}

/** Exit status (REPORTING-SCHEMA.md §6): 2 when no file could be used, 1 when a file was refused or a commune has errors, else 0. */
export function rollupStatus(r: Rollup): number {
  if (r.communes.length === 0) return 2;
  return r.refused.length > 0 || r.communes.some((c) => c.counts.error > 0) ? 1 : 0;
}
