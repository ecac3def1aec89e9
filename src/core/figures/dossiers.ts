/**
 * TTHC figures counted from a dossier log (one row per dossier), by the rule of docs/reporting-schema.md §2:
 * online / direct = received in the period through that channel (postal counts as direct);
 * carried over = received before the period and not done before it; received = online + direct + carried over;
 * resolved = done within the period; early / on time / late compare the done date with the due date;
 * pending = not done by the period's end, in time when due ≥ the period's last day.
 */
import type { Bilingual } from '../issues';
import type { ReportInfo } from '../reportInfo';
import type { CellRef, ReadTable, TypedRow } from '../tables';
import { fold } from '../text/fold';
import { issue } from '../issues';
import { addValue, cellsOrRange, dataRows, newSpan, num, refs, setSource, spanRef, text, where, type FigureContext } from './common';
import { percentSources, TTHC_COUNT_KEYS, withPercents, type Counts, type TthcBlock, type TthcCountKey } from './tthc';
import type { TthcFigures } from './types';

/** The timing rule, stated so that the report sheet and the Word draft can show which one was used. */
export const TIMING_RULE: Record<'day' | 'exact', Bilingual> = {
  day: {
    vi: 'Hồ sơ trước hạn, đúng hạn, quá hạn được xác định bằng cách so ngày có kết quả với ngày hẹn trả theo ngày (không tính giờ).',
    en: 'Early, on-time and late dossiers are told by comparing the result date with the due date by calendar day (times ignored).',
  },
  exact: {
    vi: 'Hồ sơ trước hạn, đúng hạn, quá hạn được xác định bằng cách so thời điểm có kết quả với thời điểm hẹn trả đến từng giây (Quyết định 766/QĐ-TTg).',
    en: 'Early, on-time and late dossiers are told by comparing the result time with the due time to the second (Decision 766/QĐ-TTg).',
  },
};

export function timingRule(exactTime: boolean | undefined): Bilingual {
  return exactTime ? TIMING_RULE.exact : TIMING_RULE.day;
}

interface Period {
  /** First serial inside the period (start of its first day), or -Infinity when unknown. */
  start: number;
  /** First serial after the period (start of the day after its last day), or +Infinity when unknown. */
  endExclusive: number;
  /** The period's last day (serial, whole day), or null when unknown. */
  lastDay: number | null;
}

function periodOf(info: ReportInfo): Period {
  const start = info.periodStart === null ? -Infinity : Math.floor(info.periodStart);
  const lastDay = info.periodEnd === null ? null : Math.floor(info.periodEnd);
  return { start, endExclusive: lastDay === null ? Infinity : lastDay + 1, lastDay };
}

/** -1, 0, 1: done before, on, after due; by calendar day, or to the second with exactTime. */
function compareDone(done: number, due: number, exactTime: boolean): number {
  const key = exactTime ? (x: number) => Math.round(x * 86400) : (x: number) => Math.floor(x);
  return Math.sign(key(done) - key(due));
}

/** Running counts of dossiers, with what makes some of them unknown. */
interface Tally {
  c: Record<TthcCountKey, number>;
  receivedUnknown: boolean;
  channelUnknown: boolean;
  timingUnknown: boolean;
  pendingSplitUnknown: boolean;
  /** Some dossier has neither a done date nor a status saying whether it is done. */
  outcomeUnknown: boolean;
}

function newTally(period: Period): Tally {
  const c = Object.fromEntries(TTHC_COUNT_KEYS.map((k) => [k, 0])) as Record<TthcCountKey, number>;
  return { c, receivedUnknown: false, channelUnknown: false, timingUnknown: false, pendingSplitUnknown: period.lastDay === null, outcomeUnknown: false };
}

/** The dates, channel and status of a row, read once (a log is counted as a whole and by field). */
function datesOf(row: TypedRow): { rec: number | null; due: number | null; done: number | null; channel: unknown; status: unknown } {
  return { rec: num(row, 'receivedAt'), due: num(row, 'dueAt'), done: num(row, 'doneAt'), channel: row.values.channel?.value, status: row.values.status?.value };
}

