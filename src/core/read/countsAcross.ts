/**
 * A staff table with the education levels as columns whose rows are not categories, beside columns per category
 * («Cán bộ | Công chức», maybe «Tổng số»), in one of two ways (tester 13 items 16 and 28):
 * - a list of persons, each ticked («x», «X», «✓», 1) under one category and one level: read as the list of
 *   persons it is, each person's category and level taken from the column ticked (its header);
 * - counts per unit or khối («Khối Đảng | 3 | 2 | 1 | 3 | 0 | 0»): read as one typed row per level holding the
 *   level's count over the units, and one row without a level holding the counts per category
 *   (figures/staff.ts adds those to cán bộ, công chức and không chuyên trách, not to any level).
 * Each value keeps the cell it came from (a person's, or the first unit's).
 */
import { a1, rangeA1 } from '../address';
import type { Issue } from '../issues';
import type { FieldSpec } from '../schema/types';
import type { ReadTable, TypedRow, TypedValue } from '../tables';
import { fold } from '../text/fold';
import { foldedSynonyms, type ColumnLabel } from './header';
import type { Candidate } from './locate';
import { readCell, typedValue, type ReadContext } from './rows';
import { isTotalText } from './values';
import * as msg from './readerIssues';

/** A category's count column's field key, by category. */
export const COUNT_OF: Record<string, string> = { canBo: 'countCanBo', congChuc: 'countCongChuc', khongChuyenTrach: 'countKhongChuyenTrach' };

/** A mark that a person belongs to a column: «x», «X», «✓», «✔», «√», «☑», or the number 1. */
const TICK = /^(?:x|✓|✔|√|☑|1)$/iu;

/** True when the cell holds a mark (TICK): the number 1 or one of the mark characters. */
function isTick(c: Candidate, row: number, col: number): boolean {
  const raw = c.grid.raw(row, col);
  return typeof raw === 'number' ? raw === 1 : TICK.test(c.grid.text(row, col).trim());
}

interface Across {
  /** Level columns, left to right, with the level each names. */
  levels: { col: number; level: string }[];
  /** Columns whose own label names a category («Cán bộ», «Công chức», «KCT»), with the category. */
  categories: { col: number; key: string }[];
}

/** Columns of the header whose own label (not a group above it) is one of `field`'s synonyms, left to right, but `skip`. */
export function labelled(labels: ColumnLabel[], field: FieldSpec | undefined, skip: Set<number>): number[] {
  if (!field) return [];
  const names = foldedSynonyms(field);
  return labels.filter((l) => !skip.has(l.col) && names.includes(l.leaf)).map((l) => l.col);
}

/** Words after a category that name the commune's level, no other category («Công chức cấp xã», «Không chuyên trách ở xã»). */
const OF_COMMUNE = / (?:cap xa|cap phuong|o xa|o phuong|xa|phuong|thi tran|dac khu)$/;

/**
 * The category a column's own label (folded) names, as a whole, with `categories` (the staff category field's
 * vocabulary): «Cán bộ», «CC», «Người hoạt động không chuyên trách», «Người HĐKCT», «Bán chuyên trách»,
 * «Không chuyên trách cấp xã». Only cán bộ, công chức and không chuyên trách (COUNT_OF's keys); null for any
 * other label, so «Tổng số cán bộ, công chức» or «Cán bộ, công chức» (two categories) is none.
 */
export function categoryOfLabel(leaf: string, categories: Record<string, string[]>): string | null {
  const bare = leaf.replace(OF_COMMUNE, '');
  for (const key of Object.keys(COUNT_OF)) {
    if ((categories[key] ?? []).some((w) => fold(w) === leaf || fold(w) === bare)) return key;
  }
  return null;
}

/**
 * Columns per category in the header: their own label a count-per-category synonym («Cán bộ», «CC», «KCT») or a
 * category of the staff category field's vocabulary (categoryOfLabel), left to right. Such a column is never a level
 * (levelsAsColumns.ts): «Không chuyên trách» holds the words of «không», no training.
 */
export function categoryColumns(c: Candidate): { col: number; key: string }[] {
  const labels = c.match.labels.filter((l) => l.col >= c.left && l.col <= c.right);
  const skip = new Set<number>();
  const out: { col: number; key: string }[] = [];
  for (const [key, countKey] of Object.entries(COUNT_OF)) {
    for (const col of labelled(
      labels,
      c.spec.fields.find((f) => f.key === countKey),
      skip,
    ))
      out.push({ col, key });
  }
  const vocabulary = c.spec.fields.find((f) => f.key === 'category')?.categories;
  if (vocabulary) {
    for (const l of labels) {
      if (out.some((x) => x.col === l.col)) continue;
      const key = categoryOfLabel(l.leaf, vocabulary);
      if (key) out.push({ col: l.col, key });
    }
  }
  return out.sort((a, b) => a.col - b.col);
}

/**
 * The staff table read across rows that are persons (ticks) or units (counts), or null when the category columns'
 * and level columns' cells are neither (text, or nothing filled).
 */
