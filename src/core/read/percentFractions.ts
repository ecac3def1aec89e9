/**
 * Percent columns written as fractions of 1 (tester item 13 of round 5): "0.9" or 0,95 in a column headed
 * "Kế hoạch (%)" whose other cells say "90%" is 90 %, not 0,9 %. REPORTING-SCHEMA.md §4: percentages are in
 * percent; a cell formatted as % already is (0.25 shown 25% reads 25), and so is a text with its "%" sign.
 *
 * Decided per column, never per cell: the column's bare values (numbers not formatted as %, texts without
 * "%") are all read as fractions, times 100, only when the column is written in fractions as a whole:
 * - its header says it holds a percentage ("%", "tỷ lệ", "tỉ lệ", "phần trăm"), or every row's name does («Tỷ lệ
 *   hồ sơ …» under «Kế hoạch»),
 * - every bare value lies in 0..1, and one is above 0,
 * - and the workbook says the clerk means fractions: a bare cell is itself formatted as %, or another percent
 *   column of the table holds numbers formatted as % (the clerk keeps fractions); or the column's fractions
 *   outnumber its whole percents and most of its cells that carry a "%" sign are above 1 % («90%» beside «0.9»,
 *   «0.95», «0.85»); or, in a rate column of a budget or investment table, each bare value times 100 is the
 *   rate the row's own amounts give (0.843 beside 6.100,5 / 7.239 = 84,27 %), rounded to its decimals, and none
 *   is as written (tester 6 item 12); or, in a survey's share column, the values add up to 1 (tester 15 item 9); or
 *   every percent value of the table lies in 0..1 and most are above 0,5 (tester 15 item 10).
 * One info issue per column says so (the cells, an example, why). A value under 1 among as many or more whole
 * percents (0,8 among 45, 50 and 4,2; «0.9» beside «90%» and «100%») is no sign of a column of fractions: it may
 * be a share under one percent, and reading it as 80 % would be a guess (REPORTING-SCHEMA §4: never a guess). It
 * is read as written and a warning asks the clerk, unless the column's values as written add up to 100 (shares of
 * one whole: 0,8 is then right). Without any sign the values are left as written, silently: 0,9 in a column of
 * 0,5 and 0,3 may be a share under one percent; the checks then warn of a target under 1 % or an achievement
 * over 200 %.
 */
import { a1, rangeA1 } from '../address';
import { issue, type Issue, type IssueParam } from '../issues';
import type { FieldSpec } from '../schema';
import type { Candidate } from './locate';
import { fold } from '../text/fold';
import { bareNumber, parseNumberText } from './number';
import { isDash } from './values';
import { roundHalfAway } from '../round';

interface PercentCell {
  row: number;
  /** In percent when `signed`; as written otherwise. */
  value: number;
  /** Carries its own "%": a % sign in its text, or a % number format on a number. */
  signed: boolean;
  /** The cell is formatted as % (whatever it holds). */
  formatted: boolean;
  /** The text as written; a number's is its value. */
  text: string;
}

const PERCENT_WORDS = /(?:^| )(?:ty le|ti le|phan tram)(?: |$)/;

/** True when a header cell over the column says percent ("Tỷ lệ", "(%)", "Phần trăm"). */
function headerSaysPercent(c: Candidate, col: number): boolean {
  for (const r of c.headerRows) {
    const m = c.grid.mergeOf(r, col);
    const [row, at] = m ? [m.top, m.left] : [r, col];
    const text = c.grid.text(row, at);
    if (text.includes('%') || PERCENT_WORDS.test(fold(text))) return true;
  }
  return false;
}

/**
 * True when every named row of the table names a percentage in its name column («Tỷ lệ hồ sơ giải quyết đúng hạn»,
 * «… (%)»): its percent columns hold percentages though their headers say only «Kế hoạch», «Thực hiện».
 */
function rowsSayPercent(c: Candidate): boolean {
  const col = c.match.columns['name'];
  if (col === undefined) return false;
  const names = c.dataRows.map((r) => c.grid.text(r, col).trim()).filter((t) => t !== '');
  return names.length > 0 && names.every((t) => t.includes('%') || PERCENT_WORDS.test(fold(t)));
}

const isPercentFormat = (format: string | null) => (format ?? '').includes('%');

function cellsOf(c: Candidate, col: number): PercentCell[] {
  const out: PercentCell[] = [];
  const rows = c.dataRows;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const raw = c.grid.raw(row, col);
    const formatted = isPercentFormat(c.grid.format(row, col));
    if (typeof raw === 'number') {
      if (Number.isFinite(raw)) out.push({ row, value: formatted ? raw * 100 : raw, signed: formatted, formatted, text: String(raw) });
      continue;
    }
    if (typeof raw !== 'string') continue;
    const text = c.grid.text(row, col).trim();
    if (!text || isDash(text)) continue;
    const p = parseNumberText(text) ?? parseNumberText(bareNumber(text));
    if (p) out.push({ row, value: p.value, signed: p.percent, formatted, text });
  }
  return out;
}