/**
 * How a dossier's outcome is known: by its done date ('date'), or, in an export without a done-date column,
 * by its status ('status': "Đã trả kết quả" is resolved, "Đang xử lý" pending, and the timing cannot be told),
 * or not at all ('unknown': neither column).
 */
type Outcome = 'date' | 'status' | 'unknown';

function addDossier(t: Tally, d: ReturnType<typeof datesOf>, period: Period, exactTime: boolean, outcome: Outcome = 'date'): void {
  const { rec, due, done, channel } = d;
  const c = t.c;
  if (rec !== null && rec >= period.endExclusive) return; // received after the period
  if (done !== null && done < period.start) return; // finished before the period
  if (rec === null) t.receivedUnknown = true;
  else if (rec < period.start) c.carriedOver++;
  else {
    if (channel === 'online') c.online++;
    else if (channel === 'direct' || channel === 'postal') c.direct++;
    else t.channelUnknown = true;
    c.received++;
  }
  if (outcome === 'unknown') {
    t.outcomeUnknown = true;
    return;
  }
  if (outcome === 'status') {
    if (d.status === 'done') {
      c.resolved++;
      t.timingUnknown = true;
      return;
    }
    if (d.status === 'cancelled') return;
    if (d.status !== 'pending') {
      t.outcomeUnknown = true;
      return;
    }
  }
  if (done !== null && done < period.endExclusive) {
    c.resolved++;
    if (due === null) t.timingUnknown = true;
    else {
      const cmp = compareDone(done, due, exactTime);
      if (cmp < 0) c.early++;
      else if (cmp === 0) c.onTime++;
      else c.late++;
    }
  } else {
    c.pending++;
    if (due === null || period.lastDay === null) t.pendingSplitUnknown = true;
    else {
      const inTime = exactTime ? Math.round(due * 86400) >= Math.round(period.endExclusive * 86400) : Math.floor(due) >= period.lastDay;
      if (inTime) c.pendingInTime++;
      else c.pendingOverdue++;
    }
  }
}

/** The counts of a tally; a count whose inputs are missing for some dossier is null. */
function countsOf(t: Tally): Counts {
  const c = t.c;
  const out: Counts = { ...c };
  out.received = t.receivedUnknown ? null : c.received + c.carriedOver;
  if (t.receivedUnknown) out.carriedOver = null;
  if (t.receivedUnknown || t.channelUnknown) {
    out.online = null;
    out.direct = null;
  }
  if (t.timingUnknown) {
    out.early = null;
    out.onTime = null;
    out.late = null;
  }
  if (t.pendingSplitUnknown || t.outcomeUnknown) {
    out.pendingInTime = null;
    out.pendingOverdue = null;
  }
  if (t.outcomeUnknown) {
    out.resolved = null;
    out.pending = null;
    out.early = null;
    out.onTime = null;
    out.late = null;
  }
  return out;
}

/** Counts the dossiers of `rows`; a count whose inputs are missing for some dossier is null. */
export function countDossiers(rows: TypedRow[], period: Period, exactTime: boolean, outcome: Outcome = 'date'): Counts {
  const t = newTally(period);
  for (const row of rows) addDossier(t, datesOf(row), period, exactTime, outcome);
  return countsOf(t);
}

/** Which columns each count is read from, for the sources. */
const COUNT_COLUMNS: Record<TthcCountKey, string[]> = {
  received: ['receivedAt'],
  online: ['channel'],
  direct: ['channel'],
  carriedOver: ['receivedAt', 'doneAt'],
  resolved: ['doneAt', 'status'],
  early: ['doneAt', 'dueAt'],
  onTime: ['doneAt', 'dueAt'],
  late: ['doneAt', 'dueAt'],
  pending: ['doneAt', 'status'],
  pendingInTime: ['dueAt', 'doneAt'],
  pendingOverdue: ['dueAt', 'doneAt'],
};

/**
 * The sources of the counts over `rows` and over each group of them (by field): each of the four
 * columns is read once for all (a log has 100 000 rows). A group of three rows or fewer lists its cells.
 */
