/**
 * percent-mismatch:
 * 1. a stated % (budget, investment, staff) that is not the computed % rounded half away from zero
 *    to the stated value's own decimals (3/21 = 14,29% written 14,2%: warning; 81 for 80,95: fine);
 *    warning when off by less than one point, else error;
 * 2. a total line's stated % that its parts' stated % cannot give: a weighted average lies strictly
 *    between its parts (equal to them when they are all equal), and equals their average weighted by
 *    the parts' estimates when those are known (seed: total 25% with parts 19% and 25%);
 * 3. an indicator's actual % that the workbook itself contradicts: satisfaction vs the survey's
 *    rất hài lòng + hài lòng, the online share and the on-time share vs the TTHC counts.
 * Amounts named in a unit-mismatch are taken corrected, so one slip is reported once.
 */
import type { Issue, IssueParam } from '../issues';
import type { ReadResult } from '../read';
import type { ReadTable, TypedRow } from '../tables';
import type { FieldKey, TableName } from '../schema';
import { roundHalfAway, largestRemainder } from '../round';
import { fold, containsWords } from '../text/fold';
import { allGroups } from './groups';
import { cellKey, cellOf, dataRows, decimalsOf, fieldLabel, hasColumn, num, rowLabel, str } from './values';
import * as msg from './checkIssues';
import { partsOf } from '../schema/tthc';
import { inTimeCount } from '../figures/tthc';

/** True when `stated` is `computed` rounded (half away from zero) to the decimals `stated` carries. */
export function isRoundingOf(stated: number, computed: number): boolean {
  const d = decimalsOf(stated);
  return Math.abs(roundHalfAway(computed, d) - roundHalfAway(stated, d)) < 1e-9;
}

function severityOf(stated: number, computed: number) {
  return Math.abs(stated - computed) < 1 ? ('warning' as const) : ('error' as const);
}

type Corrections = Map<string, number>;

function amount(t: ReadTable, row: TypedRow, key: FieldKey, corrections: Corrections): number | null {
  const v = num(row, key);
  if (v === null) return null;
  return v * (corrections.get(cellKey(row.sheet, cellOf(row, key))) ?? 1);
}

interface Ratio {
  computed: number;
  how: IssueParam;
  /** The amounts it is computed from, as read (or as corrected for a unit slip). */
  of: [number, number];
}

interface Amount {
  value: number;
  /** Scaled by a unit-mismatch correction. */
  corrected: boolean;
}

function amountOf(t: ReadTable, row: TypedRow, key: FieldKey, c: Corrections): Amount | null {
  const v = num(row, key);
  if (v === null) return null;
  const f = c.get(cellKey(row.sheet, cellOf(row, key)));
  return f === undefined ? { value: v, corrected: false } : { value: v * f, corrected: true };
}

function ratio(table: TableName, a: Amount | null, aKey: FieldKey, b: Amount | null, bKey: FieldKey): Ratio | null {
  if (a === null || b === null || b.value === 0) return null;
  const params = { a: msg.low(fieldLabel(table, aKey)), b: msg.low(fieldLabel(table, bKey)) };
  return {
    computed: (a.value / b.value) * 100,
    how: { phrase: a.corrected || b.corrected ? 'ratio-unit-corrected' : 'ratio', params },
    of: [a.value, b.value],
  };
}

/**
 * The ratios a row's stated % may be, by table and stated column: the budget's one "Tỷ lệ" column may be
 * against either estimate; the columns of a "So sánh (%)" group are each against their own estimate.
 */
