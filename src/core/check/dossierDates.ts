/**
 * A dossier's dates out of order (tester 7 item 27): a due date («Ngày hẹn trả») or a result date («Ngày trả kết
 * quả») before the day the dossier was received cannot be; the dossier would be counted early, on time or late by a
 * slip. One warning (constraint-error, which marks the figures the date feeds) on the later column's cell, by
 * calendar day. Dates the reader could not read are its own issues and are passed over here.
 */
import type { Issue } from '../issues';
import type { ReadResult } from '../read';
import { tableColumns } from '../columns';
import { dossierWho } from './dates';
import { cellOf, fieldLabel } from './values';
import * as msg from './checkIssues';

const LATER = ['dueAt', 'doneAt'] as const;

export function checkDossierDates(read: ReadResult): Issue[] {
  const t = read.tables.dossiers;
  if (!t || t.located.columns.receivedAt === undefined) return [];
  const cols = tableColumns(t);
  const received = cols.field('receivedAt');
  if (!received) return [];
  const out: Issue[] = [];
  for (const key of LATER) {
    const later = cols.field(key);
    if (!later) continue;
    // A log's dates straight from their arrays (NaN: none) when the columns have them: logs are long.
    const ra = received.numberArray?.() ?? null;
    const la = later.numberArray?.() ?? null;
    for (let i = 0; i < cols.length; i++) {
      if (ra !== null && la !== null && !(Math.floor(la[i]) < Math.floor(ra[i]))) continue;
      if (cols.isTotal(i)) continue;
      const r = received.num(i);
      const d = later.num(i);
      if (r === null || d === null || Math.floor(d) >= Math.floor(r)) continue;
      const row = cols.rowAt(i);
      const where = { sheet: row.sheet, cell: cellOf(row, key), table: 'dossiers' as const, field: key };
      out.push(msg.dossierDateBeforeReceived(where, dossierWho(row), fieldLabel('dossiers', key), d, r));
    }
  }
  return out;
}
