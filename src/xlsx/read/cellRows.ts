/**
 * The cells of a sheet's scan, kept as the rows of the snapshot while they come: a row's values go
 * straight into the array the snapshot will hold, and its style indices are kept once for a run of
 * rows styled alike, so a list of 100 000 rows costs one array per row and no list of cells. When the
 * rows do not come in order (a row met twice, rows going up), a cell comes twice, or a row is too
 * sparse to be held whole, every cell goes on into a CellList and the sheet is built by denseSheet,
 * which handles any order: the snapshot is the same either way.
 */
import type { CellValue, SheetBlock, SheetSnapshot } from '../../core/snapshot';
import { denseEnough, type Area } from '../../core/sheetBlocks';
import type { Styles } from './styles';
import { CellList, clippedMerges, denseSheet, emptySheet, newMergeBudget, sheetOf, underMerges } from './denseSheet';

/** A row wider than this many columns per cell (plus the slack) is sparse: its cells go to the CellList. */
const ROW_DENSITY = 32;
const ROW_SLACK = 64;
/** Distinct style rows remembered for sharing (see CellRows.recent). */
const RECENT_STYLES = 8;
/** More than any column of Excel's (16 384), and a small integer. */
const NO_COLUMN = 1 << 20;

/**
 * A growing list of integers in a typed array: a row's numbers kept without a JavaScript array that grows
 * by copies the collector must then sweep (100 000 rows: three such arrays).
 */
class IntList {
  length = 0;
  private a = new Int32Array(1024);

  push(x: number): void {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }

  at(i: number): number {
    return this.a[i];
  }
}

export class CellRows {
  /** Sheet row (0-based) of each row kept, ascending. */
  private rowAt = new IntList();
  /** Sheet column of each kept row's values[0]. */
  private leftAt = new IntList();
  private readonly valuesAt: CellValue[][] = [];
  /**
   * Each kept row's style row (styleRows[id]): style index by column from leftAt (-1 where no cell), one
   * shared by a run of rows styled alike.
   */
  private styleAt = new IntList();
  private readonly styleRows: Int32Array[] = [];
  /** Cells pushed (a cell written twice counts twice, as in CellList). */
  private pushed = 0;
  /**
   * The columns the cells kept span. `left` starts past the last column, not at Infinity: a field that once held a
   * double keeps every later value boxed, and a width computed from it (a double 2.0) given to `new Array` makes V8
   * give up inlining array construction for the whole process.
   */
  private left = NO_COLUMN;
  private right = -1;
  /** Once the rows stop coming in order: every cell so far and after. */
  private list: CellList | null = null;

  /**
   * The row being filled: its sheet row (-1: none), and its values array, which covers a window of
   * columns: the row before's (most rows of a list have the same columns), widened when a cell falls outside.
   */
  private current = -1;
  private values: CellValue[] = [];
  private winLeft = 0;
  /** A row of nulls as wide as the window, copied for each new row. */
  private blank: null[] = [];
  /** Style index of each cell of the row being filled, by window column (stale where the row has no cell). */
  private cur = new Int32Array(16);
  private count = 0;
  /** The last style row kept, with its cell count, and whether the row being filled matches it so far. */
  private prev: Int32Array = new Int32Array(0);
  private prevId = -1;
  private prevCount = -1;
  private same = false;
  /**
   * The last few distinct style rows kept, most recent first: a log whose rows take turns between a few
   * layouts (a date column filled in some rows only) shares their style rows instead of making one per row.
   */
  private recent: { styles: Int32Array; count: number; id: number }[] = [];

  /** Cells with a value whose reference names no cell of the grid: how many, and the first references. */
  unreadCount = 0;
  readonly unreadFirst: string[] = [];

  /** `expected`: a guess of the number of cells, to size the CellList if one is needed. */
  constructor(private readonly expected = 1024) {}

  unread(ref: string): void {
    if (this.unreadCount++ < 10) this.unreadFirst.push(ref);
  }

  /** A cell's value (never null) and style index; the hot path is a cell of the row being filled, in its window, written once. */
  push(row: number, col: number, style: number, value: CellValue): void {
    if (row === this.current) {
      const k = col - this.winLeft;
      const values = this.values;
      if (k >= 0 && k < values.length && values[k] === null) {
        values[k] = value;
        this.cur[k] = style;
        // A cell without a valid style never matches: the rows' cells must sit in the same columns.
        if (style !== this.prev[k] || style < 0) this.same = false;
        this.count++;
        return;
      }
    }
    this.pushSlow(row, col, style, value);
  }

