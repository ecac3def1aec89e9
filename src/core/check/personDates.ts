/**
 * A staff list's dates of a person (docs/reporting-schema.md §3): date of birth, of recruitment, of issue of
 * a paper ("Ngày cấp"). None feeds a figure, so what is only implausible is a warning (constraint-error):
 * - a date after the report date: date-after-report (error, as for every date of the workbook);
 * - a date of birth after the period's last day, or giving an age under 18 or over 70 at that day (else at the
 *   report date);
 * - a recruitment or issue date before the date of birth, a recruitment before the person turned 18, a
 *   recruitment after the period's last day.
 * A date that is no date at all ("31/02/1990") is the reader's type-error. Every issue here stands on a column read
 * only to be checked, so none changes a figure (`Issue.noFigure`): a warning here is not one that changes a figure. A birth year alone ("1985") is
 * judged by the year: only ages that every day of that year would give are said.
 * Dates are compared by calendar day; ages are whole years.
 */
import type { Issue, IssueParam } from '../issues';
import type { ReadResult } from '../read';
import type { TypedRow } from '../tables';
import { serialParts, toSerial } from '../format';
import { cellOf, fieldLabel, num, str } from './values';
import * as msg from './checkIssues';

const MIN_AGE = 18;
const MAX_AGE = 70;
const BIRTH_KEYS = ['birthDate', 'birthDateMale', 'birthDateFemale'] as const;
const LATER_KEYS = ['recruitedAt', 'issuedAt'] as const;

const day = (serial: number) => Math.floor(serial);

/** Whole years from `from` to `to` (serials). */
function yearsBetween(from: number, to: number): number {
  const a = serialParts(from);
  const b = serialParts(to);
  return b.y - a.y - (b.m < a.m || (b.m === a.m && b.d < a.d) ? 1 : 0);
}

interface Birth {
  key: (typeof BIRTH_KEYS)[number];
  serial: number;
  /** Only the year was written. */
  yearOnly: boolean;
  /** As the sentence names it: the date, or the year as written. */
  shown: IssueParam;
}

function birthOf(row: TypedRow): Birth | null {
  for (const key of BIRTH_KEYS) {
    const serial = num(row, key);
    if (serial === null) continue;
    const text = row.values[key]?.text.trim() ?? '';
    const yearOnly = /^\d{4}$/.test(text);
    return { key, serial, yearOnly, shown: yearOnly ? text : { date: serial } };
  }
  return null;
}

/** The age range a birth gives at `at`: [youngest, oldest] (a year alone spans a year of birthdays). */
function ages(b: Birth, at: number): [number, number] {
  if (!b.yearOnly) {
    const n = yearsBetween(b.serial, at);
    return [n, n];
  }
  const y = serialParts(at).y - serialParts(b.serial).y;
  return [y - 1, y];
}

export function checkPersonDates(read: ReadResult): Issue[] {
  const t = read.tables.staff;
  if (!t) return [];
  const cols = t.located.columns;
  if (![...BIRTH_KEYS, ...LATER_KEYS].some((k) => k in cols)) return [];
  const report = read.info.reportDate === null ? null : day(read.info.reportDate);
  const end = read.info.periodEnd === null ? null : day(read.info.periodEnd);
  const at = end ?? report;
  const out: Issue[] = [];
  for (const row of t.rows) {
    if (row.isTotal) continue;
    const name = str(row, 'name');
    const who: IssueParam = name ? { phrase: 'person', params: { who: name } } : { phrase: 'row-number', params: { n: String(row.row + 1) } };
    const where = (key: string) => ({ sheet: row.sheet, cell: cellOf(row, key), table: 'staff' as const, field: key });
    const dated = (key: string): IssueParam => ({ phrase: 'person-date', params: { who, date: msg.low(fieldLabel('staff', key)) } });

    const birth = birthOf(row);
    if (birth) {
      if (report !== null && day(birth.serial) > report) {
        out.push(msg.dateAfterReport(where(birth.key), dated(birth.key), birth.serial, report));
      } else if (end !== null && day(birth.serial) > end) {
        out.push(msg.dateAfterPeriodEnd(where(birth.key), who, fieldLabel('staff', birth.key), birth.shown, end));
      } else if (at !== null) {
        const [youngest, oldest] = ages(birth, at);
        if (oldest < MIN_AGE) out.push(msg.ageOutOfRange(where(birth.key), who, birth.shown, oldest, at));
        else if (youngest > MAX_AGE) out.push(msg.ageOutOfRange(where(birth.key), who, birth.shown, youngest, at));
      }
    }

    for (const key of LATER_KEYS) {
      const v = num(row, key);
      if (v === null) continue;
      const label = fieldLabel('staff', key);
      if (report !== null && day(v) > report) {
        out.push(msg.dateAfterReport(where(key), dated(key), v, report));
        continue;
      }
      if (birth && day(v) < day(birth.serial)) {
        out.push(msg.dateBeforeBirth(where(key), who, label, v, birth.shown));
        continue;
      }
      if (key !== 'recruitedAt') continue;
      // A recruitment year alone is judged at its last day: the oldest the person can have been.
      const text = row.values[key]?.text.trim() ?? '';
      const yearOnly = /^\d{4}$/.test(text);
      const latest = yearOnly ? toSerial(serialParts(v).y, 12, 31) : v;
      const shown: IssueParam = yearOnly ? text : { date: v };
      if (end !== null && day(v) > end) out.push(msg.dateAfterPeriodEnd(where(key), who, label, shown, end));
      else if (birth && ages(birth, latest)[1] < MIN_AGE) out.push(msg.recruitedUnderAge(where(key), who, label, shown, ages(birth, latest)[1], birth.shown));
    }
  }
  return out.map((i): Issue => ({ ...i, noFigure: true }));
}
