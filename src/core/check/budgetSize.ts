/**
 * The budget's plausibility (DOMAIN.md §5: a unit is read or inferred and flagged, never guessed silently;
 * tester item 1 of round 5: "đạt 19.999,3%" passed without a word). Warnings of unit-mismatch
 * (REPORTING-SCHEMA.md §3) on the revenue and expenditure total lines, the figures the draft writes, which
 * mark those figures as doubtful there. The figures are left as read.
 * 1. A budget that states no unit (đồng assumed) and whose revenue or expenditure total line is under 10 million
 *    đồng, every amount of it: the amounts were almost surely typed in nghìn or triệu đồng (a commune's yearly
 *    budget is billions). Each side is weighed alone (two parts of a sheet may have been read in two units).
 * 1b. A budget under a stated unit that makes the commune's total lines implausible, every amount of them (DOMAIN.md
 *    §5: a commune's budget is billions of đồng, not thousands nor trillions): every line «1 234 567 000» under «ĐVT:
 *    triệu đồng» (the amounts typed in đồng), or «5.234» under «ĐVT: đồng». One warning names the unit's cell and
 *    one line. A single amount off its estimate is rule 2's.
 * 2. An actual more than 10 times its estimate (over 1 000%) or under a hundredth of it (under 1%): one of
 *    the two amounts is 1 000 times off the other (a unit slip, "1.464" read as 1,464). A cell a unit-mismatch
 *    of a sum already names is taken corrected (one slip is said once).
 */
import { issue, type Issue } from '../issues';
import type { ReadResult } from '../read';
import { SCHEMA } from '../schema';
import type { ReadTable, TypedRow, TypedValue } from '../tables';
import { findSideLine } from '../figures/budget';
import { cellKey } from './values';
import { low } from './checkIssues';

/** Below this, in đồng, no commune's yearly budget lies. */
export const BUDGET_FLOOR = 10_000_000;
/** Above this, in đồng (a thousand billion, «nghìn tỷ»), no commune's budget lies: a province's does. */
export const BUDGET_CEILING = 1_000_000_000_000;
/** Below this, in đồng, a budget under a stated unit is thousands of đồng: the unit is not the one typed in. */
export const STATED_FLOOR = 1_000_000;
/** An actual this many times its estimate, or this many times smaller, is no budget's execution. */
export const RATIO_CEILING = 10;
export const RATIO_FLOOR = 0.01;

const ESTIMATES = ['estimateSuperior', 'estimateCouncil'] as const;

export function checkBudgetSize(read: ReadResult, corrections: ReadonlyMap<string, number> = new Map()): Issue[] {
  const t = read.tables.budget;
  if (!t || !t.located.unit) return [];
  return [...(t.located.unit.source ? statedUnitOff(t) : tooSmall(t)), ...ratios(t, corrections)];
}

/**
 * 1b: the revenue and expenditure total lines (the commune's own, as the figures take them) under a stated unit:
 * when every amount of them lies above BUDGET_CEILING, or under STATED_FLOOR, one warning on the unit's cell and
 * those lines' amounts, naming the unit and the line of the largest amount.
 */
function statedUnitOff(t: ReadTable): Issue[] {
  const unit = t.located.unit;
  if (!unit?.source) return [];
  const keys = SCHEMA.budget.fields.filter((f) => f.kind === 'amount' && t.located.columns[f.key] !== undefined).map((f) => f.key);
  const lines = (['revenue', 'expenditure'] as const).flatMap((side) => {
    const row = findSideLine(t, side);
    const cells = row ? keys.map((k) => row.values[k]).filter((v): v is TypedValue => !!v && typeof v.value === 'number' && v.value !== 0) : [];
    return row && cells.length > 0 ? [{ row, cells }] : [];
  });
  const amounts = lines.flatMap((l) => l.cells.map((v) => ({ line: l.row, v, size: Math.abs(v.value as number) })));
  if (amounts.length === 0) return [];
  const largest = amounts.reduce((a, b) => (b.size > a.size ? b : a));
  const large = Math.min(...amounts.map((x) => x.size)) > BUDGET_CEILING;
  if (!large && largest.size >= STATED_FLOOR) return [];
  const onSheet = lines.filter((l) => l.row.sheet === unit.source!.sheet).flatMap((l) => l.cells.map((v) => v.cell));
  const where = { sheet: unit.source.sheet, cell: [unit.source.cell, ...onSheet].join(', '), table: 'budget' as const, field: '' };
  return [
    issue(large ? 'budget-unit-too-large' : 'budget-unit-too-small', where, {
      table: SCHEMA.budget.label,
      unit: unit.text,
      unitCell: unit.source.cell,
      line: (largest.line.values.content?.text ?? '').trim(),
      written: largest.size / unit.factor,
      amount: largest.size,
    }),
  ];
}

