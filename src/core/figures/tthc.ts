/** TTHC figures from the counts table (Biểu 06): the total row, or the sum of the field rows. */
import { percent } from '../round';
import { columnAt, rowsByPart, valueAt, type CellRef, type ReadTable, type TypedRow } from '../tables';
import { columnRef, dataRows, newContext, num, ref, refs, setSource, sumStrict, text, type FigureContext } from './common';
import { figurePath, type TthcCounts, type TthcFigures } from './types';
import { differenceOf, TTHC_SUMS } from '../schema/tthc';
import { fold } from '../text/fold';

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

/** Counts that are stocks at a moment, not flows over the period: which row of consecutive periods gives them. */
export const STOCKS: Partial<Record<string, 'first' | 'last'>> = { pending: 'last', pendingInTime: 'last', pendingOverdue: 'last', carriedOver: 'first' };
type CountSources = Partial<Record<TthcCountKey, CellRef[]>>;

/** Where a set of TTHC figures sits among the figures: the whole ("tthc") or one field's ("tthc.byField.2"). */
export type TthcBlock = 'tthc' | `tthc.byField.${number}`;

/**
 * The dossiers resolved early or on time, the numerator of onTimePct (REPORTING-SCHEMA.md §4: (early + on time) /
 * resolved): early + on time when both are counted; else, since resolved = early + on time + late (Biểu 06), resolved
 * − late when those two are (a form with no «Trước hạn» column, tester 7 item 14); else null. Counts in dossiers.
 */
export function inTimeCount(c: Pick<Counts, 'early' | 'onTime' | 'late' | 'resolved'>): number | null {
  if (c.early !== null && c.onTime !== null) return c.early + c.onTime;
  if (c.resolved !== null && c.late !== null && c.late <= c.resolved) return c.resolved - c.late;
  return null;
}

/** The percentages of §4 from the counts. */
export function withPercents(c: Counts, decimals: number): TthcCounts {
  return {
    ...c,
    onlinePct: percent(c.online, c.received, decimals),
    onTimePct: percent(inTimeCount(c), c.resolved, decimals),
    latePct: percent(c.late, c.resolved, decimals),
  };
}

/**
 * Sources of the percentages: numerator cells first, then the whole. The on-time share of a table without early
 * dossiers' cells is resolved − late (inTimeCount): its late cells are sources too.
 */
export function percentSources(ctx: FigureContext, prefix: TthcBlock): void {
  const s = ctx.sources;
  const join = (...keys: TthcCountKey[]) => keys.flatMap((k) => s[figurePath(prefix, k)] ?? []);
  const viaLate = join('early').length === 0;
  setSource(ctx, `${prefix}.onlinePct`, join('online', 'received'));
  setSource(ctx, `${prefix}.onTimePct`, viaLate ? join('onTime', 'resolved', 'late') : join('early', 'onTime', 'resolved'));
  setSource(ctx, `${prefix}.latePct`, join('late', 'resolved'));
}

/** A part outside the figures (receivedInPeriod): its value and cells, or undefined when the table lacks it. */
type ExtraPart = (key: string) => { value: number | null; cells: CellRef[] } | undefined;

const isCount = (k: string): k is TthcCountKey => (TTHC_COUNT_KEYS as readonly string[]).includes(k);

/**
 * Fills the totals a table has no column for, from their parts (null when a part is missing).
 * A total may have several decompositions (received = online + direct + carried over, or = received in the
 * period + carried over): the first whose parts the table has is used. Online split by level («toàn trình» +
 * «một phần», no online column) is the sum of the two. Direct without its column is then told by difference
 * when its total and the other parts are there (differenceOf).
 */
