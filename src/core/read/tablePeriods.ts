/**
 * A table's own stated period against the report's (tester items 2 and 3): of two tables of one kind (last
 * year's above this year's, a second table below the first) the one whose title names the report period is
 * read; a table read whose title names another period is said (date-out-of-period, warning). The periods are
 * read from the title lines above each header (periodTitle.ts statedPeriods), never from the figures.
 */
import type { TableName } from '../schema/types';
import { overlaps, type Candidate } from './locate';
import { periodFit, statedPeriods, type StatedPeriod } from './periodTitle';
import { serialParts, toSerial } from '../format';
import { containsWords } from '../text/fold';
import { otherMeasureHeading } from './otherMeasure';
import { sheetNamePeriod } from './periodLabel';

/** The report period, Excel serials of its first and last day. */
export interface Period {
  start: number;
  end: number;
}

/**
 * How a table's title lines stand to `period`: 2 when one of them names it, 0 when every line that names a
 * period names another, 1 otherwise (no period named, or only a part of it). `stated`: the lines' periods,
 * nearest the header first.
 */
export function periodRank(c: Candidate, period: Period): { rank: 0 | 1 | 2; stated: StatedPeriod[] } {
  const titled = statedPeriods(c.grid, c.titleRows, serialParts(period.start).y);
  // Amounts to date («Lũy kế thực hiện từ đầu năm») under a month's title run from the year's start to its end
  // (tester 15 item 21: March's sheet of a quarter's budget is the quarter's).
  const toDate = cumulative(c);
  const stated = toDate ? titled.map((p) => (p.asOf || p.wholeYear ? p : { ...p, start: toSerial(serialParts(p.end).y, 1, 1) })) : titled;
  const fits = stated.map((p) => periodFit(p, period.start, period.end));
  if (fits.includes('same')) return { rank: 2, stated };
  if (fits.length > 0 && fits.every((f) => f === 'other')) return { rank: 0, stated };
  return { rank: 1, stated };
}

/** Other candidates of each chosen table's kind, on cells of their own (a second table of that kind). */
export function rivalsOf(chosen: ReadonlyMap<TableName, Candidate>, pool: readonly Candidate[]): Map<TableName, Candidate[]> {
  const out = new Map<TableName, Candidate[]>();
  for (const [name, c] of chosen) {
    if (c.pinned) continue;
    const rivals = pool.filter((o) => o !== c && o.spec.name === name && !o.pinned && o.dataRows.length > 0 && !overlaps(o, c));
    if (rivals.length > 0) out.set(name, rivals);
  }
  return out;
}

/** Two candidates alike: on one sheet, naming the same fields (last year's table and this year's, one form twice). */
export function alike(a: Candidate, b: Candidate): boolean {
  if (a.grid.name !== b.grid.name) return false;
  const ka = Object.keys(a.match.columns).sort().join();
  return ka === Object.keys(b.match.columns).sort().join();
}

/**
 * Which of a table's rivals is read (tester item 2): none headed as another measure while one is not (otherMeasure.ts);
 * of the others, the one whose title lines fit `period` best (periodRank;
 * all alike when `period` is null); among those, the best on evidence, or the first on the sheet (top, then
 * left) of those alike to it, since nothing else tells them apart. A rival holding a cell of another chosen
 * table is never taken. Returns a new map; `chosen` is not changed.
 */
export function chooseAmongRivals(
  chosen: ReadonlyMap<TableName, Candidate>,
  rivals: ReadonlyMap<TableName, Candidate[]>,
  period: Period | null,
): Map<TableName, Candidate> {
  const out = new Map(chosen);
  for (const [name, list] of rivals) {
    const c = out.get(name);
    if (!c) continue;
    const free = list.filter((o) => ![...out].some(([n, t]) => n !== name && overlaps(t, o)));
    // A block headed as another measure («Trình độ lý luận chính trị») is not read while one is not so headed.
    const all = [c, ...free];
    const own = all.filter((o) => !otherMeasureHeading(o));
    const ranked = (own.length > 0 ? own : all).map((o) => ({ o, rank: period ? periodRank(o, period).rank : 1 }));
    const top = Math.max(...ranked.map((x) => x.rank));
    const eligible = ranked.filter((x) => x.rank === top).map((x) => x.o);
    const best = eligible.reduce((a, b) => (b.score > a.score ? b : a));
    const first = eligible.filter((o) => alike(o, best)).sort((a, b) => a.headerRows[0] - b.headerRows[0] || a.left - b.left)[0];
    out.set(name, first);
  }
  return out;
}

