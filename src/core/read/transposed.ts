/**
 * A survey laid out across: the levels as column headers ("Rất hài lòng | Hài lòng | Bình thường |
 * Không hài lòng") and their shares in a row under them. Read as one typed row per level, each
 * value keeping its own cell. Used only when no survey in rows is found.
 */
import { rangeA1 } from '../address';
import type { Issue } from '../issues';
import type { TableSpec } from '../schema/types';
import type { ReadTable, TypedRow } from '../tables';
import { containsWords } from '../text/fold';
import type { Grid } from './grid';
import { isTextCell } from './grid';
import type { Region } from './infoBlock';
import { guessNumberStyle } from './number';
import { readCell, typedValue } from './rows';
import { matchCategory } from './values';

const SEARCH_ROWS = 40;
const VALUE_ROWS = 4;

export function readTransposedSurvey(grids: Grid[], spec: TableSpec, taken: Region[]): { table: ReadTable; issues: Issue[] } | null {
  const level = spec.fields.find((f) => f.key === 'level');
  const share = spec.fields.find((f) => f.key === 'share');
  if (!level?.categories || !share) return null;
  for (const grid of grids) {
    for (let r = grid.top; r <= grid.bottom && r < grid.top + SEARCH_ROWS; r++) {
      const levels = levelColumns(grid, r, level.categories, taken);
      if (levels.size < 3) continue;
      const valueRow = shareRow(grid, r, [...levels.keys()]);
      if (valueRow === null) continue;
      const issues: Issue[] = [];
      const texts = [...levels.keys()].filter((c) => typeof grid.raw(valueRow, c) === 'string').map((c) => grid.text(valueRow, c));
      const ctx = { grid, spec, style: guessNumberStyle(texts), factor: 1 };
      const rows: TypedRow[] = [];
      for (const [col, key] of levels) {
        const lv = typedValue(ctx, level, r, col, { value: key }, issues);
        const sh = typedValue(ctx, share, valueRow, col, readCell(ctx, share, valueRow, col), issues);
        rows.push({ table: 'survey', sheet: grid.name, row: valueRow, values: { level: lv, share: sh }, isTotal: false });
      }
      const cols = [...levels.keys()];
      const left = Math.min(...cols);
      const right = Math.max(...cols);
      return {
        table: {
          // Levels run across: both fields point at the first level's column; each value keeps its own cell.
          located: {
            table: 'survey',
            sheet: grid.name,
            range: rangeA1(r, left, valueRow, right),
            headerRows: [r],
            dataRows: [valueRow],
            columns: { level: left, share: left },
          },
          rows,
        },
        issues,
      };
    }
  }
  return null;
}

/** Column -> level for the short cells of a row that name a satisfaction level (each level once). */
function levelColumns(grid: Grid, row: number, categories: Record<string, string[]>, taken: Region[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Set<string>();
  for (let c = grid.left; c <= grid.right; c++) {
    if (!isTextCell(grid, row, c)) continue;
    if (taken.some((t) => t.sheet === grid.name && row >= t.top && row <= t.bottom && c >= t.left && c <= t.right)) continue;
    const f = grid.folded(row, c);
    if (f.split(' ').length > 6) continue;
    const key = matchCategory(f, categories);
    if (key && !seen.has(key)) {
      seen.add(key);
      out.set(c, key);
    }
  }
  return out;
}

/** The row of shares under the levels: the one labelled "tỷ lệ" or "%", else the first with numbers. */
function shareRow(grid: Grid, headerRow: number, cols: number[]): number | null {
  let first: number | null = null;
  for (let r = headerRow + 1; r <= grid.bottom && r <= headerRow + VALUE_ROWS; r++) {
    const filled = cols.filter((c) => !grid.isBlank(r, c)).length;
    if (filled < cols.length / 2) continue;
    let label = '';
    for (let c = grid.left; c < Math.min(...cols); c++) label += ` ${grid.folded(r, c)}`;
    const texts = cols.map((c) => grid.text(r, c));
    if (containsWords(label, 'ty le') || containsWords(label, 'ti le') || texts.some((t) => t.includes('%'))) return r;
    first ??= r;
  }
  return first;
}
