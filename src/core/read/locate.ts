/**
 * Finding the tables: every plausible header (one to four rows) on every sheet is scored for every
 * table (fields matched, required fields, sheet name and title words, values that fit the fields),
 * then the best non-overlapping header wins each table. A table's data runs from under its header
 * (skipping a numbering row) until two blank rows, another header, or a footer line.
 */
import type { TableName, TableSpec } from '../schema/types';
import { partsOf } from '../schema/tthc';
import { containsWords, fold } from '../text/fold';
import { columnIndex, parseRange } from '../address';
import type { Grid } from './grid';
import { isTextCell } from './grid';
import { columnLabels, columnLooksNumeric, fieldCandidates, foldedSynonyms, matchHeader, isNumberingRow, NUMERIC_KINDS, type HeaderMatch } from './header';
import { looksNumeric, matchCategory } from './values';
import { isDateFormat } from './date';
import { weigh, type Weighed } from './evidence';
import { columnBands } from './bands';
import { isFooter } from './footer';

/** Headers are searched within this many rows from the top of the used range (and of each block). */
const HEADER_WINDOW = 20;
const MAX_LEVELS = 4;
const TITLE_ROWS = 6;
/** Score per fact of evidence (a matched field is worth 10). */
const EVIDENCE_WEIGHT = 3;

export interface Candidate {
  spec: TableSpec;
  grid: Grid;
  match: HeaderMatch;
  headerRows: number[];
  numberingRow: number | null;
  dataRows: number[];
  blankRows: number[];
  left: number;
  right: number;
  lastRow: number;
  /** Rows above the header that may hold a title or a unit line. */
  titleRows: number[];
  score: number;
  /** How well the values and words around it support the table (evidence.ts); absent for a pinned table. */
  evidence?: Weighed;
  pinned?: boolean;
}

/** Per row of a grid from its top (index 0), 1 when the row is blank; indices outside the grid read undefined. */
type Blanks = Uint8Array;

/** Rows that may start a header: the first rows of the sheet, and the rows just after a blank row. */
function headerRowsToTry(grid: Grid, blank: Blanks): number[] {
  const rows: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    const i = r - grid.top;
    const nearTop = i < HEADER_WINDOW;
    const afterBlank = blank[i - 1] || blank[i - 2] || blank[i - 3];
    if ((nearTop || afterBlank) && !blank[i] && looksLikeHeaderRow(grid, r)) rows.push(r);
  }
  return rows;
}

function textCells(grid: Grid, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (isTextCell(grid, row, c)) n++;
  return n;
}

/** Mostly short text, at least two labels. */
function looksLikeHeaderRow(grid: Grid, row: number): boolean {
  let text = 0;
  let other = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    if (grid.isBlank(row, c)) continue;
    if (isTextCell(grid, row, c) && grid.folded(row, c).length <= 160 && !/^\d/.test(grid.folded(row, c))) text++;
    else other++;
  }
  return text >= 1 && text >= 2 * other;
}

/**
 * One of the spec's required sets of fields is in the header. A category field whose column's label is, alone, one
 * of its values («Sau đại học», «Cán bộ»), not one of its own names, is not named by the header: such a «header» is a
 * record (a person's row «Người 1 | Công chức | Cán bộ | Sau đại học» under the real header), and its fields
 * count for no set (tester 11 item 14). A TTHC total without a column of its own is named by its parts (partsOf).
 */
export function satisfiesAnyOf(spec: TableSpec, m: Pick<HeaderMatch, 'columns' | 'labels'>): boolean {
  if (!spec.anyOf || spec.anyOf.length === 0) return true;
  const named = (k: string) => m.columns[k] !== undefined && !namedByValue(spec, m, k);
  // A Biểu 06 total left out, its parts there («Tiếp nhận» over only «Trực tuyến | Trực tiếp | Kỳ trước chuyển
  // sang»; tester 17 T32): the figures make it from them (partsOf), so the header names it.
  // Parts alone name a total only beside the other totals' (received's parts and resolved's): a pivot of dossiers by
  // channel («Trực tiếp | Trực tuyến | Tổng Cuối») is no Biểu 06.
  if (spec.anyOf.some((set) => set.every(named))) return true;
  const madeOfParts = (k: string) => spec.name === 'tthc' && partsOf(k, named) !== null;
  return spec.anyOf.filter((set) => set.every((k) => named(k) || madeOfParts(k))).length >= 2;
}

