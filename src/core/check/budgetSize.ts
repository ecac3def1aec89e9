/**
 * A budget too small to be a commune's: when the budget table states no unit (đồng assumed) and its largest
 * amount is under 10 million đồng, the amounts were almost surely typed in nghìn or triệu đồng (a commune's
 * yearly budget is billions of đồng; DOMAIN.md §5: a unit is read or inferred and flagged, never guessed
 * silently). The figures are left as read; a warning (unit-mismatch, REPORTING-SCHEMA.md §3) on the amount
 * cells of the revenue and expenditure total lines marks them as doubtful in the draft.
 */
import { issue, type Issue } from '../issues';
import type { ReadResult } from '../read';
import { SCHEMA } from '../schema';
import type { TypedRow } from '../tables';
import { findSideLine } from '../figures/budget';

/** Below this, in đồng, no commune's yearly budget lies. */
export const BUDGET_FLOOR = 10_000_000;

export function checkBudgetSize(read: ReadResult): Issue[] {
  const t = read.tables.budget;
  if (!t || !t.located.unit || t.located.unit.source) return [];
  const keys = SCHEMA.budget.fields.filter((f) => f.kind === 'amount' && t.located.columns[f.key] !== undefined).map((f) => f.key);
  const amounts = (row: TypedRow) => keys.map((k) => row.values[k]).filter((v) => v && typeof v.value === 'number' && v.value !== 0);
  const largest = Math.max(0, ...t.rows.flatMap((r) => amounts(r).map((v) => Math.abs(v!.value as number))));
  if (largest === 0 || largest >= BUDGET_FLOOR) return [];
  const out: Issue[] = [];
  for (const side of ['revenue', 'expenditure'] as const) {
    const row = findSideLine(t, side);
    const cells = row ? amounts(row) : [];
    if (!row || cells.length === 0) continue;
    const amount = Math.max(...cells.map((v) => Math.abs(v!.value as number)));
    const line = (row.values.content?.text ?? '').trim();
    out.push(
      issue(
        'budget-too-small',
        { sheet: row.sheet, cell: cells.map((v) => v!.cell).join(', '), table: 'budget', field: '' },
        { table: SCHEMA.budget.label, line, amount },
      ),
    );
  }
  return out;
}
