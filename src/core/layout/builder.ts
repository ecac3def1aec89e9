/** A small cursor over a SheetLayout being built: rows go down, widths follow the text written. */
import type { CellRef } from '../tables';
import { cleanText } from '../text/clean';
import type { KeepTogether } from './print';
import type { LayoutCell, SheetLayout } from './types';

export type CellStyle = Omit<LayoutCell, 'row' | 'col' | 'value'>;

export const MIN_WIDTH = 6;
export const MAX_WIDTH = 48;

export class SheetBuilder {
  readonly cells: LayoutCell[] = [];
  readonly merges: string[] = [];
  row = 0;
  private readonly fit: number[] = [];

  /** Writes a cell on the current row. `fit`: the text counts toward the column's width (not for titles). */
  put(col: number, value: string | number | null, style: CellStyle = {}, fit = true): LayoutCell {
    // Text any .xlsx can hold, whatever a cell quoted in it held (issue 16 §5).
    const cell: LayoutCell = { row: this.row, col, value: typeof value === 'string' ? cleanText(value) : value, ...style };
    this.cells.push(cell);
    if (fit) this.fitText(col, typeof value === 'string' ? value : '');
    return cell;
  }

  /** Counts a shown text (e.g. a formatted number) toward the column's width. */
  fitText(col: number, shown: string): void {
    let longest = 0;
    for (const line of shown.split('\n')) longest = Math.max(longest, line.length);
    this.fit[col] = Math.max(this.fit[col] ?? 0, longest);
  }

  /** Rows to print on one page when they fit one (print.ts, pageBreaks). */
  readonly keeps: KeepTogether[] = [];

  /** Keeps the rows from `head` (a table's header row, or a heading) to `to` on one page. */
  keep(head: number, to: number): void {
    this.keeps.push({ from: head, head, to });
  }

  link(cell: LayoutCell, to: CellRef | undefined): void {
    if (to && cell.value !== null && cell.value !== '') cell.link = to;
  }

  next(rows = 1): void {
    this.row += rows;
  }

  get lastCol(): number {
    let last = 0;
    for (const c of this.cells) last = Math.max(last, c.col);
    return last;
  }

  /** Widths that fit the text, within bounds (long text wraps); `max(col)` caps a column. */
  widths(max: (col: number) => number = () => MAX_WIDTH): number[] {
    const out: number[] = [];
    const last = this.lastCol;
    for (let c = 0; c <= last; c++) out.push(Math.min(max(c), Math.max(MIN_WIDTH, (this.fit[c] ?? 0) + 2)));
    return out;
  }

  /** Wraps the cells whose text is wider than their column; a line alone on its row (a heading, a note) runs on into the empty cells instead. */
  wrapLong(widths: number[]): void {
    const perRow = new Map<number, number>();
    for (const c of this.cells) perRow.set(c.row, (perRow.get(c.row) ?? 0) + 1);
    for (const c of this.cells) {
      if (perRow.get(c.row) === 1) continue;
      if (typeof c.value === 'string' && c.value.length + 2 > (widths[c.col] ?? MAX_WIDTH) && !this.merged(c)) c.wrap = true;
    }
  }

  private readonly mergedCells = new Set<LayoutCell>();

  /** Merges `range` (A1) whose top-left cell is `cell`; a merged cell is not wrapped by width. */
  merge(cell: LayoutCell, range: string): void {
    this.mergedCells.add(cell);
    this.merges.push(range);
  }

  private merged(c: LayoutCell): boolean {
    return this.mergedCells.has(c);
  }

  layout(name: string, extra: Partial<SheetLayout> = {}, max?: (col: number) => number): SheetLayout {
    const columnWidths = this.widths(max);
    this.wrapLong(columnWidths);
    return { name, cells: this.cells, merges: this.merges, columnWidths, ...extra };
  }
}