/** Whether the table holds numbers formatted as % in a percent column: the clerk keeps shares as fractions. */
function tableKeepsFractions(c: Candidate, fields: FieldSpec[]): boolean {
  return fields.some((f) => {
    const col = c.match.columns[f.key]!;
    return c.dataRows.some((r) => typeof c.grid.raw(r, col) === 'number' && isPercentFormat(c.grid.format(r, col)));
  });
}

export interface PercentFractions {
  /** The fields whose bare values are fractions of 1, to be read times 100. */
  keys: Set<string>;
  issues: Issue[];
}

/** The percent columns of a located table written as fractions of 1 (see above), with an info issue each. */
export function percentFractions(c: Candidate): PercentFractions {
  const out: PercentFractions = { keys: new Set(), issues: [] };
  const fields = c.spec.fields.filter((f) => f.kind === 'percent' && c.match.columns[f.key] !== undefined);
  if (fields.length === 0) return out;
  let keeps: boolean | undefined;
  let wholeTable: boolean | undefined;
  let rowsSay: boolean | undefined;
  for (const f of fields) {
    const col = c.match.columns[f.key]!;
    if (!headerSaysPercent(c, col) && !(rowsSay ??= rowsSayPercent(c))) continue;
    const cells = cellsOf(c, col);
    const bare = cells.filter((x) => !x.signed);
    const small = bare.filter((x) => x.value >= 0 && x.value <= 1);
    if (small.length === 0 || !small.some((x) => x.value > 0)) continue;
    const whole = cells.filter((x) => x.value > 1);
    const fractionsWhole = small.length === bare.length;
    // The sheet keeps its shares as fractions formatted as %: its bare fractions are fractions too.
    const byFormat = fractionsWhole && (bare.some((x) => x.formatted) || (keeps ??= tableKeepsFractions(c, fields)));
    // Values under 1 few among whole percents (0,8 among 45, 50 and 4,2): 0,8 % or 80 %? Read as written, asked.
    if (!byFormat && whole.length >= small.length && whole.length > 0) {
      const lone = small.filter((x) => x.value > 0 && x.value < 1);
      if (lone.length > 0 && !addsToWhole(cells)) out.issues.push(loneFractionIssue(c, f, col, lone, whole[0]));
      continue;
    }
    if (!fractionsWhole) continue;
    const signed = cells.filter((x) => x.signed);
    const byValues = !byFormat && signed.length > 0 && signed.filter((x) => x.value > 1).length * 2 > signed.length;
    const byRatio = !byValues && !byFormat && ratiosSayFractions(c, f.key, bare);
    const byOne = !byValues && !byFormat && !byRatio && signed.length === 0 && addsToOne(c, f.key, bare);
    const byTable = !byValues && !byFormat && !byRatio && !byOne && (wholeTable ??= tableInFractions(c, fields));
    if (!byValues && !byFormat && !byRatio && !byOne && !byTable) continue;
    out.keys.add(f.key);
    const why: IssueParam = byValues
      ? { phrase: 'fraction-beside-percent', params: { signed: shown(signed.find((x) => x.value > 1)!) } }
      : { phrase: byRatio ? 'fraction-by-ratio' : byOne ? 'fraction-adds-to-one' : byTable ? 'fraction-whole-table' : 'fraction-by-format' };
    out.issues.push(fractionIssue(c, f, col, bare, why));
  }
  return out;
}

/**
 * True when the column's values as written add up to 100 (± 0,01 per cell, as the survey's sum check), a total
 * row of 100 aside: shares of one whole (a survey's levels, 45 / 50 / 4,2 / 0,8), whose value under 1 is a share
 * under one percent, as written.
 */
function addsToWhole(cells: PercentCell[]): boolean {
  const sum = cells.reduce((t, x) => t + x.value, 0);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * cells.length + 1e-9;
  return near(sum, 100) || (cells.some((x) => near(x.value, 100)) && near(sum, 200));
}

/** The share columns whose parts make one whole (REPORTING-SCHEMA §4: a survey's levels add up to 100 %). */
const SHARES_OF_ONE: Record<string, string[]> = { survey: ['share'] };

/**
 * True when a column of shares of one whole (SHARES_OF_ONE) holds bare values only, at least two, adding up to 1
 * (± 0,0001 per cell, as rounded fractions do): 0.45 / 0.5 / 0.04 / 0.01 are 45 / 50 / 4 / 1 %, as 1 % in all
 * they would fail the survey's sum (tester 15 item 9).
 */
function addsToOne(c: Candidate, key: string, bare: PercentCell[]): boolean {
  if (!SHARES_OF_ONE[c.spec.name]?.includes(key) || bare.length < 2) return false;
  const sum = bare.reduce((t, x) => t + x.value, 0);
  return Math.abs(sum - 1) <= 0.0001 * bare.length + 1e-9;
}