function namedByValue(spec: TableSpec, m: Pick<HeaderMatch, 'columns' | 'labels'>, key: string): boolean {
  const field = spec.fields.find((f) => f.key === key);
  if (field?.kind !== 'category' || !field.categories) return false;
  const label = m.labels.find((l) => l.col === m.columns[key]);
  if (!label || label.parts.length !== 1 || !label.leaf) return false;
  return matchCategory(label.leaf, field.categories) !== null && !foldedSynonyms(field).includes(label.leaf);
}

/**
 * The best reading of a header at `row` for `spec` (one to four levels), or null. The header is as deep as
 * its merges say: a row whose cells all belong to merges from the rows above is header, not a blank row, and
 * no reading stops inside a merged header cell. A row holding numbers or dates is data, never a lower level
 * (the first person of a list under a one-row header stays a person).
 */
export function bestHeader(grid: Grid, spec: TableSpec, row: number, left = grid.left, right = grid.right, lastRow = grid.bottom): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  // A header cannot start inside a merged header cell of the rows above.
  if (insideMergeFromAbove(grid, row, left, right)) return null;
  // The reading one row up stopped inside a merged header cell: the sheet says this row is header too, even with
  // one label of its own («Chuyên môn» under «Trình độ» merged over two rows, beside labels merged over three).
  let mustGoOn = false;
  for (let levels = 1; levels <= MAX_LEVELS && row + levels - 1 <= lastRow; levels++) {
    const r = row + levels - 1;
    const covered = levels > 1 && coveredFromAbove(grid, row, r, left, right);
    // Every header row holds several labels: a title or a unit line is not an upper header.
    if (!covered && textCells(grid, r, left, right) < (mustGoOn ? 1 : 2)) break;
    if (levels > 1 && (holdsData(grid, r, left, right) || isNumberingRow(grid, r, left, right))) break;
    const m = matchHeader(grid, spec, row, levels, left, right);
    const n = Object.keys(m.columns).length;
    // The top row of a header names something itself; a data row above a header is no upper level.
    if (levels === 1 && n === 0) break;
    // A reading that stops inside a merged header cell is no reading: the next row is header too.
    mustGoOn = mergedBelow(grid, row, r, left, right);
    if (mustGoOn) continue;
    const bestN = best ? Object.keys(best.columns).length : -1;
    // A deeper reading that names no more fields is still right when the sheet says the header is
    // that deep: a label merged down into the new row ("Họ và tên" over two rows beside "Trình độ" /
    // "Văn hóa", "Chuyên môn"), else the sub-labels would be read as a data row.
    if (n > bestN || (n > 0 && n === bestN && (covered || mergedDownTo(grid, row, r, left, right)))) best = m;
  }
  return best;
}

/** Some cell of the header's top row is merged down to `bottom`. */
function mergedDownTo(grid: Grid, top: number, bottom: number, left: number, right: number): boolean {
  if (bottom <= top) return false;
  for (let c = left; c <= right; c++) {
    const m = grid.mergeOf(top, c);
    if (m && m.top === top && m.bottom === bottom) return true;
  }
  return false;
}

/** A merge anchored in the header's rows [top, bottom] reaches below `bottom` (within MAX_LEVELS rows). */
function mergedBelow(grid: Grid, top: number, bottom: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = grid.mergeOf(bottom, c);
    if (m && m.top >= top && m.bottom > bottom && m.bottom < top + MAX_LEVELS && m.left === c) return true;
  }
  return false;
}

/** Every labelled column of the header's top row is, at `r`, inside a merge anchored in rows [top, r). */
function coveredFromAbove(grid: Grid, top: number, r: number, left: number, right: number): boolean {
  let any = false;
  for (let c = left; c <= right; c++) {
    const m = grid.mergeOf(r, c);
    if (m && m.top >= top && m.top < r) {
      any = true;
      continue;
    }
    if (!grid.isBlank(r, c)) return false;
    if (!grid.isBlank(top, c) || grid.mergeOf(top, c)) return false;
  }
  return any;
}

