/**
 * sum-mismatch and unit-mismatch: parts that must add up to their total.
 * Within a row: TTHC received = online + direct (+ carried over), resolved = early + on time + late,
 * pending = in time + overdue; staff count = cán bộ + công chức (+ không chuyên trách).
 * Documents issued kept as counts by kind: the stated total = the kinds' counts.
 * Across rows: a "Tổng cộng" row = its rows; a budget/investment line = its sub-lines; survey shares = 100.
 * A sum is checked only when every number in it is present (blanks are the reader's to report).
 * A failing sum of amounts that holds after scaling one or two cells by 10^±3 / 10^±6 is a unit-mismatch instead.
 */
import type { Issue } from '../issues';
import type { ReadResult } from '../read';
import { valueAt, type ReadTable, type TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { SCHEMA } from '../schema';
import { partsOf, TTHC_SUMS } from '../schema/tthc';
import { allGroups } from './groups';
import { STOCKS } from '../figures/tthc';
import { amountSumHolds, findUnitFix, type UnitTerm } from './units';
import { cellKey, cellOf, dataRows, fieldLabel, hasColumn, num, rowLabel } from './values';
import * as msg from './checkIssues';

interface Term extends UnitTerm {
  row: TypedRow;
  field: string;
  cell: string;
}

interface SumRelation {
  table: TableName;
  /** The total's row's sheet (a joined table's rows come from several). */
  sheet: string;
  kind: 'count' | 'amount';
  total: Term;
  parts: Term[];
  /** 'fields': parts are other columns of the total's row; 'rows' / 'outline': parts are other rows. */
  shape: 'fields' | 'rows' | 'outline';
}

export interface SumResult {
  issues: Issue[];
  /** Cells named in a unit-mismatch -> the factor that makes their sum hold (sheet!A1 key), for the percent checks. */
  corrections: Map<string, number>;
}

/** Whether the row's stated % fits an amount `v` in `field` (budget: actual / estimate; investment: disbursed / plan). */
function pctFitsFor(table: TableName, row: TypedRow, field: string): ((v: number) => boolean | null) | undefined {
  const stated = num(row, 'statedPct');
  if (stated === null) return undefined;
  const fits = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : Math.abs((a / b) * 100 - stated) < 1);
  const any = (xs: (boolean | null)[]) => (xs.some((x) => x === true) ? true : xs.some((x) => x === false) ? false : null);
  if (table === 'budget') {
    const sup = num(row, 'estimateSuperior');
    const cou = num(row, 'estimateCouncil');
    const act = num(row, 'actual');
    if (field === 'actual') return (v) => any([fits(v, sup), fits(v, cou)]);
    if (field === 'estimateSuperior') return (v) => fits(act, v);
    if (field === 'estimateCouncil') return (v) => fits(act, v);
  }
  if (table === 'investment') {
    if (field === 'disbursed') return (v) => fits(v, num(row, 'plan'));
    if (field === 'plan') return (v) => fits(num(row, 'disbursed'), v);
  }
  return undefined;
}

function term(table: TableName, row: TypedRow, field: string): Term | null {
  const value = num(row, field);
  if (value === null) return null;
  return { row, field, cell: cellOf(row, field), value, pctFits: pctFitsFor(table, row, field) };
}

function terms(table: TableName, rows: TypedRow[], field: string): Term[] | null {
  const out: Term[] = [];
  for (const r of rows) {
    const t = term(table, r, field);
    if (!t) return null;
    out.push(t);
  }
  return out;
}

/** total field = Σ part fields in one row, when the columns exist and every value is present. */
function inRow(t: ReadTable, row: TypedRow, total: string, parts: string[], kind: 'count' | 'amount'): SumRelation | null {
  const name = t.located.table;
  if (!hasColumn(t, total) || !parts.every((p) => hasColumn(t, p))) return null;
  const tt = term(name, row, total);
  const partTerms: Term[] = [];
  for (const p of parts) {
    const x = term(name, row, p);
    if (!x) return null;
    partTerms.push(x);
  }
  if (!tt) return null;
  return { table: name, sheet: row.sheet, kind, total: tt, parts: partTerms, shape: 'fields' };
}