/**
 * True when every located percent column of the table that says percent (its header, or every row's name) holds bare values only, all in
 * 0..1, and more than half of the table's values are above 0,5 (tester 15 item 10: targets 0.95 / 0.3 / 0.9, actuals
 * 0.98 / 0.125 / 0.95 are 95 / 30 / 90 %). Read as written all would be under one percent, and most above half a
 * percent: a table of such shares is rather one of fractions. Small shares alone (0,5 / 0,3 / 0,2 / 0,1: late or
 * faulty dossiers) are no sign and stay as written.
 */
function tableInFractions(c: Candidate, fields: FieldSpec[]): boolean {
  const all: PercentCell[] = [];
  const rowsSay = rowsSayPercent(c);
  for (const f of fields) {
    const col = c.match.columns[f.key]!;
    if (rowsSay || headerSaysPercent(c, col)) all.push(...cellsOf(c, col));
  }
  if (all.length < 2 || all.some((x) => x.signed || x.value < 0 || x.value > 1)) return false;
  return all.filter((x) => x.value > 0.5).length * 2 > all.length;
}

/** Values under 1 among whole percents, read as written: a warning asks whether they are fractions of 1. */
function loneFractionIssue(c: Candidate, f: FieldSpec, col: number, lone: PercentCell[], whole: PercentCell): Issue {
  const first = lone[0];
  return issue(
    'percent-lone-fraction',
    {
      sheet: c.grid.name,
      cell: cellsText(
        lone.map((x) => x.row),
        col,
      ),
      table: c.spec.name,
      field: f.key,
    },
    {
      table: c.spec.label,
      column: f.label,
      count: lone.length,
      text: first.text,
      whole: shown(whole),
      pct: { pct: first.value },
      times: { pct: first.value * 100 },
    },
  );
}

/** Up to four cells listed, more as their range. */
function cellsText(rows: number[], col: number): string {
  return rows.length <= 4 ? rows.map((r) => a1(r, col)).join(', ') : rangeA1(rows[0], col, rows[rows.length - 1], col);
}

/** A text is quoted as written; a number formatted as % as Excel shows it. */
const shown = (x: PercentCell): IssueParam => (x.formatted && !x.text.includes('%') ? { pct: x.value } : x.text);

/** The amounts whose quotient a rate column of a table states (REPORTING-SCHEMA §4: actual / estimate, disbursed / plan). */
const RATIO_OF: Record<string, Record<string, [string, string][]>> = {
  budget: {
    statedPct: [
      ['actual', 'estimateSuperior'],
      ['actual', 'estimateCouncil'],
    ],
    statedPctSuperior: [['actual', 'estimateSuperior']],
    statedPctCouncil: [['actual', 'estimateCouncil']],
  },
  investment: { statedPct: [['disbursed', 'plan']] },
};

/** A number cell, or a text that reads as one, of a located column; null otherwise. */
function amountAt(c: Candidate, row: number, key: string): number | null {
  const col = c.match.columns[key];
  if (col === undefined) return null;
  const raw = c.grid.raw(row, col);
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  return parseNumberText(c.grid.text(row, col).trim())?.value ?? null;
}

/** Decimals a value carries (0.843 → 3), at most 6. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-7 * Math.max(1, Math.abs(x * 10 ** d))) return d;
  return 6;
}

/**
 * True when every bare rate of the column whose row gives its amounts is, times 100, that row's rate rounded to
 * its decimals (0.843 for 84,273 %), and none is the rate as written.
 */
function ratiosSayFractions(c: Candidate, key: string, bare: PercentCell[]): boolean {
  const pairs = RATIO_OF[c.spec.name]?.[key];
  if (!pairs) return false;
  let seen = 0;
  for (const x of bare) {
    const rates = pairs.flatMap(([a, b]) => {
      const num = amountAt(c, x.row, a);
      const den = amountAt(c, x.row, b);
      return num === null || den === null || den === 0 ? [] : [(num / den) * 100];
    });
    if (rates.length === 0) continue;
    const asPercent = x.value * 100;
    const d = Math.max(0, decimalsOf(x.value) - 2);
    const matches = (v: number, dec: number) => rates.some((r) => Math.abs(roundHalfAway(r, dec) - v) < 1e-9);
    if (!matches(asPercent, d) || matches(x.value, decimalsOf(x.value))) return false;
    seen++;
  }
  return seen > 0;
}

function fractionIssue(c: Candidate, f: FieldSpec, col: number, bare: PercentCell[], why: IssueParam): Issue {
  const cell = cellsText(
    bare.map((x) => x.row),
    col,
  );
  const first = bare.find((x) => x.value > 0)!;
  return issue(
    'percent-as-fraction',
    { sheet: c.grid.name, cell, table: c.spec.name, field: f.key },
    { table: c.spec.label, column: f.label, count: bare.length, text: first.text, pct: { pct: first.value * 100 }, why },
  );
}