/** Some cell of the row lies inside a merge anchored above it, holding text (a taller header cell). */
function insideMergeFromAbove(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = grid.mergeOf(row, c);
    if (m && m.top < row && m.bottom - m.top < MAX_LEVELS && isTextCell(grid, m.top, m.left) && grid.isBlank(row, c)) {
      // Only a header cell: a category merged down over its people is data, and a data row may start a table below it.
      if (m.top >= row - MAX_LEVELS && looksLikeHeaderRow(grid, m.top)) return true;
    }
  }
  return false;
}

/** A number or a date in the row, as a value or typed as text ("1.234.567", "05/04/2025"): values, not labels. */
function holdsData(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(row, c)) continue;
    const v = grid.raw(row, c);
    if (typeof v === 'number' ? Number.isFinite(v) : looksNumeric(v, grid.text(row, c).trim())) return true;
  }
  return false;
}

/**
 * Rows `a` and `b` hold the same labels in every column of [left, right], at least two of them: a header
 * row printed again (a copy: the same text, spaces aside). A row with a number or a date is data, never a
 * repeat. Raw values are compared, so a long list's rows are neither converted nor folded for it.
 */
function sameLabels(grid: Grid, a: number, b: number, left: number, right: number): boolean {
  let n = 0;
  for (let c = left; c <= right; c++) {
    const rb = grid.raw(b, c);
    const ra = grid.raw(a, c);
    const blank = rb === null || (typeof rb === 'string' && rb.trim() === '');
    if (blank !== (ra === null || (typeof ra === 'string' && ra.trim() === ''))) return false;
    if (blank) continue;
    if (typeof rb !== 'string' || typeof ra !== 'string' || (ra !== rb && ra.trim() !== rb.trim())) return false;
    n++;
  }
  return n >= 2;
}

/** Rows `a` and `b` hold the same values in every column of [left, right] (a row of column numbers again). */
function sameCells(grid: Grid, a: number, b: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (grid.raw(a, c) !== grid.raw(b, c)) return false;
  return true;
}

/**
 * Some row of the header [row, row + levels) repeats a header row found above it (or restates it in other
 * words), right under a filled row
 * (the list goes on across it). After a blank row, the same labels may head another table of their own, also
 * under its own title lines ("KẾT QUẢ NĂM 2022", a unit line): last year's table above this year's. A lower
 * level under a top row that repeats too is judged with that top row.
 */
function repeatsEarlierHeader(
  grid: Grid,
  blank: Blanks,
  earlier: number[],
  found: { spec: TableSpec; match: HeaderMatch }[],
  row: number,
  levels: number,
): boolean {
  const repeats = (r: number) =>
    earlier.some((h) => h < r - 1 && sameLabels(grid, h, r, grid.left, grid.right)) ||
    found.some((f) => f.match.row < r - 1 && restatesHeader(grid, f.spec, r, f.match.columns, grid.left, grid.right));
  for (let r = row; r < row + levels; r++) {
    if (r - 1 < grid.top || blank[r - 1 - grid.top]) continue;
    if (!repeats(r)) continue;
    if (r > row ? repeats(r - 1) : titledAfterBlank(grid, blank, r - 1)) continue;
    return true;
  }
  return false;
}

/** Rows up from `row` are title lines (text in one or two cells) up to a blank row or the grid's top. */
function titledAfterBlank(grid: Grid, blank: Blanks, row: number): boolean {
  for (let t = row; t > row - TITLE_ROWS; t--) {
    if (t < grid.top || blank[t - grid.top]) return true;
    let filled = 0;
    for (let c = grid.left; c <= grid.right && filled <= 2; c++) {
      if (grid.isBlank(t, c)) continue;
      if (!isTextCell(grid, t, c)) return false;
      filled++;
    }
    if (filled > 2 || holdsData(grid, t, grid.left, grid.right)) return false;
  }
  return false;
}

