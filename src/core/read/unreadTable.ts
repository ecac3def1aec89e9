/**
 * A sheet that shows a table by its own words (a register's title «SỔ ĐĂNG KÝ VĂN BẢN ĐI», or a header with «Trích
 * yếu», «Người ký», «Số, ký hiệu»; schema `signs`) where that table was found nowhere: it is named, with what kept
 * its rows from being read (a column not named, a column whose values are not the field's, no header row, no rows),
 * instead of a silent «không tìm thấy» (tester 6 item 10).
 */
import { a1, columnLetter, rangeA1 } from '../address';
import type { Bilingual, IssueParam } from '../issues';
import type { TableSpec } from '../schema/types';
import { containsWords, fold } from '../text/fold';
import { isTextCell, type Grid } from './grid';
import { columnLabels, fieldCandidates, matchHeader } from './header';
import type { Region } from './infoBlock';

/** Rows from a block's top searched for a title line or a header row. */
const TOP_ROWS = 20;
const TITLE_ROWS = 6;

export interface UnreadTable {
  sheet: string;
  /** The title's cell, or the header row's range. */
  cell: string;
  /** What shows the table: its title, or its header's labels. */
  sign: IssueParam;
  /** What kept its rows from being read, one phrase each. */
  missing: IssueParam[];
}

/**
 * The first block (of `grids`, in workbook order) that shows `spec` by its signs and lies outside every region read
 * as a table (`taken`), with what is missing; null when none does or the spec has no signs. A block whose header
 * names every required field and has rows is not named here: the reader has said why it was not read (evidence,
 * another table on the same cells).
 */
export function unreadTable(grids: readonly Grid[], spec: TableSpec, taken: readonly Region[]): UnreadTable | null {
  if (!spec.signs) return null;
  for (const grid of grids) {
    const found = unreadIn(grid, spec, taken);
    if (found) return found;
  }
  return null;
}

function unreadIn(grid: Grid, spec: TableSpec, taken: readonly Region[]): UnreadTable | null {
  const signs = spec.signs!;
  const inTaken = (row: number, col: number) => taken.some((t) => t.sheet === grid.name && row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
  const sheetTaken = taken.some((t) => t.sheet === grid.name);
  const last = Math.min(grid.bottom, grid.top + TOP_ROWS - 1);
  let title: { row: number; col: number; text: string } | null = null;
  let labelled: { row: number; labels: string[] } | null = null;
  for (let r = grid.top; r <= last; r++) {
    const labels: string[] = [];
    for (let c = grid.left; c <= grid.right; c++) {
      if (!isTextCell(grid, r, c) || inTaken(r, c)) continue;
      const f = grid.folded(r, c);
      if (!title && !sheetTaken && r < grid.top + TITLE_ROWS && signs.titles.some((w) => containsWords(f, fold(w))))
        title = { row: r, col: c, text: grid.text(r, c).trim() };
      if (signs.labels.some((w) => containsWords(f, fold(w)))) labels.push(grid.text(r, c).trim());
    }
    if (labels.length >= 2 && (!labelled || labels.length > labelled.labels.length)) labelled = { row: r, labels };
  }
  if (!title && !labelled) return null;
  const header = labelled?.row ?? bestHeaderRow(grid, spec, title!.row + 1, last);
  const missing = header === null ? [noHeader(spec)] : missingAt(grid, spec, header);
  if (missing.length === 0) return null;
  if (title) return { sheet: grid.name, cell: a1(title.row, title.col), sign: { phrase: 'sign-title', params: { text: quote(title.text) } }, missing };
  const labels: IssueParam = { list: labelled!.labels.map((l) => `«${quote(l)}»`), sep: ', ' };
  return { sheet: grid.name, cell: rangeA1(labelled!.row, grid.left, labelled!.row, grid.right), sign: { phrase: 'sign-labels', params: { labels } }, missing };
}

/** The row (from `from` to `to`) whose labels name most of the spec's fields, at least two; null when none does. */
function bestHeaderRow(grid: Grid, spec: TableSpec, from: number, to: number): number | null {
  let best: { row: number; n: number } | null = null;
  for (let r = from; r <= to; r++) {
    const n = columnLabels(grid, r, 1).filter((l) => fieldCandidates(spec, l).length > 0).length;
    if (n >= 2 && (!best || n > best.n)) best = { row: r, n };
  }
  return best?.row ?? null;
}

/**
 * What the header at `row` lacks for the spec's required fields: a field no label names («không có cột Ngày ban
 * hành»), or named by a column whose values are not of it («cột B («Số, ký hiệu, ngày tháng văn bản») không có giá
 * trị đọc được là Ngày ban hành»); with every field there, no row under it. Empty when the rows are there too.
 */
function missingAt(grid: Grid, spec: TableSpec, row: number): IssueParam[] {
  const match = matchHeader(grid, spec, row, 1);
  const labels = columnLabels(grid, row, 1);
  const out: IssueParam[] = [];
  // Fields a column names but whose values are not theirs, by column (one column may name two: «Số, ký hiệu, ngày tháng»).
  const unread = new Map<number, Bilingual[]>();
  for (const f of spec.fields) {
    if (!f.required || match.columns[f.key] !== undefined) continue;
    const named = labels.find((l) => fieldCandidates(spec, l).some((c) => c.field.key === f.key));
    if (named) unread.set(named.col, [...(unread.get(named.col) ?? []), f.label]);
    else out.push({ phrase: 'no-column-named', params: { column: f.label } });
  }
  for (const [col, fields] of unread) {
    const params = { letter: columnLetter(col), label: quote(grid.text(row, col).trim()), column: { list: fields, sep: ', ' } };
    out.unshift({ phrase: 'column-values-unread', params });
  }
  if (
    out.length === 0 &&
    !rowsUnder(
      grid,
      row,
      labels.map((l) => l.col),
    )
  )
    out.push({ phrase: 'no-rows-under-header' });
  return out;
}

function noHeader(spec: TableSpec): IssueParam {
  const columns: IssueParam = { list: spec.fields.filter((f) => f.required).map((f) => f.label), sep: ', ' };
  return { phrase: 'no-header-row', params: { columns } };
}

/** Some row within a few under the header fills two of its columns. */
function rowsUnder(grid: Grid, row: number, cols: number[]): boolean {
  for (let r = row + 1; r <= grid.bottom && r <= row + 5; r++) if (cols.filter((c) => !grid.isBlank(r, c)).length >= 2) return true;
  return false;
}

function quote(t: string, max = 60): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
