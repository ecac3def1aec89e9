/** From the cells a sheet's scan found to the snapshot's dense blocks (values, formats, fonts) and merges. */
import type { CellValue, SheetBlock, SheetSnapshot } from '../../core/snapshot';
import { denseEnough, sheetBlocks, type Area } from '../../core/sheetBlocks';
import { parseRange, rangeA1 } from '../../core/address';
import type { Styles } from './styles';

/** Cells cleared under merged areas, at most (a hostile file could declare millions of huge merges). */
const MAX_MERGE_WORK = 5_000_000;

/** The cells a sheet's scan found, as parallel lists (one entry per non-blank cell); typed arrays grow by doubling. */
export class CellList {
  length = 0;
  rows: Int32Array<ArrayBuffer>;
  cols: Int32Array<ArrayBuffer>;
  /** Style index of each cell (the `s` attribute). */
  styles: Int32Array<ArrayBuffer>;
  vals: CellValue[];

  /** `expected`: a guess of the number of cells, to allocate once (the lists grow past it by doubling). */
  constructor(expected = 1024) {
    const n = Math.max(1024, Math.min(expected, 4_000_000));
    this.rows = new Int32Array(n);
    this.cols = new Int32Array(n);
    this.styles = new Int32Array(n);
    this.vals = new Array<CellValue>(n);
  }

  /** Cells with a value whose reference names no cell of the grid: how many, and the first references. */
  unreadCount = 0;
  readonly unreadFirst: string[] = [];

  unread(ref: string): void {
    if (this.unreadCount++ < 10) this.unreadFirst.push(ref);
  }

