/**
 * constraint-error (error): a value out of its range. Negative counts and amounts (but a budget line returning or
 * taking back money, «Hoàn trả …», «Thu hồi, giảm chi …»); counts that are
 * not whole numbers; shares of a whole (survey, staff, indicators) outside 0–100; an indicator's
 * target ≤ 0 (achievement = actual / target cannot be computed). A budget or investment rate may pass
 * 100% but not go below 0. Unknown categories are the reader's to report.
 * One issue per cell, the first rule that fails.
 * A warning, too, for an indicator whose target is under 1 % or whose achievement (actual / target) is over
 * 200 %: whatever the cause (a fraction of 1 read as written, a slip), the draft's "đạt 9.444,4% chỉ tiêu" is
 * marked (the warning's cell is the target, a source of the achievement). An investment line disbursed above its
 * capital plan is a warning at the disbursed cell.
 */
import type { Issue, Where } from '../issues';
import type { ReadResult } from '../read';
import type { ReadTable, TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { SCHEMA } from '../schema';
import { cellKey, cellOf, fieldLabel, hasColumn, num, rowLabel } from './values';
import { tableColumns } from '../columns';
import * as msg from './checkIssues';
import { valueAt } from '../tables';
import { fold } from '../text/fold';

/** Percent fields that are shares of a whole (0–100). */
const SHARES: Partial<Record<TableName, string[]>> = {
  survey: ['share'],
  staff: ['statedPct'],
  indicators: ['target', 'actual'],
};

/**
 * A budget line that takes back or returns money («Hoàn trả các khoản thu năm trước», «Thu hồi, giảm chi năm trước»,
 * «Giảm trừ …»): its amounts are negatives by nature, written «(5.000)» or −5.000 (tester 15 item 12), not errors.
 */
const REVERSAL = /\b(?:hoan tra|thu hoi|giam chi|giam thu|giam tru|ghi giam|tra lai|dieu chinh giam)\b/;

function reversalLine(table: TableName, row: TypedRow): boolean {
  if (table !== 'budget' || row.isTotal) return false;
  const tv = valueAt(row, 'content');
  return !!tv && REVERSAL.test(fold(tv.text));
}

/** Whether `problem` finds one, without naming the row (most values pass). */
function fails(table: TableName, key: string, kind: string, v: number): boolean {
  if (table === 'indicators' && key === 'target' && v <= 0) return true;
  if (v < 0) return true;
  if (kind === 'count' && Math.abs(v - Math.round(v)) > 1e-9) return true;
  return (SHARES[table] ?? []).includes(key) && v > 100 + 1e-9;
}

function problem(at: Where, table: TableName, key: string, kind: string, row: TypedRow, v: number): Issue | null {
  const field = fieldLabel(table, key);
  const where = rowLabel(row);
  if (table === 'indicators' && key === 'target' && v <= 0) return msg.targetNotPositive(at, where, v);
  if (kind === 'count' || kind === 'amount' || kind === 'percent') {
    if (v < 0 && !(SHARES[table] ?? []).includes(key)) return msg.negative(at, field, where, v);
  }
  if (kind === 'count' && Math.abs(v - Math.round(v)) > 1e-9) return msg.nonInteger(at, field, where, v);
  if ((SHARES[table] ?? []).includes(key) && (v < 0 || v > 100 + 1e-9)) return msg.shareRange(at, field, where, v);
  return null;
}

function checkTable(t: ReadTable): Issue[] {
  const name = t.located.table;
  const out: Issue[] = [];
  const fields = SCHEMA[name].fields.filter((f) => ['count', 'amount', 'percent'].includes(f.kind) && hasColumn(t, f.key));
  if (fields.length === 0) return out;
  const cols = tableColumns(t);
  const values = fields.map((f) => cols.field(f.key));
  for (let i = 0; i < cols.length; i++) {
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      const v = values[k]?.num(i) ?? null;
      if (v === null || !fails(name, f.key, f.kind, v)) continue;
      // The row is seen only for a value that raises an issue.
      const row = cols.rowAt(i);
      if (v < 0 && f.kind === 'amount' && reversalLine(name, row)) continue;
      const found = problem({ sheet: row.sheet, cell: cellOf(row, f.key), table: name, field: f.key }, name, f.key, f.kind, row, v);
      if (found) out.push(found);
    }
  }
  return out;
}

/** Most the actual may be of its target before the achievement is questioned, in percent. */
const MAX_ACHIEVEMENT = 200;

function checkAchievements(t: ReadTable): Issue[] {
  if (!hasColumn(t, 'target') || !hasColumn(t, 'actual')) return [];
  const out: Issue[] = [];
  for (const row of t.rows) {
    if (row.isTotal) continue;
    const target = num(row, 'target');
    const actual = num(row, 'actual');
    // A target ≤ 0 is an error of its own (target-not-positive).
    if (target === null || actual === null || target <= 0) continue;
    const achievement = (actual / target) * 100;
    if (target >= 1 && achievement <= MAX_ACHIEVEMENT) continue;
    const where = { sheet: row.sheet, cell: cellOf(row, 'target'), table: 'indicators', field: 'target' } as const;
    out.push(msg.achievementImplausible(where, rowLabel(row), target, actual, achievement));
  }
  return out;
}

/**
 * Investment lines disbursed above their capital plan (tester 16 F3: 880.000.000 of 800.000.000, 110 %): a warning
 * at the disbursed cell, as an indicator over 100 % is flagged; no more can be paid out than was allocated.
 */
function checkDisbursements(t: ReadTable, corrections: ReadonlyMap<string, number>): Issue[] {
  if (!hasColumn(t, 'plan') || !hasColumn(t, 'disbursed')) return [];
  const out: Issue[] = [];
  // An amount named in a unit-mismatch is taken corrected: one slip, one issue.
  const amount = (row: TypedRow, key: 'plan' | 'disbursed') => {
    const v = num(row, key);
    return v === null ? null : v * (corrections.get(cellKey(row.sheet, cellOf(row, key))) ?? 1);
  };
  for (const row of t.rows) {
    const plan = amount(row, 'plan');
    const disbursed = amount(row, 'disbursed');
    if (plan === null || disbursed === null || plan <= 0 || disbursed <= plan) continue;
    const where = { sheet: row.sheet, cell: cellOf(row, 'disbursed'), table: 'investment', field: 'disbursed' } as const;
    out.push(msg.disbursedOverPlan(where, rowLabel(row), plan, disbursed, (disbursed / plan) * 100));
  }
  return out;
}

/** The constraint checks of every table; `corrections`: the factors of amounts named in a unit-mismatch (sums.ts). */
export function checkConstraints(read: ReadResult, corrections: ReadonlyMap<string, number> = new Map()): Issue[] {
  const out: Issue[] = [];
  if (read.tables.indicators) for (const x of checkAchievements(read.tables.indicators)) out.push(x);
  if (read.tables.investment) for (const x of checkDisbursements(read.tables.investment, corrections)) out.push(x);
  for (const [name, t] of Object.entries(read.tables) as [TableName, ReadTable | undefined][]) {
    if (!t || name === 'info' || name === 'narrative') continue;
    for (const x of checkTable(t)) out.push(x);
  }
  return out;
}
