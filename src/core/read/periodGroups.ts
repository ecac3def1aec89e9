/**
 * Periods side by side over the same columns (tester 13 item 22, tester 15 item 1): «Quý I năm 2024» over Tiếp nhận |
 * Đã giải quyết | Đúng hạn | Quá hạn, then «Quý I năm 2025» over the same; or «Tháng 01/2025» … «Tháng 03/2025» |
 * «Cộng quý I/2025»; or «Lũy kế từ đầu năm» | «Quý II/2025». Header words alone give each field to the first group.
 * The group whose period is exactly the report's is read; else the group of the report's year (the latest year when
 * the title compares with «cùng kỳ», or when no year is known), as the budget's columns are chosen by year
 * (yearColumns.ts); else, when the report's period is known and no group covers it, the first group, and the note
 * says so. Each field of another group is moved to the column of the group read that bears the same label, and a
 * note names the columns read and why.
 */
import { containsWords } from '../text/fold';
import { serialParts, toSerial } from '../format';
import { periodFromTitle, yearlessPart } from './periodTitle';
import { monthIn } from './periodLabel';
import type { ColumnLabel, HeaderMatch } from './header';

/** Words of a group of the year before («Cùng kỳ năm trước»), folded. */
const OTHER_YEAR = ['cung ky', 'nam truoc', 'ky truoc'];

/** A period as Excel serials of its first and last day. */
export interface GroupPeriod {
  start: number;
  end: number;
}

/** The year a group label states: one year written («Quý I năm 2025»), −1 for the year before («Cùng kỳ năm trước»). */
function groupYear(group: string): number | null {
  const years = new Set([...group.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  if (years.size === 1) return [...years][0];
  return years.size === 0 && OTHER_YEAR.some((w) => containsWords(group, w)) ? -1 : null;
}

/** «Lũy kế», «Lũy kế từ đầu năm», «Luy ke den nay»: the year to date (folded). */
const CUMULATIVE = /\bluy ke\b/;

/**
 * The period a group label names (folded): «Tháng 01/2025», «Cộng quý I/2025», «Quý II», «6 tháng đầu năm»; «Lũy kế
 * (từ đầu năm)» is the report's year to its end. A label without its year takes `year`. Null when none is named.
 */
function groupPeriod(group: string, year: number | null, report: GroupPeriod | null): GroupPeriod | null {
  if (CUMULATIVE.test(group) && report) return { start: toSerial(serialParts(report.end).y, 1, 1), end: report.end };
  const named = periodFromTitle(group);
  if (named) return named;
  if (year === null) return null;
  const m = monthIn(group);
  if (m) {
    const mo = m.first;
    return { start: toSerial(year, mo, 1), end: toSerial(year, mo, new Date(Date.UTC(year, mo, 0)).getUTCDate()) };
  }
  return yearlessPart(group, year);
}

/** The period groups chosen between: the columns of the group read, of the others, and why it was read. */
export interface PeriodChoice {
  match: HeaderMatch;
  /** Columns of the group read and of the groups left, left to right. */
  read: number[];
  left: number[];
  /**
   * Why: its period is the report's; the report's year; the latest of the years (a comparison with the year before,
   * or no year known); or no group covers the report's period, and the first is read.
   */
  why: 'report-period' | 'report-year' | 'latest' | 'no-match';
}

interface Group {
  labels: ColumnLabel[];
  year: number | null;
  period: GroupPeriod | null;
  cumulative: boolean;
}

/**
 * `match` with the fields of a table whose columns repeat under two or more period groups read from one group. When
 * each group states a year of its own (last year's and this year's): the group of `year` (the report's; null when
 * unknown), else of the latest year, and the latest when `compares` (the title compares with the same period of
 * another year, «so sánh … với cùng kỳ»), as before. Otherwise the group whose period is exactly `period` (the
 * report's, from `info` or the table's title; null when unknown), a stated quarter or month before a «Lũy kế» that
 * equals it; else, when `period` is known and two groups name periods, the first group (why 'no-match'). Null when
 * the header has no such groups, when nothing chooses, or when a field read in another group has no column of the
 * same label in the group read (nothing is guessed then).
 */
export function periodGroupColumns(match: HeaderMatch, year: number | null, compares: boolean, period: GroupPeriod | null = null): PeriodChoice | null {
  // A label's group: its first part above the leaf that states a year or a period.
  const byText = new Map<string, Group>();
  for (const l of match.labels) {
    if (l.parts.length < 2) continue;
    for (const part of l.parts.slice(0, -1)) {
      const y = groupYear(part);
      const p = groupPeriod(part, year, period);
      if (y === null && p === null) continue;
      const g = byText.get(part) ?? { labels: [], year: y, period: p, cumulative: CUMULATIVE.test(part) };
      g.labels.push(l);
      byText.set(part, g);
      break;
    }
  }
  const groups = [...byText.values()];
  if (groups.length < 2) return null;

  const exact = period ? groups.filter((g) => g.period && g.period.start === period.start && g.period.end === period.end) : [];
  let readLabels: ColumnLabel[];
  let why: PeriodChoice['why'];
  const years = new Set(groups.map((g) => g.year));
  if (years.size === groups.length && !years.has(null)) {
    // One group per year (this year's and last year's): chosen by year, as the budget's columns.
    const latest = Math.max(...(groups.map((g) => g.year) as number[]));
    const target = !compares && year !== null && years.has(year) ? year : latest;
    why = target === year && !compares ? 'report-year' : 'latest';
    readLabels = groups.find((g) => g.year === target)!.labels;
  } else if (exact.length > 0) {
    readLabels = (exact.find((g) => !g.cumulative) ?? exact[0]).labels;
    why = 'report-period';
  } else if (period && groups.filter((g) => g.period).length >= 2) {
    const first = (g: Group) => Math.min(...g.labels.map((l) => l.col));
    readLabels = groups.reduce((a, b) => (first(b) < first(a) ? b : a)).labels;
    why = 'no-match';
  } else return null;

  const readCols = new Set(readLabels.map((l) => l.col));
  const grouped = new Set(groups.flatMap((g) => g.labels.map((l) => l.col)));
  const columns: Record<string, number> = {};
  const moved = new Set<number>();
  // Fields read in another group take the column of the group read with the same label.
  for (const [field, col] of Object.entries(match.columns)) {
    if (!grouped.has(col) || readCols.has(col)) continue;
    const leaf = match.labels.find((l) => l.col === col)!.leaf;
    const same = readLabels.filter((l) => l.leaf === leaf && !moved.has(l.col));
    if (same.length === 0) return null;
    columns[field] = same[0].col;
    moved.add(same[0].col);
  }
  // A group of the report's period or the first read where it stands: the note says so instead of the duplicates.
  if (moved.size === 0 && (why === 'report-year' || why === 'latest')) return null;
  // Fields outside the groups stay; a field the group read gave its own column keeps it unless a moved field took it.
  for (const [field, col] of Object.entries(match.columns)) {
    if (!grouped.has(col) || (readCols.has(col) && !moved.has(col) && columns[field] === undefined)) columns[field] = col;
  }
  // Duplicates that were the same field in another group are said by the note instead.
  const duplicates = match.duplicates.filter((d) => !grouped.has(d.col) && columns[d.field] !== undefined);
  const read = readLabels.map((l) => l.col);
  const left = [...grouped].filter((c) => !readCols.has(c)).sort((a, b) => a - b);
  return { match: { ...match, columns, duplicates }, read, left, why };
}
