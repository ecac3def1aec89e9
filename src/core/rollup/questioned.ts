/**
 * A commune's figures in question, for the roll-up (tester 7 item 5): each figure the commune's own draft marks
 * «[cần xem lại: …]» (word/marks.ts issuesOf: an open issue on one of its source cells), with those cells, and whether
 * one of the issues says an amount is in another unit (unit-mismatch: off by 1 000×, the draft leaves its share
 * «[...]%»). The roll-up sums a marked figure and marks the total with the commune; it leaves a figure in another unit
 * out of the sum and says so (totals.ts). Small and plain, so the web page's worker posts it with its view.
 */
import type { Analysis } from '../analyze';
import type { FigurePath, Figures, N } from '../figures/types';
import { issuesOf, unitSlipped } from '../word/marks';

export interface Question {
  /** The open issues' cells, "Thu chi NS!E6, E7", errors first. */
  cells: string[];
  /** True when one of them is a unit-mismatch: the figure is off by a unit and must not be summed. */
  unit?: true;
}

/** Per figure path (the commune's own, REPORTING-SCHEMA.md §4 keys), the figures in question; absent: none. */
export type Questioned = Partial<Record<FigurePath, Question>>;

/** The figures of `analysis` its draft marks, with their issues' cells (see the module's note). */
export function questionedFigures(analysis: Pick<Analysis, 'issues' | 'sources'>): Questioned {
  const out: Questioned = {};
  for (const path of Object.keys(analysis.sources) as FigurePath[]) {
    const issues = issuesOf(analysis, [path]);
    if (issues.length === 0) continue;
    out[path] = { cells: [...new Set(issues.map((i) => `${i.sheet}!${i.cell}`))], ...(unitSlipped(issues) ? { unit: true as const } : {}) };
  }
  return out;
}

/** A figure by its dotted path ("budget.revenue.actual", "tthc.byField.2.online"); null when absent or not a number. */
export function figureAt(f: Figures, path: string): N {
  let v: unknown = f;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The counts a ratio is made of, by the ratio's last key (REPORTING-SCHEMA.md §4): numerator parts and denominator,
 * as keys under the same block. A ratio is in question when one of its parts is.
 */
export const RATIO_PARTS: Record<string, { num: string[]; den: string }> = {
  onlinePct: { num: ['online'], den: 'received' },
  onTimePct: { num: ['early', 'onTime'], den: 'resolved' },
  latePct: { num: ['late'], den: 'resolved' },
  pctSuperior: { num: ['actual'], den: 'estimateSuperior' },
  pctCouncil: { num: ['actual'], den: 'estimateCouncil' },
  pct: { num: ['disbursed'], den: 'plan' },
};

/**
 * The question on one commune figure as the roll-up shows it: the figure's own, or, for a ratio (RATIO_PARTS), any
 * of its parts' (cells together; `unit` when a part is in another unit, the ratio then not to be shown). Null: none.
 */
export function questionOf(q: Questioned | undefined, path: FigurePath): Question | null {
  if (!q) return null;
  const dot = path.lastIndexOf('.');
  const parts = RATIO_PARTS[path.slice(dot + 1)];
  const block = path.slice(0, dot);
  const keys = [path, ...(parts ? [...parts.num, parts.den].map((k) => `${block}.${k}` as FigurePath) : [])];
  const found = keys.map((k) => q[k]).filter((x): x is Question => !!x);
  if (found.length === 0) return null;
  return { cells: [...new Set(found.flatMap((x) => x.cells))], ...(found.some((x) => x.unit) ? { unit: true as const } : {}) };
}
