/**
 * The reporting period named in a table's title or caption line, for workbooks whose `info` gives none:
 * "Từ ngày 01/01/2025 đến ngày 31/03/2025", "Báo cáo ... quý I năm 2023", "6 tháng đầu năm 2024",
 * "9 tháng năm 2024", "tháng 3 năm 2024", "Báo cáo ... năm 2023" (a year alone only in a report's title:
 * a register's "Sổ đăng ký văn bản năm 2023" is no reporting period).
 */
import { fold } from '../text/fold';
import { toSerial } from '../format';
import { parseDateText } from './date';
import type { Grid } from './grid';
import { issue, type Issue } from '../issues';
import type { ReportInfo } from '../reportInfo';
import { a1 } from '../address';

export interface TitlePeriod {
  /** Excel serials of the first and the last day. */
  start: number;
  end: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number): TitlePeriod => ({ start: toSerial(y, m1, 1), end: toSerial(y, m2, lastDay(y, m2)) });
const plausibleYear = (y: number) => y >= 1990 && y <= 2100;

/** The period a title line names, or null. `text` is the line as shown (not folded). */
export function periodFromTitle(text: string): TitlePeriod | null {
  const range = /từ\s*ngày\s*:?\s*(\S+)\s*(?:,\s*)?đến\s*ngày\s*:?\s*(\S+)/iu.exec(text.normalize('NFC'));
  if (range) {
    const a = parseDateText(range[1]);
    const b = parseDateText(range[2]);
    if (a !== null && b !== null && a <= b) return { start: Math.floor(a), end: Math.floor(b) };
  }
  const f = fold(text);
  let m = /\bquy (i{1,3}|iv|[1-4])\b(?: nam)? (\d{4})\b/.exec(f);
  if (m) {
    const q = ROMAN[m[1]] ?? Number(m[1]);
    const y = Number(m[2]);
    if (plausibleYear(y)) return span(y, 3 * q - 2, 3 * q);
  }
  m = /\b(6|9) thang (dau |cuoi )?nam (\d{4})\b/.exec(f);
  if (m) {
    const y = Number(m[3]);
    if (!plausibleYear(y)) return null;
    if (m[2] === 'cuoi ') return m[1] === '6' ? span(y, 7, 12) : null;
    return span(y, 1, Number(m[1]));
  }
  // "tháng 3 năm 2024", but not the date of a place-and-date line ("Hậu Giang, ngày 05 tháng 04 năm 2025").
  m = /(?<!\bngay \d{1,2} )\bthang (\d{1,2})(?: nam | )(\d{4})\b/.exec(f);
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo >= 1 && mo <= 12 && plausibleYear(y)) return span(y, mo, mo);
  }
  m = /^bao cao\b.*\bnam (\d{4})$/.exec(f);
  if (m && plausibleYear(Number(m[1]))) return span(Number(m[1]), 1, 12);
  return null;
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
      const parts: string[] = [];
      let first = -1;
      for (let c = grid.left; c <= grid.right; c++) {
        const t = grid.text(row, c).trim();
        if (!t) continue;
        if (first < 0) first = c;
        parts.push(t);
      }
      const p = parts.length > 0 ? periodOf(parts.join(' ')) : null;
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
