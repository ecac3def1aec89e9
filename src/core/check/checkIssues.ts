/**
 * The checks' issues: which catalogue sentence (src/core/issues/sentences/checks.ts), where, with which
 * values. Numbers stay numbers here; they are worded in the reader's language when shown.
 */
import { decimalsOf, issue, type Bilingual, type Issue, type IssueParam, type Severity, type Where } from '../issues';
import { roundHalfAway } from '../round';

/** A field label inside a sentence: "Trực tuyến" -> "trực tuyến" (abbreviations like "HĐND" keep their capitals). */
export function low(b: Bilingual): Bilingual {
  const l = (x: string) => (/^\p{Lu}\p{Ll}/u.test(x) ? x.charAt(0).toLowerCase() + x.slice(1) : x);
  return { vi: l(b.vi), en: l(b.en) };
}

const plus = (xs: IssueParam[]): IssueParam => ({ list: xs, sep: ' + ' });

/** A sum inside one row: received = online + direct, ... */
export function sumInRow(where: Where, row: IssueParam, totalLabel: Bilingual, totalValue: number, partLabels: Bilingual[], partValues: number[]): Issue {
  const sum = partValues.reduce((a, b) => a + b, 0);
  return issue('sum-in-row', where, { row, total: low(totalLabel), totalValue, parts: plus(partLabels.map(low)), values: plus(partValues), sum });
}

/** A total row or an outline line against the sum of its rows. */
export function sumOfRows(where: Where, row: IssueParam, fieldLabel: Bilingual, totalValue: number, sum: number, outline: boolean): Issue {
  return issue(outline ? 'sum-of-outline' : 'sum-of-rows', where, { row, field: low(fieldLabel), totalValue, sum });
}

export function surveyNot100(where: Where, sum: number): Issue {
  return issue('survey-not-100', where, { sum: { pct: sum } });
}

/** Survey shares that add up to 100 only within their rounding (101, 99,9): a note. */
export function surveyNot100Rounding(where: Where, sum: number): Issue {
  return issue('survey-not-100-rounding', where, { sum: { pct: sum } });
}

export interface ScaledCell {
  cell: string;
  value: number;
  factor: number;
}

function factorWords(f: number): IssueParam {
  return f > 1 ? { phrase: 'multiplied-by', params: { factor: f } } : { phrase: 'divided-by', params: { factor: 1 / f } };
}

export function unitSlip(where: Where, row: IssueParam, scaled: ScaledCell[], totalAfter: number, partsAfter: number[]): Issue {
  const cells: IssueParam = { list: scaled.map((s) => ({ phrase: 'cell-value', params: { cell: s.cell, value: s.value } })), sep: { phrase: 'and' } };
  const sameFactor = scaled.every((s) => s.factor === scaled[0].factor);
  const how: IssueParam = sameFactor
    ? factorWords(scaled[0].factor)
    : { list: scaled.map((s) => ({ phrase: 'cell-scaled', params: { cell: s.cell, how: factorWords(s.factor) } })), sep: ', ' };
  const cellsSeem: IssueParam = { phrase: scaled.length > 1 ? 'cells-seem' : 'cell-seems', params: { cells } };
  return issue('unit-slip', where, { row, cellsSeem, how, totalAfter, partsAfter: plus(partsAfter) });
}

export function balance(where: Where, row: IssueParam, received: number, resolved: number, pending: number): Issue {
  return issue('received-not-balanced', where, { row, received, resolved, pending, sum: resolved + pending });
}

/**
 * A stated % beside the computed one, said as the computation goes (brief draft11 item 2): the amounts it is computed
 * from (`of`: numerator and denominator, when there are such), the exact value to two decimals or to the stated
 * value's when it carries more (14,29% for a stated 14,2%), and that value rounded half away from zero to the
 * decimals the clerk wrote (REPORTING-SCHEMA §3 percent-mismatch: 14 is the right rounding of 14,29, so a clerk who
 * writes whole numbers is asked for 14%, never 14,3%). `shared`: a share of one whole rounded by largest remainder
 * (§4) at those decimals, said beside when it differs.
 */
