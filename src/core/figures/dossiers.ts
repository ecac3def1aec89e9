/**
 * TTHC figures counted from a dossier log (one row per dossier), by the rule of docs/reporting-schema.md §2:
 * online / direct = received in the period through that channel (postal counts as direct);
 * carried over = received before the period and not done before it; received = online + direct + carried over;
 * resolved = done within the period; early / on time / late compare the done date with the due date;
 * pending = not done by the period's end, in time when due ≥ the period's last day.
 */
import type { Bilingual } from '../issues';
import type { ReportInfo } from '../reportInfo';
import type { CellRef, ReadTable } from '../tables';
import { tableColumns, type FieldColumn, type TypedColumns } from '../columns';
import type { FieldKey } from '../schema';
import { fold } from '../text/fold';
import { issue } from '../issues';
import { addAt, cellsOrRange, newSpan, refs, setSource, spanRef, textAt, where, type ColumnSpan, type FigureContext } from './common';
import { percentSources, TTHC_COUNT_KEYS, withPercents, type Counts, type TthcBlock, type TthcCountKey } from './tthc';
import type { TthcCounts, TthcFigures } from './types';
import { percent } from '../round';
import { SAME_DAY, SCHEMA } from '../schema';
import { flagChannels } from './onlineFlag';
import { columnLetter } from '../address';

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
  return exactTime ? Math.sign(Math.round(done * 86400) - Math.round(due * 86400)) : Math.sign(Math.floor(done) - Math.floor(due));
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
  /** Resolved dossiers whose timing cannot be told (no due date, or done by their status without a date): left
   * out of early / on time / late and of the shares, which the others make. */
  untimed: number;
  /** Pending dossiers without a due date: left out of in time / overdue. */
  unsplit: number;
}

function newTally(period: Period): Tally {
  const c = Object.fromEntries(TTHC_COUNT_KEYS.map((k) => [k, 0])) as Record<TthcCountKey, number>;
  return {
    c,
    receivedUnknown: false,
    channelUnknown: false,
    timingUnknown: false,
    pendingSplitUnknown: period.lastDay === null,
    outcomeUnknown: false,
    untimed: 0,
    unsplit: 0,
  };
}

/**
 * A dossier's dates, channel and status, read once (a log is counted as a whole and by field). A date is NaN when
 * the dossier has none, not null: a field that only ever holds numbers is updated in place, where one that may
 * hold null gets a new heap number for each of a log's 300 000 dates.
 */
interface Dates {
  rec: number;
  due: number;
  done: number;
  channel: unknown;
  status: unknown;
  /** The timing a done status states («Đã trả kết quả quá hạn»: 'late'), else null; `status` is then 'done'. */
  timing: 'early' | 'onTime' | 'late' | null;
  /** The outcome a cross marks ('marks'): its column, or null when the row marks none. */
  mark: Mark | null;
}

/** The status categories of a done dossier that state its timing (schema/dossiers.ts), and that timing. */
const STATUS_TIMING = new Map<unknown, 'early' | 'onTime' | 'late'>([
  ['doneEarly', 'early'],
  ['doneOnTime', 'onTime'],
  ['doneLate', 'late'],
]);

/** The columns that mark an outcome by a cross, and what each says. */
const MARKS = [
  ['doneEarly', 'early'],
  ['doneOnTime', 'onTime'],
  ['doneLate', 'late'],
  ['pendingMark', 'pending'],
] as const;
type Mark = (typeof MARKS)[number][1];

/** A cell marks its column when it holds anything but a blank, a zero, a dash or «không» («x», «X», «1», «✓»). */
function isMarked(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  const t = fold(String(v)).trim();
  return t !== '' && t !== '0' && t !== '-' && t !== 'khong';
}

/** The columns a dossier is counted from (absent when the log has no such column). */
interface LogColumns {
  code?: FieldColumn;
  field?: FieldColumn;
  receivedAt?: FieldColumn;
  dueAt?: FieldColumn;
  doneAt?: FieldColumn;
  channel?: FieldColumn;
  onlineFlag?: FieldColumn;
  status?: FieldColumn;
  doneEarly?: FieldColumn;
  doneOnTime?: FieldColumn;
  doneLate?: FieldColumn;
  pendingMark?: FieldColumn;
}

