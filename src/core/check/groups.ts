/**
 * Which rows add up to which: a budget/investment line and its children (by outline level),
 * and a "Tổng cộng" row and the rows of its table.
 */
import { rowsByPart, type ReadTable, type TypedRow } from '../tables';

export interface RowGroup {
  parent: TypedRow;
  children: TypedRow[];
  /** 'outline': a line and its sub-lines; 'total': a "Tổng cộng" row and the table's rows. */
  kind: 'outline' | 'total';
}

/** A level-L line and the level-(L+1) lines that follow it until the next line of level ≤ L. */
export function outlineGroups(t: ReadTable): RowGroup[] {
  const rows = t.rows;
  const out: RowGroup[] = [];
  rows.forEach((parent, i) => {
    if (parent.isTotal || parent.level === undefined) return;
    const children: TypedRow[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.isTotal) break;
      if (r.level === undefined) continue;
      if (r.level <= parent.level) break;
      if (r.level === parent.level + 1) children.push(r);
    }
    if (children.length > 0) out.push({ parent, children, kind: 'outline' });
  });
  return out;
}

/**
 * A "Tổng cộng" row and the rows it totals: the rows since the previous total row (a subtotal below its parts,
 * «Tổng cộng thu» after the revenue lines, «Tổng cộng chi» after the spending lines, tester 16 F12), or every
 * other row when none is above it since then (a grand total at the top, or after the subtotals); in an outlined
 * table, the rows of the top level among them (their sub-lines are already inside them); in a table of period parts, of its part.
 */
export function totalGroups(t: ReadTable): RowGroup[] {
  // A table summed from parts of the period (monthly sheets): each part's total row totals that part's rows.
  const parts = rowsByPart(t);
  if (parts) return parts.flatMap((rows) => totalGroups({ located: { ...t.located, periodParts: false }, rows }));
  const others = t.rows.filter((r) => !r.isTotal);
  const out: RowGroup[] = [];
  let since: TypedRow[] = [];
  for (const parent of t.rows) {
    if (!parent.isTotal) {
      since.push(parent);
      continue;
    }
    const children = topLevel(since.length > 0 ? since : others);
    since = [];
    if (children.length > 0) out.push({ parent, children, kind: 'total' });
  }
  return out;
}

/** The rows of the least outline level among `rows` (all of them when none has a level). */
function topLevel(rows: TypedRow[]): TypedRow[] {
  const levels = rows.map((r) => r.level).filter((l): l is number => l !== undefined);
  const top = levels.length > 0 ? levels.reduce((a, b) => Math.min(a, b)) : undefined;
  return top === undefined ? rows : rows.filter((r) => r.level === top);
}

export function allGroups(t: ReadTable): RowGroup[] {
  return [...outlineGroups(t), ...totalGroups(t)];
}
