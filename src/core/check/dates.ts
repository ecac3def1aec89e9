/**
 * date-after-report (error): a document's date, or a dossier's received / result date, after the report date.
 * date-out-of-period (warning): a document dated outside the period; a dossier received after the
 * period's end or finished before its start (carried-over dossiers are received before it; dossiers
 * still pending at its end finish after it: both are normal).
 * Dates are compared by calendar day. A date after the report date is not also reported as out of period.
 */
import type { Bilingual, IssueDraft } from '../issues';
import type { ReadResult } from '../read';
import type { ReadTable, TypedRow } from '../tables';
import { cellOf, draft, num } from './values';
import * as msg from './messages';

const day = (serial: number) => Math.floor(serial);

interface DateField {
  key: string;
  /** When is the date outside the period (start, end as days)? */
  outside: (d: number, start: number | null, end: number | null) => boolean;
  what: (row: TypedRow) => Bilingual;
}

const before = (d: number, start: number | null) => start !== null && d < start;
const after = (d: number, end: number | null) => end !== null && d > end;

function docWhat(row: TypedRow): Bilingual {
  const n = row.values.number?.text.trim();
  return n ? { vi: `Văn bản số ${n}`, en: `Document ${n}` } : { vi: `Văn bản ở dòng ${row.row + 1}`, en: `The document in row ${row.row + 1}` };
}

function dossierWhat(label: Bilingual) {
  return (row: TypedRow): Bilingual => {
    const c = row.values.code?.text.trim();
    const who = c ? { vi: `Hồ sơ ${c}`, en: `Dossier ${c}` } : { vi: `Hồ sơ ở dòng ${row.row + 1}`, en: `The dossier in row ${row.row + 1}` };
    return { vi: `${who.vi} (${label.vi})`, en: `${who.en} (${label.en})` };
  };
}

const FIELDS: Partial<Record<'documents' | 'dossiers', DateField[]>> = {
  documents: [{ key: 'date', outside: (d, s, e) => before(d, s) || after(d, e), what: docWhat }],
  dossiers: [
    { key: 'receivedAt', outside: (d, _s, e) => after(d, e), what: dossierWhat({ vi: 'ngày tiếp nhận', en: 'received' }) },
    { key: 'doneAt', outside: (d, s) => before(d, s), what: dossierWhat({ vi: 'ngày có kết quả', en: 'result date' }) },
  ],
};

export function checkDates(read: ReadResult): IssueDraft[] {
  const out: IssueDraft[] = [];
  const report = read.info.reportDate === null ? null : day(read.info.reportDate);
  const start = read.info.periodStart === null ? null : day(read.info.periodStart);
  const end = read.info.periodEnd === null ? null : day(read.info.periodEnd);
  for (const name of ['documents', 'dossiers'] as const) {
    const t: ReadTable | undefined = read.tables[name];
    if (!t) continue;
    for (const f of FIELDS[name] ?? []) {
      // The place is built only for a date that raises an issue: most do not, and logs are long.
      const where = (row: TypedRow) => ({ sheet: t.located.sheet, cell: cellOf(row, f.key), table: name, field: f.key });
      for (const row of t.rows) {
        const v = num(row, f.key);
        if (v === null) continue;
        if (report !== null && day(v) > report) {
          out.push(draft('date-after-report', 'error', where(row), msg.dateAfterReport(f.what(row), v, report)));
        } else if ((start !== null || end !== null) && f.outside(day(v), start, end)) {
          out.push(draft('date-out-of-period', 'warning', where(row), msg.dateOutOfPeriod(f.what(row), v, start, end)));
        }
      }
    }
  }
  return out;
}
