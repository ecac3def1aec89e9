/**
 * The province's totals (issue 14 point 1): every count summed over the communes that give it, and
 * every ratio computed from summed counts, never averaged from the communes' percentages. A ratio
 * sums its numerator and denominator over the communes that give both (a commune missing one part
 * would otherwise skew it); `contributors` says over how many communes each figure was summed.
 * Keys are those of REPORTING-SCHEMA.md §4; amounts in đồng, percentages rounded half away from zero.
 */
import { largestRemainder, percent } from '../round';
import { EDUCATION_LEVELS, type BudgetSide, type EducationLevel, type FigurePath, type Figures, type N, type StaffFigures, type TthcCounts } from '../figures/types';
import type { Contributors, RollupTotals } from './types';

type Get = (f: Figures) => N;

class Summer {
  readonly contributors: Contributors = {};
  constructor(
    private readonly all: Figures[],
    private readonly decimals: number,
  ) {}

  /** The sum of a count over the communes that give it; null when none does. */
  sum(key: FigurePath, get: Get): N {
    let total = 0;
    let n = 0;
    for (const f of this.all) {
      const v = get(f);
      if (v === null || !Number.isFinite(v)) continue;
      total += v;
      n++;
    }
    this.contributors[key] = n;
    return n === 0 ? null : total;
  }

  /** Σ numerator / Σ denominator × 100 over the communes that give every part of both. */
  ratio(key: FigurePath, numerator: Get[], denominator: Get): N {
    let num = 0;
    let den = 0;
    let n = 0;
    for (const f of this.all) {
      const parts = numerator.map((g) => g(f));
      const d = denominator(f);
      if (d === null || !Number.isFinite(d) || parts.some((p) => p === null || !Number.isFinite(p))) continue;
      num += (parts as number[]).reduce((a, b) => a + b, 0);
      den += d;
      n++;
    }
    this.contributors[key] = n;
    return n === 0 ? null : percent(num, den, this.decimals);
  }
}

const TTHC_COUNTS = ['received', 'online', 'direct', 'carriedOver', 'resolved', 'early', 'onTime', 'late', 'pending', 'pendingInTime', 'pendingOverdue'] as const;

function tthcTotals(s: Summer, all: Figures[]): TthcCounts | null {
  if (!all.some((f) => f.tthc)) return null;
  const t = (k: keyof TthcCounts): Get => (f) => (f.tthc ? (f.tthc[k] as N) : null);
  const counts = Object.fromEntries(TTHC_COUNTS.map((k) => [k, s.sum(`tthc.${k}`, t(k))])) as Record<(typeof TTHC_COUNTS)[number], N>;
  return {
    ...counts,
    onlinePct: s.ratio('tthc.onlinePct', [t('online')], t('received')),
    onTimePct: s.ratio('tthc.onTimePct', [t('early'), t('onTime')], t('resolved')),
    latePct: s.ratio('tthc.latePct', [t('late')], t('resolved')),
  };
}

function staffTotals(s: Summer, all: Figures[], decimals: number): StaffFigures | null {
  if (!all.some((f) => f.staff)) return null;
  const g = (k: 'total' | 'canBo' | 'congChuc' | 'khongChuyenTrach'): Get => (f) => f.staff?.[k] ?? null;
  // Shares of one whole: summed over the communes whose every level is known, so the parts add up to the whole.
  const whole = all.filter((f) => f.staff && EDUCATION_LEVELS.every((l) => f.staff!.education[l].count !== null));
  const sums = EDUCATION_LEVELS.map((l) => whole.reduce((a, f) => a + f.staff!.education[l].count!, 0));
  const pcts = whole.length > 0 ? largestRemainder(sums, decimals) : sums.map(() => null);
  for (const l of EDUCATION_LEVELS) {
    s.contributors[`staff.education.${l}.count`] = whole.length;
    s.contributors[`staff.education.${l}.pct`] = whole.length;
  }
  const education = Object.fromEntries(
    EDUCATION_LEVELS.map((l, i) => [l, { count: whole.length > 0 ? sums[i] : null, pct: pcts[i] }]),
  ) as Record<EducationLevel, { count: N; pct: N }>;
  return {
    total: s.sum('staff.total', g('total')),
    canBo: s.sum('staff.canBo', g('canBo')),
    congChuc: s.sum('staff.congChuc', g('congChuc')),
    khongChuyenTrach: s.sum('staff.khongChuyenTrach', g('khongChuyenTrach')),
    education,
  };
}

function budgetSide(s: Summer, side: 'revenue' | 'expenditure'): BudgetSide {
  const g = (k: 'estimateSuperior' | 'estimateCouncil' | 'actual'): Get => (f) => f.budget?.[side][k] ?? null;
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
 * communes each was summed over. `decimals` rounds the province's percentages (default 1).
 */
export function rollupTotals(all: Figures[], decimals = 1): { totals: RollupTotals; contributors: Contributors } {
  const s = new Summer(all, decimals);
  const inv = (k: 'plan' | 'disbursed'): Get => (f) => f.investment?.[k] ?? null;
  const totals: RollupTotals = {
    tthc: tthcTotals(s, all),
    staff: staffTotals(s, all, decimals),
    budget: all.some((f) => f.budget) ? { revenue: budgetSide(s, 'revenue'), expenditure: budgetSide(s, 'expenditure') } : null,
    investment: all.some((f) => f.investment)
      ? { plan: s.sum('investment.plan', inv('plan')), disbursed: s.sum('investment.disbursed', inv('disbursed')), pct: s.ratio('investment.pct', [inv('disbursed')], inv('plan')) }
      : null,
  };
  return { totals, contributors: s.contributors };
}
