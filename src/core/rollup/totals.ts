/**
 * The province's totals (issue 14 point 1): every count summed over the communes that give it, and
 * every ratio computed from summed counts, never averaged from the communes' percentages. A ratio
 * sums its numerator and denominator over the communes that give both (a commune missing one part
 * would otherwise skew it); `contributors` says over how many communes each figure was summed.
 * Keys are those of REPORTING-SCHEMA.md §4; amounts in đồng, percentages rounded half away from zero.
 */
import { largestRemainder, percent } from '../round';
import {
  EDUCATION_LEVELS,
  type BudgetSide,
  type EducationLevel,
  type FigurePath,
  type Figures,
  type N,
  type StaffFigures,
  type TthcCounts,
  type TthcFigures,
  figurePath,
} from '../figures/types';
import { TTHC_COUNT_KEYS, type TthcBlock } from '../figures/tthc';
import { fold } from '../text/fold';
import { figureAt, type Questioned } from './questioned';
import type { Contributors, RollupTotals } from './types';

type Get = (f: Figures) => N;
/** Where a commune holds a figure (its own path: a field's index differs between communes), null when it has none. */
type At = (f: Figures) => FigurePath | null;
/** A figure as summed: its value in a commune, and its path there (to look up whether the commune questions it). */
interface Part {
  get: Get;
  at: At;
}

/**
 * What the totals hold besides the figures: how many communes each was summed over, which communes' summed figure is
 * in question (their draft marks it; the total is marked with them), which communes' figure was left out for being in
 * another unit (questioned.ts), and each ratio's exact quotient (a fraction, not rounded), by the province's path.
 * Communes are indexes into the list given to rollupTotals.
 */
export interface TotalsNotes {
  contributors: Contributors;
  marked: Partial<Record<FigurePath, number[]>>;
  leftOut: Partial<Record<FigurePath, number[]>>;
  exact: Partial<Record<FigurePath, number>>;
}

class Summer implements TotalsNotes {
  readonly contributors: Contributors = {};
  readonly marked: TotalsNotes['marked'] = {};
  readonly leftOut: TotalsNotes['leftOut'] = {};
  readonly exact: TotalsNotes['exact'] = {};
  constructor(
    private readonly all: Figures[],
    private readonly questions: (Questioned | undefined)[],
    private readonly decimals: number,
  ) {}

  private note(list: 'marked' | 'leftOut', key: FigurePath, i: number) {
    const l = (this[list][key] ??= []);
    if (!l.includes(i)) l.push(i);
  }

  /** A commune's value of a part: null when it has none, or when it is in another unit (then noted as left out of `key`). */
  private value(key: FigurePath, i: number, p: Part): { v: N; q: boolean } {
    const f = this.all[i];
    const v = p.get(f);
    if (v === null || !Number.isFinite(v)) return { v: null, q: false };
    const at = p.at(f);
    const q = at ? this.questions[i]?.[at] : undefined;
    if (q?.unit) {
      this.note('leftOut', key, i);
      return { v: null, q: false };
    }
    return { v, q: !!q };
  }

  /** The sum of a count over the communes that give it; null when none does. */
  sum(key: FigurePath, p: Part): N {
    let total = 0;
    let n = 0;
    this.all.forEach((_, i) => {
      const { v, q } = this.value(key, i, p);
      if (v === null) return;
      total += v;
      n++;
      if (q) this.note('marked', key, i);
    });
    this.contributors[key] = n;
    return n === 0 ? null : total;
  }

  /** Σ numerator / Σ denominator × 100 over the communes that give every part of both (none in another unit). */
  ratio(key: FigurePath, numerator: Part[], denominator: Part): N {
    let num = 0;
    let den = 0;
    let n = 0;
    this.all.forEach((_, i) => {
      const parts = [...numerator, denominator].map((p) => this.value(key, i, p));
      if (parts.some((x) => x.v === null)) return;
      num += parts.slice(0, -1).reduce((a, x) => a + x.v!, 0);
      den += parts[parts.length - 1].v!;
      n++;
      if (parts.some((x) => x.q)) this.note('marked', key, i);
    });
    this.contributors[key] = n;
    if (n > 0 && den !== 0) this.exact[key] = num / den;
    return n === 0 ? null : percent(num, den, this.decimals);
  }
}

/** A figure at the same path in every commune. */
const part = (path: FigurePath): Part => ({ get: (f) => figureAt(f, path), at: () => path });

/** The counts and ratios of one TTHC block (the whole, or one field), summed over the communes under `prefix`. */
function tthcBlock(s: Summer, prefix: TthcBlock, of: (f: Figures) => string | null): TthcCounts {
  // `of`: the commune's own block path ("tthc", or "tthc.byField.3" where it names the field), null when it has none.
  const t = (k: string): Part => ({
    get: (f) => (of(f) === null ? null : figureAt(f, `${of(f)}.${k}`)),
    at: (f) => (of(f) === null ? null : (`${of(f)}.${k}` as FigurePath)),
  });
  const counts = Object.fromEntries(TTHC_COUNT_KEYS.map((k) => [k, s.sum(figurePath(prefix, k), t(k))])) as Record<(typeof TTHC_COUNT_KEYS)[number], N>;
  return {
    ...counts,
    onlinePct: s.ratio(figurePath(prefix, 'onlinePct'), [t('online')], t('received')),
    onTimePct: s.ratio(figurePath(prefix, 'onTimePct'), [t('early'), t('onTime')], t('resolved')),
    latePct: s.ratio(figurePath(prefix, 'latePct'), [t('late')], t('resolved')),
  };
}

