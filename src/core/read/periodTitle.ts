/**
 * The reporting period named in a table's title or caption line, for workbooks whose `info` gives none:
 * "Từ ngày 01/01/2025 đến ngày 31/03/2025", "Báo cáo ... quý I năm 2023", "6 tháng đầu năm 2024",
 * "9 tháng năm 2024", "tháng 3 năm 2024", "Báo cáo ... năm 2023" (a year alone only in a report's title:
 * a register's "Sổ đăng ký văn bản năm 2023" is no reporting period).
 */
import { fold } from '../text/fold';
import { serialParts, toSerial } from '../format';
import { parseDateText } from './date';
import type { Grid } from './grid';
import { issue, type Issue } from '../issues';
import type { ReportInfo } from '../reportInfo';
import { a1 } from '../address';
import { monthIn, monthsFromStartIn, quarterIn, type FoundPeriod } from './periodLabel';

export interface TitlePeriod {
  /** Excel serials of the first and the last day. */
  start: number;
  end: number;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number): TitlePeriod => ({ start: toSerial(y, m1, 1), end: toSerial(y, m2, lastDay(y, m2)) });
const plausibleYear = (y: number) => y >= 1990 && y <= 2100;

/** The period a title line names, or null. `text` is the line as shown (not folded). */
export function periodFromTitle(text: string): TitlePeriod | null {
  return namedPeriod(text)?.period ?? null;
}

