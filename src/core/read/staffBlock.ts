/**
 * Staff counts kept as a «Nội dung | Số lượng» block, one row per measure (tester «blocks» item 1): «Tổng số cán bộ,
 * công chức | 21», «Trình độ đại học | 15», «Thạc sĩ | 2», «Trung cấp | 4», maybe «Cán bộ | 10», «Công chức | 11».
 * Read as the staff table by level (REPORTING-SCHEMA.md §2 staff: a count per level): one typed row per level (its
 * label the level, as a level cell of a list is read: rows.ts readCell), a row of the counts per category, and the
 * total row. Each value keeps its own cell. Used only when no staff table in columns is read.
 *
 * Evidence: two levels or more with counts, and words of staff (cán bộ, công chức, CBCC, nhân sự, biên chế) in the
 * labels or the lines above; a title of another list (hộ nghèo, đảng viên) sets it aside. A heading naming another
 * measure («Trình độ lý luận chính trị», «Tin học») ends the block: its «Trung cấp» is no professional level.
 */
import { rangeA1 } from '../address';
import type { Issue } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import type { ReadTable, RowValues, TableColumns, TypedRow, TypedValue } from '../tables';
import { containsWords, fold } from '../text/fold';
import { isTextCell, type Grid } from './grid';
import { statesPercent } from './header';
import type { Region } from './infoBlock';
import { guessNumberStyle } from './number';
import { readCell, typedValue, type ReadContext } from './rows';
import { matchCategory, opensWithTotalWord } from './values';

const SEARCH_ROWS = 300;
const SEARCH_COLS = 12;
const MAX_GAP = 2;
const MAX_LABEL = 120;
const TITLE_LINES = 4;
/** Levels a block must name. */
const MIN_LEVELS = 2;
const STAFF_WORDS = ['can bo', 'cong chuc', 'cbcc', 'nhan su', 'bien che'];
/** A category's count field, by the category. */
const COUNT_OF: Record<string, string> = { canBo: 'countCanBo', congChuc: 'countCongChuc', khongChuyenTrach: 'countKhongChuyenTrach' };

type Kind = { level: string } | { category: string } | { total: true };

interface Line {
  row: number;
  kind: Kind;
}

interface Block {
  grid: Grid;
  labelCol: number;
  lines: Line[];
}

/**
 * The staff table read from a block of counts down the rows, or null when none qualifies. `grids`: visible first;
 * `taken`: ranges of tables already read. Counts in persons.
 */
export function readStaffBlock(grids: Grid[], spec: TableSpec, taken: Region[]): { table: ReadTable; issues: Issue[] } | null {
  const education = spec.fields.find((f) => f.key === 'education');
  const category = spec.fields.find((f) => f.key === 'category');
  const count = spec.fields.find((f) => f.key === 'count');
  if (!education?.categories || !category?.categories || !count) return null;
  for (const grid of grids) {
    const blocks = findBlocks(grid, spec, education, category, taken);
    blocks.sort((a, b) => levels(b) - levels(a));
    for (const b of blocks) {
      const read = readBlock(b, spec, education, count);
      if (read) return read;
    }
  }
  return null;
}

const levels = (b: Block) => new Set(b.lines.flatMap((l) => ('level' in l.kind ? [l.kind.level] : []))).size;

function findBlocks(grid: Grid, spec: TableSpec, education: FieldSpec, category: FieldSpec, taken: Region[]): Block[] {
  const out: Block[] = [];
  const bottom = Math.min(grid.bottom, grid.top + SEARCH_ROWS);
  const right = Math.min(grid.right, grid.left + SEARCH_COLS);
  const others = (spec.evidence?.otherMeasures ?? []).map(fold);
  const ctx: ReadContext = { grid, spec, style: null, factor: 1 };
  for (let col = grid.left; col <= right; col++) {
    let run: Line[] = [];
    let gap = 0;
    const close = () => {
      if (run.length > 0) out.push({ grid, labelCol: col, lines: run });
      run = [];
    };
    for (let row = grid.top; row <= bottom; row++) {
      const inTaken = taken.some((t) => t.sheet === grid.name && row >= t.top && row <= t.bottom && col >= t.left && col <= t.right);
      const text = !inTaken && isTextCell(grid, row, col) ? grid.text(row, col).trim() : '';
      const folded = text.length <= MAX_LABEL ? fold(text) : '';
      // A heading of another measure ends the block.
      if (folded && others.some((w) => containsWords(folded, w))) {
        close();
        continue;
      }
      const kind = folded ? kindOf(ctx, education, category, row, col, folded) : null;
      if (!kind) {
        if (run.length > 0 && ++gap > MAX_GAP) close();
        continue;
      }
      gap = 0;
      run.push({ row, kind });
    }
    close();
  }
  return out.filter((b) => levels(b) >= MIN_LEVELS && staffWords(b, spec));
}