function tooSmall(t: ReadTable): Issue[] {
  const keys = SCHEMA.budget.fields.filter((f) => f.kind === 'amount' && t.located.columns[f.key] !== undefined).map((f) => f.key);
  const amounts = (row: TypedRow) => keys.map((k) => row.values[k]).filter((v) => v && typeof v.value === 'number' && v.value !== 0);
  const out: Issue[] = [];
  // Each side on its own: revenue and expenditure read from two parts (side by side) may carry two units, so the
  // other side's billions do not vouch for this one (tester13 #30: «thực hiện 1.464 đồng» beside 6.105.000.000).
  for (const side of ['revenue', 'expenditure'] as const) {
    const row = findSideLine(t, side);
    const cells = row ? amounts(row) : [];
    if (!row || cells.length === 0) continue;
    const amount = Math.max(...cells.map((v) => Math.abs(v!.value as number)));
    if (amount >= BUDGET_FLOOR) continue;
    const line = (row.values.content?.text ?? '').trim();
    const where = { sheet: row.sheet, cell: cells.map((v) => v!.cell).join(', '), table: 'budget' as const, field: '' };
    out.push(issue('budget-too-small', where, { table: SCHEMA.budget.label, line, amount }));
  }
  return out;
}

/** One decimal, or as many as show the first digit of a share under 1% (0,02%, not 0,0%). */
function shareDecimals(pct: number): number {
  return pct >= 1 ? 1 : Math.min(6, Math.max(1, -Math.floor(Math.log10(pct))));
}

function ratios(t: ReadTable, corrections: ReadonlyMap<string, number>): Issue[] {
  const out: Issue[] = [];
  // A value of a line, as corrected for a unit slip (keyed by the line's own sheet: a joined budget has two).
  const amount = (row: TypedRow, v: TypedValue | undefined): number | null => {
    if (!v || typeof v.value !== 'number' || v.value <= 0) return null;
    return v.value * (corrections.get(cellKey(row.sheet, v.cell)) ?? 1);
  };
  for (const side of ['revenue', 'expenditure'] as const) {
    const row = findSideLine(t, side);
    if (!row) continue;
    const actual = row.values.actual;
    const a = amount(row, actual);
    if (a === null) continue;
    const line = (row.values.content?.text ?? '').trim();
    // Both estimates are usually the same amount: one sentence per line, naming every estimate that is off.
    const off = ESTIMATES.map((key) => ({ key, v: row.values[key], e: amount(row, row.values[key]) })).filter(
      (x): x is { key: (typeof ESTIMATES)[number]; v: TypedValue; e: number } => x.e !== null && (a / x.e > RATIO_CEILING || a / x.e < RATIO_FLOOR),
    );
    if (off.length === 0) continue;
    const { key, e } = off[0];
    const ratio = a / e;
    const field = SCHEMA.budget.fields.find((f) => f.key === key)!;
    out.push(
      issue(
        ratio > RATIO_CEILING ? 'budget-actual-too-large' : 'budget-actual-too-small',
        { sheet: row.sheet, cell: [actual!.cell, ...off.map((x) => x.v.cell)].join(', '), table: 'budget', field: 'actual' },
        { line, actual: a, estimate: e, estimateName: low(field.label), pct: { pct: ratio * 100, decimals: shareDecimals(ratio * 100) } },
      ),
    );
  }
  return out;
}