/** A date column's numbers read straight from its array when it has one (columns.ts numberArray); NaN: none. */
function dateReader(c: FieldColumn | undefined): (i: number) => number {
  if (!c) return () => NaN;
  const a = c.numberArray?.() ?? null;
  if (a === null) return (i) => c.num(i) ?? NaN;
  return (i) => {
    const v = a[i];
    return v - v === 0 ? v : NaN;
  };
}

/** A date of Dates that is there (not NaN). */
const has = (x: number): boolean => x === x;

/**
 * How a dossier's outcome is known: by its done date ('date'), or, in an export without a done-date column,
 * by its status ('status': "Đã trả kết quả" is resolved, "Đang xử lý" pending, and the timing cannot be told),
 * or by a cross in one of the columns «Trước hạn | Đúng hạn | Quá hạn» under «Đã trả kết quả» or in «Đang xử lý»
 * ('marks': resolved within the period with that timing, or pending, in time when due ≥ the period's last day),
 * or not at all ('unknown': none of these columns).
 */
type Outcome = 'date' | 'status' | 'marks' | 'unknown';

/**
 * What the log's issues say of a dossier counted: it has no due date ('no-due'), its status says it is done but
 * it has no done date ('done-no-date'), it was cancelled, refused or withdrawn ('cancelled'); else null.
 */
type Note = 'no-due' | 'done-no-date' | 'cancelled' | 'pending-with-date' | null;