function derive(c: Counts, src: CountSources, has: (k: TthcCountKey) => boolean, extra: ExtraPart): void {
  const done = new Set<string>();
  // A total derived above is a part below (online from «toàn trình» + «một phần», then received from it).
  const hasPart = (k: string) => (isCount(k) ? has(k) || done.has(k) : extra(k) !== undefined);
  for (const d of TTHC_SUMS) {
    if (!isCount(d.total) || has(d.total) || done.has(d.total)) continue;
    if (!d.parts.every(hasPart) || ('without' in d && d.without.some(hasPart))) continue;
    const keys: string[] = [...d.parts, ...d.optional.filter(hasPart)];
    c[d.total] = sumStrict(keys.map((k) => (isCount(k) ? c[k] : (extra(k)?.value ?? null))));
    src[d.total] = keys.flatMap((k) => (isCount(k) ? (src[k] ?? []) : (extra(k)?.cells ?? [])));
    done.add(d.total);
  }
  // Direct without its column, told by difference (schema/tthc.ts differenceOf): direct = received in the period −
  // online. Left null when a value is missing or the difference is negative (the counts disagree; the checks say so).
  for (const part of ['direct'] as const) {
    if (has(part) || done.has(part)) continue;
    const d = differenceOf(part, hasPart);
    if (!d) continue;
    const value = (k: string) => (isCount(k) ? c[k] : (extra(k)?.value ?? null));
    const cells = (k: string) => (isCount(k) ? (src[k] ?? []) : (extra(k)?.cells ?? []));
    const total = value(d.total);
    const minus = d.minus.map(value);
    if (total === null || minus.some((v) => v === null)) continue;
    const diff = total - (minus as number[]).reduce((a, b) => a + b, 0);
    if (diff < 0) continue;
    c[part] = diff;
    src[part] = [d.total, ...d.minus].flatMap(cells);
    done.add(part);
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
  derive(counts, src, has, (k) => (valueAt(row, k) ? { value: num(row, k), cells: refs(ref(row, k)) } : undefined));
  return { counts, src };
}

function record(ctx: FigureContext, prefix: TthcBlock, src: CountSources): void {
  for (const k of TTHC_COUNT_KEYS) setSource(ctx, `${prefix}.${k}`, src[k] ?? []);
  percentSources(ctx, prefix);
}

export function computeTthcCounts(t: ReadTable, ctx: FigureContext): TthcFigures {
  const parts = rowsByPart(t);
  if (parts) return summedParts(t, parts, ctx);
  const has = (k: TthcCountKey) => t.located.columns[k] !== undefined;
  const totalRow = t.rows.find((r) => r.isTotal);
  const rows = dataRows(t).filter((r) => TTHC_COUNT_KEYS.some((k) => r.values[k] && r.values[k].value !== null) || text(r, 'field'));
  // Fields grouped by level («A | Cấp xã» over «1 | Hộ tịch», read/breakdownRows.ts): the groups make the whole,
  // their fields the list by field; each dossier is counted once. A group with no field under it («III | Đất đai
  // | 10 | …») is a field itself (tester 7 item 4), so the fields still make the whole.
  const grouped = rows.some((r) => r.level === 1);
  const topRows = grouped ? rows.filter((r) => r.level !== 2) : rows;
  const fieldRows = grouped ? rows.filter((r, i) => r.level !== 1 || (rows[i + 1]?.level ?? 1) === 1) : rows;

  let total: { counts: Counts; src: CountSources };
  if (totalRow) {
    total = rowCounts(totalRow, has);
  } else {
    const counts = {} as Counts;
    const src: CountSources = {};
    for (const k of TTHC_COUNT_KEYS) {
      // Rows of consecutive periods (months of a quarter): a stock is the last row's (pending at the end) or the
      // first's (carried over at the start), never their sum (tester 15 item 23, T71b).
      const stock = t.located.periodRows && topRows.length > 0 ? STOCKS[k] : undefined;
      const from = stock === 'last' ? [topRows[topRows.length - 1]] : stock === 'first' ? [topRows[0]] : topRows;
      counts[k] = has(k) && from.length > 0 ? sumStrict(from.map((r) => num(r, k))) : null;
      const c = columnRef(from, k);
      if (c) src[k] = [c];
    }
    // Received holds the carried over (received = online + direct + carried over): a later period's carried over is
    // the period before's pending, received already; only the first row's counts in the whole (as combineParts).
    const later = t.located.periodRows && has('received') && has('carriedOver') ? topRows.slice(1) : [];
    const carried = later.map((r) => num(r, 'carriedOver'));
    if (counts.received !== null && later.length > 0 && carried.every((v) => v !== null)) {
      counts.received -= (carried as number[]).reduce((a, b) => a + b, 0);
      src.received = [...(src.received ?? []), ...refs(columnRef(later, 'carriedOver'))];
    }
    derive(counts, src, has, (k) =>
      columnAt(t.located, k) === undefined || topRows.length === 0
        ? undefined
        : { value: sumStrict(topRows.map((r) => num(r, k))), cells: refs(columnRef(topRows, k)) },
    );
    total = { counts, src };
  }
  record(ctx, 'tthc', total.src);

  // Counts per thủ tục: the field is the group row above them («I | LĨNH VỰC HỘ TỊCH», read/groupRows.ts) or its
  // column, and a field's procedures add up to it (tester 13 item 34); with no field at all the procedures stand.
  const perProcedure = t.located.columns.procedure !== undefined;
  const grouped2 = perProcedure && fieldRows.some((r) => text(r, 'field'));
  const nameOf = (row: TypedRow) => (perProcedure && !grouped2 ? text(row, 'procedure') : text(row, 'field'));
  const byField: TthcFigures['byField'] = [];
  const sums: { counts: Counts; src: CountSources }[] = [];
  const index = new Map<string, number>();
  for (const row of fieldRows) {
    const field = nameOf(row);
    if (!field) continue;
    const { counts, src } = rowCounts(row, has);
    const key = grouped2 ? field.toLowerCase() : `${byField.length}`;
    const at = index.get(key);
    if (at !== undefined) {
      addCounts(sums[at], counts, src);
      continue;
    }
    const i = byField.length;
    index.set(key, i);
    byField.push({ field, ...counts, onlinePct: null, onTimePct: null, latePct: null });
    sums.push({ counts, src });
    setSource(ctx, `tthc.byField.${i}.field`, refs(perProcedure && !grouped2 ? ref(row, 'procedure') : ref(row, 'field')));
  }
  sums.forEach((s, i) => {
    byField[i] = { field: byField[i].field, ...withPercents(s.counts, ctx.decimals) };
    record(ctx, `tthc.byField.${i}`, s.src);
  });
  return { ...withPercents(total.counts, ctx.decimals), byField };
}

/** Adds a row's counts into a field's (null when either is), and its cells to the field's sources. */
function addCounts(into: { counts: Counts; src: CountSources }, counts: Counts, src: CountSources): void {
  for (const k of TTHC_COUNT_KEYS) {
    const a = into.counts[k];
    const b = counts[k];
    into.counts[k] = a === null || b === null ? null : a + b;
    if (src[k]) into.src[k] = [...(into.src[k] ?? []), ...src[k]];
  }
}

/** One part's counts and the cells each came from, read from a figure context of its own. */
interface PartCounts {
  counts: Counts;
  src: CountSources;
}

/** A block's counts and sources as one part computed them (`prefix`: "tthc" or "tthc.byField.i"). */
function partCounts(figures: Counts, part: FigureContext, prefix: TthcBlock): PartCounts {
  const counts = {} as Counts;
  const src: CountSources = {};
  for (const k of TTHC_COUNT_KEYS) {
    counts[k] = figures[k];
    const cells = part.sources[figurePath(prefix, k)];
    if (cells && cells.length > 0) src[k] = cells;
  }
  return { counts, src };
}

/**
 * Parts of consecutive periods in order (monthly sheets making a quarter): a flow is the sum of the parts' (null when
 * a part lacks it), a stock the last part's (pending at the end) or the first's (carried over), never a sum; received,
 * which holds the carried over, less the later parts' carried over (counted in the part before as received). Each
 * count keeps the cells it came from: every part's for a flow, the one part's for a stock. `ofPart`: a part's counts,
 * or undefined when the part has none of them (a field a month does not list: no flow, and no stock known).
 */
function combineParts(ofPart: (PartCounts | undefined)[]): PartCounts {
  const counts = {} as Counts;
  const src: CountSources = {};
  const present = ofPart.filter((p): p is PartCounts => p !== undefined);
  for (const k of TTHC_COUNT_KEYS) {
    const stock = STOCKS[k];
    const from = stock === 'last' ? [ofPart[ofPart.length - 1]] : stock === 'first' ? [ofPart[0]] : present;
    counts[k] = from.length === 0 || from.some((p) => p === undefined) ? null : sumStrict(from.map((p) => p!.counts[k]));
    const cells = from.flatMap((p) => p?.src[k] ?? []);
    if (counts[k] !== null && cells.length > 0) src[k] = cells;
  }
  // Received counts those carried over (received = online + direct + carried over, Biểu 06): a later part's carried
  // over are the earlier part's pending, received already; only the first part's count in the whole.
  const later = ofPart.slice(1).filter((p): p is PartCounts => p !== undefined && p.counts.carriedOver !== null);
  if (counts.received !== null && later.length > 0) {
    counts.received -= later.reduce((a, p) => a + p.counts.carriedOver!, 0);
    src.received = [...(src.received ?? []), ...later.flatMap((p) => p.src.carriedOver ?? [])];
  }
  return { counts, src };
}

/**
 * A table of parts of the report period (tables.ts `periodParts`: sheets «T7», «T8», «T9» summed into the quarter):
 * each part's counts as a table of its own (its total row, else its rows' sum), then combined (combineParts) for the
 * whole and for each field, fields matched by their names folded, in the order they first appear.
 */
function summedParts(t: ReadTable, parts: TypedRow[][], ctx: FigureContext): TthcFigures {
  const { periodParts: _periodParts, parts: _parts, ...located } = t.located;
  const done = parts.map((rows) => {
    const part = newContext(ctx.decimals);
    return { figures: computeTthcCounts({ located, rows }, part), part };
  });
  const total = combineParts(done.map((d) => partCounts(d.figures, d.part, 'tthc')));
  record(ctx, 'tthc', total.src);
  const names: string[] = [];
  const byName = new Map<string, (PartCounts | undefined)[]>();
  const firstCell = new Map<string, CellRef[]>();
  done.forEach((d, i) =>
    d.figures.byField.forEach((f, j) => {
      const key = fold(f.field);
      if (!byName.has(key)) {
        names.push(f.field);
        byName.set(
          key,
          done.map(() => undefined),
        );
        firstCell.set(key, d.part.sources[`tthc.byField.${j}.field`] ?? []);
      }
      byName.get(key)![i] = partCounts(f, d.part, `tthc.byField.${j}`);
    }),
  );
  const byField: TthcFigures['byField'] = names.map((field, i) => {
    const key = fold(field);
    const c = combineParts(byName.get(key)!);
    setSource(ctx, `tthc.byField.${i}.field`, firstCell.get(key) ?? []);
    record(ctx, `tthc.byField.${i}`, c.src);
    return { field, ...withPercents(c.counts, ctx.decimals) };
  });
  return { ...withPercents(total.counts, ctx.decimals), byField };
}