/** Builds the candidate's extent: data rows, blank rows inside, width, title rows above. */
export function extend(spec: TableSpec, grid: Grid, match: HeaderMatch, headerStarts: Set<number>, bound?: number): Candidate {
  const bounded = bound !== undefined;
  const bottomLimit = bounded ? Math.min(bound, grid.bottom) : grid.bottom;
  const mapped = Object.values(match.columns);
  let left = Math.min(...mapped);
  let right = Math.max(...mapped);
  const headerRows: number[] = [];
  for (let k = 0; k < match.levels; k++) headerRows.push(match.row + k);
  const nonBlankHeader = (c: number) => headerRows.some((r) => !grid.isBlank(r, c));
  while (left > grid.left && nonBlankHeader(left - 1)) left--;
  while (right < grid.right && nonBlankHeader(right + 1)) right++;

  let r = match.row + match.levels;
  let numberingRow: number | null = null;
  if (isNumberingRow(grid, r, left, right)) {
    numberingRow = r;
    r++;
  }
  // The data rows, gathered in a buffer as large as the rows left and copied once into an array of their number:
  // an array grown row by row is copied again and again, a long log's many times over (and each copy is new memory).
  const found = new Int32Array(Math.max(0, bottomLimit - r + 1));
  let count = 0;
  const blankRows: number[] = [];
  let pending: number[] = [];
  // The last header row printed again: a row of column numbers right under it is skipped with it, written as the
  // first header's own numbers or not (1 2 3 on the pages after a first page numbered (1) (2), or none there).
  let repeated = -1;
  for (; r <= bottomLimit; r++) {
    // Most rows of a long list: a number beside another filled cell. Such a row is no blank row, no header
    // printed again, no footer, title or other table's header (each of those holds text only, or one cell),
    // so only the checks that could still stop it are made.
    if (holdsNumberAndMore(grid, r, left, right)) {
      if (numberingRow !== null && sameCells(grid, numberingRow, r, left, right)) continue;
      if (repeated === r - 1 && isNumberingRow(grid, r, left, right)) continue;
      if (headerStarts.has(r) && r !== match.row) {
        if (repeatsHeader(grid, spec, r, match.columns)) {
          repeated = r;
          continue;
        }
        break;
      }
      if (pending.length > 0) {
        if (!bounded && !looksLikeData(grid, r, mapped)) break;
        blankRows.push(...pending);
        pending = [];
      }
      found[count++] = r;
      continue;
    }
    if (grid.isBlankRow(r, left, right)) {
      pending.push(r);
      if (pending.length >= 2 && !bounded) break;
      continue;
    }
    // The header (or its row of column numbers) printed again over a page break: neither a record nor an end.
    if (headerRows.some((h) => sameLabels(grid, h, r, left, right))) {
      repeated = r;
      continue;
    }
    if ((numberingRow !== null && sameCells(grid, numberingRow, r, left, right)) || (repeated === r - 1 && isNumberingRow(grid, r, left, right))) continue;
    // The header printed again in other words («TT | Họ tên | Phân loại» for «STT | Họ và tên | Loại»), also
    // below the rows where headers are looked for: each of its labels names its own column's field again.
    if (!headerStarts.has(r) && restatesHeader(grid, spec, r, match.columns, left, right)) {
      repeated = r;
      continue;
    }
    if (headerStarts.has(r) && r !== match.row) {
      // The same header repeated (a list printed over several pages) is skipped, not an end.
      if (repeatsHeader(grid, spec, r, match.columns) || restatesHeader(grid, spec, r, match.columns, left, right)) {
        repeated = r;
        continue;
      }
      break;
    }
    if (isFooter(grid, r, left, right)) break;
    // Another table's header right under this one (a payroll under the staff list): its labels are not data.
    if (r > match.row + match.levels && !headerStarts.has(r) && headsAnotherTable(grid, r, headerRows, left, right, pending.length > 0)) {
      if (repeatsHeader(grid, spec, r, match.columns)) {
        repeated = r;
        continue;
      }
      break;
    }
    // A one-cell line just above another table's header is that table's title.
    if ((headerStarts.has(r + 1) || headerStarts.has(r + 2)) && filledCells(grid, r, left, right) === 1 && !bounded) break;
    if (pending.length > 0) {
      if (!bounded && !looksLikeData(grid, r, mapped)) break;
      blankRows.push(...pending);
      pending = [];
    }
    found[count++] = r;
  }
  const dataRows = new Array<number>(count);
  for (let k = 0; k < count; k++) dataRows[k] = found[k];
  if (bounded) blankRows.push(...pending);
  const lastRow = dataRows.length ? dataRows[dataRows.length - 1] : (numberingRow ?? headerRows[headerRows.length - 1]);

  const titleRows: number[] = [];
  for (let t = match.row - 1; t >= grid.top && t >= match.row - TITLE_ROWS; t--) {
    if (headerStarts.has(t)) break;
    titleRows.push(t);
  }
  return { spec, grid, match, headerRows, numberingRow, dataRows, blankRows: blankRows.filter((b) => b < lastRow), left, right, lastRow, titleRows, score: 0 };
}

