/**
 * Two periods side by side over the same columns (tester 13 item 22): «Quý I năm 2024» over Tiếp nhận | Đã giải quyết |
 * Đúng hạn | Quá hạn, then «Quý I năm 2025» over the same. Header words alone give each field to the first group;
 * the group whose label states the report's year is read instead (the latest year when the title compares with
 * «cùng kỳ», or when no year is known), as the budget's columns are chosen by year (yearColumns.ts). Each field of
 * another group is moved to the column of the group read that bears the same label, and a note names the columns
 * read and why.
 */
import { containsWords } from '../text/fold';
import type { ColumnLabel, HeaderMatch } from './header';

/** Words of a group of the year before («Cùng kỳ năm trước»), folded. */
const OTHER_YEAR = ['cung ky', 'nam truoc', 'ky truoc'];

/** The year a group label states: one year written («Quý I năm 2025»), −1 for the year before («Cùng kỳ năm trước»). */
function groupYear(group: string): number | null {
  const years = new Set([...group.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  if (years.size === 1) return [...years][0];
  return years.size === 0 && OTHER_YEAR.some((w) => containsWords(group, w)) ? -1 : null;
}

/** The period groups chosen between: the columns of the group read, of the others, and why it was read. */
export interface PeriodChoice {
  match: HeaderMatch;
  /** Columns of the group read and of the groups left, left to right. */
  read: number[];
  left: number[];
  /** Why: the report's year, or the latest of the years (a comparison with the year before, or no year known). */
  why: 'report-year' | 'latest';
}

/**
 * `match` with the fields of a table whose columns repeat under two or more period groups (each group label stating
 * one year) read from the group of `year` (the report's, from its period or title; null when unknown), else of the
 * latest year; `compares`: the title compares with the same period of another year («so sánh … với cùng kỳ»), the
 * latest group is then read. Null when the header has no such groups, or when a field read in another group has no
 * column of the same label in the group read (nothing is guessed then).
 */
export function periodGroupColumns(match: HeaderMatch, year: number | null, compares: boolean): PeriodChoice | null {
  const groups = new Map<number, ColumnLabel[]>();
  for (const l of match.labels) {
    if (l.parts.length < 2) continue;
    const y = groupYear(l.parts.slice(0, -1).join(' '));
    if (y === null) continue;
    const list = groups.get(y) ?? [];
    list.push(l);
    groups.set(y, list);
  }
  if (groups.size < 2) return null;
  const years = [...groups.keys()];
  const latest = Math.max(...years);
  const target = !compares && year !== null && groups.has(year) ? year : latest;
  const why = target === year && !compares ? 'report-year' : 'latest';
  const readLabels = groups.get(target)!;
  const groupOf = new Map<number, number>();
  for (const [y, ls] of groups) for (const l of ls) groupOf.set(l.col, y);

  const columns: Record<string, number> = {};
  const moved = new Set<number>();
  // Fields read in another group take the column of the group read with the same label.
  for (const [field, col] of Object.entries(match.columns)) {
    const g = groupOf.get(col);
    if (g === undefined || g === target) continue;
    const leaf = match.labels.find((l) => l.col === col)!.leaf;
    const same = readLabels.filter((l) => l.leaf === leaf && !moved.has(l.col));
    if (same.length === 0) return null;
    columns[field] = same[0].col;
    moved.add(same[0].col);
  }
  if (moved.size === 0) return null;
  // Fields outside the groups stay; a field the group read gave its own column keeps it unless a moved field took it.
  for (const [field, col] of Object.entries(match.columns)) {
    const g = groupOf.get(col);
    if (g === undefined || (g === target && !moved.has(col) && columns[field] === undefined)) columns[field] = col;
  }
  // Duplicates that were the same field in another group are said by the note instead.
  const duplicates = match.duplicates.filter((d) => !groupOf.has(d.col) && columns[d.field] !== undefined);
  const read = readLabels.map((l) => l.col);
  const left = [...groupOf.keys()].filter((c) => groupOf.get(c) !== target).sort((a, b) => a - b);
  return { match: { ...match, columns, duplicates }, read, left, why };
}
