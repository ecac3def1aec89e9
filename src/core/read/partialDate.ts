/**
 * A date written with its day left blank, as an unsigned draft has it («ngày     tháng 7 năm 2025», «ngày … tháng 7
 * năm 2025», «…/7/2025», «   /07/2025»): the day is filled in at signing (DOMAIN.md §4 keeps what the clerk gave).
 */
import { fold } from '../text/fold';

/** What the clerk wrote of a date: its month (1–12) and year, the day still blank. */
export interface PartialDate {
  month: number | null;
  year: number | null;
}

/** Folded: dots and blanks are gone, «ngay thang 7 nam 2025». */
const WORDS = /^(?:ngay )?thang(?: (\d{1,2}))? nam(?: (\d{4}))?$/;
/** As written: «…/7/2025», «   /07/2025», «.../.../2025». */
const SLASHES = /^[\s.…_-]*\/[\s.…_-]*(\d{1,2})?[\s.…_-]*\/[\s.…_-]*(\d{4})$/;

/**
 * The month and year of a date whose day is blank, or null when `text` is not such a date (a full date, a month
 * out of 1–12, a year before 1900, or nothing but blanks). `text`: the cell's text as written.
 */
export function dayLeftBlank(text: string): PartialDate | null {
  const m = WORDS.exec(fold(text)) ?? SLASHES.exec(text.trim());
  if (!m) return null;
  const month = m[1] === undefined ? null : Number(m[1]);
  const year = m[2] === undefined ? null : Number(m[2]);
  if (month === null && year === null) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (year !== null && year < 1900) return null;
  return { month, year };
}
