/**
 * balance-mismatch (warning): every TTHC dossier received is resolved or still pending,
 * so received = resolved + pending. Pending is the "đang giải quyết" column, or in time + overdue
 * when only those are given; without either the check is skipped.
 */
import type { IssueDraft } from '../issues';
import type { ReadResult } from '../read';
import type { TypedRow } from '../tables';
import { cellOf, draft, num, rowLabel } from './values';
import * as msg from './messages';

function pendingOf(row: TypedRow): number | null {
  const p = num(row, 'pending');
  if (p !== null) return p;
  const a = num(row, 'pendingInTime');
  const b = num(row, 'pendingOverdue');
  return a !== null && b !== null ? a + b : null;
}

export function checkBalance(read: ReadResult): IssueDraft[] {
  const t = read.tables.tthc;
  if (!t) return [];
  const out: IssueDraft[] = [];
  for (const row of t.rows) {
    const received = num(row, 'received');
    const resolved = num(row, 'resolved');
    const pending = pendingOf(row);
    if (received === null || resolved === null || pending === null) continue;
    if (received === resolved + pending) continue;
    out.push(
      draft(
        'balance-mismatch',
        'warning',
        { sheet: t.located.sheet, cell: cellOf(row, 'received'), table: 'tthc', field: 'received' },
        msg.balance(rowLabel(row), received, resolved, pending),
      ),
    );
  }
  return out;
}
