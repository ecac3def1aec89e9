/**
 * date-after-report (error): a document's date, or a dossier's received / result date, after the report date.
 * date-out-of-period (warning): a document dated outside the period; a dossier received after the
 * period's end or finished before its start (carried-over dossiers are received before it; dossiers
 * still pending at its end finish after it: both are normal).
 * Dates are compared by calendar day. A date after the report date is not also reported as out of period.
 * A document left out of the count for its date (figures/documents.ts, issuedInPeriod) is said to be so in
 * its own issue, not in a second line on the same cell: one fact, one issue.
 */
import { issue, type Issue, type IssueParam, type PhraseKey } from '../issues';
import type { ReadResult } from '../read';
import type { ReadTable, TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { cellOf } from './values';
import { tableColumns } from '../columns';
import * as msg from './checkIssues';
import { issuedInPeriod } from '../figures/documents';

const day = (serial: number) => Math.floor(serial);

interface DateField {
  key: string;
  /** When is the date outside the period (start, end as days)? */
  outside: (d: number, start: number | null, end: number | null) => boolean;
  what: (row: TypedRow) => IssueParam;
  /** What the date does to a count when the row is left out of it for that date: a phrase, or none. */
  leftOut?: { outOfPeriod: PhraseKey; afterReport: PhraseKey };
  /**
   * A row outside the period by this date is in no figure (figures/dossiers.ts addDossier returns before counting it):
   * its date-out-of-period warning changes no figure (`Issue.noFigure`), so the draft marks nothing for it. A one-stop
   * export nearly always holds dossiers of other periods (tester 11 item 16).
   */
  inNoFigure?: true;
}

const before = (d: number, start: number | null) => start !== null && d < start;
const after = (d: number, end: number | null) => end !== null && d > end;

/**
 * A document's number as the sentence names it: a cell holding number and date («15/UBND ngày 20/12/2022», «01/KH-UBND,
 * 05/01») gives its number only, since the sentence says the date next.
 */
function docWhat(row: TypedRow): IssueParam {
  const text = row.values.number?.text.trim() ?? '';
  const n = text.replace(/[\s,;]*(?:ng[aà]y\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?$/iu, '').trim() || text;
  return n ? { phrase: 'document-number', params: { number: n } } : { phrase: 'document-in-row', params: { n: String(row.row + 1) } };
}

/** A dossier as a sentence names it: by its code («Hồ sơ 000.00.12.H56-230105-0001»), else by its row. */
export function dossierWho(row: TypedRow): IssueParam {
  const c = row.values.code?.text.trim();
  return c ? { phrase: 'dossier-code', params: { code: c } } : { phrase: 'dossier-in-row', params: { n: String(row.row + 1) } };
}

function dossierWhat(date: PhraseKey) {
  return (row: TypedRow): IssueParam => ({ phrase: 'dossier-date', params: { who: dossierWho(row), date: { phrase: date } } });
}

const FIELDS: Partial<Record<'documents' | 'dossiers', DateField[]>> = {
  documents: [
    {
      key: 'date',
      outside: (d, s, e) => before(d, s) || after(d, e),
      what: docWhat,
      leftOut: { outOfPeriod: 'not-counted-in-period', afterReport: 'after-period-not-counted' },
    },
  ],
  dossiers: [
    { key: 'receivedAt', outside: (d, _s, e) => after(d, e), what: dossierWhat('received-date'), inNoFigure: true },
    { key: 'doneAt', outside: (d, s) => before(d, s), what: dossierWhat('result-date'), inNoFigure: true },
  ],
};

/**
 * A report dated before its period's last day (tester 7 item 13): the draft would say its figures run to a day not yet
 * come. A warning on the report date's cell (constraint-error), which says how a Nghị định 09/2019 cut-off is written.
 */
export function checkReportDate(read: ReadResult): Issue[] {
  const { reportDate, periodEnd } = read.info;
  const cell = read.tables.info?.rows[0]?.values.reportDate?.cell;
  if (reportDate === null || periodEnd === null || !cell || day(reportDate) >= day(periodEnd)) return [];
  const where = { sheet: read.tables.info!.located.sheet, cell, table: 'info' as const, field: 'reportDate' };
  return [issue('report-before-period-end', where, { reportDate: { date: day(reportDate) }, periodEnd: { date: day(periodEnd) } })];
}

export function checkDates(read: ReadResult): Issue[] {
  const out: Issue[] = [];
  const report = read.info.reportDate === null ? null : day(read.info.reportDate);
  const start = read.info.periodStart === null ? null : day(read.info.periodStart);
  const end = read.info.periodEnd === null ? null : day(read.info.periodEnd);
  for (const name of ['documents', 'dossiers'] as const) {
    const t: ReadTable | undefined = read.tables[name];
    if (!t) continue;
    const outside: { sheet: string; cell: string; table: TableName; field: string }[] = [];
    for (const f of FIELDS[name] ?? []) {
      // The place is built only for a date that raises an issue: most do not, and logs are long.
      const where = (row: TypedRow) => ({ sheet: row.sheet, cell: cellOf(row, f.key), table: name, field: f.key });
      const cols = tableColumns(t);
      const values = cols.field(f.key);
      if (!values) continue;
      // A log's dates straight from their array (NaN: none), without a call per record.
      const numbers = values.numberArray?.() ?? null;
      // Days outside [low, high] are the only ones that can raise an issue.
      const low = start ?? -Infinity;
      const high = Math.min(report ?? Infinity, end ?? Infinity);
      for (let i = 0; i < cols.length; i++) {
        if (numbers !== null) {
          const x = numbers[i];
          if (!(x < low || x >= high + 1)) continue;
        }
        const v = values.num(i);
        if (v === null) continue;
        const d = day(v);
        if (!(report !== null && d > report) && !((start !== null || end !== null) && f.outside(d, start, end))) continue;
        // Only a date that raises an issue is seen as a row.
        const row = cols.rowAt(i);
        // The figures' own rule decides whether the row is left out of the count.
        const leftOut = f.leftOut && !issuedInPeriod(v, read.info) ? f.leftOut : null;
        if (report !== null && day(v) > report) {
          out.push(msg.dateAfterReport(where(row), f.what(row), v, report, leftOut ? { phrase: leftOut.afterReport } : ''));
        } else if ((start !== null || end !== null) && f.outside(day(v), start, end)) {
          // A dossier of another period (done before it began, received after it ended) is simply outside it and
          // in no figure: gathered into one note below, not a warning per row (tester 17 T07).
          if (f.inNoFigure) outside.push(where(row));
          else out.push(msg.dateOutOfPeriod(where(row), f.what(row), v, start, end, leftOut ? { phrase: leftOut.outOfPeriod } : ''));
        }
      }
      if (outside.length > 0) out.push(msg.rowsOfOtherPeriod(outside, f.key === 'doneAt' ? 'result-date' : 'received-date'));
      outside.length = 0;
    }
  }
  return out;
}
