/** TTHC figures from the counts table (Biểu 06): the total row, or the sum of the field rows. */
import { percent } from '../round';
import type { CellRef, ReadTable, TypedRow } from '../tables';
import { columnRef, dataRows, num, ref, refs, setSource, sumStrict, text, type FigureContext } from './common';
import type { TthcCounts, TthcFigures } from './types';
import { TTHC_SUMS } from '../schema/tthc';

export const TTHC_COUNT_KEYS = [
  'received',
  'online',
  'direct',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'pending',
  'pendingInTime',
  'pendingOverdue',
] as const;
export type TthcCountKey = (typeof TTHC_COUNT_KEYS)[number];

export type Counts = Record<TthcCountKey, number | null>;
type CountSources = Partial<Record<TthcCountKey, CellRef[]>>;


/** The percentages of §4 from the counts. */
export function withPercents(c: Counts, decimals: number): TthcCounts {
  return {
    ...c,
    onlinePct: percent(c.online, c.received, decimals),
    onTimePct: percent(sumStrict([c.early, c.onTime]), c.resolved, decimals),
    latePct: percent(c.late, c.resolved, decimals),
  };
}

/** Sources of the percentages: numerator cells first, then the whole. */
export function percentSources(ctx: FigureContext, prefix: string): void {
  const s = ctx.sources;
  const join = (...keys: string[]) => keys.flatMap((k) => s[`${prefix}.${k}`] ?? []);
  setSource(ctx, `${prefix}.onlinePct`, join('online', 'received'));
  setSource(ctx, `${prefix}.onTimePct`, join('early', 'onTime', 'resolved'));
  setSource(ctx, `${prefix}.latePct`, join('late', 'resolved'));
}

/** Fills the totals a table has no column for, from their parts (null when a part is missing). */
function derive(c: Counts, src: CountSources, has: (k: TthcCountKey) => boolean): void {
  // A total made of parts, used when the table has no column for the total itself.
  for (const d of TTHC_SUMS) {
    if (has(d.total)) continue;
    if (!d.parts.every(has)) continue;
    const keys = [...d.parts, ...d.optional.filter(has)];
    c[d.total] = sumStrict(keys.map((k) => c[k]));
    src[d.total] = keys.flatMap((k) => src[k] ?? []);
  }
}

function rowCounts(row: TypedRow, has: (k: TthcCountKey) => boolean): { counts: Counts; src: CountSources } {
  const counts = {} as Counts;
  const src: CountSources = {};
  for (const k of TTHC_COUNT_KEYS) {
    counts[k] = has(k) ? num(row, k) : null;
    const r = ref(row, k);
    if (r) src[k] = [r];
  }
  derive(counts, src, has);
  return { counts, src };
}

function record(ctx: FigureContext, prefix: string, src: CountSources): void {
  for (const k of TTHC_COUNT_KEYS) setSource(ctx, `${prefix}.${k}`, src[k] ?? []);
  percentSources(ctx, prefix);
}

export function computeTthcCounts(t: ReadTable, ctx: FigureContext): TthcFigures {
  const has = (k: TthcCountKey) => t.located.columns[k] !== undefined;
  const totalRow = t.rows.find((r) => r.isTotal);
  const fieldRows = dataRows(t).filter((r) => TTHC_COUNT_KEYS.some((k) => r.values[k] && r.values[k].value !== null) || text(r, 'field'));

  let total: { counts: Counts; src: CountSources };
  if (totalRow) {
    total = rowCounts(totalRow, has);
  } else {
    const counts = {} as Counts;
    const src: CountSources = {};
    for (const k of TTHC_COUNT_KEYS) {
      counts[k] = has(k) && fieldRows.length > 0 ? sumStrict(fieldRows.map((r) => num(r, k))) : null;
      const c = columnRef(fieldRows, k);
      if (c) src[k] = [c];
    }
    derive(counts, src, has);
    total = { counts, src };
  }
  record(ctx, 'tthc', total.src);

  const byField: TthcFigures['byField'] = [];
  for (const row of fieldRows) {
    const field = text(row, 'field');
    if (!field) continue;
    const { counts, src } = rowCounts(row, has);
    const i = byField.length;
    byField.push({ field, ...withPercents(counts, ctx.decimals) });
    record(ctx, `tthc.byField.${i}`, src);
    setSource(ctx, `tthc.byField.${i}.field`, refs(ref(row, 'field')));
  }
  return { ...withPercents(total.counts, ctx.decimals), byField };
}
