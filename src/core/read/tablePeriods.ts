/**
 * A table's own stated period against the report's (tester items 2 and 3): of two tables of one kind (last
 * year's above this year's, a second table below the first) the one whose title names the report period is
 * read; a table read whose title names another period is said (date-out-of-period, warning). The periods are
 * read from the title lines above each header (periodTitle.ts statedPeriods), never from the figures.
 */
import type { TableName } from '../schema/types';
import { overlaps, type Candidate } from './locate';
import { periodFit, statedPeriods, type StatedPeriod } from './periodTitle';
import { serialParts } from '../format';
import { otherMeasureHeading } from './otherMeasure';

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
  const stated = statedPeriods(c.grid, c.titleRows, serialParts(period.start).y);
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