function statedAgainst(stated: number, computed: number, of?: readonly [number, number], shared?: number | null) {
  const d = decimalsOf(stated);
  const rounded = roundHalfAway(computed, d);
  return {
    stated: { pct: stated, decimals: d },
    amounts: of ? { phrase: 'amounts-over' as const, params: { x: { n: of[0] }, y: { n: of[1] } } } : '',
    computed: { pct: computed, decimals: Math.max(2, d) },
    places: d === 0 ? { phrase: 'to-whole' as const } : { phrase: 'to-decimals' as const, params: { d } },
    rounded: { pct: rounded, decimals: d },
    also:
      shared !== undefined && shared !== null && Math.abs(shared - rounded) > 1e-9
        ? { phrase: 'or-largest-remainder' as const, params: { share: { pct: shared, decimals: d } } }
        : '',
  };
}

/** A stated % that is not the rounding of the % computed from the row's amounts. */
export function percentRounding(
  where: Where,
  severity: Severity,
  row: IssueParam,
  stated: number,
  computed: number,
  how: IssueParam,
  of?: readonly [number, number],
  shared?: number | null,
): Issue {
  return issue('percent-rounding', where, { row, how, ...statedAgainst(stated, computed, of, shared) }, { severity });
}

export function percentRange(where: Where, row: IssueParam, stated: number, lo: number, hi: number, weighted: number | null): Issue {
  const parts: IssueParam = lo === hi ? { pct: lo } : { list: [{ pct: lo }, { pct: hi }], sep: { phrase: 'and' } };
  const params = { row, stated: { pct: stated }, parts };
  if (weighted !== null) return issue('total-percent-not-weighted', where, { ...params, weighted: { pct: weighted, decimals: 1 } });
  return issue(lo === hi ? 'total-percent-not-equal' : 'total-percent-not-between', where, params);
}

export function indicatorVsWorkbook(
  where: Where,
  severity: Severity,
  name: string,
  stated: number,
  computed: number,
  source: IssueParam,
  of?: readonly [number, number],
): Issue {
  return issue('indicator-vs-workbook', where, { name, source, ...statedAgainst(stated, computed, of) }, { severity });
}

/**
 * A date after the report date. `counted`: what that does to a figure, said in the same sentence (a document
 * outside the period is not counted: phrase 'after-period-not-counted'); '' when nothing.
 */
export function dateAfterReport(where: Where, what: IssueParam, date: number, reportDate: number, counted: IssueParam = ''): Issue {
  return issue('date-after-report', where, { what, date: { date }, reportDate: { date: reportDate }, counted });
}

/** A date outside the period; `counted` as for dateAfterReport (phrase 'not-counted-in-period'). */
export function dateOutOfPeriod(where: Where, what: IssueParam, date: number, start: number | null, end: number | null, counted: IssueParam = ''): Issue {
  const period: IssueParam =
    start !== null && end !== null
      ? { phrase: 'from-to', params: { start: { date: start }, end: { date: end } } }
      : start !== null
        ? { phrase: 'from', params: { start: { date: start } } }
        : { phrase: 'up-to', params: { end: { date: end ?? 0 } } };
  return issue('date-out-of-period', where, { what, date: { date }, period, counted });
}

/** At most this many cells named in a note about rows of another period. */
const OTHER_PERIOD_CELLS = 3;

/**
 * Rows of a list outside the period by one of their dates and in no figure for it (a dossier done before the period,
 * received after it): one note for all, naming how many and the first cells (tester 17 T07).
 */
export function rowsOfOtherPeriod(places: Where[], date: 'result-date' | 'received-date'): Issue {
  const cells = places.slice(0, OTHER_PERIOD_CELLS).map((p) => p.cell);
  const where = { ...places[0], cell: cells.join(', ') };
  const shown = places.length > OTHER_PERIOD_CELLS ? `${cells.join(', ')}, …` : cells.join(', ');
  return issue(
    date === 'result-date' ? 'dossiers-done-before-period' : 'dossiers-received-after-period',
    where,
    { count: places.length, cells: shown },
    { noFigure: true },
  );
}

/** Where a document was met, after its number: " (dẫn trong phần thuyết minh, mục 2.3)"; none for the documents table. */
export function citedNote(section: string | null): IssueParam {
  if (section === null) return '';
  return section ? { phrase: 'cited-in-section', params: { section } } : { phrase: 'cited' };
}

export function numberOrder(
  where: Where,
  number: string,
  date: number,
  other: string,
  otherDate: number,
  note: IssueParam = '',
  otherNote: IssueParam = '',
): Issue {
  return issue('number-order', where, { number, note, date: { date }, other, otherNote, otherDate: { date: otherDate } });
}