/** A finite number in [left, right] and at least one other filled cell (read from the row's values at once). */
function holdsNumberAndMore(grid: Grid, row: number, left: number, right: number): boolean {
  const cells = grid.rowValues(row);
  if (cells === undefined) return false;
  const base = grid.valuesLeft;
  let number = false;
  let filled = 0;
  for (let c = left; c <= right; c++) {
    const v = cells[c - base];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' && Number.isFinite(v)) number = true;
    else if (grid.isBlank(row, c)) continue;
    if (++filled >= 2 && number) return true;
  }
  return false;
}

function repeatsHeader(grid: Grid, spec: TableSpec, row: number, columns: Record<string, number>): boolean {
  const again = matchHeader(grid, spec, row, 1).columns;
  const keys = Object.keys(again);
  return keys.length >= 2 && keys.every((k) => columns[k] === again[k]);
}

/**
 * A row of labels only whose labels name the fields of their own columns again (two at least, and at least half
 * of its labels), by their words alone: the header restated in other words («TT | Họ tên | Phân loại» for «STT |
 * Họ và tên | Loại»), as a list printed over pages repeats it. The values under it are not asked (a row of column
 * numbers may follow). A row with a number or a date, or a label naming another field than its column's, is no
 * such row.
 */
function restatesHeader(grid: Grid, spec: TableSpec, row: number, columns: Record<string, number>, left: number, right: number): boolean {
  let labels = 0;
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(row, c)) continue;
    // Labels hold no digits; a record's codes and dates typed as text do (a long list's rows leave here).
    const raw = grid.raw(row, c);
    if (typeof raw !== 'string' || /\d/.test(raw) || !isTextCell(grid, row, c)) return false;
    labels++;
  }
  if (labels < 2) return false;
  const fieldAt = new Map(Object.entries(columns).map(([k, c]) => [c, k]));
  let agree = 0;
  for (const label of columnLabels(grid, row, 1, left, right)) {
    const own = fieldAt.get(label.col);
    const named = fieldCandidates(spec, label).map((c) => c.field.key);
    if (own !== undefined && named.includes(own)) agree++;
    // A label naming another column's field and not its own: a record holding such words, or another header.
    else if (named.some((k) => columns[k] !== undefined && columns[k] !== label.col)) return false;
  }
  // An abbreviation no synonym knows («CV» for «Chức vụ») may stand among them; most labels must be read again.
  return agree >= 2 && agree * 2 >= labels;
}

/**
 * A row of labels only, repeating the header's own labels in the same columns ("STT", "Họ và tên"): two of
 * them, or one just after a blank row. Values, numbers or dates, never head a table.
 */
function headsAnotherTable(grid: Grid, row: number, headerRows: number[], left: number, right: number, afterBlank: boolean): boolean {
  let same = 0;
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(row, c)) continue;
    if (!isTextCell(grid, row, c)) return false;
    const f = grid.folded(row, c);
    if (headerRows.some((h) => isTextCell(grid, h, c) && grid.folded(h, c) === f)) same++;
  }
  return same >= (afterBlank ? 1 : 2) && !holdsData(grid, row, left, right);
}

/** After a blank row, a row continues the table only when it fills several of its columns. */
function looksLikeData(grid: Grid, row: number, cols: number[]): boolean {
  const filled = cols.filter((c) => !grid.isBlank(row, c)).length;
  return filled >= Math.min(2, cols.length);
}

function filledCells(grid: Grid, row: number, left: number, right: number): number {
  let n = 0;
  for (let c = left; c <= right; c++) if (!grid.isBlank(row, c)) n++;
  return n;
}