function addDossier(t: Tally, d: Dates, period: Period, exactTime: boolean, outcome: Outcome = 'date'): Note {
  const { rec, due, done, channel } = d;
  const c = t.c;
  if (has(rec) && rec >= period.endExclusive) return null; // received after the period
  if (has(done) && done < period.start) return null; // finished before the period
  if (!has(rec)) t.receivedUnknown = true;
  else if (rec < period.start) c.carriedOver++;
  else {
    if (channel === 'online') c.online++;
    else if (channel === 'direct' || channel === 'postal') c.direct++;
    else t.channelUnknown = true;
    c.received++;
  }
  if (outcome === 'unknown') {
    t.outcomeUnknown = true;
    return null;
  }
  if (outcome === 'marks') {
    if (d.mark === null) {
      t.outcomeUnknown = true;
      return null;
    }
    if (d.mark !== 'pending') {
      c.resolved++;
      c[d.mark]++;
      return null;
    }
  } else if (outcome === 'status') {
    if (d.status === 'done') {
      c.resolved++;
      // «Đã trả kết quả đúng hạn»: the status states the timing (tester 13 item 15).
      if (d.timing !== null) c[d.timing]++;
      else t.timingUnknown = true;
      return null;
    }
    if (d.status === 'cancelled') return 'cancelled';
    if (d.status !== 'pending') {
      t.outcomeUnknown = true;
      return null;
    }
  } else {
    // An export's status beside its dates: a cancelled or withdrawn dossier is neither resolved nor pending, and
    // one returned whose result date was left blank is resolved, its timing unknown (tester 11 item 3).
    if (d.status === 'cancelled') return 'cancelled';
    if (!has(done) && d.status === 'done') {
      c.resolved++;
      if (d.timing !== null) {
        c[d.timing]++;
        return null;
      }
      t.untimed++;
      return 'done-no-date';
    }
  }
  if (outcome !== 'marks' && has(done) && done < period.endExclusive) {
    c.resolved++;
    if (!has(due)) {
      t.untimed++;
      return 'no-due';
    } else {
      const cmp = compareDone(done, due, exactTime);
      if (cmp < 0) c.early++;
      else if (cmp === 0) c.onTime++;
      else c.late++;
    }
  } else {
    c.pending++;
    if (period.lastDay === null) t.pendingSplitUnknown = true;
    else if (!has(due)) {
      t.unsplit++;
      return 'no-due';
    } else {
      const inTime = exactTime ? Math.round(due * 86400) >= Math.round(period.endExclusive * 86400) : Math.floor(due) >= period.lastDay;
      if (inTime) c.pendingInTime++;
      else c.pendingOverdue++;
    }
  }
  return null;
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
  // Dossiers without a due date are left out of the timing; when no resolved one is left, it is unknown.
  if (t.timingUnknown || (t.untimed > 0 && t.untimed >= c.resolved)) {
    out.early = null;
    out.onTime = null;
    out.late = null;
  }
  if (t.pendingSplitUnknown || t.outcomeUnknown || (t.unsplit > 0 && t.unsplit >= c.pending)) {
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

/** The figures of a tally; with dossiers left out of the timing (no due date), its shares are of the others. */
function figuresOf(t: Tally, decimals: number): TthcCounts {
  const out = withPercents(countsOf(t), decimals);
  if (t.untimed > 0 && out.early !== null && out.onTime !== null && out.late !== null) {
    const timed = out.early + out.onTime + out.late;
    out.onTimePct = percent(out.early + out.onTime, timed, decimals);
    out.latePct = percent(out.late, timed, decimals);
  }
  return out;
}

/**
 * A due date given as «Trong ngày» (SAME_DAY): the day received, its end when times are compared, so that a
 * dossier done that day is in time.
 */
function sameDayDue(rec: number, exactTime: boolean): number {
  return exactTime ? Math.floor(rec) + 1 - 1 / 86400 : Math.floor(rec);
}

/** The dossiers a note is said of: how many, and their cells (the first NOTED_CELLS). */
interface Noted {
  count: number;
  cells: string[];
}
const NOTED_CELLS = 20;

/** Which column a note names: the blank due date, the blank done date, the status. */
const NOTE_COLUMN: Record<Exclude<Note, null>, 'dueAt' | 'doneAt' | 'status'> = {
  'no-due': 'dueAt',
  'done-no-date': 'doneAt',
  cancelled: 'status',
  'pending-with-date': 'status',
};
const NOTE_SENTENCE = {
  'no-due': 'dossiers-due-missing',
  'done-no-date': 'dossiers-done-without-date',
  cancelled: 'dossiers-cancelled',
  'pending-with-date': 'dossiers-pending-with-date',
} as const;

/** Which columns each count is read from, for the sources. */
const COUNT_COLUMNS: Record<TthcCountKey, FieldKey<'dossiers'>[]> = {
  received: ['receivedAt'],
  online: ['channel', 'onlineFlag'],
  direct: ['channel', 'onlineFlag'],
  carriedOver: ['receivedAt', 'doneAt'],
  resolved: ['doneAt', 'status', 'doneEarly', 'doneOnTime', 'doneLate'],
  early: ['doneAt', 'dueAt', 'doneEarly'],
  onTime: ['doneAt', 'dueAt', 'doneOnTime'],
  late: ['doneAt', 'dueAt', 'doneLate'],
  pending: ['doneAt', 'status', 'pendingMark'],
  pendingInTime: ['dueAt', 'doneAt', 'pendingMark'],
  pendingOverdue: ['dueAt', 'doneAt', 'pendingMark'],
};

const COLUMNS = [...new Set(Object.values(COUNT_COLUMNS).flat())];

function setSources(ctx: FigureContext, prefix: TthcBlock, byColumn: Map<string, CellRef[]>): void {
  for (const k of TTHC_COUNT_KEYS)
    setSource(
      ctx,
      `${prefix}.${k}`,
      COUNT_COLUMNS[k].flatMap((c) => byColumn.get(c) ?? []),
    );
  percentSources(ctx, prefix);
}

/** A set of dossiers (the whole log, or one field's) as it is counted: its tally and its columns' spans. */
interface Counted {
  tally: Tally;
  /** One span per entry of COLUMNS, for the sources (those of columns read in their records' own rows: at the end). */
  spans: ColumnSpan[];
  /** How many records were counted, and the first few (indices into the log's columns). */
  count: number;
  first: number[];
  /** The least and greatest sheet row of the records counted. */
  top: number;
  bottom: number;
}

/** Records listed by a set's sources when it has no more of them. */
const FEW = 3;

function newCounted(period: Period, sheet: string): Counted {
  return { tally: newTally(period), spans: COLUMNS.map(() => newSpan(sheet)), count: 0, first: [], top: Infinity, bottom: -Infinity };
}

function addRecord(set: Counted, i: number, row: number): void {
  if (set.count++ < FEW) set.first.push(i);
  if (row < set.top) set.top = row;
  if (row > set.bottom) set.bottom = row;
}

/** The sources of a set's counts; a set of three rows or fewer lists its cells. */
function sourcesOf(set: Counted, listCells: boolean, cols: TypedColumns, spanColumns: (FieldColumn | undefined)[]): Map<string, CellRef[]> {
  // A column read in the records' own rows spans the rows of the set (as addAt, record by record, would give).
  spanColumns.forEach((c, k) => {
    if (set.count === 0 || !c?.inOwnRows?.()) return;
    addAt(set.spans[k], c, set.first[0]);
    set.spans[k].top = set.top;
    set.spans[k].bottom = set.bottom;
  });
  const out = new Map<string, CellRef[]>();
  const few = listCells && set.count <= FEW;
  const rows = few ? set.first.map((i) => cols.rowAt(i)) : [];
  COLUMNS.forEach((col, k) => out.set(col, few ? cellsOrRange(rows, col, FEW) : refs(spanRef(set.spans[k]))));
  return out;
}

/** A record that holds a dossier: a code or one of its dates (not a blank or a note line). */
function isDossier(c: LogColumns, d: Dates, i: number): boolean {
  return has(d.rec) || has(d.due) || has(d.done) || !!textAt(c.code, i);
}

/**
 * The TTHC figures of a dossier log, whole and by field, in one pass over its columns (a log has 100 000
 * rows): each dossier is counted into the whole and into its field, and its cells widen the sources' ranges.
 */
export function computeDossiers(t: ReadTable, info: ReportInfo, exactTime: boolean, ctx: FigureContext): TthcFigures {
  const period = periodOf(info);
  if (info.periodStart === null || info.periodEnd === null) {
    const field = info.periodStart === null ? 'periodStart' : 'periodEnd';
    ctx.issues.push(issue('dossier-period-unknown', where({ sheet: t.located.sheet, cell: t.located.range }, 'info', field), {}));
  }
  const byFieldColumn = t.located.columns.field !== undefined;
  const outcome = outcomeOf(t);
  const sheet = t.located.sheet;
  const all = newCounted(period, sheet);
  const groups: { field: string; set: Counted }[] = [];
  const index = new Map<string, number>();
  const cols = tableColumns(t);
  const log: LogColumns = {};
  for (const k of [
    'code',
    'field',
    'receivedAt',
    'dueAt',
    'doneAt',
    'channel',
    'onlineFlag',
    'status',
    'doneEarly',
    'doneOnTime',
    'doneLate',
    'pendingMark',
  ] as const)
    log[k] = cols.field(k);
  // A yes/no «Nộp trực tuyến» column tells the channel when no column names it in words.
  const flag = !log.channel && log.onlineFlag ? flagChannels(log.onlineFlag, cols.length, CHANNEL_WORDS) : null;
  const channelCol = log.channel ?? log.onlineFlag;
  /** Dossiers whose channel cell was read, and those of a yes/no column whose cell says neither. */
  let channelsRead = 0;
  const flagUnread: Noted = { count: 0, cells: [] };
  /** Dossiers whose cell in a channel column of words is blank (a word of no channel is said by the reader). */
  const channelBlank: Noted = { count: 0, cells: [] };
  const marks = MARKS.flatMap(([k, m]) => (log[k] ? [{ col: log[k], mark: m }] : []));
  const spanColumns = COLUMNS.map((k) => cols.field(k));
  // Spans of the columns read in their records' own rows are the sets' rows (sourcesOf); the others, cell by cell.
  const walked = spanColumns.flatMap((c, k) => (c && !c.inOwnRows?.() ? [k] : []));
  const [rec, due, done] = [log.receivedAt, log.dueAt, log.doneAt].map(dateReader);
  // A field's name as written leads to its group; names that fold alike share one.
  const byName = new Map<string, number>();
  const d: Dates = { rec: NaN, due: NaN, done: NaN, channel: undefined, status: undefined, timing: null, mark: null };
  const notes = new Map<Exclude<Note, null>, Noted>();
  for (let i = 0; i < cols.length; i++) {
    if (cols.isTotal(i)) continue;
    d.rec = rec(i);
    d.due = due(i);
    if (!has(d.due) && has(d.rec) && log.dueAt?.value(i) === SAME_DAY) d.due = sameDayDue(d.rec, exactTime);
    d.done = done(i);
    d.channel = flag ? flag.channel(i) : log.channel?.value(i);
    d.status = log.status?.value(i);
    d.timing = STATUS_TIMING.get(d.status) ?? null;
    if (d.timing !== null) d.status = 'done';
    if (outcome === 'marks') d.mark = marks.find((m) => isMarked(m.col.value(i)))?.mark ?? null;
    if (!isDossier(log, d, i)) continue;
    if (d.channel === 'online' || d.channel === 'direct' || d.channel === 'postal') channelsRead++;
    else if (flag) noteCell(flagUnread, log.onlineFlag, i);
    else if (log.channel && log.channel.text(i).trim() === '') noteCell(channelBlank, log.channel, i);
    const row = cols.row(i);
    let group: Counted | null = null;
    if (byFieldColumn) {
      const name = textAt(log.field, i);
      let g = byName.get(name);
      if (g === undefined) {
        const key = fold(name);
        g = index.get(key);
        if (g === undefined) {
          index.set(key, (g = groups.length));
          groups.push({ field: name, set: newCounted(period, cols.sheet(i)) });
        }
        byName.set(name, g);
      }
      group = groups[g].set;
      addRecord(group, i, row);
    }
    addRecord(all, i, row);
    const note = addDossier(all.tally, d, period, exactTime, outcome);
    if (note !== null) noteAt(notes, note, log[NOTE_COLUMN[note]], i);
    // A status saying «Đang xử lý» beside a result date in the period: counted by its date, the two disagree (tester 16 F15).
    if (log.status && d.status === 'pending' && has(d.done) && d.done >= period.start && d.done < period.endExclusive) {
      noteAt(notes, 'pending-with-date', log.status, i);
    }
    if (group) addDossier(group.tally, d, period, exactTime, outcome);
    // Most logs read every column in its records' own rows: nothing to walk, and no loop per record.
    for (let w = 0; w < walked.length; w++) {
      const k = walked[w];
      addAt(all.spans[k], spanColumns[k], i);
      if (group) addAt(group.spans[k], spanColumns[k], i);
    }
  }
  if (all.count > 0 && outcome !== 'date' && outcome !== 'marks') {
    const at = where({ sheet, cell: t.located.range }, 'dossiers', 'doneAt');
    // Done statuses that all state their timing («Đã trả kết quả đúng hạn») tell early / on time / late too.
    const key = outcome !== 'status' ? 'dossiers-not-countable' : all.tally.timingUnknown ? 'dossiers-counted-by-status' : 'dossiers-timed-by-status';
    ctx.issues.push(issue(key, at, {}));
  }
  for (const [note, n] of notes) {
    if (note === 'no-due' && !log.dueAt) continue; // no such column at all: said by the reader
    const at = where({ sheet, cell: n.cells.join(', ') || t.located.range }, 'dossiers', NOTE_COLUMN[note]);
    ctx.issues.push(issue(NOTE_SENTENCE[note], at, { count: n.count, cells: noted(n) }, { marksFigures: note !== 'cancelled' }));
  }
  if (all.tally.channelUnknown) channelIssues(ctx, t, channelCol, channelsRead, flagUnread, cols.length, channelBlank);
  const total = figuresOf(all.tally, ctx.decimals);
  if (all.count > 0) all.spans.forEach((s) => (s.sheet = cols.sheet(all.first[0])));
  setSources(ctx, 'tthc', sourcesOf(all, false, cols, spanColumns));
  groups.forEach((g, i) => setSources(ctx, `tthc.byField.${i}`, sourcesOf(g.set, true, cols, spanColumns)));
  const byField: TthcFigures['byField'] = groups.map((g) => ({ field: g.field, ...figuresOf(g.set.tally, ctx.decimals) }));
  return { ...total, byField };
}

/** Counts record i under its note; its cell in `column` is named while fewer than NOTED_CELLS are (worked out only then). */
function noteAt(notes: Map<Exclude<Note, null>, Noted>, note: Exclude<Note, null>, column: FieldColumn | undefined, i: number): void {
  let n = notes.get(note);
  if (!n) notes.set(note, (n = { count: 0, cells: [] }));
  noteCell(n, column, i);
}

/** Counts record i in `n`, naming its cell in `column` while fewer than NOTED_CELLS are. */
function noteCell(n: Noted, column: FieldColumn | undefined, i: number): void {
  n.count++;
  if (n.cells.length >= NOTED_CELLS) return;
  const cell = column?.typed(i)?.cell;
  if (cell) n.cells.push(cell);
}

/** The channel field's words (schema/dossiers.ts), for a yes/no column that writes the channel itself. */
const CHANNEL_WORDS = SCHEMA.dossiers.fields.find((f) => f.key === 'channel')?.categories ?? {};

/**
 * Why online / direct are unknown when the log says nothing of its channels (REPORTING-SCHEMA §4: a figure that
 * cannot be computed is null and an issue says why): no channel column at all; a channel column (words or yes/no)
 * none of whose values is understood, named by its letter; in a yes/no column, the cells that say neither; in a
 * column of words, the blank cells (tester 16 F16; a word of no channel is said at its cell by the reader).
 */
function channelIssues(ctx: FigureContext, t: ReadTable, col: FieldColumn | undefined, read: number, unread: Noted, n: number, blank: Noted): void {
  const { sheet, range, columns, headings } = t.located;
  if (!col) {
    ctx.issues.push(issue('dossiers-channel-missing', where({ sheet, cell: range }, 'dossiers', 'channel'), {}));
    return;
  }
  const key = columns.channel !== undefined ? 'channel' : 'onlineFlag';
  const letter = columnLetter(columns[key]!);
  const heading = headings?.[key] ?? letter;
  if (read === 0) {
    let sample = '';
    for (let i = 0; i < n && !sample; i++) sample = col.text(i);
    const example = sample ? { vi: ` (ví dụ «${sample}»)`, en: ` (e.g. «${sample}»)` } : '';
    ctx.issues.push(issue('dossiers-channel-unread', where({ sheet, cell: columnCells(t, letter) }, 'dossiers', key), { letter, heading, example }));
  } else if (unread.count > 0) {
    const at = where({ sheet, cell: unread.cells.join(', ') || range }, 'dossiers', key);
    ctx.issues.push(issue('dossiers-online-flag-unread', at, { count: unread.count, cells: noted(unread), heading }, { marksFigures: true }));
  } else if (blank.count > 0) {
    const at = where({ sheet, cell: blank.cells.join(', ') || range }, 'dossiers', key);
    ctx.issues.push(issue('dossiers-channel-blank', at, { count: blank.count, cells: noted(blank), heading }, { marksFigures: true }));
  }
}

/** The data cells of column `letter` of the table ("E2:E5"). */
function columnCells(t: ReadTable, letter: string): string {
  const rows = t.located.dataRows;
  return rows.length === 0 ? t.located.range : `${letter}${rows[0] + 1}:${letter}${rows[rows.length - 1] + 1}`;
}

/** The cells a note names in its sentence: three, then «…». */
function noted(n: Noted): string {
  return n.cells.slice(0, 3).join(', ') + (n.count > 3 ? ', …' : '');
}

/**
 * Without a done-date column, the status column is the evidence of resolved and pending, and a warning (raised
 * by computeDossiers when the log has dossiers) says that early / on time / late cannot be told. Without
 * either, resolved and pending cannot be counted at all (every dossier would otherwise pass for pending): a
 * warning says so and those figures are null.
 */
function outcomeOf(t: ReadTable): Outcome {
  const cols = t.located.columns;
  if (cols.doneAt !== undefined) return 'date';
  if (MARKS.some(([k]) => cols[k] !== undefined)) return 'marks';
  return cols.status !== undefined ? 'status' : 'unknown';
}
