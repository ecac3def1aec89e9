/**
 * Period labels, one reader for all (a row «Tháng 01/2025», a column «Thực hiện quý I», a title «6 tháng đầu năm
 * 2025», a group «Quý II/2025», a heading «Tháng 01» over a register's records): folded text (fold.ts) → the months of
 * one year it covers, and the year when written next to it. Months are 1..12; `first` ≤ `last`. Relative periods
 * («lũy kế», «trong kỳ») depend on the report and are left to the callers (yearColumns.ts, periodGroups.ts).
 */
import { fold } from '../text/fold';

/** The months of one year a label covers, and the year written with it (null when none is). */
export interface PeriodMonths {
  year: number | null;
  first: number;
  last: number;
}

/** Roman quarter numbers, folded. */
export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A quarter's months: quý 2 → 4..6. */
export const quarterMonths = (q: number): { first: number; last: number } => ({ first: 3 * q - 2, last: 3 * q });

/** A year written after a period: « 2025», « nam 2025» («Quý I/2025» folds to "quy i 2025"). */
const YEAR_AFTER = String.raw`(?:(?: nam)? (\d{4})\b)?`;
/** «quý I», «quý 4», maybe with its year. */
const QUARTER = new RegExp(String.raw`\bquy (i{1,3}|iv|[1-4])\b${YEAR_AFTER}`, 'g');
/** «6 tháng», «6 tháng đầu năm», «6 tháng cuối năm 2025», «9 tháng»: months from a year's start (or to its end); not «ngày 05 tháng 04». */
const MONTHS_FROM_START = new RegExp(String.raw`(?<!\bngay (?:\d{1,2} )?)\b(\d{1,2}) thang( dau| cuoi)?(?: nam(?: (\d{4}))?\b|\b)`, 'g');
/** «tháng 3», «tháng 03/2025», «tháng 3 năm 2025»; not the month of a date («05 tháng 04», «ngày 05 tháng 04»). */
const MONTH = new RegExp(String.raw`(?<!\b\d{1,2} )\bthang (\d{1,2})\b${YEAR_AFTER}`, 'g');

/** A period found in a text, with where it starts (its index in the folded text). */
export interface FoundPeriod extends PeriodMonths {
  index: number;
  /** How many months from the year's start («9 tháng» → 9), for the months-from-start kind only. */
  count?: number;
}

/** Every match of `re` in `f`, as periods (`read` null skips a match). */
function scan(re: RegExp, f: string, read: (m: RegExpExecArray) => PeriodMonths | null, needYear: boolean): FoundPeriod | null {
  re.lastIndex = 0;
  for (let m = re.exec(f); m; m = re.exec(f)) {
    const p = read(m);
    if (p && (!needYear || p.year !== null)) {
      re.lastIndex = 0;
      return { ...p, index: m.index };
    }
  }
  re.lastIndex = 0;
  return null;
}

const yearOf = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

/** The first quarter named in `f` («quý II», «quý 2 năm 2025»); with `needYear`, the first written with its year. */
export function quarterIn(f: string, needYear = false): FoundPeriod | null {
  return scan(QUARTER, f, (m) => ({ year: yearOf(m[2]), ...quarterMonths(ROMAN[m[1]] ?? Number(m[1])) }), needYear);
}

/**
 * The first months counted from the year's start named in `f`: «6 tháng» and «6 tháng đầu năm» (1–6), «9 tháng»
 * (1–9), «6 tháng cuối năm» (7–12), «12 tháng» (1–12); a count outside 1..12 is none. The year only when written
 * after «năm». `count` gives the number of months as written.
 */
export function monthsFromStartIn(f: string, needYear = false): FoundPeriod | null {
  const found = scan(
    MONTHS_FROM_START,
    f,
    (m) => {
      const n = Number(m[1]);
      if (n < 1 || n > 12) return null;
      return m[2] === ' cuoi' ? { year: yearOf(m[3]), first: 13 - n, last: 12 } : { year: yearOf(m[3]), first: 1, last: n };
    },
    needYear,
  );
  return found && { ...found, count: found.last - found.first + 1 };
}

/** The first single month named in `f` («tháng 3», «tháng 03/2025»), not a date's month; with `needYear`, one written with its year. */
export function monthIn(f: string, needYear = false): FoundPeriod | null {
  return scan(
    MONTH,
    f,
    (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? { year: yearOf(m[2]), first: n, last: n } : null;
    },
    needYear,
  );
}

/** A period label alone: «tháng 01», «tháng 01/2025», «quý I/2025», «6 tháng đầu năm», «9 tháng năm 2025», «năm 2025» (never «Năm» alone). */
export const PERIOD_WORDS = String.raw`(?:(?:thang (?:0?[1-9]|1[0-2])|quy (?:i|ii|iii|iv|[1-4])|(?:6|9) thang(?: (?:dau|cuoi) nam)?)(?: (?:nam )?\d{4})?|nam \d{4})`;
const WHOLE = new RegExp(`^${PERIOD_WORDS}$`);

/** The months a text that is a period label and nothing else covers (PERIOD_WORDS), or null. `f`: folded. */
export function periodLabel(f: string): PeriodMonths | null {
  if (!WHOLE.test(f)) return null;
  const year = /^nam (\d{4})$/.exec(f);
  if (year) return { year: Number(year[1]), first: 1, last: 12 };
  const p = quarterIn(f) ?? monthsFromStartIn(f) ?? monthIn(f);
  if (!p) return null;
  const y = /\b(\d{4})$/.exec(f);
  return { year: y ? Number(y[1]) : null, first: p.first, last: p.last };
}

/** «Tháng 01/2025», «Tháng 1», «T3», «Quý II/2025» at the start of a cell, followed by a space or nothing. */
const LEADING = /^(?:thang (\d{1,2})|t(\d{1,2})|quy (i{1,3}|iv|[1-4]))(?: |$)/;

/**
 * The months of the period a cell's text starts with («Tháng 01/2025», «T3», «Quý II năm 2025 (ước)»), a row's
 * label in a table of periods (periodRows.ts); null when it starts with none. `f`: folded.
 */
export function leadingPeriod(f: string): PeriodMonths | null {
  const m = LEADING.exec(f);
  if (!m) return null;
  const y = /^\S+ \S+ (?:nam )?(\d{4})\b/.exec(f) ?? (m[2] !== undefined ? /^t\d{1,2} (?:nam )?(\d{4})\b/.exec(f) : null);
  const year = y ? Number(y[1]) : null;
  if (m[3] !== undefined) return { year, ...quarterMonths(ROMAN[m[3]] ?? Number(m[3])) };
  const n = Number(m[1] ?? m[2]);
  return n >= 1 && n <= 12 ? { year, first: n, last: n } : null;
}

/**
 * The period a sheet's name is and nothing else: «T7», «T07-2026», «Tháng 7», «Thang 07.2026», «Quý III» (the name
 * folded whole); null for any other name («TH toàn tỉnh», «Biểu 06 T7»).
 */
export function sheetNamePeriod(name: string): PeriodMonths | null {
  const f = fold(name);
  const t = /^t(\d{1,2})(?: (?:nam )?(\d{4}))?$/.exec(f);
  if (t) {
    const n = Number(t[1]);
    return n >= 1 && n <= 12 ? { year: t[2] ? Number(t[2]) : null, first: n, last: n } : null;
  }
  return periodLabel(f);
}