export function readAcross(
  c: Candidate,
  levels: { col: number; level: string }[],
  categories: { col: number; key: string }[],
): { table: ReadTable; issues: Issue[] } | null {
  const shape: Across = { levels, categories };
  const marked = [...categories.map((x) => x.col), ...levels.map((l) => l.col)];
  const rows = c.dataRows.filter((r) => !isTotalRow(c, r) && marked.some((col) => !c.grid.isBlank(r, col)));
  if (rows.length === 0) return null;
  const ticks = rows.every((r) => marked.every((col) => c.grid.isBlank(r, col) || isTick(c, r, col)));
  if (ticks && categories.length > 0) return persons(c, shape, rows);
  return units(c, shape, rows);
}

/**
 * A list of persons whose levels are marked in columns of their own («Sau ĐH | ĐH | CĐ | TC | Chưa qua ĐT» with
 * «x»), the category written in words in a column of its own («Loại»: Cán bộ, Công chức) or not at all (tester 17
 * S08, S14): read person by person, each person's level the column marked. A list it is when the table has a
 * person-name column («Họ và tên»), or when its level cells are marks and some mark is no number (a column of «x»
 * is never a count). Null when neither: rows per category or unit holding counts (levelsAsColumns.ts reads those).
 */
export function readTickedLevels(c: Candidate, levels: { col: number; level: string }[]): { table: ReadTable; issues: Issue[] } | null {
  const labels = c.match.labels.filter((l) => l.col >= c.left && l.col <= c.right);
  const levelSet = new Set(levels.map((l) => l.col));
  const nameCol = labelled(
    labels,
    c.spec.fields.find((f) => f.key === 'name'),
    levelSet,
  )[0];
  const cols = levels.map((l) => l.col);
  const named = (r: number) => nameCol !== undefined && !c.grid.isBlank(r, nameCol);
  const rows = c.dataRows.filter((r) => !isTotalRow(c, r) && (named(r) || cols.some((col) => !c.grid.isBlank(r, col))));
  if (rows.length === 0) return null;
  const marks = rows.flatMap((r) => cols.filter((col) => !c.grid.isBlank(r, col)).map((col) => ({ r, col })));
  const ticks = marks.every(({ r, col }) => isTick(c, r, col)) && marks.some(({ r, col }) => typeof c.grid.raw(r, col) !== 'number');
  if (nameCol === undefined && !ticks) return null;
  // A column of counts under a name column (a level's number beside each person) is no list of marks either.
  if (marks.some(({ r, col }) => typeof c.grid.raw(r, col) === 'number' && c.grid.raw(r, col) !== 1)) return null;
  const categoryCol = c.match.columns.category;
  const categoryInWords = categoryCol !== undefined && !levelSet.has(categoryCol) ? categoryCol : undefined;
  return persons(c, { levels, categories: [] }, rows, categoryInWords);
}

function isTotalRow(c: Candidate, row: number): boolean {
  for (let col = c.left; col <= c.right; col++) if (typeof c.grid.raw(row, col) === 'string' && isTotalText(c.grid.folded(row, col))) return true;
  return false;
}

/** The header's own label text of a column, as written (its lowest header cell with text). */
function headerText(c: Candidate, col: number): { text: string; cell: string } {
  for (let i = c.headerRows.length - 1; i >= 0; i--) {
    const r = c.headerRows[i];
    const text = c.grid.text(r, col).trim();
    if (text) return { text, cell: a1(r, col) };
  }
  return { text: '', cell: a1(c.headerRows[0], col) };
}

/** The value of the one column ticked among `cols` in `row` (its key), or null with what was ticked. */
function ticked(c: Candidate, row: number, cols: { col: number; key: string }[]): TypedValue | null {
  const on = cols.filter((x) => !c.grid.isBlank(row, x.col));
  if (on.length === 0) return null;
  const first = on[0];
  const text = on.map((x) => headerText(c, x.col).text).join(', ');
  // Two columns ticked: which one holds is unknown; the value is left unread and the text names both.
  return { value: on.length === 1 ? first.key : null, raw: c.grid.raw(row, first.col), cell: a1(row, first.col), text };
}

/**
 * Each row a person: name and position read from their columns, the level from the level column marked, the
 * category from the category column marked, or from `categoryCol` (the category in words) when given.
 */