/** How well a candidate fits its table: fields matched, required ones, names and titles, and values. */
export function scoreCandidate(c: Candidate): number {
  const { spec, grid, match } = c;
  const keys = Object.keys(match.columns);
  let score = keys.length * 10;
  for (const f of spec.fields) if (f.required && match.columns[f.key] !== undefined) score += 5;
  if (hasTitleWords(spec, fold(grid.name))) score += 6;
  const title = c.titleRows.map((r) => rowText(grid, r)).join(' ');
  if (hasTitleWords(spec, title)) score += 6;
  const dataStart = c.numberingRow !== null ? c.numberingRow + 1 : match.row + match.levels;
  for (const f of spec.fields) {
    const col = match.columns[f.key];
    if (col === undefined) continue;
    const fit = valuesFit(grid, dataStart, col, f.kind);
    if (fit === false) score -= 8;
  }
  score += Math.min(c.dataRows.length, 5) * 0.2;
  return score;
}

function hasTitleWords(spec: TableSpec, folded: string): boolean {
  return spec.titleWords.some((w) => containsWords(folded, fold(w)));
}

export function rowText(grid: Grid, row: number): string {
  const parts: string[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const f = grid.folded(row, c);
    if (f) parts.push(f);
  }
  return parts.join(' ');
}

/** Whether a column's first values suit the field's kind (null: nothing to judge). */
function valuesFit(grid: Grid, fromRow: number, col: number, kind: string): boolean | null {
  if (kind === 'date') {
    let dates = 0;
    let other = 0;
    for (let r = fromRow; r <= grid.bottom && r < fromRow + 12; r++) {
      if (grid.isBlank(r, col)) continue;
      const v = grid.raw(r, col);
      if (
        (typeof v === 'number' && (isDateFormat(grid.format(r, col)) || (v > 20000 && v < 80000))) ||
        /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|thang/.test(grid.folded(r, col) + grid.text(r, col))
      )
        dates++;
      else other++;
    }
    return dates + other === 0 ? null : dates >= other;
  }
  const numeric = columnLooksNumeric(grid, fromRow, col);
  if (numeric === null) return null;
  if (NUMERIC_KINDS.includes(kind as never)) {
    if (!numeric) return false;
    // Counts and amounts are not dates.
    for (let r = fromRow; r <= grid.bottom && r < fromRow + 6; r++) if (isDateFormat(grid.format(r, col)) && typeof grid.raw(r, col) === 'number') return false;
    return true;
  }
  if (kind === 'category') return !numeric;
  return null;
}

/**
 * Every candidate header on a sheet for the given tables, with its extent and score. Tables side by side
 * (a blank column between them) are found in their own column bands; a header read across a blank column
 * is kept only when no band alone reads that table at that row (a form with an empty spacer column).
 */
export function sheetCandidates(grid: Grid, specs: TableSpec[]): Candidate[] {
  const bands = columnBands(grid);
  if (bands.length === 1) return bandCandidates(grid, specs);
  const inBands = bands.flatMap((b) => bandCandidates(b, specs));
  const across = bandCandidates(grid, specs).filter((c) => {
    const cols = Object.values(c.match.columns);
    const spans = bands.filter((b) => cols.some((col) => col >= b.left && col <= b.right)).length > 1;
    return spans && !inBands.some((o) => o.spec === c.spec && o.match.row === c.match.row);
  });
  return [...inBands, ...across];
}

