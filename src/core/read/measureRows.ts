/**
 * TTHC figures kept with the measures down the rows (tester «blocks» items 1 and 2): a two-column block «Nội dung |
 * Số lượng» with one row per measure («Tổng số hồ sơ tiếp nhận | 320», «Trong đó: trực tuyến | 150», «Đã giải quyết |
 * 300», «Trước hạn | 40» …), or the same laid across the fields («Nội dung | Hộ tịch | Chứng thực | Đất đai | Tổng»).
 * Each label is matched to its field as a column header is (read/header.ts fieldCandidates), the group it stands
 * under being the last total row above it («Quá hạn» under «Đã giải quyết» is late, under «Đang giải quyết» pending
 * overdue). A single value column is the total row; several are one row per field (their header names the lĩnh
 * vực), a «Tổng» column the total row. Each value keeps its own cell. Used only when no TTHC table in columns is read.
 *
 * A block is read only on evidence: four measures of Biểu 06 or more, received or resolved among them, a timing or
 * channel measure or words of dossiers (hồ sơ, thủ tục), and no word of complaints or citizen reception near it, so
 * that a signature block, a budget summary or a tally of letters («Số đơn tiếp nhận», «Đã giải quyết») is not TTHC.
 */
import { rangeA1 } from '../address';
import type { Issue } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import type { FieldKey } from '../schema';
import type { ReadTable, RowValues, TableColumns, TypedRow, TypedValue } from '../tables';
import { containsWords, fold, wordsOf } from '../text/fold';
import { isTextCell, type Grid } from './grid';
import { fieldCandidates, statesPercent, type ColumnLabel } from './header';
import type { Region } from './infoBlock';
import { guessNumberStyle } from './number';
import { readCell, typedValue, type ReadContext } from './rows';
import { isTotalText } from './values';

/** Rows and columns of a grid searched for a block (a block sits near the top of a summary sheet). */
const SEARCH_ROWS = 300;
const SEARCH_COLS = 12;
/** Unmatched rows a block may hold between two measures («Trả lại/rút hồ sơ», a blank line). */
const MAX_GAP = 3;
/** Distinct measures a block must name. */
const MIN_MEASURES = 4;
/** A label longer than this is prose. */
const MAX_LABEL = 120;

/** Measures that head a group of rows under them (Biểu 06's totals). */
const GROUP_HEADS = new Set<string>(['received', 'resolved', 'pending']);
/** Measures of timing or channel: with received or resolved, the evidence of Biểu 06 (schema tthc evidence). */
const DETAIL = new Set<string>(['early', 'onTime', 'late', 'online', 'direct', 'pendingInTime', 'pendingOverdue']);
/** Words of dossiers, in a label or the title lines above the block. */
const DOSSIER_WORDS = ['ho so', 'thu tuc', 'tthc', 'mot cua', 'dich vu cong'];
/** Header words of a value column that is no field of its own: a quantity, the figure itself. */
const QUANTITY = /^(?:so luong|so lieu|so ho so|ket qua|thuc hien|gia tri|so|sl|tong so ho so)$/;
/** Header words of a column of another period or a comparison: not a field, not the figure. */
const OTHER_PERIOD = /\b(?:quy|thang|nam \d{4}|ky truoc|cung ky|ke hoach|so sanh|ty le|ti le|ghi chu|dvt|don vi tinh)\b/;
/** Header words of a column that is not the report period's figure: an earlier period, a comparison, a share, a plan. */
const EARLIER = /\b(?:cung ky|ky truoc|nam truoc|so sanh|ty le|ti le|ke hoach|ghi chu|dvt|don vi tinh)\b/;
/** Title lines above the block looked at for its words. */
const TITLE_LINES = 4;

interface Measure {
  row: number;
  field: FieldSpec;
}

interface Block {
  grid: Grid;
  labelCol: number;
  measures: Measure[];
}

/**
 * The TTHC table read from a block of measures down the rows, or null when none qualifies. `grids`: visible first;
 * `taken`: ranges of tables already read, which no block overlaps. Shapes: one typed row per field (its `field` the
 * column header's text) and a total row (isTotal) from a «Tổng» column or the single value column; counts in dossiers.
 */
export function readTthcMeasureRows(grids: Grid[], spec: TableSpec, taken: Region[]): { table: ReadTable; issues: Issue[] } | null {
  for (const grid of grids) {
    const blocks = findBlocks(grid, spec, taken).sort((a, b) => distinct(b) - distinct(a));
    for (const b of blocks) {
      const read = readBlock(b, spec);
      if (read) return read;
    }
  }
  return null;
}