function ratiosOf(t: ReadTable, row: TypedRow, c: Corrections, key = 'statedPct'): Ratio[] {
  const name = t.located.table;
  if (name === 'budget') {
    const act = amountOf(t, row, 'actual', c);
    const against = (est: 'estimateSuperior' | 'estimateCouncil') => ratio(name, act, 'actual', amountOf(t, row, est, c), est);
    if (key === 'statedPctSuperior') return [against('estimateSuperior')].filter((r): r is Ratio => r !== null);
    if (key === 'statedPctCouncil') return [against('estimateCouncil')].filter((r): r is Ratio => r !== null);
    return [against('estimateSuperior'), against('estimateCouncil')].filter((r): r is Ratio => r !== null);
  }
  if (name === 'indicators' && key === 'statedAchievement') {
    const r = ratio(name, amountOf(t, row, 'actual', c), 'actual', amountOf(t, row, 'target', c), 'target');
    return r ? [r] : [];
  }
  if (name === 'investment') {
    const r = ratio(name, amountOf(t, row, 'disbursed', c), 'disbursed', amountOf(t, row, 'plan', c), 'plan');
    return r ? [r] : [];
  }
  return [];
}

const STATED_KEYS = ['statedPct', 'statedPctSuperior', 'statedPctCouncil', 'statedAchievement'];

function checkRounding(t: ReadTable, c: Corrections, flagged: Set<string>): Issue[] {
  const out: Issue[] = [];
  for (const key of STATED_KEYS) {
    if (!hasColumn(t, key)) continue;
    for (const row of t.rows) {
      const stated = num(row, key);
      if (stated === null) continue;
      const ratios = ratiosOf(t, row, c, key);
      if (ratios.length === 0 || ratios.some((r) => isRoundingOf(stated, r.computed))) continue;
      const best = ratios.reduce((a, b) => (Math.abs(b.computed - stated) < Math.abs(a.computed - stated) ? b : a));
      const cell = cellOf(row, key);
      if (key === 'statedPct') flagged.add(cellKey(row.sheet, cell));
      const where = { sheet: row.sheet, cell, table: t.located.table, field: key };
      out.push(msg.percentRounding(where, severityOf(stated, best.computed), rowLabel(row), stated, best.computed, best.how, best.of));
    }
  }
  return out;
}

/** Staff per level: count / total of counts; largest-remainder shares (they add up to 100) are accepted too. */
function checkStaffShares(t: ReadTable): Issue[] {
  if (!hasColumn(t, 'statedPct') || !hasColumn(t, 'count')) return [];
  const rows = dataRows(t);
  const counts = rows.map((r) => num(r, 'count'));
  if (counts.some((x) => x === null)) return [];
  const total = (counts as number[]).reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  const out: Issue[] = [];
  const how: IssueParam = { phrase: 'count-over-total' };
  for (const row of t.rows) {
    const stated = num(row, 'statedPct');
    const count = num(row, 'count');
    if (stated === null || count === null) continue;
    const computed = (count / total) * 100;
    if (isRoundingOf(stated, computed)) continue;
    const i = rows.indexOf(row);
    const shared = i >= 0 ? largestRemainder(counts as number[], decimalsOf(stated))[i] : null;
    if (shared !== null && Math.abs(shared - stated) < 1e-9) continue;
    const where = { sheet: row.sheet, cell: cellOf(row, 'statedPct'), table: 'staff', field: 'statedPct' } as const;
    out.push(msg.percentRounding(where, severityOf(stated, computed), rowLabel(row), stated, computed, how, [count, total], shared));
  }
  return out;
}

/**
 * Weights of the parts of a total %, one list per estimate (budget: the superior's, the council's) or the plan
 * (investment) whose amounts are all known. The stated % may be against either estimate (ratiosOf); where the parts'
 * own actual amounts tell which one their stated % are against (110,4 = 1.380 / 1.250, the council's), only the
 * weights of that basis are kept (tester 16 F2: council-basis shares weighted by the superior's estimates gave 103,3
 * for 103,0).
 */
function weightsOf(t: ReadTable, rows: TypedRow[], c: Corrections): number[][] {
  const budget = t.located.table === 'budget';
  const keys = budget ? (['estimateSuperior', 'estimateCouncil'] as const) : (['plan'] as const);
  const out: { w: number[]; follows: number }[] = [];
  for (const k of keys) {
    const w = rows.map((r) => amount(t, r, k, c));
    if (!w.every((x) => x !== null && x > 0)) continue;
    // How many parts' stated % are their actual over this basis.
    const follows = rows.filter((r) => {
      const stated = num(r, 'statedPct');
      const ratio = ratiosOf(t, r, c, budget ? (k === 'estimateSuperior' ? 'statedPctSuperior' : 'statedPctCouncil') : 'statedPct')[0];
      return stated !== null && ratio !== undefined && isRoundingOf(stated, ratio.computed);
    }).length;
    out.push({ w: w as number[], follows });
  }
  const most = Math.max(0, ...out.map((o) => o.follows));
  return out.filter((o) => o.follows === most).map((o) => o.w);
}

