/**
 * Two budget tables that disagree (tester 16 F14): when a place that qualifies as the budget table is not read and
 * its revenue or expenditure (actual) differs from the read table's, a warning names both places and both
 * amounts, so the clerk picks the right one rather than learning of it from an info note.
 */
import { issue, type Issue } from '../issues';
import { SCHEMA } from '../schema';
import type { ReadTable } from '../tables';
import { computeBudget } from '../figures/budget';
import { newContext } from '../figures/common';
import type { Place } from './readerIssues';

/** One side's actual amount as the figures take it, for a sentence ('…' when it cannot be told). */
function shown(v: number | null): { n: number; decimals: number } | string {
  return v === null ? '…' : { n: v, decimals: 0 };
}

/**
 * The warning on `other` (a budget table not read, at `otherPlace`) when its revenue or expenditure actual differs
 * from the read table's (`read`, at `readPlace`); null when they agree or either side cannot be told on both.
 * Amounts in đồng, as the figures compute them (figures/budget.ts).
 */
export function budgetRivalIssue(read: ReadTable, readPlace: Place, other: ReadTable, otherPlace: Place): Issue | null {
  const a = computeBudget(read, newContext(1));
  const b = computeBudget(other, newContext(1));
  const differs = (x: number | null, y: number | null) => x !== null && y !== null && Math.abs(x - y) > 0.5;
  if (!differs(a.revenue.actual, b.revenue.actual) && !differs(a.expenditure.actual, b.expenditure.actual)) return null;
  return issue(
    'budget-tables-disagree',
    { sheet: otherPlace.sheet, cell: otherPlace.cell, table: 'budget', field: '' },
    {
      table: SCHEMA.budget.label,
      readCell: readPlace.cell,
      readSheet: readPlace.sheet,
      readRevenue: shown(a.revenue.actual),
      readExpenditure: shown(a.expenditure.actual),
      otherRevenue: shown(b.revenue.actual),
      otherExpenditure: shown(b.expenditure.actual),
    },
  );
}