function persons(c: Candidate, s: Across, rows: number[], categoryCol?: number): { table: ReadTable; issues: Issue[] } {
  const { grid, spec } = c;
  const issues: Issue[] = [];
  const ctx: ReadContext = { grid, spec, style: null, factor: 1, perPerson: true };
  const labels = c.match.labels.filter((l) => l.col >= c.left && l.col <= c.right);
  const skip = new Set([...s.levels.map((l) => l.col), ...s.categories.map((x) => x.col), ...(categoryCol === undefined ? [] : [categoryCol])]);
  const textFields = (['name', 'position'] as const).flatMap((key) => {
    const field = spec.fields.find((f) => f.key === key);
    const col = labelled(labels, field, skip)[0];
    return field && col !== undefined ? [{ field, col }] : [];
  });
  const levelCols = s.levels.map((l) => ({ col: l.col, key: l.level }));
  const categoryField = spec.fields.find((f) => f.key === 'category')!;
  const educationField = spec.fields.find((f) => f.key === 'education')!;
  const typed: TypedRow[] = rows.map((r) => {
    const values: TypedRow['values'] = {};
    for (const { field, col } of textFields) values[field.key as 'name'] = typedValue(ctx, field, r, col, readCell(ctx, field, r, col), issues);
    if (categoryCol !== undefined) {
      // The category in words: read as a list's category cell is (a blank one an error at the cell).
      const category = typedValue(ctx, categoryField, r, categoryCol, readCell(ctx, categoryField, r, categoryCol), issues);
      values.category = category;
      if (!category.text) issues.push(msg.missingCell(spec, categoryField, { sheet: grid.name, cell: category.cell }, 'error'));
    } else if (s.categories.length > 0) {
      const category = ticked(c, r, s.categories) ?? { value: null, raw: null, cell: a1(r, s.categories[0].col), text: '' };
      values.category = category;
      // No category ticked: unknown, every staff figure with it (as a blank category cell); two: this person left out.
      if (!category.text) issues.push(msg.missingCell(spec, categoryField, { sheet: grid.name, cell: category.cell }, 'error'));
      else if (category.value === null) issues.push(msg.unknownStaffCategory(spec, categoryField, { sheet: grid.name, cell: category.cell }, category.text));
    }
    const level = ticked(c, r, levelCols);
    // No level marked: the level cells are blank (figures/staff.ts counts and names a blank level).
    const first = Math.min(...s.levels.map((l) => l.col));
    const last = Math.max(...s.levels.map((l) => l.col));
    values.education = level ?? { value: null, raw: null, cell: first === last ? a1(r, first) : rangeA1(r, first, r, last), text: '' };
    if (level && level.value === null) issues.push(msg.unknownLevel(spec, educationField, { sheet: grid.name, cell: level.cell }, level.text));
    return { table: 'staff', sheet: grid.name, row: r, values, isTotal: false };
  });
  const columns: Record<string, number> = { education: s.levels[0].col };
  const categoryAt = categoryCol ?? s.categories[0]?.col;
  if (categoryAt !== undefined) columns.category = categoryAt;
  for (const { field, col } of textFields) columns[field.key] = col;
  return { table: { located: located(c, rows, columns), rows: typed }, issues };
}

function units(c: Candidate, s: Across, rows: number[]): { table: ReadTable; issues: Issue[] } {
  const { grid, spec } = c;
  const issues: Issue[] = [];
  const ctx: ReadContext = { grid, spec, style: null, factor: 1 };
  const field = (key: string) => spec.fields.find((f) => f.key === key)!;
  const headerRow = c.headerRows[c.headerRows.length - 1];
  const typed: TypedRow[] = s.levels.map((l) => ({
    table: 'staff',
    sheet: grid.name,
    row: headerRow,
    values: {
      education: { value: l.level, raw: grid.raw(headerRow, l.col), cell: a1(headerRow, l.col), text: grid.text(headerRow, l.col).trim() },
      count: summed(ctx, field('count'), rows, l.col, issues),
    },
    isTotal: false,
  }));
  const columns: Record<string, number> = { education: s.levels[0].col, count: s.levels[0].col };
  if (s.categories.length > 0) {
    const values: TypedRow['values'] = {};
    for (const x of s.categories) {
      const key = COUNT_OF[x.key] as 'countCanBo';
      if (values[key]) continue;
      values[key] = summed(ctx, field(key), rows, x.col, issues);
      columns[key] = x.col;
    }
    typed.push({ table: 'staff', sheet: grid.name, row: headerRow, values, isTotal: false });
  }
  return { table: { located: located(c, rows, columns), rows: typed }, issues };
}

function located(c: Candidate, rows: number[], columns: Record<string, number>): ReadTable['located'] {
  return {
    table: 'staff',
    sheet: c.grid.name,
    range: rangeA1(c.headerRows[0], c.left, c.lastRow, c.right),
    headerRows: c.headerRows,
    dataRows: rows,
    columns,
  };
}

/** A count over one or more rows of a column; the value keeps the first row's cell. */
export function summed(ctx: ReadContext, field: FieldSpec, rows: number[], col: number, issues: Issue[]): TypedValue {
  let total: number | null = 0;
  let first: TypedValue | null = null;
  for (const r of rows) {
    const v = typedValue(ctx, field, r, col, readCell(ctx, field, r, col), issues);
    first ??= v;
    if (typeof v.value === 'number' && total !== null) total += v.value;
    else if (v.text !== '') total = null;
  }
  const f = first as TypedValue;
  return { value: total, raw: f.raw, cell: f.cell, text: f.text };
}