  push(row: number, col: number, style: number, value: CellValue): void {
    const k = this.length++;
    if (k === this.rows.length) {
      this.rows = grown(this.rows);
      this.cols = grown(this.cols);
      this.styles = grown(this.styles);
    }
    this.rows[k] = row;
    this.cols[k] = col;
    this.styles[k] = style;
    this.vals[k] = value;
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The merged areas listed after the sheet data (from `from`, the end of `<sheetData>`). */
export function mergesOf(xml: string, from: number): Area[] {
  const out: Area[] = [];
  const re = /<mergeCell\s[^>]*?\bref\s*=\s*["']([^"']*)["']/g;
  re.lastIndex = from;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const r = parseRange(m[1]);
    if (r) out.push(r);
  }
  return out;
}

/**
 * The sheet as dense grids (values, number formats, fonts) around its cells: one block over the used
 * range when the cells fill it well enough, else one block per cluster of cells (core/sheetBlocks.ts),
 * so that memory follows the cells. Excel shows only the top-left cell of a merged area, so the others
 * are blanked; merged areas are kept clipped to the used range.
 */
export function denseSheet(name: string, cells: CellList, look: Styles, mergeList: Area[]): SheetSnapshot {
  const n = cells.length;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let k = 0; k < n; k++) {
    const r = cells.rows[k];
    const c = cells.cols[k];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  if (bottom < 0) return emptySheet(name);
  const used = { top, left, bottom, right };
  const areas: Area[] = [];
  const members: Int32Array[] = [];
  if (denseEnough((bottom - top + 1) * (right - left + 1), n)) {
    areas.push(used);
    members.push(allOf(n));
  } else {
    const split = sheetBlocks(cells.rows.subarray(0, n), cells.cols.subarray(0, n), n);
    const counts = new Int32Array(split.areas.length);
    for (let k = 0; k < n; k++) counts[split.blockOf[k]]++;
    for (const [b, area] of split.areas.entries()) {
      areas.push(area);
      members.push(new Int32Array(counts[b]));
    }
    const filled = new Int32Array(split.areas.length);
    for (let k = 0; k < n; k++) {
      const b = split.blockOf[k];
      members[b][filled[b]++] = k;
    }
  }
  const merges = clippedMerges(mergeList, used);
  const budget = newMergeBudget();
  const blocks: SheetBlock[] = [];
  for (let b = 0; b < areas.length; b++) {
    const block = denseBlock(cells, members[b], areas[b], look, merges, budget);
    if (block) blocks.push(block);
  }
  return sheetOf(name, blocks, merges);
}

/** The cells merged areas may blank over one sheet's blocks, at most. */
export function newMergeBudget(): { work: number } {
  return { work: MAX_MERGE_WORK };
}

/** The sheet of its blocks (the first one inline, the others in `blocks`) and its merged areas clipped to the used range. */
export function sheetOf(name: string, blocks: SheetBlock[], merges: Area[]): SheetSnapshot {
  if (blocks.length === 0) return emptySheet(name);
  const sheet: SheetSnapshot = { name, ...blocks[0], merges: merges.map((a) => rangeAtoA1(a)) };
  if (blocks.length > 1) sheet.blocks = blocks.slice(1);
  return sheet;
}

export function emptySheet(name: string): SheetSnapshot {
  return { name, origin: { row: 0, col: 0 }, values: [], formats: [], fonts: [], merges: [] };
}

function allOf(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = k;
  return out;
}

function rangeAtoA1(a: Area): string {
  return rangeA1(a.top, a.left, a.bottom, a.right);
}

/** The merged areas that meet the used range, clipped to it: nothing downstream ever sees a merge larger than the data. */
export function clippedMerges(list: Area[], used: Area): Area[] {
  const out: Area[] = [];
  for (const a of list) {
    if (a.bottom < used.top || a.top > used.bottom || a.right < used.left || a.left > used.right) continue;
    out.push({
      top: Math.max(a.top, used.top),
      left: Math.max(a.left, used.left),
      bottom: Math.min(a.bottom, used.bottom),
      right: Math.min(a.right, used.right),
    });
  }
  return out;
}

/**
 * One dense block: the cells `members` (indices into `cells`, in the scan's order) over `area`. Rows
 * without a cell share one blank row, and a row whose formats (or fonts) are those of the row before
 * shares its array too, as most rows of a list do. Null when merged areas blanked every cell.
 */
function denseBlock(cells: CellList, members: Int32Array, area: Area, look: Styles, merges: Area[], budget: { work: number }): SheetBlock | null {
  const { top, left, bottom } = area;
  const h = bottom - top + 1;
  const w = area.right - left + 1;
  const blank: null[] = new Array<null>(w).fill(null);
  const values: CellValue[][] = new Array<CellValue[]>(h).fill(blank);
  const looks = new RowLooks(h, w, blank, look);
  let open = -1;
  for (let i = 0; i < members.length; i++) {
    const k = members[i];
    const r = cells.rows[k] - top;
    const c = cells.cols[k] - left;
    if (r !== open) {
      if (open >= 0) looks.settle(open);
      if (values[r] === blank) values[r] = new Array<CellValue>(w).fill(null);
      // A row met again (cells out of order): its looks so far are kept, and the new cells' laid over them.
      else looks.reopen();
      open = r;
    }
    values[r][c] = cells.vals[k];
    looks.styles[c] = cells.styles[k];
  }
  if (open >= 0) looks.settle(open);
  return underMerges({ origin: { row: top, col: left }, values, formats: looks.formats, fonts: looks.fonts }, area, merges, budget, blank);
}

/**
 * The block with the cells under merged areas blanked (Excel shows only the top-left cell of a merged
 * area), then trimmed of the blank outer rows and columns that leaves; null when nothing is left.
 * `blank` is the block's shared blank row; `budget.work` bounds the cells visited over all blocks.
 */
export function underMerges(block: SheetBlock, area: Area, merges: Area[], budget: { work: number }, blank: null[]): SheetBlock | null {
  const { top, left, bottom } = area;
  const values = block.values;
  const formats = block.formats as (string | null)[][];
  const fonts = block.fonts as (string | null)[][];
  let cleared = false;
  for (const a of merges) {
    if (a.bottom < top || a.top > bottom || a.right < left || a.left > area.right) continue;
    // Only rows with cells are visited.
    for (let r = Math.max(a.top, top); r <= Math.min(a.bottom, bottom) && budget.work > 0; r++) {
      const row = values[r - top];
      if (row === blank) continue;
      for (let c = Math.max(a.left, left); c <= Math.min(a.right, area.right); c++, budget.work--) {
        if ((r === a.top && c === a.left) || row[c - left] === null) continue;
        row[c - left] = null;
        cleared = true;
        // Format and font rows may be shared with other rows: change a copy.
        formats[r - top] = withNull(formats[r - top], c - left);
        fonts[r - top] = withNull(fonts[r - top], c - left);
      }
    }
  }
  return cleared ? trimmed(block, blank) : block;
}

/**
 * The sheet with the hidden rows (0-based indices) and hidden column spans ([first, last], 0-based) that
 * fall where some block has cells (a sparse sheet has several blocks), ascending and without repeats;
 * nothing added when none do.
 */
export function withHiddenLines(sheet: SheetSnapshot, rows: number[], colSpans: [number, number][]): SheetSnapshot {
  if (sheet.values.length === 0) return sheet;
  const blocks = [sheet, ...(sheet.blocks ?? [])];
  const rowSpans = mergedSpans(blocks.map((b) => [b.origin.row, b.origin.row + b.values.length - 1]));
  const usedCols = mergedSpans(blocks.map((b) => [b.origin.col, b.origin.col + (b.values[0]?.length ?? 1) - 1]));
  const hiddenRows = [...new Set(rows.filter((r) => inSpans(rowSpans, r)))].sort((a, b) => a - b);
  const cols = new Set<number>();
  for (const [a, b] of colSpans) for (const [left, right] of usedCols) for (let c = Math.max(a, left); c <= Math.min(b, right); c++) cols.add(c);
  const hiddenCols = [...cols].sort((a, b) => a - b);
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if (hiddenCols.length) sheet.hiddenCols = hiddenCols;
  return sheet;
}

/** Sorted, non-overlapping [first, last] spans covering the given ones. */
function mergedSpans(spans: number[][]): number[][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: number[][] = [];
  for (const [a, b] of spans) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Whether `x` lies in one of the sorted spans (binary search: a sparse sheet may have many). */
function inSpans(spans: number[][], x: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (x < spans[mid][0]) hi = mid - 1;
    else if (x > spans[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The number formats and fonts of a block, filled one row at a time from the style index of each cell:
 * a row whose cells have the styles of the row before shares its arrays, as most rows of a list do, so
 * a row costs one comparison of style indices and no names are looked up for it.
 */
class RowLooks {
  readonly formats: (string | null)[][];
  readonly fonts: (string | null)[][];
  /** Style index per column of the row being filled; -1 where it has no cell. */
  styles: Int32Array;
  private lastStyles: Int32Array;
  private lastFormats: (string | null)[];
  private lastFonts: (string | null)[];
  private hasLast = false;
  private reopened = false;

  constructor(
    height: number,
    private readonly width: number,
    private readonly blank: null[],
    private readonly look: Styles,
  ) {
    this.formats = new Array<(string | null)[]>(height).fill(blank);
    this.fonts = new Array<(string | null)[]>(height).fill(blank);
    this.styles = new Int32Array(width).fill(-1);
    this.lastStyles = new Int32Array(width).fill(-1);
    this.lastFormats = blank;
    this.lastFonts = blank;
  }

  /** The row about to be filled was settled before: settle lays its new cells over what it has. */
  reopen(): void {
    this.reopened = true;
  }

  /** Stores the looks of the row being filled as row `r`, and starts a blank one. */
  settle(r: number): void {
    const { styles, look } = this;
    if (this.reopened) {
      const f = this.formats[r].slice();
      const n = this.fonts[r].slice();
      for (let c = 0; c < this.width; c++) {
        if (styles[c] < 0) continue;
        f[c] = look.formats[styles[c]] ?? null;
        n[c] = look.fonts[styles[c]] ?? null;
      }
      this.formats[r] = f;
      this.fonts[r] = n;
      this.reopened = false;
    } else if (this.hasLast && sameStyles(styles, this.lastStyles)) {
      this.formats[r] = this.lastFormats;
      this.fonts[r] = this.lastFonts;
    } else {
      let f: (string | null)[] = new Array<string | null>(this.width);
      let n: (string | null)[] = new Array<string | null>(this.width);
      for (let c = 0; c < this.width; c++) {
        const s = styles[c];
        f[c] = s < 0 ? null : (look.formats[s] ?? null);
        n[c] = s < 0 ? null : (look.fonts[s] ?? null);
      }
      // Other style indices may still name the same looks.
      if (sameRow(f, this.lastFormats)) f = this.lastFormats;
      if (sameRow(n, this.lastFonts)) n = this.lastFonts;
      this.formats[r] = this.lastFormats = f;
      this.fonts[r] = this.lastFonts = n;
      const t = this.lastStyles;
      this.lastStyles = styles;
      this.styles = t;
      this.hasLast = true;
    }
    this.styles.fill(-1);
  }
}

function sameStyles(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRow(a: (string | null)[], b: (string | null)[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function withNull(row: (string | null)[], c: number): (string | null)[] {
  if (row[c] === null) return row;
  const copy = row.slice();
  copy[c] = null;
  return copy;
}

/** Drops blank outer rows and columns (left by merged cells cleared at the edge); null when nothing is left. */
function trimmed(s: SheetBlock, blank: null[]): SheetBlock | null {
  const has = (row: CellValue[]) => row !== blank && row.some((v) => v !== null);
  let a = 0;
  let b = s.values.length - 1;
  while (a <= b && !has(s.values[a])) a++;
  while (b >= a && !has(s.values[b])) b--;
  if (a > b) return null;
  const width = s.values[0].length;
  let l = width;
  let r = -1;
  for (let i = a; i <= b; i++) {
    const row = s.values[i];
    if (row === blank) continue;
    for (let c = 0; c < width; c++) {
      if (row[c] === null) continue;
      if (c < l) l = c;
      if (c > r) r = c;
    }
  }
  if (a === 0 && b === s.values.length - 1 && l === 0 && r === width - 1) return s;
  const narrowBlank = blank.slice(0, r - l + 1);
  const cut = <T>(g: T[][]) => g.slice(a, b + 1).map((row) => (row === (blank as unknown as T[]) ? (narrowBlank as T[]) : row.slice(l, r + 1)));
  return {
    origin: { row: s.origin.row + a, col: s.origin.col + l },
    values: cut(s.values),
    formats: cut(s.formats ?? []),
    fonts: cut(s.fonts ?? []),
  };
}