  private pushSlow(row: number, col: number, style: number, value: CellValue): void {
    if (this.list === null) {
      if (row !== this.current) this.nextRow(row, col);
      // A cell written twice goes, with every other, to the CellList, which counts both as the blocks' density does.
      if (this.list === null && (this.values[col - this.winLeft] === undefined ? this.widen(col) : this.values[col - this.winLeft] === null)) {
        this.push(row, col, style, value);
        return;
      }
      this.toList();
    }
    (this.list as unknown as CellList).push(row, col, style, value);
  }

  /** Keeps the row being filled and opens `row`, in the window of the row before (or around `col` for the first). */
  private nextRow(row: number, col: number): void {
    if (this.count > 0) this.settle();
    const last = this.rowAt.length > 0 ? this.rowAt.at(this.rowAt.length - 1) : -1;
    this.current = row;
    if (row <= last) {
      this.toList();
      return;
    }
    if (this.blank.length === 0) this.window(col, 1);
    this.values = this.blank.slice();
    this.count = 0;
    this.same = this.prevCount > 0 && this.prev.length === this.blank.length && this.leftAt.at(this.leftAt.length - 1) === this.winLeft;
  }

  private window(left: number, width: number): void {
    this.winLeft = left;
    this.blank = new Array<null>(width).fill(null);
    if (this.cur.length < width) this.cur = new Int32Array(Math.max(width, this.cur.length * 2));
  }

  /**
   * Widens the window of the row being filled to hold `col`; false (the caller then goes to the
   * CellList) when the row would be too sparse to hold whole.
   */
  private widen(col: number): boolean {
    const oldLeft = this.winLeft;
    const oldWidth = this.blank.length;
    const left = Math.min(oldLeft, col);
    const width = Math.max(oldLeft + oldWidth - 1, col) - left + 1;
    if (width > ROW_DENSITY * (this.count + 1) + ROW_SLACK) return false;
    const shift = oldLeft - left;
    const old = this.values;
    const oldStyles = this.cur.slice(0, oldWidth);
    this.window(left, width);
    this.values = this.blank.slice();
    for (let c = 0; c < oldWidth; c++) {
      this.values[c + shift] = old[c];
      this.cur[c + shift] = oldStyles[c];
    }
    this.same = false;
    return true;
  }

  /** Keeps the row being filled: its values as they are, its style row shared with the row before when alike. */
  private settle(): void {
    const values = this.values;
    const w = values.length;
    let a = 0;
    while (values[a] === null) a++;
    let z = w - 1;
    while (values[z] === null) z--;
    if (!this.same || this.count !== this.prevCount) {
      const known = this.recentStyles(w) ?? this.newStyles(w, a, z);
      this.prev = known.styles;
      this.prevId = known.id;
      this.prevCount = this.count;
    }
    this.rowAt.push(this.current);
    this.leftAt.push(this.winLeft);
    this.valuesAt.push(values);
    this.styleAt.push(this.prevId);
    this.pushed += this.count;
    if (this.winLeft + a < this.left) this.left = this.winLeft + a;
    if (this.winLeft + z > this.right) this.right = this.winLeft + z;
    this.count = 0;
  }

  /** A recent style row (same width and cells) the row being filled matches, moved to the front; null when none does. */
  private recentStyles(w: number): { styles: Int32Array; id: number } | null {
    const values = this.values;
    const recent = this.recent;
    for (let k = 0; k < recent.length; k++) {
      const entry = recent[k];
      const { styles, count } = entry;
      if (count !== this.count || styles.length !== w) continue;
      let c = 0;
      while (c < w && styles[c] === (values[c] === null ? -1 : this.cur[c])) c++;
      if (c < w) continue;
      // Moved to the front in place: rows taking turns between layouts come here every few rows.
      for (let j = k; j > 0; j--) recent[j] = recent[j - 1];
      recent[0] = entry;
      return entry;
    }
    return null;
  }

  private newStyles(w: number, a: number, z: number): { styles: Int32Array; id: number } {
    const st = new Int32Array(w).fill(-1);
    for (let c = a; c <= z; c++) if (this.values[c] !== null) st[c] = this.cur[c];
    const entry = { styles: st, count: this.count, id: this.styleRows.length };
    this.styleRows.push(st);
    this.recent.unshift(entry);
    if (this.recent.length > RECENT_STYLES) this.recent.pop();
    return entry;
  }