function tthcRelations(t: ReadTable): SumRelation[] {
  const out: SumRelation[] = [];
  const has = (k: string) => hasColumn(t, k);
  // A part the table has no column for but the parts of («Trực tuyến» as «toàn trình» + «một phần») is checked
  // through them: received = toàn trình + một phần + trực tiếp. Two identities may then read alike: one is kept.
  const seen = new Set<string>();
  // An identity that holds only without some column (resolved = on time + late where on time holds the early ones
  // too) fills a missing total; it is not checked.
  const sums = TTHC_SUMS.flatMap((s) => {
    if ('without' in s) return [];
    const parts = [...s.parts, ...s.optional.filter(has)].flatMap((p) => (has(p) ? [p] : (partsOf(p, has) ?? [p])));
    const key = `${s.total}=${[...parts].sort().join('+')}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ total: s.total, parts }];
  });
  for (const row of t.rows) {
    for (const s of sums) {
      const r = inRow(t, row, s.total, s.parts, 'count');
      if (r) out.push(r);
    }
  }
  return out;
}

/** Staff per level: count = cán bộ + công chức, or + không chuyên trách when that column is there (either is accepted). */
function staffRelations(t: ReadTable): SumRelation[] {
  const out: SumRelation[] = [];
  const withKct = hasColumn(t, 'countKhongChuyenTrach');
  for (const row of t.rows) {
    const base = inRow(t, row, 'count', ['countCanBo', 'countCongChuc'], 'count');
    if (!base) continue;
    if (withKct) {
      const full = inRow(t, row, 'count', ['countCanBo', 'countCongChuc', 'countKhongChuyenTrach'], 'count');
      if (holds(base)) continue;
      if (full) {
        if (!holds(full)) out.push(full);
        continue;
      }
    }
    out.push(base);
  }
  return out;
}

/** A "Tổng cộng" row or an outline line against its rows, for each count and amount column. */
function groupRelations(t: ReadTable): SumRelation[] {
  const name = t.located.table;
  const fields = SCHEMA[name].fields.filter((f) => (f.kind === 'count' || f.kind === 'amount') && hasColumn(t, f.key));
  const out: SumRelation[] = [];
  for (const g of allGroups(t)) {
    for (const f of fields) {
      // Rows of consecutive periods: a stock (pending, carried over) is no sum of the rows (figures/tthc.ts STOCKS).
      if (t.located.periodRows && STOCKS[f.key]) continue;
      // Nor received where it holds the carried over: the later periods' carried over were received before.
      if (t.located.periodRows && f.key === 'received' && hasColumn(t, 'carriedOver')) continue;
      const total = term(name, g.parent, f.key);
      const parts = terms(name, g.children, f.key);
      if (!total || !parts) continue;
      out.push({
        table: name,
        sheet: g.parent.sheet,
        kind: f.kind === 'amount' ? 'amount' : 'count',
        total,
        parts,
        shape: g.kind === 'outline' ? 'outline' : 'rows',
      });
    }
  }
  return out;
}

function holds(r: SumRelation): boolean {
  const parts = r.parts.map((p) => p.value);
  if (r.kind === 'amount') return amountSumHolds(r.total.value, parts);
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(r.total.value - sum) < 1e-9;
}

function mismatch(r: SumRelation): Issue {
  const row = rowLabel(r.total.row);
  const where = { sheet: r.sheet, table: r.table, cell: r.total.cell, field: r.total.field };
  if (r.shape === 'fields') {
    return msg.sumInRow(
      where,
      row,
      fieldLabel(r.table, r.total.field),
      r.total.value,
      r.parts.map((p) => fieldLabel(r.table, p.field)),
      r.parts.map((p) => p.value),
    );
  }
  const sum = r.parts.reduce((a, p) => a + p.value, 0);
  return msg.sumOfRows(where, row, fieldLabel(r.table, r.total.field), r.total.value, sum, r.shape === 'outline');
}

/** Every amount of the table not in this sum: the usual size of its values. */
function otherAmounts(t: ReadTable, r: SumRelation): number[] {
  const mine = new Set([r.total, ...r.parts].map((x) => cellKey(x.row.sheet, x.cell)));
  const name = t.located.table;
  const amountFields = SCHEMA[name].fields.filter((f) => f.kind === 'amount').map((f) => f.key);
  const out: number[] = [];
  for (const row of t.rows)
    for (const k of amountFields) {
      const v = num(row, k);
      if (v !== null && !mine.has(cellKey(row.sheet, cellOf(row, k)))) out.push(v);
    }
  return out;
}

function checkRelation(t: ReadTable, r: SumRelation, corrections: Map<string, number>): Issue | null {
  if (holds(r)) return null;
  const where = { sheet: r.sheet, table: r.table };
  if (r.kind === 'amount') {
    const fix = findUnitFix(r.total, r.parts, otherAmounts(t, r));
    if (fix) {
      const all = [r.total, ...r.parts];
      const values = all.map((x) => x.value);
      for (const s of fix.scaled) values[s.index] *= s.factor;
      const scaled = [...fix.scaled].sort((a, b) => a.index - b.index).map((s) => ({ ...all[s.index], factor: s.factor }));
      for (const s of scaled) corrections.set(cellKey(s.row.sheet, s.cell), s.factor);
      return msg.unitSlip(
        { ...where, cell: scaled.map((s) => s.cell).join(', '), field: scaled[0].field },
        rowLabel(r.total.row),
        // The number as the cell shows it (800.000.000), not as converted by the table's unit (tester 17 B15).
        scaled.map((s) => ({ cell: s.cell, value: shownNumber(s.row, s.field, s.value), factor: s.factor })),
        values[0],
        values.slice(1),
      );
    }
  }
  return mismatch(r);
}

/** The number a cell holds as typed (before the table's unit converts it), else the value read. */
function shownNumber(row: TypedRow, field: string, value: number): number {
  const raw = valueAt(row, field)?.raw;
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : value;
}

/**
 * Survey shares of the levels must add up to 100 within the rounding the cells show (REPORTING-SCHEMA.md §3,
 * sum-mismatch): half a unit of the column's last decimal per share (three shares of 33,3 % make 99,9 %: ± 0,15),
 * and at least ± 0,01 per share as the schema allows.
 */
function surveyTotal(t: ReadTable): Issue | null {
  if (!hasColumn(t, 'share')) return null;
  const rows = dataRows(t);
  const shares = rows.map((r) => num(r, 'share'));
  if (rows.length < 2 || shares.some((s) => s === null)) return null;
  const sum = (shares as number[]).reduce((a, b) => a + b, 0);
  // A column shows its shares with one format: the most decimals any share has are the column's («33,3» and «0»).
  const shown = Math.max(...(shares as number[]).map(decimalsOf));
  const cells = rows.map((r) => cellOf(r, 'share'));
  const cell = cells.length > 1 ? `${cells[0]}:${cells[cells.length - 1]}` : cells[0];
  const where = { sheet: rows[0].sheet, cell, table: 'survey' as const, field: 'share' };
  if (Math.abs(sum - 100) <= Math.max(0.01, 0.5 * 10 ** -shown) * rows.length + 1e-9) {
    // Within rounding, yet off by a unit of the shares' last decimal or more (40 + 55 + 5 + 1 = 101): a note, as
    // the draft states the shares as written (tester 16 F10).
    return Math.abs(sum - 100) >= 10 ** -shown - 1e-9 ? msg.surveyNot100Rounding(where, sum) : null;
  }
  return msg.surveyNot100(where, sum);
}

/** The decimals a number is written with (33.3 -> 1, 33.33 -> 2, 50 -> 0), at most 6: 1/3 computed shows its format's. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const scaled = x * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 6;
}

export function checkSums(read: ReadResult): SumResult {
  const issues: Issue[] = [];
  const corrections = new Map<string, number>();
  const { tthc, staff, budget, investment, survey, documents } = read.tables;
  const jobs: [ReadTable | undefined, (t: ReadTable) => SumRelation[]][] = [
    [tthc, (t) => [...tthcRelations(t), ...groupRelations(t)]],
    [staff, (t) => [...staffRelations(t), ...groupRelations(t)]],
    [budget, groupRelations],
    [investment, groupRelations],
    // Documents kept as counts by kind: a stated total against the kinds (a register has no count column).
    [documents, groupRelations],
  ];
  for (const [t, relations] of jobs) {
    if (!t) continue;
    for (const r of relations(t)) {
      const issue = checkRelation(t, r, corrections);
      if (issue) issues.push(issue);
    }
  }
  if (survey) {
    const s = surveyTotal(survey);
    if (s) issues.push(s);
  }
  return { issues, corrections };
}
