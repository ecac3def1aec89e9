/**
 * Totals without a value (docs/reporting-schema.md §1, "a formula without a saved value is computed from its parts
 * where they determine it, and said"): a "Tổng cộng" row or a budget line whose count or amount cell is blank
 * while every one of its rows below has that number gets their sum, with a missing-cell warning naming the
 * cell. Files written by scripts keep formulas without their results, and the snapshot then holds a blank there.
 * Deeper outline lines are filled before the lines above them, the "Tổng cộng" row last.
 */
import type { Issue } from '../issues';
import type { TableSpec } from '../schema/types';
import { columnAt, valueAt, type ReadTable, type TypedRow } from '../tables';
import { allGroups, type RowGroup } from '../check/groups';
import { fold } from '../text/fold';
import { TTHC_SUMS } from '../schema/tthc';
import { rangeA1, parseA1 } from '../address';
import { num } from '../rowValues';
import { totalFromParts } from './readerIssues';

/** Fills the totals in place; returns the warnings and the cells filled (A1), whose "blank" errors no longer hold. */
export function fillTotals(spec: TableSpec, t: ReadTable): { issues: Issue[]; filled: Set<string> } {
  const issues: Issue[] = [];
  const filled = new Set<string>();
  const fields = spec.fields.filter((f) => (f.kind === 'count' || f.kind === 'amount') && columnAt(t.located, f.key) !== undefined);
  if (fields.length === 0) return { issues, filled };
  const blank = (r: TypedRow, key: string) => {
    const v = valueAt(r, key);
    return !!v && v.value === null && v.text === '';
  };
  // Within a row of Biểu 06: received = online + direct (+ carried over), resolved and pending likewise.
  if (spec.name === 'tthc') {
    for (const row of t.rows) {
      for (const s of TTHC_SUMS) {
        if ('without' in s) continue;
        const parts = [...s.parts, ...s.optional.filter((p) => columnAt(t.located, p) !== undefined)];
        if (!blank(row, s.total) || !s.parts.every((p) => columnAt(t.located, p) !== undefined)) continue;
        const values = parts.map((p) => num(row, p));
        if (values.some((v) => v === null)) continue;
        fill(row, s.total, values as number[], parts.map((p) => valueAt(row, p)!.cell).join(', '));
      }
    }
  }
  const groups = allGroups(t).sort((a, b) => depth(b.parent) - depth(a.parent));
  for (const g of groups) {
    if (
      isHeading(
        t,
        g,
        fields.map((f) => f.key),
      )
    )
      continue;
    for (const f of fields) {
      if (!blank(g.parent, f.key)) continue;
      const values = g.children.map((c) => num(c, f.key));
      if (values.some((v) => v === null)) continue;
      fill(g.parent, f.key, values as number[], cellsText(g.children.map((c) => valueAt(c, f.key)!.cell)));
    }
  }
  return { issues, filled };

  function fill(row: TypedRow, key: string, values: number[], parts: string): void {
    const field = spec.fields.find((f) => f.key === key)!;
    const v = valueAt(row, key)!;
    const sum = values.reduce((a, b) => a + b, 0);
    v.value = sum;
    filled.add(v.cell);
    issues.push(totalFromParts(spec, field, { sheet: row.sheet, cell: v.cell }, sum, parts));
  }
}

/**
 * A heading line over its sub-lines ("I | THU NGÂN SÁCH" with no amount at all), whose total is a row of its own
 * after them ("Cộng thu", "Tổng cộng chi"): a heading, not a total left blank (tester 5 item 23).
 */
function isHeading(t: ReadTable, g: RowGroup, keys: string[]): boolean {
  if (g.kind !== 'outline' || g.parent.level === undefined) return false;
  if (
    keys.some((k) => {
      const v = valueAt(g.parent, k);
      return !!v && (v.value !== null || v.text !== '');
    })
  )
    return false;
  const rows = t.rows;
  const last = rows.indexOf(g.children[g.children.length - 1]);
  for (let j = last + 1; j < rows.length; j++) {
    const r = rows[j];
    if (r.level !== undefined && r.level <= g.parent.level) return false;
    if (/^(?:tong )?cong\b/.test(fold(valueAt(r, 'content')?.text ?? ''))) return true;
  }
  return false;
}

/** Outline lines deepest first; a "Tổng cộng" row (no level) after every line. */
function depth(r: TypedRow): number {
  return r.isTotal ? -1 : (r.level ?? 0);
}

/** "C6:C8" for cells running down one column, else the cells listed. */
function cellsText(cells: string[]): string {
  const p = cells.map(parseA1);
  if (p.length > 1 && p.every((x, i) => x && x.col === p[0]!.col && (i === 0 || x.row === p[i - 1]!.row + 1))) {
    return rangeA1(p[0]!.row, p[0]!.col, p[p.length - 1]!.row, p[0]!.col);
  }
  return cells.join(', ');
}
