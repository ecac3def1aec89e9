/**
 * Dates: which Excel number formats display dates, and dates typed as text
 * ("05/04/2023", "5/4/23", "2023-04-05", "ngày 05 tháng 4 năm 2023", each with an optional time).
 * Day first, as Vietnam writes them; month first only where a column proves it (monthFirstColumn: an export made
 * by software set to US English, «09/15/2025 08:00 AM»).
 */
import { toSerial } from '../format';
import { fold } from '../text/fold';
import { memoized } from '../memo';

/**
 * True when an Excel number format displays a date: a d, y or month-m token outside quotes,
 * escapes and brackets. "m" next to "h" or before "s" means minutes, so "mm:ss" and "h:mm" are times.
 */
export function isDateFormat(numFmt: string | null | undefined): boolean {
  return !!numFmt && dateFormat(numFmt);
}

/** A workbook has few distinct formats and many cells: each format is decided once. */
const dateFormat = memoized(10_000, (numFmt) => decideDateFormat(numFmt));

function decideDateFormat(numFmt: string): boolean {
  // The first section is the one for positive numbers; dates have no other.
  const code = numFmt
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/[_*]./g, '') // padding and fill
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales ([$-42A]) and elapsed time ([h], [mm])
    .replace(/general/gi, '')
    .replace(/am\/pm|a\/p/gi, '')
    .toLowerCase();
  const tokens = code.match(/[dmyhs]+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i][0];
    if (t === 'd' || t === 'y') return true;
    if (t === 'm') {
      const minutes = tokens[i - 1]?.[0] === 'h' || tokens[i + 1]?.[0] === 's';
      if (!minutes) return true;
    }
  }
  return false;
}

// hh:mm[:ss], also "08h30", "8 giờ 30 phút", and a 12-hour mark (SA/CH are the Vietnamese AM/PM).
const TIME = '(\\d{1,2})(?::|h|\\s*giờ\\s*)(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*phút)?(?:\\s*(am|pm|sa|ch)(?![\\p{L}]))?';
let timeForms: { first: RegExp; last: RegExp } | undefined;
/** Compiled on first use (a Unicode property class costs a millisecond to build): a log of typed dates never needs them. */
const timePatterns = (): { first: RegExp; last: RegExp } =>
  (timeForms ??= {
    first: new RegExp(`^${TIME}(?:\\s*,\\s*|\\s+)(?:lúc\\s+)?`, 'iu'),
    last: new RegExp(`(?:\\s*,\\s*|\\s+|T|\\s+lúc\\s+)${TIME}(?:z|[+-]\\d{2}:?\\d{2})?$`, 'iu'),
  });

type Ymd = { y: number; m: number; d: number };

function fullYear(text: string): number | null {
  if (text.length === 2) {
    const yy = Number(text);
    return yy < 50 ? 2000 + yy : 1900 + yy;
  }
  return text.length === 4 ? Number(text) : null;
}

/** The date part alone, day first (month first when `monthFirst`, for «09/15/2025» alone). */
function readDate(text: string, monthFirst = false): Ymd | null {
  const s = text.trim().replace(/^(?:ngày|ngay)\s+/iu, '');
  let m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const y = fullYear(m[4]);
    const [d, mo] = monthFirst ? [m[3], m[1]] : [m[1], m[3]];
    return y === null ? null : { y, m: Number(mo), d: Number(d) };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  // "ngày 05 tháng 4 năm 2023", with or without diacritics, any case, NFC or NFD.
  m = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(fold(text));
  if (m) return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) };
  return null;
}

function validDate({ y, m, d }: Ymd): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The text without its time of day, and that time; null when the time is no time ("25:10"). */
function splitTime(text: string): { rest: string; time: [number, number, number] } | null {
  let s = text
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .trim();
  let time: [number, number, number] = [0, 0, 0];
  const { first, last } = timePatterns();
  const found = first.exec(s) ?? last.exec(s);
  if (found) {
    time = [Number(found[1]), Number(found[2]), Number(found[3] ?? 0)];
    s = s.slice(0, found.index) + s.slice(found.index + found[0].length);
    if (time[0] > 23 || time[1] > 59 || time[2] > 59) return null;
    const half = found[4]?.toLowerCase();
    if (half) {
      if (time[0] < 1 || time[0] > 12) return null;
      time[0] = (time[0] % 12) + (half === 'pm' || half === 'ch' ? 12 : 0);
    }
  }
  return { rest: s, time };
}

