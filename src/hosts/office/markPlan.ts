/**
 * Which conditional formats the issue marks need: one per sheet and kind of issue (its code and
 * severity), over the rectangles that cover that kind's cells, so a column of 300 bad dates is one
 * rule over "E5:E304", not 300 rules. Pure: no Office here.
 */
import { parseRange, rangeA1, splitCells } from '../../core/address';
import { SEVERITY_ORDER } from '../../core/issues/counts';
import type { Issue, Severity } from '../../core/issues/types';

export interface MarkGroup {
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  severity: Severity;
  code: string;
  /** A1 rectangles, no two overlapping. */
  areas: string[];
  /** Cells the areas cover. */
  cells: number;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An issue area bigger than this is marked as it is, not cell by cell (it is never split or merged). */
const EXPAND_LIMIT = 10_000;

/**
 * The marks for `issues` on the sheets named `sheetNames` (issue sheets compare without case; others
 * are left out). Where issues of several kinds name one cell, the most severe one marks it (the
 * first of them on a tie). Groups come sheet by sheet in `sheetNames` order, most severe first.
 */
export function planMarks(issues: Issue[], sheetNames: string[]): MarkGroup[] {
  const known = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  // By sheet: cell key -> the issue marking it; large areas apart.
  const cells = new Map<string, Map<number, { severity: Severity; code: string }>>();
  const large: { sheet: string; severity: Severity; code: string; area: Bounds }[] = [];
  const COLS = 16384;
  for (const issue of issues) {
    const sheet = known.get(issue.sheet.toLowerCase());
    if (!sheet || !issue.cell) continue;
    for (const ref of splitCells(issue.cell.replace(/\$/g, '').toUpperCase())) {
      const b = parseRange(ref)!;
      const size = (b.bottom - b.top + 1) * (b.right - b.left + 1);
      if (size > EXPAND_LIMIT) {
        large.push({ sheet, severity: issue.severity, code: issue.code, area: b });
        continue;
      }
      const byCell = cells.get(sheet) ?? new Map<number, { severity: Severity; code: string }>();
      cells.set(sheet, byCell);
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) {
          const k = r * COLS + c;
          const prev = byCell.get(k);
          if (!prev || SEVERITY_ORDER[issue.severity] < SEVERITY_ORDER[prev.severity]) byCell.set(k, { severity: issue.severity, code: issue.code });
        }
    }
  }
  const groups: MarkGroup[] = [];
  for (const sheet of sheetNames) {
    const byKind = new Map<string, { severity: Severity; code: string; keys: number[] }>();
    for (const [k, m] of cells.get(sheet) ?? []) {
      const kind = `${m.severity}\u0000${m.code}`;
      const g = byKind.get(kind) ?? { ...m, keys: [] };
      g.keys.push(k);
      byKind.set(kind, g);
    }
    const sheetGroups: MarkGroup[] = [...byKind.values()].map((g) => {
      const rects = coverCells(g.keys.map((k) => [Math.floor(k / COLS), k % COLS] as [number, number]));
      return { sheet, severity: g.severity, code: g.code, areas: rects.map(toA1), cells: g.keys.length };
    });
    for (const l of large.filter((x) => x.sheet === sheet))
      sheetGroups.push({
        sheet,
        severity: l.severity,
        code: l.code,
        areas: [toA1(l.area)],
        cells: (l.area.bottom - l.area.top + 1) * (l.area.right - l.area.left + 1),
      });
    sheetGroups.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code));
    groups.push(...sheetGroups);
  }
  return groups;
}

function toA1(b: Bounds): string {
  return rangeA1(b.top, b.left, b.bottom, b.right);
}

/**
 * Rectangles covering exactly the given cells ([row, col], 0-based, no repeats): vertical runs in
 * each column, then runs of the same rows in adjacent columns joined. Not the fewest possible, but
 * a table's column or block of bad cells becomes one rectangle.
 */
export function coverCells(cells: [number, number][]): Bounds[] {
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: Bounds[] = [];
  for (const [r, c] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === c && last.bottom === r - 1) last.bottom = r;
    else runs.push({ top: r, left: c, bottom: r, right: c });
  }
  // Join a run to the rectangle ending in the column before with the same rows.
  const open = new Map<string, Bounds>();
  const out: Bounds[] = [];
  for (const run of runs) {
    const rows = `${run.top}:${run.bottom}`;
    const prev = open.get(rows);
    if (prev && prev.right === run.left - 1) prev.right = run.left;
    else {
      out.push(run);
      open.set(rows, run);
    }
  }
  return out;
}
