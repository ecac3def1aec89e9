/** Public investment: plan, disbursed and % disbursed, from the total row, the level-1 line, or the sum of the rows. */
import { percent } from '../round';
import type { ReadTable, TypedRow } from '../tables';
import { issue } from '../issues';
import { cellsOrRange, dataRows, num, refs, setSource, sumStrict, text, where, type FigureContext } from './common';
import type { InvestmentFigures } from './types';

/** The rows that together make the whole: the total row, else the top outline level (one line or several), else all rows. */
function wholeRows(t: ReadTable): TypedRow[] {
  const total = t.rows.find((r) => r.isTotal);
  if (total) return [total];
  const rows = dataRows(t).filter((r) => text(r, 'content') || num(r, 'plan') !== null || num(r, 'disbursed') !== null);
  const levels = rows.map((r) => r.level).filter((l): l is number => l !== undefined);
  if (levels.length === 0) return rows;
  const top = levels.reduce((a, b) => Math.min(a, b));
  return rows.filter((r) => r.level === top);
}

export function computeInvestment(t: ReadTable, ctx: FigureContext): InvestmentFigures {
  const rows = wholeRows(t);
  const plan = rows.length > 0 ? sumStrict(rows.map((r) => num(r, 'plan'))) : null;
  const disbursed = rows.length > 0 ? sumStrict(rows.map((r) => num(r, 'disbursed'))) : null;
  if (plan === 0 && disbursed !== null) {
    ctx.issues.push(issue('investment-plan-zero', where(cellsOrRange(rows, 'plan', 1)[0] ?? null, 'investment', 'plan'), {}));
  }
  setSource(ctx, 'investment.plan', cellsOrRange(rows, 'plan', 3));
  setSource(ctx, 'investment.disbursed', cellsOrRange(rows, 'disbursed', 3));
  setSource(ctx, 'investment.pct', refs(...cellsOrRange(rows, 'disbursed', 3), ...cellsOrRange(rows, 'plan', 3)));
  return { plan, disbursed, pct: percent(disbursed, plan, ctx.decimals) };
}
