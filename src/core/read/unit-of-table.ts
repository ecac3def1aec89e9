/**
 * The unit of a table's amounts: a unit line above the header ("ĐVT: triệu đồng"), the title, or the
 * header of each amount column ("Thực hiện (nghìn đồng)"). A column's own unit wins over the table's.
 */
import { a1 } from '../address';
import type { AmountUnit } from '../tables';
import type { Candidate } from './locate';
import { parseUnit } from './unit';

export interface TableUnit {
  /** The table's unit; `source` absent when none was written and đồng is assumed. */
  unit: AmountUnit;
  assumed: boolean;
  /** Field key -> factor, for amount columns whose header names a unit. */
  columnFactors: Record<string, number>;
}

export function tableUnit(c: Candidate): TableUnit {
  const { grid, spec, match } = c;
  let unit: AmountUnit | null = null;
  // Nearest line above first: a unit line sits between the title and the header.
  for (const r of c.titleRows) {
    for (let col = grid.left; col <= grid.right && !unit; col++) {
      const t = grid.text(r, col);
      if (!t.trim()) continue;
      const u = parseUnit(t);
      if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
    }
    if (unit) break;
  }
  const columnFactors: Record<string, number> = {};
  let firstColumnUnit: AmountUnit | null = null;
  for (const f of spec.fields) {
    if (f.kind !== 'amount') continue;
    const col = match.columns[f.key];
    if (col === undefined) continue;
    for (const r of c.headerRows) {
      const t = grid.text(r, col);
      const u = t.trim() ? parseUnit(t) : null;
      if (u) {
        columnFactors[f.key] = u.factor;
        firstColumnUnit ??= { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
        break;
      }
    }
  }
  // A unit written in the header row but in a column of its own ("ĐVT: đồng" at the far right).
  if (!unit) {
    for (const r of c.headerRows) {
      for (let col = c.left; col <= c.right && !unit; col++) {
        if (Object.values(match.columns).includes(col)) continue;
        const t = grid.text(r, col);
        const u = t.trim() ? parseUnit(t) : null;
        if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
      }
    }
  }
  unit ??= firstColumnUnit;
  if (unit) return { unit, assumed: false, columnFactors };
  return { unit: { factor: 1, text: 'đồng (mặc định)' }, assumed: true, columnFactors };
}