  /** From now on every cell goes to a CellList, starting with the rows kept so far and the one being filled. */
  private toList(): void {
    if (this.list !== null) return;
    if (this.count > 0) this.settle();
    const list = new CellList(this.expected);
    for (let i = 0; i < this.rowAt.length; i++) {
      const values = this.valuesAt[i];
      const st = this.styleRows[this.styleAt.at(i)];
      for (let c = 0; c < values.length; c++) if (values[c] !== null) list.push(this.rowAt.at(i), this.leftAt.at(i) + c, st[c], values[c]);
    }
    this.rowAt = new IntList();
    this.leftAt = new IntList();
    this.styleAt = new IntList();
    this.valuesAt.length = 0;
    this.list = list;
    // Nothing matches the row in the fast path any more.
    this.current = -2;
  }

  /**
   * The sheet: one dense block when the rows kept fill their used range well enough, else (or when the
   * rows came out of order) denseSheet's blocks over the CellList. Merged areas as in denseSheet.
   */
  sheet(name: string, look: Styles, mergeList: Area[]): SheetSnapshot {
    if (this.list === null && this.count > 0) this.settle();
    this.current = -2;
    if (this.list === null) {
      const count = this.rowAt.length;
      if (count === 0) return emptySheet(name);
      const area = { top: this.rowAt.at(0), left: this.left, bottom: this.rowAt.at(count - 1), right: this.right };
      if (denseEnough((area.bottom - area.top + 1) * (area.right - area.left + 1), this.pushed)) {
        const merges = clippedMerges(mergeList, area);
        const { block, blank } = this.block(area, look);
        const kept = underMerges(block, area, merges, newMergeBudget(), blank);
        return sheetOf(name, kept ? [kept] : [], merges);
      }
      this.toList();
    }
    return denseSheet(name, this.list as CellList, look, mergeList);
  }

  /**
   * The rows kept as one block over `area`: rows without a cell share one blank row, rows as wide as the
   * block are taken as they are, and a run of rows styled alike shares its formats and fonts.
   */
  private block(area: Area, look: Styles): { block: SheetBlock; blank: null[] } {
    const { top, left } = area;
    const h = area.bottom - top + 1;
    const w = area.right - left + 1;
    const blank: null[] = new Array<null>(w).fill(null);
    const values: CellValue[][] = new Array<CellValue[]>(h).fill(blank);
    const formats: (string | null)[][] = new Array<(string | null)[]>(h).fill(blank);
    const fonts: (string | null)[][] = new Array<(string | null)[]>(h).fill(blank);
    let lastStyles: Int32Array | null = null;
    let lastLeft = -1;
    let f: (string | null)[] = blank;
    let n: (string | null)[] = blank;
    /** The formats and fonts rows made for a style row (rows taking turns between layouts share them). */
    const made = new Map<Int32Array, { at: number; f: (string | null)[]; n: (string | null)[] }>();
    for (let i = 0; i < this.rowAt.length; i++) {
      const r = this.rowAt.at(i) - top;
      const at = this.leftAt.at(i) - left;
      const row = this.valuesAt[i];
      const st = this.styleRows[this.styleAt.at(i)];
      if (at === 0 && row.length === w) values[r] = row;
      else {
        const wide = new Array<CellValue>(w).fill(null);
        for (let c = 0; c < row.length; c++) wide[at + c] = row[c];
        values[r] = wide;
      }
      const known = st !== lastStyles || at !== lastLeft ? made.get(st) : undefined;
      if (known !== undefined && known.at === at) {
        f = known.f;
        n = known.n;
        lastStyles = st;
        lastLeft = at;
      } else if (st !== lastStyles || at !== lastLeft) {
        const nf = new Array<string | null>(w).fill(null);
        const nn = new Array<string | null>(w).fill(null);
        for (let c = 0; c < st.length; c++) {
          const s = st[c];
          if (s < 0) continue;
          nf[at + c] = look.formats[s] ?? null;
          nn[at + c] = look.fonts[s] ?? null;
        }
        // Other style indices may still name the same looks.
        f = sameRow(nf, f) ? f : nf;
        n = sameRow(nn, n) ? n : nn;
        lastStyles = st;
        lastLeft = at;
        made.set(st, { at, f, n });
      }
      formats[r] = f;
      fonts[r] = n;
    }
    return { block: { origin: { row: top, col: left }, values, formats, fonts }, blank };
  }
}

function sameRow(a: (string | null)[], b: (string | null)[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
