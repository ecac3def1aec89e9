/**
 * balance-mismatch (warning): every TTHC dossier received is resolved or still pending,
 * so received = resolved + pending. Pending is the "đang giải quyết" column, or in time + overdue
 * when only those are given; without either the check is skipped.
 */
import type { Issue } from '../issues';
import type { ReadResult } from '../read';
import type { TypedRow } from '../tables';
import { cellOf, num, rowLabel } from './values';
import * as msg from './checkIssues';

function pendingOf(row: TypedRow): number | null {
  const p = num(row, 'pending');
  if (p !== null) return p;
  const a = num(row, 'pendingInTime');
  const b = num(row, 'pendingOverdue');
  return a !== null && b !== null ? a + b : null;
}

export function checkBalance(read: ReadResult): Issue[] {
  const t = read.tables.tthc;
  if (!t) return [];
  const out: Issue[] = [];
  for (const row of t.rows) {
    const received = num(row, 'received');
    const resolved = num(row, 'resolved');
    const pending = pendingOf(row);
    if (received === null || resolved === null || pending === null) continue;
    if (received === resolved + pending) continue;
    out.push(msg.balance({ sheet: row.sheet, cell: cellOf(row, 'received'), table: 'tthc', field: 'received' }, rowLabel(row), received, resolved, pending));
  }
  return out;
}