function bandCandidates(grid: Grid, specs: TableSpec[]): Candidate[] {
  if (grid.bottom < grid.top || grid.right < grid.left) return [];
  // One byte per row, not an array of booleans grown row by row: a long log's 100 000 rows are many pages of memory.
  const blank: Blanks = new Uint8Array(grid.bottom - grid.top + 1);
  for (let r = grid.top; r <= grid.bottom; r++) if (grid.isBlankRow(r)) blank[r - grid.top] = 1;
  const rows = headerRowsToTry(grid, blank);
  const found: { spec: TableSpec; match: HeaderMatch }[] = [];
  const headerStarts = new Set<number>();
  const headerRowsFound: number[] = [];
  for (const row of rows) {
    const here: number[] = [];
    for (const spec of specs) {
      if (spec.shape !== 'rows') continue;
      const m = bestHeader(grid, spec, row);
      if (!m || Object.keys(m.columns).length < 2 || !satisfiesAnyOf(spec, m)) continue;
      // A header printed again inside its list (a list over several pages) starts no table, and is no
      // lower level of a header starting on the data row above it.
      if (repeatsEarlierHeader(grid, blank, headerRowsFound, found, row, m.levels)) continue;
      found.push({ spec, match: m });
      headerStarts.add(row);
      for (let k = 0; k < m.levels; k++) here.push(row + k);
    }
    headerRowsFound.push(...here);
  }
  const built = found.map(({ spec, match }) => extend(spec, grid, match, headerStarts));
  // A header repeated inside a list that runs on across it (after a blank line at a page's end) is that
  // list's, not the start of another table of the same kind.
  const inner = (c: Candidate) =>
    built.some(
      (o) =>
        o !== c &&
        o.spec === c.spec &&
        o.match.row < c.match.row &&
        c.match.row <= o.lastRow &&
        (o.headerRows.some((h) => sameLabels(grid, h, c.match.row, o.left, o.right)) ||
          restatesHeader(grid, o.spec, c.match.row, o.match.columns, o.left, o.right)),
    );
  return built
    .filter((c) => !inner(c))
    .map((c) => {
      c.evidence = weigh(c);
      // Between candidates that both qualify, the one with more facts and fewer words against wins.
      c.score = scoreCandidate(c) + EVIDENCE_WEIGHT * (c.evidence.strength - 2 * c.evidence.against.length);
      return c;
    });
}

export function overlaps(a: Candidate, b: Candidate): boolean {
  if (a.grid.name !== b.grid.name) return false;
  const aTop = a.headerRows[0];
  const bTop = b.headerRows[0];
  return aTop <= b.lastRow && bTop <= a.lastRow && a.left <= b.right && b.left <= a.right;
}

/** Best first: each table once, no two tables on the same cells. Pinned candidates come first. */
export function assign(candidates: Candidate[]): Map<TableName, Candidate> {
  const sorted = [...candidates].sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || b.score - a.score);
  const chosen = new Map<TableName, Candidate>();
  for (const c of sorted) {
    if (chosen.has(c.spec.name)) continue;
    if ([...chosen.values()].some((o) => overlaps(o, c))) continue;
    chosen.set(c.spec.name, c);
  }
  return chosen;
}

/** A table pinned by the user to a range: the range's first row is the header. */
export function pinnedCandidate(grid: Grid, spec: TableSpec, range: string, fieldPins: Record<string, string> = {}): Candidate | null {
  const box = parseRange(range.replace(/^.*!/, ''));
  if (!box) return null;
  const m = bestHeader(grid, spec, box.top, box.left, box.right, box.bottom) ?? matchHeader(grid, spec, box.top, 1, box.left, box.right);
  applyFieldPins(m, fieldPins);
  if (Object.keys(m.columns).length === 0) m.columns[spec.fields[0].key] = box.left;
  const c = extend(spec, grid, m, new Set(), box.bottom);
  c.left = box.left;
  c.right = box.right;
  c.pinned = true;
  c.score = Infinity;
  return c;
}

/**
 * A field pinned to a column letter wins over matching; the column is taken from any other field.
 * The pin answers the header's doubt about that field and that column: their duplicate-label entries go
 * (the clerk chose the column, so "only column I is read" no longer holds), others stay.
 */
export function applyFieldPins(match: Pick<HeaderMatch, 'columns' | 'duplicates'>, pins: Record<string, string>): boolean {
  const { columns } = match;
  let any = false;
  for (const [key, letter] of Object.entries(pins)) {
    if (typeof letter !== 'string' || !/^[A-Za-z]{1,3}$/.test(letter.trim())) continue;
    const col = columnIndex(letter.trim());
    for (const [k, c] of Object.entries(columns)) if (c === col && k !== key) delete columns[k];
    columns[key] = col;
    match.duplicates = match.duplicates.filter((d) => d.field !== key && d.col !== col);
    any = true;
  }
  return any;
}