/** A date written in figures inside a line: "01/01/2023", "1-1-2023", "01.01.2023". */
const DATE_IN_LINE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})`;
/**
 * "Từ ngày 01/01/2023 đến ngày 31/03/2023" in a caption's own words, "ngày" left out or the whole put in
 * brackets: "(Số liệu từ 01/01/2023 đến 31/03/2023)". Only dates in figures, so dotted blanks stay blank.
 */
const RANGE_IN_LINE = new RegExp(String.raw`từ\s*(?:ngày\s*)?:?\s*${DATE_IN_LINE}\s*,?\s*(?:-\s*)?đến\s*(?:ngày\s*)?:?\s*${DATE_IN_LINE}`, 'iu');

/**
 * The period a title line names and whether it is a whole year named as such ("Báo cáo … năm 2023"), which
 * a quarter of that year's report may carry as its title without stating another period.
 */
function namedPeriod(text: string): { period: TitlePeriod; wholeYear: boolean } | null {
  const line = text.normalize('NFC');
  const range = /từ\s*ngày\s*:?\s*(\S+)\s*(?:,\s*)?đến\s*ngày\s*:?\s*(\S+)/iu.exec(line) ?? RANGE_IN_LINE.exec(line);
  if (range) {
    let a = parseDateText(range[1]);
    let b = parseDateText(range[2]);
    // "… đến ngày 31/03/2023)": the bracket or the full stop closing the caption is no part of the date.
    if (a === null || b === null) {
      const inFigures = RANGE_IN_LINE.exec(line);
      a = inFigures ? parseDateText(inFigures[1]) : null;
      b = inFigures ? parseDateText(inFigures[2]) : null;
    }
    if (a !== null && b !== null && a <= b) return { period: { start: Math.floor(a), end: Math.floor(b) }, wholeYear: false };
  }
  const f = fold(text);
  const part = (period: TitlePeriod | null) => (period ? { period, wholeYear: false } : null);
  // "quý I năm 2023", "6 tháng đầu năm 2024", "9 tháng năm 2024", "tháng 3 năm 2024" (periodLabel.ts), each with
  // its year; not the date of a place-and-date line ("Hậu Giang, ngày 05 tháng 04 năm 2025").
  const named = quarterIn(f, true) ?? halfOrNine(monthsFromStartIn(f, true)) ?? monthIn(f, true);
  if (named) return plausibleYear(named.year!) ? part(span(named.year!, named.first, named.last)) : null;
  const m = /^bao cao\b.*\bnam (\d{4})$/.exec(f);
  if (m && plausibleYear(Number(m[1]))) return { period: span(Number(m[1]), 1, 12), wholeYear: true };
  return null;
}

/**
 * A part of a year named without its year ("QUÝ I", "6 tháng đầu năm", "9 tháng"), as that part of `year`:
 * a table's title under a report whose year is known. Null when the line names a year or no such part.
 */
export function yearlessPart(text: string, year: number): TitlePeriod | null {
  const f = fold(text);
  if (/\b(?:nam|\/) ?\d{4}\b/.test(f)) return null;
  const p = quarterIn(f) ?? halfOrNine(monthsFromStartIn(f));
  return p ? span(year, p.first, p.last) : null;
}

/** Months from the year's start a title names as a period: 6 or 9 of them («6 tháng đầu năm», «9 tháng»), not «3 tháng» of a time limit. */
const halfOrNine = (p: FoundPeriod | null): FoundPeriod | null => (p && (p.count === 6 || p.count === 9) ? p : null);

/** A period a table's title line states, and the line's first filled cell (0-based row and column). */
export interface StatedPeriod extends TitlePeriod {
  row: number;
  col: number;
  /** Only a whole year is named ("NĂM 2023", "Báo cáo … năm 2023"): it covers any part of that year. */
  wholeYear: boolean;
  /** A day the figures stand at ("Tính đến ngày 31/12/2022"): start = end = that day. */
  asOf?: boolean;
}

/** "Tính đến ngày 31/12/2022", "(tính đến 31/12/2022)", "Số liệu đến ngày 30/03/2023": the day a list or a balance stands at. */
const AS_OF = new RegExp(String.raw`(?:tính\s+đến\s+(?:ngày\s*)?|đến\s+ngày\s*):?\s*${DATE_IN_LINE}`, 'iu');

/** The day a line says its figures stand at, when it names no range ("từ … đến …"); null otherwise. */
function asOfDay(text: string): number | null {
  const line = text.normalize('NFC');
  const m = AS_OF.exec(line);
  if (!m || /(?:^|[^\p{L}])từ(?:[^\p{L}]|$)/iu.test(line.slice(0, m.index))) return null;
  const d = parseDateText(m[1]);
  return d === null ? null : Math.floor(d);
}

/** A title row's filled cells joined by spaces, and its first filled column (-1 when none). */
function titleLine(grid: Grid, row: number): { text: string; first: number } {
  const parts: string[] = [];
  let first = -1;
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(row, c).trim();
    if (!t) continue;
    if (first < 0) first = c;
    parts.push(t);
  }
  return { text: parts.join(' '), first };
}

/**
 * The periods a table's own title lines state ("KẾT QUẢ NĂM 2022", "(Số liệu từ ngày 01/01/2023 đến ngày
 * 31/03/2023)", "QUÝ I" read in `year`), nearest first: its title rows up to the first blank row above the
 * title (so last year's table above it lends it nothing). `titleRows`: nearest first, as located.
 */
export function statedPeriods(grid: Grid, titleRows: readonly number[], year: number | null): StatedPeriod[] {
  const out: StatedPeriod[] = [];
  let seen = false;
  for (const row of titleRows) {
    const { text, first } = titleLine(grid, row);
    if (first < 0) {
      if (seen) break;
      continue;
    }
    seen = true;
    const named = namedPeriod(text);
    if (named) {
      out.push({ ...named.period, row, col: first, wholeYear: named.wholeYear });
      continue;
    }
    const day = asOfDay(text);
    if (day !== null) {
      out.push({ start: day, end: day, row, col: first, wholeYear: false, asOf: true });
      continue;
    }
    const y = yearFromTitle(text);
    if (y) {
      out.push({ ...y, row, col: first, wholeYear: true });
      continue;
    }
    const p = year === null ? null : yearlessPart(text, year);
    if (p) out.push({ ...p, row, col: first, wholeYear: false });
  }
  return out;
}

/**
 * How a stated period stands to the report's [start, end] (Excel serials): 'other' when they share no day;
 * 'same' when it is that period, or the year to date at the period's end (a budget's "QUÝ I NĂM 2023" in a
 * report ending 31/03/2023: amounts run from the fiscal year's start), or a whole year meeting the period (a
 * plan "NĂM 2023", a survey "NĂM 2022" in a report from 07/2022 to 03/2023); 'part' otherwise (a quarter in
 * a year's report). A day the figures stand at ("tính đến ngày …", tester 6 item 16) is 'same' within the period
 * (a budget "đến ngày 30/03/2023" in a quarter's report), 'other' before its start (a staff list "tính đến ngày
 * 31/12/2022" in a 2023 report), 'part' after its end.
 */
export function periodFit(p: StatedPeriod, start: number, end: number): 'same' | 'part' | 'other' {
  if (p.asOf) return p.end < start ? 'other' : p.end <= end ? 'same' : 'part';
  if (p.end < start || p.start > end) return 'other';
  if (p.wholeYear) return 'same';
  const yearStart = toSerial(serialParts(end).y, 1, 1);
  if (p.end === end && (p.start === start || p.start === yearStart)) return 'same';
  return 'part';
}

/**
 * The year a register's or a list's title names alone ("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023", "Danh sách hồ sơ
 * năm 2024"), as that whole year; null when the line names no year, several, or a date ("…, ngày 05 tháng 4
 * năm 2023"). Such a year bounds the table's dated rows when nothing names the reporting period.
 */
export function yearFromTitle(text: string): TitlePeriod | null {
  const f = fold(text);
  const years = new Set<number>();
  for (const m of f.matchAll(/(?<!\bngay \d{1,2} thang \d{1,2} )\bnam (\d{4})\b/g)) years.add(Number(m[1]));
  // "năm 2022 - 2023", "năm 2023 và 2024": more than one year is no single period.
  if (years.size !== 1 || /\bnam \d{4} (?:den |va )?\d{4}\b/.test(f)) return null;
  const [y] = years;
  return plausibleYear(y) ? span(y, 1, 12) : null;
}

/** A table's title rows, nearest first, as the grid and its rows above the header. */
export interface Titled {
  grid: Grid;
  titleRows: number[];
  /** Its rows carry dates (a register, a dossier log): a year alone in its title may bound them. */
  dated?: boolean;
}

/**
 * `info` with the period of the first title line that names one, when `info` names neither end of the
 * period; the note says where it was read. Tables are tried in the order given (report order).
 */
export function withTitlePeriod(info: ReportInfo, tables: Titled[]): { info: ReportInfo; issue: Issue | null } {
  if (info.periodStart !== null || info.periodEnd !== null) return { info, issue: null };
  // A period named as such first (a quarter in Biểu 06's title), then a dated table's year.
  const tries: [Titled, (text: string) => TitlePeriod | null][] = [
    ...tables.map((t): [Titled, typeof periodFromTitle] => [t, periodFromTitle]),
    ...tables.filter((t) => t.dated).map((t): [Titled, typeof yearFromTitle] => [t, yearFromTitle]),
  ];
  for (const [{ grid, titleRows }, periodOf] of tries) {
    for (const row of titleRows) {
      const { text, first } = titleLine(grid, row);
      const p = first >= 0 ? periodOf(text) : null;
      if (!p || first < 0) continue;
      return {
        info: { ...info, periodStart: p.start, periodEnd: p.end },
        issue: issue(
          'period-from-title',
          { sheet: grid.name, cell: a1(row, first), table: 'info', field: 'periodStart' },
          { start: { date: p.start }, end: { date: p.end } },
        ),
      };
    }
  }
  return { info, issue: null };
}

/** Where the year of a date typed without one («10/01») comes from: the table's title, else the report period. */
export interface DatesYear {
  year: number;
  from: 'title' | 'period';
}

/**
 * The year a table's dates typed without one («10/01», «15/5») take (REPORTING-SCHEMA.md §1, dates): the one year
 * the table's title lines name, nearest first, as a year alone ("… NĂM 2023") or a period within one year ("Từ
 * ngày 01/01/2023 đến ngày 31/03/2023", "quý I năm 2023"); when no title line names a period, the report period
 * `info` states (Excel serials), if it lies within one year. Null when neither gives one year: a title's period
 * over two years is not overruled by the report's.
 */
export function datesYear(grid: Grid, titleRows: number[], report: { start: number; end: number } | null): DatesYear | null {
  for (const row of titleRows) {
    const parts: string[] = [];
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(row, c).trim();
      if (t) parts.push(t);
    }
    if (parts.length === 0) continue;
    const line = parts.join(' ');
    const p = periodFromTitle(line) ?? yearFromTitle(line);
    if (!p) continue;
    const y = oneYear(p.start, p.end);
    return y === null ? null : { year: y, from: 'title' };
  }
  const y = report ? oneYear(report.start, report.end) : null;
  return y === null ? null : { year: y, from: 'period' };
}

/** The year of a period's first and last day (Excel serials), when it is one year. */
function oneYear(start: number, end: number): number | null {
  const y = serialParts(start).y;
  return y === serialParts(end).y ? y : null;
}