/** Tables whose amounts may be given to date (the budget's actual, the investment's disbursed). */
const TO_DATE_TABLES: readonly TableName[] = ['budget', 'investment'];

/**
 * Whether a budget or investment table has a column of amounts to date («Lũy kế thực hiện», «… từ đầu năm»): the
 * one read as its actual or disbursed (the budget's columns are chosen later, yearColumns.ts, and take it then).
 */
function cumulative(c: Candidate): boolean {
  if (!TO_DATE_TABLES.includes(c.spec.name)) return false;
  return c.match.labels.some((l) => containsWords(l.full, 'luy ke') || containsWords(l.full, 'tu dau nam'));
}

/** One table of a period split in parts: the candidate and the part of the period its title states. */
export interface PeriodPart {
  c: Candidate;
  stated: StatedPeriod;
}

/**
 * Tables of one kind each stating a part of `period` and none the whole (tester 15 item 6: sheets «T1», «T2», «T3»
 * of a quarter, no quarter sheet): the candidates with their parts, in the order of the periods, when there are two
 * or more of different parts and every one's title names a part within the period; null otherwise. With `bySheetName`,
 * a table whose title names no period takes the one its sheet's name is («T7», «Tháng 8/2026»; periodLabel.ts), in
 * the period's year when the name states none. The figures of one month are no quarter's: the caller sums the parts
 * (partsCoverage) or says so.
 */
export function periodInParts(list: readonly Candidate[], period: Period, bySheetName = false): PeriodPart[] | null {
  const out: PeriodPart[] = [];
  for (const c of list) {
    const { rank, stated } = periodRank(c, period);
    if (rank !== 1) return null;
    const named = bySheetName && !stated.some((x) => !x.asOf) ? sheetPart(c, period) : null;
    const p = named ?? stated.find((x) => !x.asOf && !x.wholeYear && x.start >= period.start && x.end <= period.end);
    if (!p) return null;
    out.push({ c, stated: p });
  }
  const distinct = new Set(out.map((x) => `${x.stated.start}-${x.stated.end}`));
  if (out.length < 2 || distinct.size < 2) return null;
  return out.sort((a, b) => a.stated.start - b.stated.start);
}

/** The part of `period` a candidate's sheet name is («T7» in a quarter ending 30/09/2026: July 2026), or null. */
function sheetPart(c: Candidate, period: Period): StatedPeriod | null {
  const m = sheetNamePeriod(c.grid.name);
  if (!m) return null;
  const y = m.year ?? serialParts(period.end).y;
  const start = toSerial(y, m.first, 1);
  const end = toSerial(y, m.last, new Date(Date.UTC(y, m.last, 0)).getUTCDate());
  if (start < period.start || end > period.end) return null;
  return { start, end, row: c.headerRows[0], col: c.left, wholeYear: false };
}

/** How parts of a period fall short of it: the spans no part covers and the parts that cover days another part covers. */
export interface PartsCoverage {
  missing: Period[];
  doubled: PeriodPart[];
}

/**
 * Whether `parts` (in the order of their periods) cover `period` exactly, day by day: the spans none covers
 * («tháng 8» missing from a quarter's «T7», «T9») and the parts whose days an earlier part covers already (two
 * sheets of July). Both empty when the parts make the period, once each.
 */
export function partsCoverage(parts: readonly PeriodPart[], period: Period): PartsCoverage {
  const missing: Period[] = [];
  const doubled: PeriodPart[] = [];
  let next = period.start;
  for (const p of parts) {
    if (p.stated.start > next) missing.push({ start: next, end: p.stated.start - 1 });
    else if (p.stated.start < next) doubled.push(p);
    next = Math.max(next, p.stated.end + 1);
  }
  if (next <= period.end) missing.push({ start: next, end: period.end });
  return { missing, doubled };
}