function checkTotalRange(t: ReadTable, c: Corrections, flagged: Set<string>): Issue[] {
  const out: Issue[] = [];
  if (!hasColumn(t, 'statedPct')) return out;
  for (const g of allGroups(t)) {
    const stated = num(g.parent, 'statedPct');
    const parts = g.children.map((r) => num(r, 'statedPct'));
    const cell = cellOf(g.parent, 'statedPct');
    if (stated === null || parts.some((p) => p === null) || flagged.has(cellKey(g.parent.sheet, cell))) continue;
    // The total's stated % is its own actual over its own estimate: right, whatever its parts say (a part that does
    // not add up to it is a sum-mismatch of its own; tester 16 F2: 105 = 5.250 / 5.000).
    if (ratiosOf(t, g.parent, c).some((r) => isRoundingOf(stated, r.computed))) continue;
    const ps = parts as number[];
    const lo = Math.min(...ps);
    const hi = Math.max(...ps);
    const tol = 0.5 * 10 ** -decimalsOf(stated) + 0.5 * 10 ** -Math.max(...ps.map(decimalsOf)) + 1e-9;
    // The average weighted by each estimate; the one nearest the stated % is the one it may be.
    const averages = weightsOf(t, g.children, c).map((w) => ps.reduce((a, p, i) => a + p * w[i], 0) / w.reduce((a, b) => a + b, 0));
    const weighted = averages.length > 0 ? averages.reduce((a, b) => (Math.abs(b - stated) < Math.abs(a - stated) ? b : a)) : null;
    let ok: boolean;
    if (hi - lo < 1e-9) ok = Math.abs(stated - lo) <= tol;
    else if (weighted !== null) ok = Math.abs(stated - weighted) <= tol;
    else ok = stated > lo && stated < hi;
    if (ok) continue;
    flagged.add(cellKey(g.parent.sheet, cell));
    const where = { sheet: g.parent.sheet, cell, table: t.located.table, field: 'statedPct' };
    out.push(msg.percentRange(where, rowLabel(g.parent), stated, lo, hi, hi - lo < 1e-9 ? null : weighted));
  }
  return out;
}

/** rất hài lòng + hài lòng from the survey, or null. */
function satisfiedShare(read: ReadResult): number | null {
  const t = read.tables.survey;
  if (!t) return null;
  let found = false;
  let sum = 0;
  for (const row of dataRows(t)) {
    const level = row.values.level?.value;
    if (level !== 'veryHigh' && level !== 'high') continue;
    const share = num(row, 'share');
    if (share === null) return null;
    found = true;
    sum += share;
  }
  return found ? sum : null;
}

/** A TTHC count for the whole table: its "Tổng cộng" row when there is one, else the sum of its rows. */
function tthcTotal(t: ReadTable, key: FieldKey<'tthc'>): number | null {
  if (!hasColumn(t, key)) {
    // Online as «toàn trình» + «một phần» (schema/tthc.ts partsOf).
    const parts = partsOf(key, (k) => hasColumn(t, k));
    if (!parts) return null;
    const values = parts.map((p) => tthcTotal(t, p as FieldKey<'tthc'>));
    return values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0);
  }
  const totals = t.rows.filter((r) => r.isTotal);
  if (totals.length === 1) return num(totals[0], key);
  const vals = dataRows(t).map((r) => num(r, key));
  if (vals.length === 0 || vals.some((v) => v === null)) return null;
  return (vals as number[]).reduce((a, b) => a + b, 0);
}

interface WorkbookShare {
  value: number;
  source: IssueParam;
  /** The counts it is computed from (none for the survey's sum of shares). */
  of?: [number, number];
}

