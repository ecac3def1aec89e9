/**
 * A summary of several units on one sheet (tester 15 item 5): a column «Đơn vị» whose rows are communes («UBND xã
 * Ba Tơ», «Xã Ba Vì», «Phường 1») above a «Tổng cộng». Its sum is the district's or the province's, not the
 * commune's: the row of the commune the info block names is read, or none.
 */
import { containsWords, fold } from '../text/fold';
import { AGENCY_WORDS, nameWords, sameWords, type LeadingWords } from '../text/names';
import type { TypedRow } from '../tables';
import type { Candidate } from './locate';

/** «UBND» / «Ủy ban nhân dân», then the unit's kind (xã, phường, thị trấn), before its name. */
const UNIT_WORDS: LeadingWords = [...AGENCY_WORDS, [['xa'], ['phuong'], ['thi', 'tran']]];

/**
 * True when two names are one unit's (text/names.ts): «UBND»/«Ủy ban nhân dân» and the kind aside, word by word with
 * their marks where both carry them: «UBND xã Ba Tơ» is «Xã Ba Tơ» and «Xa Ba To» (no marks), never «Ba Tô».
 */
export function sameUnit(a: string, b: string): boolean {
  return sameWords(nameWords(a, UNIT_WORDS), nameWords(b, UNIT_WORDS));
}

/** A cell naming a commune: «UBND xã Ba Tơ», «Xã Ba Vì», «Phường 1», «Thị trấn Ba Tơ» (folded). */
const COMMUNE = /^(?:(?:ubnd|uy ban nhan dan) )?(?:xa|phuong|thi tran) \S/;

/** The unit column found: its 0-based column, its header text, and each non-total row's unit name as written. */
export interface UnitRows {
  col: number;
  heading: string;
  names: Map<TypedRow, string>;
}

/** Headings of a column of units, folded: «Đơn vị», «Tên đơn vị», «Địa phương». */
const UNIT_HEADINGS = ['don vi', 'ten don vi', 'dia phuong'];

/**
 * The column of units of a table read, when its rows are units: a column no count or amount is read from, headed
 * «Đơn vị» (or «Tên đơn vị», «Địa phương») or naming a commune in two rows or more, whose every row other than the
 * totals names a unit, two different ones at least. With `repeated` (a staff or budget table: several rows a unit,
 * «UBND xã Ba Tơ | Đại học | 10», «UBND xã Ba Tơ | Cao đẳng | 5»), only a column headed with one of those words
 * alone and naming a commune in two rows or more. Null otherwise (a table of one commune's fields).
 */
export function unitRows(c: Candidate, rows: readonly TypedRow[], repeated = false): UnitRows | null {
  const read = new Set(Object.values(c.match.columns as Record<string, number>));
  const body = rows.filter((r) => !r.isTotal);
  if (body.length < 2) return null;
  for (let col = c.left; col <= c.right; col++) {
    if (read.has(col)) continue;
    const label = c.match.labels.find((l) => l.col === col);
    const headed = !!label && (repeated ? UNIT_HEADINGS.includes(label.full) : UNIT_HEADINGS.some((w) => containsWords(label.full, w)));
    if (repeated && !headed) continue;
    const names = new Map<TypedRow, string>();
    let communes = 0;
    for (const r of body) {
      const t = c.grid.text(r.row, col).trim();
      if (!t) break;
      names.set(r, t);
      if (COMMUNE.test(fold(t))) communes++;
    }
    const first = names.values().next().value ?? '';
    if (names.size !== body.length || [...names.values()].every((n) => sameUnit(n, first))) continue;
    if ((headed && !repeated) || communes >= 2)
      return { col, heading: label ? c.grid.text(c.headerRows[c.headerRows.length - 1], col).trim() || label.full : '', names };
  }
  return null;
}

/** The rows of the unit named `agency` (the info block's issuing agency), in order; none when no row is it. */
export function rowsOfUnit(units: UnitRows, agency: string | null): TypedRow[] {
  if (!agency) return [];
  return [...units.names].filter(([, n]) => sameUnit(n, agency)).map(([r]) => r);
}

/** The row of the unit named `agency`, or null when none or several are it. */
export function rowOfUnit(units: UnitRows, agency: string | null): TypedRow | null {
  const hits = rowsOfUnit(units, agency);
  return hits.length === 1 ? hits[0] : null;
}
