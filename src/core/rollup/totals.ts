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

/** The counts and ratios of one TTHC block (the whole, or one field), summed over the communes under `prefix`. */
function tthcBlock(s: Summer, prefix: TthcBlock, of: (f: Figures) => TthcCounts | null): TthcCounts {
  const t =
    (k: keyof TthcCounts): Get =>
    (f) =>
      (of(f)?.[k] as N | undefined) ?? null;
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
  const total = tthcBlock(s, 'tthc', (f) => f.tthc);
  // By field: the same counts summed over the communes that report the field, named as the first one writes it.
  const names = new Map<string, string>();
  for (const f of all) for (const b of f.tthc?.byField ?? []) if (!names.has(fieldKey(b.field))) names.set(fieldKey(b.field), b.field.normalize('NFC').trim());
  const byField = [...names].map(([key, field], i) => {
    const of = (f: Figures) => f.tthc?.byField.find((b) => fieldKey(b.field) === key) ?? null;
    // How many communes report the field at all, kept under its name.
    s.contributors[`tthc.byField.${i}.field`] = all.filter((f) => of(f) !== null).length;
    return { field, ...tthcBlock(s, `tthc.byField.${i}`, of) };
  });
  return { ...total, byField };
}

function staffTotals(s: Summer, all: Figures[], decimals: number): StaffFigures | null {
  if (!all.some((f) => f.staff)) return null;
  const g =
    (k: 'total' | 'canBo' | 'congChuc' | 'khongChuyenTrach'): Get =>
    (f) =>
      f.staff?.[k] ?? null;
  // Shares of one whole: summed over the communes whose every level is known, so the parts add up to the whole.
  const whole = all.filter((f) => f.staff && EDUCATION_LEVELS.every((l) => f.staff!.education[l].count !== null));
  const sums = EDUCATION_LEVELS.map((l) => whole.reduce((a, f) => a + f.staff!.education[l].count!, 0));
  const pcts = whole.length > 0 ? largestRemainder(sums, decimals) : sums.map(() => null);
  for (const l of EDUCATION_LEVELS) {
    s.contributors[`staff.education.${l}.count`] = whole.length;
    s.contributors[`staff.education.${l}.pct`] = whole.length;
  }
  const education = Object.fromEntries(EDUCATION_LEVELS.map((l, i) => [l, { count: whole.length > 0 ? sums[i] : null, pct: pcts[i] }])) as Record<
    EducationLevel,
    { count: N; pct: N }
  >;
  return {
    total: s.sum('staff.total', g('total')),
    canBo: s.sum('staff.canBo', g('canBo')),
    congChuc: s.sum('staff.congChuc', g('congChuc')),
    khongChuyenTrach: s.sum('staff.khongChuyenTrach', g('khongChuyenTrach')),
    education,
  };
}

function budgetSide(s: Summer, side: 'revenue' | 'expenditure'): BudgetSide {
  const g =
    (k: 'estimateSuperior' | 'estimateCouncil' | 'actual'): Get =>
    (f) =>
      f.budget?.[side][k] ?? null;
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
  const inv =
    (k: 'plan' | 'disbursed'): Get =>
    (f) =>
      f.investment?.[k] ?? null;
  const totals: RollupTotals = {
    tthc: tthcTotals(s, all),
    staff: staffTotals(s, all, decimals),
    budget: all.some((f) => f.budget) ? { revenue: budgetSide(s, 'revenue'), expenditure: budgetSide(s, 'expenditure') } : null,
    investment: all.some((f) => f.investment)
      ? {
          plan: s.sum('investment.plan', inv('plan')),
          disbursed: s.sum('investment.disbursed', inv('disbursed')),
          pct: s.ratio('investment.pct', [inv('disbursed')], inv('plan')),
        }
      : null,
  };
  return { totals, contributors: s.contributors };
}
