/**
 * Hidden rows and columns of a used range, from the address of its visible cells
 * (`range.getSpecialCellsOrNullObject('Visible')`, ExcelApi 1.9): one string queued in the same batch
 * as the values, where `rowHidden`/`columnHidden` would need one range (and one request) per row.
 */
import { parseRange } from '../../core/address';

export interface HiddenLines {
  hiddenRows?: number[];
  hiddenCols?: number[];
}

/** Intervals [a, b] merged and clipped to [lo, hi]; the indices of [lo, hi] they leave uncovered. */
function uncovered(intervals: [number, number][], lo: number, hi: number): number[] {
  intervals.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  let next = lo;
  for (const [a, b] of intervals) {
    for (let i = next; i < Math.min(a, hi + 1); i++) out.push(i);
    next = Math.max(next, b + 1);
  }
  for (let i = next; i <= hi; i++) out.push(i);
  return out;
}

/**
 * The 0-based sheet rows and columns of the range (top, left, rows × cols) that no visible area covers.
 * `visible`: the visible areas in A1 notation (["A1:F3", "A5:F9"]), or null when no cell is visible;
 * then every row counts as hidden (Excel cannot tell us whether rows or columns hide them).
 */
export function hiddenLines(visible: string[] | null, top: number, left: number, rows: number, cols: number): HiddenLines {
  const out: HiddenLines = {};
  if (rows < 1 || cols < 1) return out;
  if (visible === null) {
    out.hiddenRows = Array.from({ length: rows }, (_, i) => top + i);
    return out;
  }
  const areas = visible.map((a) => parseRange(a)).filter((a) => a !== null);
  const hiddenRows = uncovered(
    areas.map((a) => [a.top, a.bottom]),
    top,
    top + rows - 1,
  );
  const hiddenCols = uncovered(
    areas.map((a) => [a.left, a.right]),
    left,
    left + cols - 1,
  );
  if (hiddenRows.length) out.hiddenRows = hiddenRows;
  if (hiddenCols.length) out.hiddenCols = hiddenCols;
  return out;
}
