/**
 * Where a sheet's values are, when its used range is far larger than they are: a table in A1:H100
 * and one stray value at XFD1048576 make a used range of 17 billion cells, which no batch can read.
 * The used range is cut into PIECES bands along its longer side and each band asks Excel for its own
 * used range (`Range.getUsedRangeOrNullObject(true)`, ExcelApi 1.4): empty bands drop out, the others
 * shrink to their values. A band still large and sparse is cut again at the next sync. All sheets are
 * probed together, one sync a level, so a stray far cell costs two or three syncs, not thousands of
 * batches. The result feeds the block reads (read.ts); the blocks it gives never overlap.
 */

/** A rectangle of a sheet, 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Bands a rectangle is cut into at each level. */
const PIECES = 16;
/** A rectangle of at most this many cells is read as it is (a few batches), never probed. */
export const PROBE_ABOVE = 65_536;
/** Levels of probing at most; 16^6 bands is finer than Excel's grid along either side. */
const MAX_LEVELS = 6;
/** Blank rows or columns between two blocks beyond which they are never joined (as core/sheetBlocks.ts). */
const GAP = 32;

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The rectangle cut into at most PIECES bands along its longer side (in lines). */
export function cutBands(r: Rect): Rect[] {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const byRows = rows >= cols;
  const lines = byRows ? rows : cols;
  const n = Math.min(PIECES, lines);
  const out: Rect[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * lines) / n);
    const to = Math.floor(((i + 1) * lines) / n) - 1;
    out.push(
      byRows
        ? { top: r.top + from, bottom: r.top + to, left: r.left, right: r.right }
        : { top: r.top, bottom: r.bottom, left: r.left + from, right: r.left + to },
    );
  }
  return out;
}

/**
 * The blocks that hold each sheet's values. `sheets`: each sheet's id and its used range (values
 * only). A sheet whose used range has at most PROBE_ABOVE cells is one block, with no sync.
 */
export async function filledBlocks(context: Excel.RequestContext, sheets: { id: string; used: Rect }[]): Promise<Rect[][]> {
  const done: Rect[][] = sheets.map(() => []);
  let pending = sheets.map((s, i) => ({ sheet: i, rect: s.used }));
  for (let level = 0; pending.length; level++) {
    const probe: typeof pending = [];
    for (const p of pending) {
      if (area(p.rect) <= PROBE_ABOVE || level >= MAX_LEVELS) done[p.sheet].push(p.rect);
      else probe.push(p);
    }
    if (!probe.length) break;
    const queued = probe.map((p) => {
      const ws = context.workbook.worksheets.getItem(sheets[p.sheet].id);
      return {
        ...p,
        bands: cutBands(p.rect).map((b) =>
          ws
            .getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1)
            .getUsedRangeOrNullObject(true)
            .load('rowIndex,columnIndex,rowCount,columnCount'),
        ),
      };
    });
    // One sync a level for every sheet at once: the levels are few (see MAX_LEVELS).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    pending = [];
    for (const q of queued) {
      const filled = q.bands
        .filter((u) => !u.isNullObject)
        .map((u) => ({ top: u.rowIndex, left: u.columnIndex, bottom: u.rowIndex + u.rowCount - 1, right: u.columnIndex + u.columnCount - 1 }));
      // Bands that fill half the rectangle: it is dense (a big table), read as it is.
      if (filled.reduce((n, r) => n + area(r), 0) * 2 >= area(q.rect)) done[q.sheet].push(q.rect);
      else for (const r of filled) pending.push({ sheet: q.sheet, rect: r });
    }
  }
  return done.map(joinNear);
}

/**
 * Joins rectangles that lie within GAP lines of each other when the rectangle around both is not much
 * bigger than they are (a table that a band's edge cut in two is one block again), and any that would
 * overlap; sorted in reading order. Pure.
 */
export function joinNear(rects: Rect[]): Rect[] {
  const out = rects.map((r) => ({ ...r }));
  for (let changed = true; changed;) {
    changed = false;
    outer: for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        const u = { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
        const gapRows = Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom) - 1;
        const gapCols = Math.max(a.left, b.left) - Math.min(a.right, b.right) - 1;
        const overlap = gapRows < 0 && gapCols < 0;
        const near = gapRows <= GAP && gapCols <= GAP && area(u) <= 2 * (area(a) + area(b)) + 4096;
        if (!overlap && !near) continue;
        out[i] = u;
        out.splice(j, 1);
        changed = true;
        break outer;
      }
  }
  // The union of two may now overlap a third: the loop above joined those too (overlap always joins).
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}