export function docNumberFormat(where: Where, text: string, suggestion: string | null, note: IssueParam = ''): Issue {
  const hint = suggestion ? 'write-suggestion' : 'doc-number-per-decree';
  return issue('doc-number-format', where, { text, note, suggestion: suggestion ?? '' }, { hint });
}

/** One note for a register's numbers kept without symbols («01», «02»…) beside a type column: `where.cell` their cells. */
export function docNumberPlain(where: Where, count: number, cells: string, text: string): Issue {
  return issue('doc-number-plain', where, { count, cells, text });
}

/**
 * A number/symbol whose type part lacks diacritics ("01/QD-UBND"): Nghị định 30's writing ("01/QĐ-UBND") suggested.
 * The type is read all the same, so no figure is put in question (`noFigure`: the draft marks nothing for it).
 */
export function docNumberDiacritics(where: Where, text: string, suggestion: string, note: IssueParam = ''): Issue {
  return issue('doc-number-diacritics', where, { text, note, suggestion }, { noFigure: true });
}

/** Documents of a register whose summaries do not touch CCHC (a note: the count stays, the draft is marked). */
export function notAboutReform(where: Where, count: number, total: number): Issue {
  return issue('not-about-reform', where, { count, total });
}

export function duplicateRow(where: Where, what: IssueParam, firstCell: string): Issue {
  return issue('duplicate-row', where, { what, firstCell });
}

export function negative(where: Where, fieldLabel: Bilingual, row: IssueParam, value: number): Issue {
  return issue('negative', where, { row, field: low(fieldLabel), value });
}

export function nonInteger(where: Where, fieldLabel: Bilingual, row: IssueParam, value: number): Issue {
  return issue('not-whole', where, { row, field: low(fieldLabel), value });
}

export function shareRange(where: Where, fieldLabel: Bilingual, row: IssueParam, value: number): Issue {
  return issue('share-out-of-range', where, { row, field: low(fieldLabel), value: { pct: value } });
}

/** An indicator whose target is under 1 % or whose achievement is over 200 %: most likely a slip (tester 6 item 3). */
export function achievementImplausible(where: Where, row: IssueParam, target: number, actual: number, achievement: number): Issue {
  return issue('achievement-implausible', where, { row, target: { pct: target }, actual: { pct: actual }, achievement: { pct: achievement, decimals: 1 } });
}

/** An investment line disbursed above its capital plan (`disbursed`, `plan` as read; `pct` = disbursed / plan × 100). */
export function disbursedOverPlan(where: Where, row: IssueParam, plan: number, disbursed: number, pct: number): Issue {
  return issue('disbursed-over-plan', where, { row, plan: { n: plan }, disbursed: { n: disbursed }, pct: { pct, decimals: 1 } });
}

export function targetNotPositive(where: Where, row: IssueParam, value: number): Issue {
  return issue('target-not-positive', where, { row, value: { pct: value } });
}

/** A person's date of birth giving an age outside 18–70 at `at` (the period's end, else the report date). */
export function ageOutOfRange(where: Where, who: IssueParam, date: IssueParam, age: number, at: number): Issue {
  return issue('age-out-of-range', where, { who, date, age, at: { date: at } });
}

/** A person recruited before turning 18. */
export function recruitedUnderAge(where: Where, who: IssueParam, fieldLabel: Bilingual, date: IssueParam, age: number, birth: IssueParam): Issue {
  return issue('recruited-under-age', where, { who, field: low(fieldLabel), date, age, birth });
}

/** A person's date (recruited, a paper issued) before their birth. */
export function dateBeforeBirth(where: Where, who: IssueParam, fieldLabel: Bilingual, date: number, birth: IssueParam): Issue {
  return issue('date-before-birth', where, { who, field: low(fieldLabel), date: { date }, birth });
}

/** A person's date after the last day of the period (before the report date, else date-after-report). */
export function dateAfterPeriodEnd(where: Where, who: IssueParam, fieldLabel: Bilingual, date: IssueParam, end: number): Issue {
  return issue('date-after-period-end', where, { who, field: low(fieldLabel), date, end: { date: end } });
}

/** A dossier's due or result date before the day it was received (tester 7 item 27). */
export function dossierDateBeforeReceived(where: Where, who: IssueParam, fieldLabel: Bilingual, date: number, received: number): Issue {
  return issue('dossier-date-before-received', where, { who, field: low(fieldLabel), date: { date }, received: { date: received } });
}