/**
 * The key a field (lĩnh vực) is summed under across communes: its name folded (case, diacritics, spaces),
 * without an order mark ("1.", "II.", "a)"), a leading "Lĩnh vực" or a trailing count ("Hộ tịch (3)").
 */
export function fieldKey(name: string): string {
  const bare = name
    .trim()
    .replace(/^(?:[IVXLCivxlc]+|\d+|[a-zA-Z])\s*[.)]\s*/, '')
    .replace(/\s*\(\s*\d+\s*\)$/, '');
  return fold(bare)
    .replace(/^linh vuc\s+/, '')
    .trim();
}

function tthcTotals(s: Summer, all: Figures[]): TthcFigures | null {
  if (!all.some((f) => f.tthc)) return null;
  const total = tthcBlock(s, 'tthc', (f) => (f.tthc ? 'tthc' : null));
  // By field: the same counts summed over the communes that report the field, named as the first one writes it.
  const names = new Map<string, string>();
  for (const f of all) for (const b of f.tthc?.byField ?? []) if (!names.has(fieldKey(b.field))) names.set(fieldKey(b.field), b.field.normalize('NFC').trim());
  const byField = [...names].map(([key, field], i) => {
    const of = (f: Figures) => {
      const j = f.tthc?.byField.findIndex((b) => fieldKey(b.field) === key) ?? -1;
      return j < 0 ? null : `tthc.byField.${j}`;
    };
    // How many communes report the field at all, kept under its name.
    s.contributors[`tthc.byField.${i}.field`] = all.filter((f) => of(f) !== null).length;
    return { field, ...tthcBlock(s, `tthc.byField.${i}`, of) };
  });
  return { ...total, byField };
}

function staffTotals(s: Summer, all: Figures[], questions: (Questioned | undefined)[], decimals: number): StaffFigures | null {
  if (!all.some((f) => f.staff)) return null;
  // Shares of one whole: summed over the communes whose every level is known, so the parts add up to the whole.
  const whole = all.flatMap((f, i) => (f.staff && EDUCATION_LEVELS.every((l) => f.staff!.education[l].count !== null) ? [i] : []));
  const sums = EDUCATION_LEVELS.map((l) => whole.reduce((a, i) => a + all[i].staff!.education[l].count!, 0));
  const pcts = whole.length > 0 ? largestRemainder(sums, decimals) : sums.map(() => null);
  const all100 = sums.reduce((a, b) => a + b, 0);
  EDUCATION_LEVELS.forEach((l, k) => {
    s.contributors[`staff.education.${l}.count`] = whole.length;
    s.contributors[`staff.education.${l}.pct`] = whole.length;
    if (all100 > 0) s.exact[`staff.education.${l}.pct`] = sums[k] / all100;
    // A level's count in question marks its line; any level in question marks every share (they are of one whole).
    for (const i of whole) {
      const q = questions[i];
      if (q?.[`staff.education.${l}.count`]) (s.marked[`staff.education.${l}.count`] ??= []).push(i);
      if (EDUCATION_LEVELS.some((m) => q?.[`staff.education.${m}.count`])) (s.marked[`staff.education.${l}.pct`] ??= []).push(i);
    }
  });
  const education = Object.fromEntries(EDUCATION_LEVELS.map((l, i) => [l, { count: whole.length > 0 ? sums[i] : null, pct: pcts[i] }])) as Record<
    EducationLevel,
    { count: N; pct: N }
  >;
  return {
    total: s.sum('staff.total', part('staff.total')),
    canBo: s.sum('staff.canBo', part('staff.canBo')),
    congChuc: s.sum('staff.congChuc', part('staff.congChuc')),
    khongChuyenTrach: s.sum('staff.khongChuyenTrach', part('staff.khongChuyenTrach')),
    education,
  };
}

function budgetSide(s: Summer, side: 'revenue' | 'expenditure'): BudgetSide {
  const g = (k: 'estimateSuperior' | 'estimateCouncil' | 'actual') => part(`budget.${side}.${k}`);
  return {
    estimateSuperior: s.sum(`budget.${side}.estimateSuperior`, g('estimateSuperior')),
    estimateCouncil: s.sum(`budget.${side}.estimateCouncil`, g('estimateCouncil')),
    actual: s.sum(`budget.${side}.actual`, g('actual')),
    pctSuperior: s.ratio(`budget.${side}.pctSuperior`, [g('actual')], g('estimateSuperior')),
    pctCouncil: s.ratio(`budget.${side}.pctCouncil`, [g('actual')], g('estimateCouncil')),
  };
}

/**
 * Totals of the communes' figures (`figures` of `report --json`, one per commune) with the number of
 * communes each was summed over, and what is in question (TotalsNotes): `questions[i]` is the i-th commune's
 * (questioned.ts; absent: none). A figure in another unit is left out; a marked one is summed and noted.
 * `decimals` rounds the province's percentages (default 1).
 */
export function rollupTotals(all: Figures[], decimals = 1, questions: (Questioned | undefined)[] = []): { totals: RollupTotals } & TotalsNotes {
  const s = new Summer(all, questions, decimals);
  const totals: RollupTotals = {
    tthc: tthcTotals(s, all),
    staff: staffTotals(s, all, questions, decimals),
    budget: all.some((f) => f.budget) ? { revenue: budgetSide(s, 'revenue'), expenditure: budgetSide(s, 'expenditure') } : null,
    investment: all.some((f) => f.investment)
      ? {
          plan: s.sum('investment.plan', part('investment.plan')),
          disbursed: s.sum('investment.disbursed', part('investment.disbursed')),
          pct: s.ratio('investment.pct', [part('investment.disbursed')], part('investment.plan')),
        }
      : null,
  };
  return { totals, contributors: s.contributors, marked: s.marked, leftOut: s.leftOut, exact: s.exact };
}