function recordSources(ctx: FigureContext, rows: TypedRow[], groups: TypedRow[][], groupOf: number[]): void {
  const total = new Map<string, CellRef[]>();
  const byGroup = groups.map(() => new Map<string, CellRef[]>());
  for (const col of COLUMNS) {
    const all = newSpan(rows[0]?.sheet ?? '');
    const spans = groups.map((g) => newSpan(g[0].sheet));
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i].values[col];
      addValue(all, v);
      if (groups.length > 0) addValue(spans[groupOf[i]], v);
    }
    total.set(col, refs(spanRef(all)));
    groups.forEach((g, i) => byGroup[i].set(col, g.length <= 3 ? cellsOrRange(g, col, 3) : refs(spanRef(spans[i]))));
  }
  setSources(ctx, 'tthc', total);
  byGroup.forEach((cells, i) => setSources(ctx, `tthc.byField.${i}`, cells));
}

const COLUMNS = [...new Set(Object.values(COUNT_COLUMNS).flat())];

function setSources(ctx: FigureContext, prefix: TthcBlock, byColumn: Map<string, CellRef[]>): void {
  for (const k of TTHC_COUNT_KEYS) setSource(ctx, `${prefix}.${k}`, COUNT_COLUMNS[k].flatMap((c) => byColumn.get(c) ?? []));
  percentSources(ctx, prefix);
}

export function computeDossiers(t: ReadTable, info: ReportInfo, exactTime: boolean, ctx: FigureContext): TthcFigures {
  const period = periodOf(info);
  if (info.periodStart === null || info.periodEnd === null) {
    const field = info.periodStart === null ? 'periodStart' : 'periodEnd';
    ctx.issues.push(issue('dossier-period-unknown', where({ sheet: t.located.sheet, cell: t.located.range }, 'info', field), {}));
  }
  const rows = dataRows(t).filter(
    (r) => text(r, 'code') || num(r, 'receivedAt') !== null || num(r, 'dueAt') !== null || num(r, 'doneAt') !== null,
  );

  const byField: TthcFigures['byField'] = [];
  const groups: { field: string; rows: TypedRow[] }[] = [];
  // groupOf[i]: the group of rows[i], for recordSources.
  const groupOf: number[] = [];
  if (t.located.columns.field !== undefined) {
    const index = new Map<string, number>();
    for (const r of rows) {
      const name = text(r, 'field');
      const key = fold(name);
      let i = index.get(key);
      if (i === undefined) {
        index.set(key, (i = groups.length));
        groups.push({ field: name, rows: [] });
      }
      groups[i].rows.push(r);
      groupOf.push(i);
    }
  }
  const outcome = outcomeOf(t, rows, ctx);
  // Each row counted once, into the whole log and into its field.
  const all = newTally(period);
  const byGroup = groups.map(() => newTally(period));
  for (let i = 0; i < rows.length; i++) {
    const d = datesOf(rows[i]);
    addDossier(all, d, period, exactTime, outcome);
    if (groups.length > 0) addDossier(byGroup[groupOf[i]], d, period, exactTime, outcome);
  }
  const total = withPercents(countsOf(all), ctx.decimals);
  recordSources(ctx, rows, groups.map((g) => g.rows), groupOf);
  groups.forEach((g, i) => byField.push({ field: g.field, ...withPercents(countsOf(byGroup[i]), ctx.decimals) }));
  return { ...total, byField };
}

/**
 * Without a done-date column, the status column is the evidence of resolved and pending, and a warning says
 * that early / on time / late cannot be told. Without either, resolved and pending cannot be counted at all
 * (every dossier would otherwise pass for pending): a warning says so and those figures are null.
 */
function outcomeOf(t: ReadTable, rows: TypedRow[], ctx: FigureContext): Outcome {
  const cols = t.located.columns;
  if (cols.doneAt !== undefined || rows.length === 0) return 'date';
  const at = where({ sheet: t.located.sheet, cell: t.located.range }, 'dossiers', 'doneAt');
  ctx.issues.push(issue(cols.status !== undefined ? 'dossiers-counted-by-status' : 'dossiers-not-countable', at, {}));
  return cols.status !== undefined ? 'status' : 'unknown';
}
