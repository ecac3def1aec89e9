/**
 * Biểu 06 rows with numbers but no field name (tester 11 item 1). A total row the clerk left unlabelled (the sums
 * first, under the header, with STT and Lĩnh vực blank) is summed as one more field and doubles every figure.
 * REPORTING-SCHEMA.md §3: a «Tổng cộng» row = the sum of its rows. So a row without a field name each of whose
 * numbers is the sum of the named rows below it (or above it), up to the next (or previous) total, is the total;
 * one that is not such a sum is an issue at its cell, never silently counted as a field.
 */
import type { Candidate } from './locate';
import type { ColumnStore } from './typedColumns';
import { isLevelRow } from './breakdownRows';

export interface UnlabelledRows {
  /** Records (store indices) that are the sum of the rows below or above them: the table's total. */
  totals: number[];
  /** Records with numbers, no field name, and no such sum. */
  strays: number[];
}

/** `keys`: the table's count fields with a column. Nothing when the table has no field-name column. */
export function unlabelledRows(c: Candidate, store: ColumnStore, keys: string[]): UnlabelledRows {
  const out: UnlabelledRows = { totals: [], strays: [] };
  const names = store.field('field');
  if (c.match.columns.field === undefined || !names) return out;
  const nums = (i: number) => keys.map((k) => store.field(k)?.num(i) ?? null);
  const named = (i: number) => names.text(i) !== '';
  for (let i = 0; i < store.length; i++) {
    if (store.isTotal(i) || named(i)) continue;
    const own = nums(i);
    if (own.every((v) => v === null)) continue;
    const below: number[] = [];
    for (let j = i + 1; j < store.length && !store.isTotal(j); j++) if (named(j)) below.push(j);
    const above: number[] = [];
    for (let j = i - 1; j >= 0 && !store.isTotal(j); j--) if (named(j)) above.push(j);
    const sums = (rows: number[]) => {
      // Fields grouped by level («I | Tư pháp» with its own numbers over its fields): the groups make the whole.
      const groups = rows.filter((j) => isLevelRow(c, store.rowOf(j)) && nums(j).some((v) => v !== null));
      return [rows, groups].some((set) => set.length > 0 && isSum(own, set.map(nums)));
    };
    if (sums(below) || sums(above)) out.totals.push(i);
    else out.strays.push(i);
  }
  return out;
}

/** Each number of `own` is the sum of the rows' numbers in its column (a row's blank counts 0; one number at least). */
function isSum(own: (number | null)[], rows: (number | null)[][]): boolean {
  let compared = 0;
  for (let k = 0; k < own.length; k++) {
    if (own[k] === null) continue;
    const parts = rows.map((r) => r[k]).filter((v): v is number => v !== null);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - own[k]!) > 1e-9) return false;
    compared++;
  }
  return compared > 0;
}
