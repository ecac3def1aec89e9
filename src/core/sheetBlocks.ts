/**
 * Dense blocks around a sheet's filled cells, so that reading a sheet costs in proportion to the cells
 * it holds, not to the corners of its used range: one stray value at XFD1048576 beside a table in
 * A1:F11 gives two small blocks, not 17 billion cells (issue 16 §2).
 * Pure and iterative (no recursion, no argument spread), O(n log n) in the number of cells n.
 */

export interface Area {
  top: number;
  left: number;
  /** Inclusive. */
  bottom: number;
  right: number;
}

/**
 * Blank columns (or rows) between two filled ones beyond which they belong to different blocks. Far more
 * than any table leaves (a table ends at two blank rows, and info values sit at most 8 columns from
 * their label), so a block never cuts a table.
 */
const GAP = 32;
/** A block's area stays within DENSITY × its cells + SLACK: a sparse form is fine, a diagonal of strays is not. */
const DENSITY = 32;
const SLACK = 4096;

/** True when one rectangle over all `cells` cells in `area` is dense enough to be read as one block. */
export function denseEnough(area: number, cells: number): boolean {
  return area <= DENSITY * cells + SLACK;
}

/**
 * Splits the cells (parallel 0-based row and column lists, `n` entries) into disjoint rectangles.
 * Returns the rectangles (tight around their cells, in reading order of their top-left) and the block
 * index of each cell. First the sheet's columns are cut where GAP blank columns separate them; in each
 * band, rows are grouped top-down while the group stays dense and no GAP blank rows interrupt it; each
 * group's columns are cut again the same way.
 */
export function sheetBlocks(rows: ArrayLike<number>, cols: ArrayLike<number>, n: number): { areas: Area[]; blockOf: Int32Array } {
  const blockOf = new Int32Array(n);
  if (n === 0) return { areas: [], blockOf };
  // 1. Column bands over the whole sheet.
  const bandOfCol = cutColumns(cols, allIndices(n));
  const bands = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const b = bandOfCol.get(cols[k]) as number;
    let list = bands.get(b);
    if (!list) bands.set(b, (list = []));
    list.push(k);
  }
  const raw: Area[] = [];
  for (const cells of bands.values()) {
    // 2. Row groups in the band: each distinct row with its count and column extent, top-down.
    cells.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b]);
    let start = 0;
    while (start < cells.length) {
      const top = rows[cells[start]];
      let bottom = top;
      let left = Infinity;
      let right = -Infinity;
      let count = 0;
      let end = start;
      while (end < cells.length) {
        // The next distinct row: cells[end, rowEnd).
        const r = rows[cells[end]];
        let rowEnd = end;
        let l = Infinity;
        let rr = -Infinity;
        while (rowEnd < cells.length && rows[cells[rowEnd]] === r) {
          const c = cols[cells[rowEnd]];
          if (c < l) l = c;
          if (c > rr) rr = c;
          rowEnd++;
        }
        if (count > 0) {
          const area = (r - top + 1) * (Math.max(right, rr) - Math.min(left, l) + 1);
          if (r - bottom - 1 > GAP || !denseEnough(area, count + rowEnd - end)) break;
        }
        bottom = r;
        left = Math.min(left, l);
        right = Math.max(right, rr);
        count += rowEnd - end;
        end = rowEnd;
      }
      // 3. The group's own columns, cut again.
      const group = cells.slice(start, end);
      const segOfCol = cutColumns(cols, group, bottom - top + 1);
      const segs = new Map<number, number>();
      for (const k of group) {
        const s = segOfCol.get(cols[k]) as number;
        let b = segs.get(s);
        if (b === undefined) {
          segs.set(s, (b = raw.length));
          raw.push({ top: rows[k], left: cols[k], bottom: rows[k], right: cols[k] });
        }
        const a = raw[b];
        if (rows[k] < a.top) a.top = rows[k];
        if (rows[k] > a.bottom) a.bottom = rows[k];
        if (cols[k] < a.left) a.left = cols[k];
        if (cols[k] > a.right) a.right = cols[k];
        blockOf[k] = b;
      }
      start = end;
    }
  }
  // Reading order (top, then left), with the cells' block numbers following.
  const order = raw.map((_, i) => i).sort((a, b) => raw[a].top - raw[b].top || raw[a].left - raw[b].left);
  const renumber = new Int32Array(raw.length);
  order.forEach((old, i) => (renumber[old] = i));
  for (let k = 0; k < n; k++) blockOf[k] = renumber[blockOf[k]];
  return { areas: order.map((i) => raw[i]), blockOf };
}

function allIndices(n: number): number[] {
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = k;
  return out;
}

/**
 * Numbers the column segments of the given cells: a new segment where more than GAP blank columns
 * separate two filled ones, or (with `height`, the rows the cells span) where the segment would grow
 * sparser than denseEnough allows. Returns the segment of each filled column.
 */
function cutColumns(cols: ArrayLike<number>, cells: number[], height?: number): Map<number, number> {
  const perCol = new Map<number, number>();
  for (const k of cells) perCol.set(cols[k], (perCol.get(cols[k]) ?? 0) + 1);
  const distinct = [...perCol.keys()].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let seg = 0;
  let segLeft = distinct[0];
  let segCells = 0;
  let prev = distinct[0];
  for (const c of distinct) {
    const count = perCol.get(c) as number;
    const sparse = height !== undefined && segCells > 0 && !denseEnough(height * (c - segLeft + 1), segCells + count);
    if (c - prev - 1 > GAP || sparse) {
      seg++;
      segLeft = c;
      segCells = 0;
    }
    out.set(c, seg);
    segCells += count;
    prev = c;
  }
  return out;
}
