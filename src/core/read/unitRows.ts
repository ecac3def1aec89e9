/**
 * A summary of several units on one sheet (tester 15 item 5): a column «Đơn vị» whose rows are communes («UBND xã
 * Ba Tơ», «Xã Ba Vì», «Phường 1») above a «Tổng cộng». Its sum is the district's or the province's, not the
 * commune's: the row of the commune the info block names is read, or none.
 */
import { containsWords, fold } from '../text/fold';
import type { TypedRow } from '../tables';
import type { Candidate } from './locate';

/** A unit's name folded without «UBND», «Ủy ban nhân dân» and its kind (xã, phường, thị trấn): «ba to». */
export function unitCore(name: string): string {
  return fold(name)
    .replace(/^(?:ubnd|uy ban nhan dan)\s+/, '')
    .replace(/^(?:xa|phuong|thi tran)\s+/, '')
    .trim();
}

/** A cell naming a commune: «UBND xã Ba Tơ», «Xã Ba Vì», «Phường 1», «Thị trấn Ba Tơ» (folded). */
const COMMUNE = /^(?:(?:ubnd|uy ban nhan dan) )?(?:xa|phuong|thi tran) \S/;

/** The unit column found: its 0-based column, its header text, and each non-total row's unit name as written. */
export interface UnitRows {
  col: number;
  heading: string;
  names: Map<TypedRow, string>;
}

/**
 * The column of units of a table read, when its rows are units: a column no count or amount is read from, headed
 * «Đơn vị» (or «Tên đơn vị», «Địa phương») or naming a commune in two rows or more, whose every row other than the
 * totals names a unit, two different ones at least. Null otherwise (a table of one commune's fields).
 */
export function unitRows(c: Candidate, rows: readonly TypedRow[]): UnitRows | null {
  const read = new Set(Object.values(c.match.columns as Record<string, number>));
  const body = rows.filter((r) => !r.isTotal);
  if (body.length < 2) return null;
  for (let col = c.left; col <= c.right; col++) {
    if (read.has(col)) continue;
    const label = c.match.labels.find((l) => l.col === col);
    const headed = !!label && ['don vi', 'ten don vi', 'dia phuong'].some((w) => containsWords(label.full, w));
    const names = new Map<TypedRow, string>();
    let communes = 0;
    for (const r of body) {
      const t = c.grid.text(r.row, col).trim();
      if (!t) break;
      names.set(r, t);
      if (COMMUNE.test(fold(t))) communes++;
    }
    if (names.size !== body.length || new Set([...names.values()].map(unitCore)).size < 2) continue;
    if (headed || communes >= 2) return { col, heading: label ? c.grid.text(c.headerRows[c.headerRows.length - 1], col).trim() || label.full : '', names };
  }
  return null;
}

/** The row of the unit named `agency` (the info block's issuing agency), or null when none or several are it. */
export function rowOfUnit(units: UnitRows, agency: string | null): TypedRow | null {
  if (!agency) return null;
  const core = unitCore(agency);
  if (!core) return null;
  const hits = [...units.names].filter(([, n]) => unitCore(n) === core);
  return hits.length === 1 ? hits[0][0] : null;
}
