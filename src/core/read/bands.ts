/**
 * Tables side by side on one sheet (a staff list, a blank column, a payroll): the grid is cut into column
 * bands at the columns left blank from top to bottom, so that each table is found and weighed on its own
 * header, values and title (docs/reporting-schema.md §1, "a sheet may hold several tables").
 */
import type { Grid } from './grid';

/**
 * The grid's column bands, left to right: runs of columns separated by blank columns. A column counts as
 * blank when no cell of it sits beside another filled cell of its row or in a merge across columns: a title,
 * a caption or a unit line alone in its row (perhaps merged over both tables), or a signature line's words far
 * apart ("Người lập biểu" … "Chủ tịch"), separates nothing. One band (the grid itself) when no such column
 * separates filled ones.
 */
export function columnBands(grid: Grid): Grid[] {
  if (grid.bottom < grid.top || grid.right < grid.left) return [grid];
  const width = grid.right - grid.left + 1;
  const used = new Uint8Array(width);
  let usedCount = 0;
  const use = (c: number) => {
    if (used[c - grid.left]) return;
    used[c - grid.left] = 1;
    usedCount++;
  };
  // A long log fills every column within its first rows: the walk stops there.
  for (let r = grid.top; r <= grid.bottom && usedCount < width; r++) {
    const cols: number[] = [];
    for (let c = grid.left; c <= grid.right; c++) if (!grid.isBlank(r, c)) cols.push(c);
    if (cols.length < 2) continue;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const m = grid.mergeOf(r, c);
      // A merged cell spreads over the columns it covers (a group label over its sub-columns).
      if (m && m.right > m.left) for (let k = Math.max(m.left, grid.left); k <= Math.min(m.right, grid.right); k++) use(k);
      else if (cols[i - 1] === c - 1 || cols[i + 1] === c + 1) use(c);
    }
  }
  const bands: { left: number; right: number }[] = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    if (i < width && used[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      bands.push({ left: grid.left + start, right: grid.left + i - 1 });
      start = -1;
    }
  }
  if (bands.length < 2) return [grid];
  return bands.map((b) => band(grid, b.left, b.right));
}

/** The grid seen over columns [left, right] only. */
function band(grid: Grid, left: number, right: number): Grid {
  return {
    ...grid,
    left,
    right,
    whole: grid.whole ?? grid,
    isBlankRow: (row, l = left, r = right) => grid.isBlankRow(row, Math.max(l, left), Math.min(r, right)),
  };
}