const distinct = (b: Block) => new Set(b.measures.map((m) => m.field.key)).size;

/** Every block of measures in `grid`, one per label column and run of rows, on evidence of its labels. */
function findBlocks(grid: Grid, spec: TableSpec, taken: Region[]): Block[] {
  const out: Block[] = [];
  const bottom = Math.min(grid.bottom, grid.top + SEARCH_ROWS);
  const right = Math.min(grid.right, grid.left + SEARCH_COLS);
  for (let col = grid.left; col <= right; col++) {
    let run: Measure[] = [];
    let group: string | null = null;
    let gap = 0;
    const close = () => {
      if (run.length > 0) out.push({ grid, labelCol: col, measures: run });
      run = [];
      group = null;
    };
    for (let row = grid.top; row <= bottom; row++) {
      const inTaken = taken.some((t) => t.sheet === grid.name && row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
      const text = !inTaken && isTextCell(grid, row, col) ? grid.text(row, col).trim() : '';
      const field = text && text.length <= MAX_LABEL ? measureOf(spec, text, group) : null;
      if (!field) {
        if (run.length > 0 && ++gap > MAX_GAP) close();
        continue;
      }
      gap = 0;
      // The same measure again starts another block (a second table below, or last year's beside).
      if (run.some((m) => m.field.key === field.key)) {
        close();
        continue;
      }
      run.push({ row, field });
      if (GROUP_HEADS.has(field.key)) group = text;
    }
    close();
  }
  return out.filter((b) => qualifies(b, spec));
}

/** A label as a one- or two-level column header: the group's label above its own. */
function labelOf(texts: string[]): ColumnLabel {
  const parts = texts.map(fold).filter(Boolean);
  return { col: 0, parts, full: parts.join(' '), leaf: parts[parts.length - 1], words: texts.map(wordsOf), percent: texts.some(statesPercent) };
}

/** The count field a label names, under the group label `group` when the label itself names it; null when none. */
function measureOf(spec: TableSpec, text: string, group: string | null): FieldSpec | null {
  if (!fold(text)) return null;
  const own = labelOf([text]);
  if (own.percent) return null;
  const placed = group ? fieldCandidates(spec, labelOf([group, text])).filter((c) => c.inLeaf) : [];
  const best = (placed.length > 0 ? placed : fieldCandidates(spec, own))[0];
  return best && best.field.kind === 'count' ? best.field : null;
}

/** Biểu 06's evidence: enough measures, received or resolved, a detail or dossier words, no complaint words. */
function qualifies(b: Block, spec: TableSpec): boolean {
  const keys = new Set(b.measures.map((m) => m.field.key));
  if (keys.size < MIN_MEASURES || !(keys.has('received') || keys.has('resolved'))) return false;
  const texts = [...b.measures.map((m) => b.grid.folded(m.row, b.labelCol)), ...titleTexts(b)];
  const against = (spec.evidence?.against ?? []).map(fold);
  if (texts.some((t) => against.some((w) => containsWords(t, w)))) return false;
  return [...keys].some((k) => DETAIL.has(k)) || texts.some((t) => DOSSIER_WORDS.some((w) => containsWords(t, w)));
}

/** The folded texts of the lines just above the block. */
function titleTexts(b: Block): string[] {
  const first = b.measures[0].row;
  const out: string[] = [];
  for (let r = Math.max(b.grid.top, first - TITLE_LINES); r < first; r++) {
    for (let c = b.grid.left; c <= b.grid.right; c++) if (isTextCell(b.grid, r, c)) out.push(b.grid.folded(r, c));
  }
  return out;
}

/** A value column of the block: its column and the text of its header cell (folded, '' when none). */
interface ValueColumn {
  col: number;
  header: string;
}

/** Reads a block: its value columns, then one row per field column and a total row. Null when no column holds its counts. */
function readBlock(b: Block, spec: TableSpec): { table: ReadTable; issues: Issue[] } | null {
  const { grid, measures } = b;
  const headerRow = headerRowOf(b);
  const cols = valueColumns(b, spec, headerRow);
  if (cols.length === 0) return null;
  let totalCol: ValueColumn | undefined;
  let fieldCols: ValueColumn[] = [];
  if (cols.length === 1) totalCol = cols[0];
  else {
    totalCol = cols.find((c) => isTotalText(c.header));
    fieldCols = cols.filter((c) => c !== totalCol && c.header && !QUANTITY.test(c.header) && !OTHER_PERIOD.test(c.header));
    if (fieldCols.length === 0) {
      // Several unnamed columns: a total among them is read, else nothing tells which is the figure.
      if (!totalCol) return null;
    }
  }
  const used = [...fieldCols, ...(totalCol ? [totalCol] : [])];
  const texts = used.flatMap((c) => measures.filter((m) => typeof grid.raw(m.row, c.col) === 'string').map((m) => grid.text(m.row, c.col)));
  const ctx: ReadContext = { grid, spec, style: guessNumberStyle(texts), factor: 1 };
  const issues: Issue[] = [];
  const fieldSpec = spec.fields.find((f) => f.key === 'field');
  const rows: TypedRow[] = [];
  const columns: TableColumns = {};
  const first = measures[0].row;
  const last = measures[measures.length - 1].row;
  const rowOf = (vc: ValueColumn, isTotal: boolean): TypedRow => {
    const values: RowValues = {};
    for (const m of measures) {
      if (grid.isBlank(m.row, vc.col)) continue;
      const key = m.field.key as FieldKey;
      (values as Record<string, TypedValue>)[key] = typedValue(ctx, m.field, m.row, vc.col, readCell(ctx, m.field, m.row, vc.col), issues, isTotal);
      (columns as Record<string, number>)[key] ??= used[0].col;
    }
    if (!isTotal && fieldSpec && headerRow !== null) {
      values.field = typedValue(ctx, fieldSpec, headerRow, vc.col, { value: grid.text(headerRow, vc.col).trim() }, issues);
      columns.field ??= used[0].col;
    }
    return { table: 'tthc', sheet: grid.name, row: first, values, isTotal };
  };
  for (const vc of fieldCols) rows.push(rowOf(vc, false));
  if (totalCol) rows.push(rowOf(totalCol, true));
  const top = headerRow ?? first;
  const right = Math.max(...used.map((c) => c.col));
  return {
    table: {
      // Measures run down: each count field points at the first value column; each value keeps its own cell.
      located: {
        table: 'tthc',
        sheet: grid.name,
        range: rangeA1(top, Math.min(b.labelCol, ...used.map((c) => c.col)), last, right),
        headerRows: headerRow === null ? [] : [headerRow],
        dataRows: measures.map((m) => m.row),
        columns,
      },
      rows,
    },
    issues,
  };
}

/** The row of column headers just above the first measure (within two blank lines), or null. */
function headerRowOf(b: Block): number | null {
  const first = b.measures[0].row;
  for (let r = first - 1; r >= Math.max(b.grid.top, first - 3); r--) {
    if (isTextCell(b.grid, r, b.labelCol) || !b.grid.isBlankRow(r, b.labelCol + 1, b.grid.right)) return r;
  }
  return null;
}

/**
 * The columns right of the labels holding the measures' counts: numbers in at least half of the measures' rows and
 * no text but dashes; a column headed as a share («Tỷ lệ (%)») or another period is none.
 */
function valueColumns(b: Block, spec: TableSpec, headerRow: number | null): ValueColumn[] {
  const { grid, measures } = b;
  const out: ValueColumn[] = [];
  const count = spec.fields.find((f) => f.key === 'received')!;
  const ctx: ReadContext = { grid, spec, style: null, factor: 1 };
  for (let col = b.labelCol + 1; col <= grid.right; col++) {
    const header = headerRow !== null && isTextCell(grid, headerRow, col) ? grid.folded(headerRow, col) : '';
    if (headerRow !== null && statesPercent(grid.text(headerRow, col))) continue;
    let numbers = 0;
    let text = 0;
    for (const m of measures) {
      if (grid.isBlank(m.row, col)) continue;
      const v = readCell(ctx, count, m.row, col);
      if (typeof v.value === 'number' && v.value >= 0) numbers++;
      else if (!/^[-–—]+$/.test(grid.text(m.row, col).trim())) text++;
    }
    if (numbers * 2 >= measures.length && text === 0) out.push({ col, header });
  }
  // A column of another period beside the figure («Cùng kỳ năm trước | Năm nay») leaves nothing sure: only the
  // columns not headed so are kept when some are.
  const plain = out.filter((c) => !OTHER_PERIOD.test(c.header));
  if (plain.length > 0 || out.length === 1) return plain.length > 0 ? plain : out;
  // Columns of periods only («Quý I năm 2024 | Quý I năm 2025»): the one naming the latest year, when one does and is
  // no comparison, share, plan or earlier period; else nothing tells which is the report's.
  const current = out.filter((c) => !EARLIER.test(c.header));
  const year = (c: ValueColumn) => Math.max(0, ...(c.header.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number));
  const top = Math.max(0, ...current.map(year));
  const latest = current.filter((c) => year(c) === top);
  return top > 0 && latest.length === 1 ? latest : [];
}
