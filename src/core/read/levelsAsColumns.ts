/**
 * A staff-quality table with the education levels as columns, the layout of Thông tư 11/2012/TT-BNV's
 * forms: one row per category or position ("Cán bộ cấp xã", "Công chức cấp xã"), the levels across under
 * "Trình độ chuyên môn" ("Chưa qua đào tạo | Sơ cấp | Trung cấp | Cao đẳng | Đại học | Thạc sĩ").
 * Read into the per-level shape the figures know: one typed row per level column, with its counts of
 * cán bộ, công chức and không chuyên trách (each value keeps the cell it came from).
 * Levels under another group (lý luận chính trị, tin học, ngoại ngữ...) are not professional training.
 */
import { a1, rangeA1 } from '../address';
import type { Issue } from '../issues';
import { EDUCATION_NOT_PROFESSIONAL } from '../schema/staff';
import type { FieldSpec, TableSpec } from '../schema/types';
import type { ReadTable, TypedRow, TypedValue } from '../tables';
import { containsWords, fold } from '../text/fold';
import { columnLabels, foldedSynonyms, type ColumnLabel } from './header';
import { extend, type Candidate } from './locate';
import type { Grid } from './grid';
import { isTextCell } from './grid';
import type { Region } from './infoBlock';
import { type ReadContext } from './rows';
import { categoryColumns, categoryOfLabel, COUNT_OF, readAcross, readTickedLevels, summed } from './countsAcross';
import { isTotalText, matchCategory, orderLevel } from './values';
import { withoutOtherTraining } from './categoryText';

/** At least this many level columns make the layout. */
const MIN_LEVELS = 3;

/** The staff table read with its levels as columns, or null when the candidate is not laid out that way. */
export function readLevelsAsColumns(c: Candidate): { table: ReadTable; issues: Issue[] } | null {
  const { grid, spec } = c;
  if (spec.name !== 'staff') return null;
  const education = spec.fields.find((f) => f.key === 'education');
  const category = spec.fields.find((f) => f.key === 'category');
  if (!education?.categories || !category?.categories) return null;
  // A column per category («Không chuyên trách» holds the words of «không», no training) is no level.
  const categories = categoryColumns(c);
  const levelCols = levelColumns(c, education).filter((l) => !categories.some((x) => x.col === l.col));
  if (new Set(levelCols.map((l) => l.level)).size < MIN_LEVELS) return null;
  // Columns per category beside the levels: the rows are persons ticked, or units counted (countsAcross.ts).
  if (categories.length > 0) return readAcross(c, levelCols, categories);
  // A list of persons whose levels are marked («x» under «ĐH»), the category in words: read person by person.
  const listed = readTickedLevels(c, levelCols);
  if (listed) return listed;
  const firstLevel = levelCols[0].col;

  // Each data row's label, left of the levels: a category ("Cán bộ cấp xã") or a position under one.
  const groups = new Map<string, number[]>();
  let current: string | null = null;
  let currentHasCounts = false;
  const hasCounts = (row: number) => levelCols.some((l) => !grid.isBlank(row, l.col));
  for (const row of c.dataRows) {
    const label = rowLabel(c, row, firstLevel);
    if (label && isTotalText(label)) continue;
    const key = label ? matchCategory(label.replace(/^(?:[ivxlc]+|[a-h]|\d+) /, ''), category.categories) : null;
    if (key) {
      current = key;
      currentHasCounts = hasCounts(row);
      // A category line with counts is its own subtotal: the positions under it are not added again.
      groups.set(key, currentHasCounts ? [row] : []);
      continue;
    }
    if (current && !currentHasCounts && hasCounts(row)) groups.get(current)!.push(row);
  }
  if (groups.size === 0) return null;

  const issues: Issue[] = [];
  const ctx: ReadContext = { grid, spec, style: null, factor: 1 };
  const countField = (key: string) => spec.fields.find((f) => f.key === key)!;
  const rows: TypedRow[] = [];
  const columns: Record<string, number> = { education: firstLevel };
  for (const [key, rs] of groups) if (COUNT_OF[key] && rs.length > 0) columns[COUNT_OF[key]] = firstLevel;
  const headerRow = c.headerRows[c.headerRows.length - 1];
  for (const l of levelCols) {
    const values: Record<string, TypedValue> = {
      education: { value: l.level, raw: grid.raw(headerRow, l.col), cell: a1(headerRow, l.col), text: grid.text(headerRow, l.col).trim() },
    };
    for (const [key, rs] of groups) {
      const field = COUNT_OF[key] ? countField(COUNT_OF[key]) : null;
      if (!field || rs.length === 0) continue;
      values[field.key] = summed(ctx, field, rs, l.col, issues);
    }
    rows.push({ table: 'staff', sheet: grid.name, row: headerRow, values, isTotal: false });
  }
  const dataRows = [...groups.values()].flat().sort((a, b) => a - b);
  return {
    table: {
      located: {
        table: 'staff',
        sheet: grid.name,
        range: rangeA1(c.headerRows[0], c.left, c.lastRow, c.right),
        headerRows: c.headerRows,
        dataRows,
        // Levels run across: every field points at the first level's column; each value keeps its own cell.
        columns,
      },
      rows,
    },
    issues,
  };
}