/**
 * A date typed as text -> Excel serial (fraction = time of day); null when it is not a valid date. `monthFirst`:
 * «dd/mm/yyyy» is read «mm/dd/yyyy» (a column proved month first, monthFirstColumn); other forms are unchanged.
 */
export function parseDateText(text: string, monthFirst = false): number | null {
  // Every written date has digits; without one the regexes and the fold below (slow on long text) are skipped.
  if (!/\d/.test(text)) return null;
  const split = splitTime(text);
  const date = split && readDate(split.rest, monthFirst);
  if (!split || !date || !validDate(date)) return null;
  return toSerial(date.y, date.m, date.d, ...split.time);
}

// «09/15/2025», «9-15-25 8:00 AM»: the first two numbers of a date written with slashes, dots or dashes.
const TWO_PARTS = /^\s*(?:ngày\s+|ngay\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*\d{2,4}(?!\d)/iu;

/**
 * Whether a column's (or a table's) dates typed as text are written month first (an export of software set to US English,
 * «07/02/2025 08:00 AM» beside «09/15/2025 08:00 AM»): true when some cell's second number cannot be a month
 * (> 12) while its first can, and no cell proves day first (first number > 12, second ≤ 12). One such cell is
 * enough beside the US clock's «AM»/«PM»; else two are needed, so that one typo («05/13/1980» in a list of
 * birth dates) does not turn a whole column around. A column with both
 * proofs, or neither, is read day first, as Vietnam writes; its cells that contradict are then said at their
 * cell (not-a-date / impossible-date). `texts`: the column's values; numbers and other values are passed over.
 * Stops at the first day-first proof, so a Vietnamese column costs a few cells.
 */
export function monthFirstColumn(texts: Iterable<unknown>): boolean {
  let proofs = 0;
  let clock12 = false;
  for (const t of texts) {
    if (typeof t !== 'string') continue;
    const m = TWO_PARTS.exec(t);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && b >= 1 && b <= 12) return false;
    if (b > 12 && a >= 1 && a <= 12) proofs++;
    if (!clock12 && /\d\s*[AP]M\b/i.test(t)) clock12 = true;
  }
  return proofs >= 2 || (proofs === 1 && clock12);
}

/**
 * A text written as a date, day first, whose day does not exist: "31/02/1990", "29/02/2023", "31/04/2023",
 * "00/05/1990", "12/13/2020" (no month 13). Returns its day, month and year as written (a two-digit year made
 * whole as the reader does); null for a valid date and for text that is no date at all. Years before 1900,
 * which Excel cannot hold as dates, are not said to be impossible.
 */
export function impossibleDate(text: string): { d: number; m: number; y: number } | null {
  if (!/\d/.test(text)) return null;
  const split = splitTime(text);
  const date = split && readDate(split.rest);
  if (!date || date.y < 1900 || date.y > 9999 || validDate(date)) return null;
  return date;
}

/**
 * A date followed by a note, in brackets or after a dash: «14/02/2025 (ký số)», «14/02/2025 - ký số», «Ngày
 * 14/02/2025 (bản giấy)», «10/01 [bản sao]». Returns the date part as written («14/02/2025», «Ngày 14/02/2025») and
 * the note («ký số»); null when the text has no such note, or when the note is no note but holds a figure
 * («14/02/2025 - 20/02/2025», «14/02/2025 (sửa 13/02)»: two dates). Whether the date part is a date is the
 * caller's to ask (parseDateText, dayMonth, impossibleDate): a date inside a sentence («ký ngày 14/02/2025 tại
 * UBND») has no bracket or dash and stays unread. Every table's date cells are read through this (rows.ts), and
 * the value test of a date column asks it too (fit.ts).
 */