/** What the workbook itself says for an indicator, judged by the words of its name. */
function workbookShareFor(name: string, read: ReadResult): WorkbookShare | null {
  const f = fold(name);
  const has = (p: string) => containsWords(f, p);
  if (has('hai long')) {
    const s = satisfiedShare(read);
    return s === null ? null : { value: s, source: { phrase: 'source-survey' } };
  }
  const t = read.tables.tthc;
  if (!t) return null;
  const aboutDossiers = has('ho so') || has('tthc') || has('thu tuc hanh chinh');
  if (has('truc tuyen') && has('ho so')) {
    const online = tthcTotal(t, 'online');
    const received = tthcTotal(t, 'received');
    if (online === null || received === null || received === 0) return null;
    return { value: (online / received) * 100, source: { phrase: 'source-online' }, of: [online, received] };
  }
  if ((has('dung han') || has('truoc han')) && aboutDossiers) {
    const resolved = tthcTotal(t, 'resolved');
    // The figure's own numerator: early + on time, else resolved − late.
    const inTime = inTimeCount({ early: tthcTotal(t, 'early'), onTime: tthcTotal(t, 'onTime'), late: tthcTotal(t, 'late'), resolved });
    if (inTime === null || resolved === null || resolved === 0) return null;
    return {
      value: (inTime / resolved) * 100,
      source: { phrase: 'source-on-time' },
      of: [inTime, resolved],
    };
  }
  return null;
}

function checkIndicators(read: ReadResult): Issue[] {
  const t = read.tables.indicators;
  if (!t) return [];
  const out: Issue[] = [];
  for (const row of dataRows(t)) {
    const name = str(row, 'name');
    const actual = num(row, 'actual');
    if (name === null || actual === null) continue;
    const w = workbookShareFor(name, read);
    if (!w || isRoundingOf(actual, w.value)) continue;
    const where = { sheet: row.sheet, cell: cellOf(row, 'actual'), table: 'indicators', field: 'actual' } as const;
    out.push(msg.indicatorVsWorkbook(where, severityOf(actual, w.value), name, actual, w.value, w.source, w.of));
  }
  return out;
}

export function checkPercents(read: ReadResult, corrections: Corrections): Issue[] {
  const out: Issue[] = [];
  for (const t of [read.tables.budget, read.tables.investment]) {
    if (!t) continue;
    const flagged = new Set<string>();
    for (const x of checkRounding(t, corrections, flagged)) out.push(x);
    for (const x of checkTotalRange(t, corrections, flagged)) out.push(x);
  }
  if (read.tables.staff) for (const x of checkStaffShares(read.tables.staff)) out.push(x);
  if (read.tables.indicators) for (const x of checkRounding(read.tables.indicators, corrections, new Set())) out.push(x);
  if (read.tables.survey) for (const x of checkSurveyVotes(read.tables.survey)) out.push(x);
  for (const x of checkIndicators(read)) out.push(x);
  return out;
}

/** Survey shares against the answers counted beside them ("Số phiếu"): share = answers / all answers. */
function checkSurveyVotes(t: ReadTable): Issue[] {
  if (!hasColumn(t, 'votes') || !hasColumn(t, 'share')) return [];
  const rows = dataRows(t).filter((r) => num(r, 'votes') !== null);
  const all = rows.reduce((s, r) => s + (num(r, 'votes') ?? 0), 0);
  if (all <= 0) return [];
  const out: Issue[] = [];
  const how: IssueParam = { phrase: 'votes-over-all' };
  for (const row of rows) {
    const stated = num(row, 'share');
    if (stated === null) continue;
    const computed = ((num(row, 'votes') ?? 0) / all) * 100;
    if (isRoundingOf(stated, computed)) continue;
    const where = { sheet: row.sheet, cell: cellOf(row, 'share'), table: 'survey', field: 'share' } as const;
    out.push(msg.percentRounding(where, severityOf(stated, computed), rowLabel(row), stated, computed, how, [num(row, 'votes') ?? 0, all]));
  }
  return out;
}