/** Columns whose own label is an education level, under a group of professional training (or none). */
function levelColumns(c: Candidate, education: FieldSpec): { col: number; level: string }[] {
  return levelsOf(
    c.match.labels.filter((l) => l.col >= c.left && l.col <= c.right),
    education,
    c.spec.fields.find((f) => f.key === 'category'),
  );
}

function levelsOf(labels: ColumnLabel[], education: FieldSpec, category: FieldSpec | undefined): { col: number; level: string }[] {
  const group = foldedSynonyms(education);
  const not = EDUCATION_NOT_PROFESSIONAL.map(fold);
  const out: { col: number; level: string }[] = [];
  for (const label of labels) {
    if (label.leaf.split(' ').length > 5) continue;
    // A category column is never a level: «Không chuyên trách cấp xã» holds «không» (no training) but counts persons.
    if (category?.categories && categoryOfLabel(label.leaf, category.categories)) continue;
    // «Trung cấp LLCT» under «Trình độ» is a political-theory level, no professional one.
    if (education.otherTraining && withoutOtherTraining(label.leaf, education.otherTraining) !== label.leaf) continue;
    const level = matchCategory(label.leaf, education.categories ?? {});
    if (!level) continue;
    const above = label.parts.slice(0, -1).join(' ');
    if (above && (!group.some((g) => containsWords(above, g)) || not.some((n) => containsWords(above, n)))) continue;
    out.push({ col: label.col, level });
  }
  return out;
}

/** The row's folded label: its text cells left of the levels, order marks left out. */
function rowLabel(c: Candidate, row: number, before: number): string {
  const parts: string[] = [];
  for (let col = c.left; col < before; col++) {
    if (typeof c.grid.raw(row, col) !== 'string') continue;
    const t = c.grid.text(row, col).trim();
    if (!t || orderLevel(t) !== undefined) continue;
    parts.push(c.grid.folded(row, col));
  }
  return parts.join(' ');
}

/** Rows searched for the levels' header, from the top of each sheet. */
const SEARCH_ROWS = 30;
const MAX_LEVELS = 4;

/**
 * Finds a staff-quality table with the levels as columns when no staff table was found row by row (its
 * level columns hold counts, so no column of it passes as an education column): a row with at least
 * three level labels is the header's last row, and the rows above it with several labels its upper
 * levels. Tables already found keep their cells.
 */
export function findLevelsAsColumns(grids: Grid[], spec: TableSpec, taken: Region[]): { table: ReadTable; issues: Issue[] } | null {
  const education = spec.fields.find((f) => f.key === 'education');
  if (spec.name !== 'staff' || !education?.categories) return null;
  for (const grid of grids) {
    for (let leaf = grid.top; leaf <= grid.bottom && leaf < grid.top + SEARCH_ROWS; leaf++) {
      if (taken.some((t) => t.sheet === grid.name && leaf >= t.top && leaf <= t.bottom)) continue;
      let top = leaf;
      while (top > grid.top && leaf - top + 1 < MAX_LEVELS && labelCells(grid, top - 1) >= 2) top--;
      const levels = leaf - top + 1;
      const labels = columnLabels(grid, top, levels);
      const found = levelsOf(
        labels,
        education,
        spec.fields.find((f) => f.key === 'category'),
      );
      if (new Set(found.map((l) => l.level)).size < MIN_LEVELS) continue;
      const match = { row: top, levels, columns: { education: found[0].col } as Record<string, number>, duplicates: [], labels, clear: [] };
      const c = extend(spec, grid, match, new Set());
      const read = readLevelsAsColumns(c);
      if (read) return read;
    }
  }
  return null;
}

function labelCells(grid: Grid, row: number): number {
  let n = 0;
  for (let c = grid.left; c <= grid.right; c++) if (isTextCell(grid, row, c)) n++;
  return n;
}