export function dateAndNote(text: string): { dateText: string; note: string } | null {
  if (!/[([\u2013\u2014-]/.test(text)) return null;
  const m = DATE_NOTE.exec(text.normalize('NFC').trim());
  if (!m) return null;
  const note = (m[2] ?? m[3] ?? m[4]).trim();
  // A note is words: a letter, no digit (a second date, a number, a time are not set aside).
  if (!/\p{L}/u.test(note) || /\d/.test(note)) return null;
  return { dateText: m[1].trim(), note };
}

// The date part ends in a digit («14/02/2025», «10/01», «05 tháng 4 năm 2023»); then «(note)», «[note]», or a dash
// after a space («- note», «– note»).
const DATE_NOTE = /^(.*\d)\s*(?:\(([^()]*)\)|\[([^[\]]*)\]|\s[-\u2013\u2014]\s*(.+))$/su;

/** Excel's last date, 31/12/9999, is serial 2958465; its first, 01/01/1900, is 1. */
export const MAX_DATE_SERIAL = 2958465;

/**
 * True when a number under a date format is a date Excel can show: 1 (01/01/1900) up to 2958465
 * (31/12/9999), fraction = time of day. Anything else shows as ##### in Excel and is no date (issue 16 §8).
 */
export function isDateSerial(n: number): boolean {
  return Number.isFinite(n) && n >= 1 && n < MAX_DATE_SERIAL + 1;
}

/** A JS Date (its UTC fields) -> Excel serial, for hosts that receive Date objects. */
export function excelSerialFromDate(d: Date): number {
  const ms = d.getTime() - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return toSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) + ms / 86400000;
}

/**
 * A day and month written without a year ("10/01", "15-3", "ngày 10/01", "ngày 10 tháng 1"): the numbers as
 * written (not checked against a year), or null. A register of one year often leaves the year out. `monthFirst`:
 * «09/15» of a column proved month first (monthFirstColumn) is 15 September.
 */
export function dayMonth(text: string, monthFirst = false): { d: number; m: number } | null {
  const s = text
    .normalize('NFC')
    .trim()
    .replace(/^(?:ngày|ngay)\s*[:.]?\s*/iu, '');
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(s) ?? /^ngay (\d{1,2}) thang (\d{1,2})$/.exec(fold(text));
  if (!m) return null;
  return monthFirst && /[/.-]/.test(m[0]) ? { d: Number(m[2]), m: Number(m[1]) } : { d: Number(m[1]), m: Number(m[2]) };
}

// "Số 05/QĐ-UBND", "Số: 15/UBND", "15/UBND": a number, a slash and a symbol holding a letter (Nghị định 30); then a
// comma, a semicolon, a dash after a space or a line break before the date.
const NUMBER_FIRST = /^\s*(?:s[oố]\s*[:.]?\s*)?(\d[^\s,;()]*\/[^\s,;()]*\p{L}[^\s,;()]*)(?:\s*[,;]\s*|\s+[-–]\s*|\s+)(.+)$/isu;

/**
 * A register's number and date written in one cell under «Số, ký hiệu, ngày tháng văn bản»: "Số 05/QĐ-UBND ngày
 * 10/01/2023", "01/KH-UBND, 05/01", "15/UBND\n20/12/2022" (two lines of the cell), "03/BC-UBND (15/3/2023)",
 * "04/TB-UBND - 20/3/2023".
 * Returns the number part ("05/QĐ-UBND") and the date part as written ("10/01/2023", "05/01"), whether the date
 * is whole, lacks its year or names no real day ("31/02/2023": the reader says which); null when the cell is not
 * a number followed by a date.
 */
export function splitNumberAndDateText(text: string): { number: string; dateText: string } | null {
  if (!text.includes('/')) return null;
  const m = NUMBER_FIRST.exec(text.normalize('NFC').trim());
  if (!m) return null;
  // "(15/3/2023)", "ngày: 10/01/2023", "ng. 10/01" are read as "ngày 10/01/2023" (the date readers take "ngày").
  const dateText = m[2]
    .replace(/^\((.*)\)$/s, '$1')
    .replace(/^(?:ngày|ngay|ng\.)\s*[:.]?\s*/iu, 'ngày ')
    .replace(/[\s.,;]+$/, '')
    .trim();
  const isDate = parseDateText(dateText) !== null || dayMonth(dateText) !== null || impossibleDate(dateText) !== null;
  return isDate ? { number: m[1], dateText } : null;
}

/**
 * A register's number and whole date written in one cell ("Số 05/QĐ-UBND ngày 10/01/2023", "30/UBND\n15/5/2023"):
 * the number part ("05/QĐ-UBND") and the date's serial, or null when the cell is not so written or its date lacks
 * its year (splitNumberAndDateText gives that part as written).
 */
export function splitNumberAndDate(text: string): { number: string; date: number } | null {
  const split = splitNumberAndDateText(text);
  const date = split ? parseDateText(split.dateText) : null;
  return split && date !== null ? { number: split.number, date } : null;
}