/** What a label names: a total, a level (read as a level cell is), a category; null for anything else. */
function kindOf(ctx: ReadContext, education: FieldSpec, category: FieldSpec, row: number, col: number, folded: string): Kind | null {
  // «Tổng số cán bộ, công chức», «Tổng cộng», «Cộng»: not «Công chức» (diacritics tell them apart).
  if (opensWithTotalWord(ctx.grid.text(row, col).trim())) {
    // «Tổng số người hoạt động không chuyên trách»: their count, not the whole.
    return matchCategory(folded, category.categories ?? {}) === 'khongChuyenTrach' ? { category: 'khongChuyenTrach' } : { total: true };
  }
  if (statesPercent(ctx.grid.text(row, col))) return null;
  const level = readCell(ctx, education, row, col).value;
  if (typeof level === 'string') return { level };
  const cat = matchCategory(folded, category.categories ?? {});
  return cat && COUNT_OF[cat] ? { category: cat } : null;
}

/** Staff words in the labels or the lines above, and no title of another list of people. */
function staffWords(b: Block, spec: TableSpec): boolean {
  const first = b.lines[0].row;
  const above: string[] = [];
  for (let r = Math.max(b.grid.top, first - TITLE_LINES); r < first; r++) {
    for (let c = b.grid.left; c <= b.grid.right; c++) if (isTextCell(b.grid, r, c)) above.push(b.grid.folded(r, c));
  }
  const aside = [...(spec.evidence?.setAside?.titles ?? []), ...(spec.evidence?.against ?? [])].map(fold);
  if (above.some((t) => aside.some((w) => containsWords(t, w)))) return false;
  const texts = [...b.lines.map((l) => b.grid.folded(l.row, b.labelCol)), ...above];
  return texts.some((t) => STAFF_WORDS.some((w) => containsWords(t, w)));
}

/** The first column right of the labels holding whole non-negative numbers in most of the block's rows, not headed as a share. */
function countColumn(b: Block, spec: TableSpec, count: FieldSpec): number | null {
  const { grid, lines } = b;
  const ctx: ReadContext = { grid, spec, style: null, factor: 1 };
  const headerRow = lines[0].row - 1;
  for (let col = b.labelCol + 1; col <= grid.right; col++) {
    if (headerRow >= grid.top && statesPercent(grid.text(headerRow, col))) continue;
    let numbers = 0;
    let text = 0;
    for (const l of lines) {
      if (grid.isBlank(l.row, col)) continue;
      const v = readCell(ctx, count, l.row, col).value;
      if (typeof v === 'number' && v >= 0 && Number.isInteger(v)) numbers++;
      else if (!/^[-–—]+$/.test(grid.text(l.row, col).trim())) text++;
    }
    if (numbers * 2 >= lines.length && text === 0) return col;
  }
  return null;
}

function readBlock(b: Block, spec: TableSpec, education: FieldSpec, count: FieldSpec): { table: ReadTable; issues: Issue[] } | null {
  const { grid, lines } = b;
  const col = countColumn(b, spec, count);
  if (col === null) return null;
  const texts = lines.filter((l) => typeof grid.raw(l.row, col) === 'string').map((l) => grid.text(l.row, col));
  const ctx: ReadContext = { grid, spec, style: guessNumberStyle(texts), factor: 1 };
  const issues: Issue[] = [];
  const columns: TableColumns = { education: b.labelCol, count: col };
  const rows: TypedRow[] = [];
  const at = (key: string) => spec.fields.find((f) => f.key === key)!;
  const value = (f: FieldSpec, row: number, isTotal = false): TypedValue => typedValue(ctx, f, row, col, readCell(ctx, f, row, col), issues, isTotal);
  let categories: { values: RowValues; row: number } | null = null;
  for (const l of lines) {
    if (grid.isBlank(l.row, col)) continue;
    if ('total' in l.kind) {
      rows.push({ table: 'staff', sheet: grid.name, row: l.row, values: { count: value(count, l.row, true) }, isTotal: true });
    } else if ('level' in l.kind) {
      const level = typedValue(ctx, education, l.row, b.labelCol, { value: l.kind.level }, issues);
      rows.push({ table: 'staff', sheet: grid.name, row: l.row, values: { education: level, count: value(count, l.row) }, isTotal: false });
    } else {
      const key = COUNT_OF[l.kind.category];
      categories ??= { values: {}, row: l.row };
      (categories.values as Record<string, TypedValue>)[key] ??= value(at(key), l.row);
      (columns as Record<string, number>)[key] = col;
    }
  }
  // The counts per category, one row without a level (figures/staff.ts adds them to cán bộ, công chức, KCT).
  if (categories) rows.push({ table: 'staff', sheet: grid.name, row: categories.row, values: categories.values, isTotal: false });
  const first = lines[0].row;
  const last = lines[lines.length - 1].row;
  const header = first - 1 >= grid.top && !grid.isBlankRow(first - 1, b.labelCol, col) ? first - 1 : null;
  return {
    table: {
      located: {
        table: 'staff',
        sheet: grid.name,
        range: rangeA1(header ?? first, b.labelCol, last, col),
        headerRows: header === null ? [] : [header],
        dataRows: lines.map((l) => l.row),
        columns,
      },
      rows,
    },
    issues,
  };
}
