/**
 * Typed rows: each data cell of a located table read by its field's kind, keeping its cell, its raw
 * value and its text, with the reading issues (type-error, missing-cell, formula-error,
 * number-as-text, legacy-encoding, unknown categories).
 */
import { a1 } from '../address';
import { LazyTypedValue } from './typedValue';
import { ColumnStore, type GridColumn } from './typedColumns';
import type { Issue } from '../issues';
import { SAME_DAY, type FieldKey, type FieldSpec, type TableSpec } from '../schema';
import type { CellValue } from '../snapshot';
import type { TableColumns, TypedValue } from '../tables';
import { isPlainAscii, type Grid } from './grid';
import { memoized } from '../memo';
import { NUMERIC_KINDS } from './header';
import type { Candidate } from './locate';
import { fold } from '../text/fold';
import { couldBeLegacy } from '../text/legacy';
import * as msg from './readerIssues';
import {
  bareNumber,
  guessNumberStyle,
  hasTooManyDigits,
  isAmbiguousNumber,
  isForeignStyle,
  parseNumberText,
  twoWholeReadings,
  type NumberStyle,
} from './number';
import { dateAndNote, dayMonth, isDateFormat, isDateSerial, monthFirstColumn, parseDateText, splitNumberAndDateText } from './date';
import { toSerial } from '../format';
import { joinedName } from './personName';
import { joinedParts } from './numberParts';
import { percentFractions } from './percentFractions';
import { groupHeading } from './groupRows';
import { breakdownLabel, breakdownRows, isLevelRow, tthcGroupLevels } from './breakdownRows';
import { unlabelledRows } from './unlabelledRows';
import { datesYear, type DatesYear } from './periodTitle';
import { isPeriodHeadingRow, periodCountOf } from './countRows';
import { TOTAL_LABEL_MAX, formulaErrorOf, isDash, isTotalText, leadingOrder, matchCategory, opensWithTotalWord, orderLevel } from './values';
import { heldWords, isSchoolGrade, withoutOtherTraining } from './categoryText';
import { categoriesFromPositions } from './staffCategory';

/** Serial numbers a report's date can plausibly have (1954 to 2119). */
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;

export interface CellReading {
  value: string | number | null;
  /** 'other-training': a category cell naming only a level of another training («Trung cấp chính trị»). */
  issue?: 'not-number' | 'too-many-digits' | 'not-date' | 'not-category' | 'other-training' | 'formula' | 'boolean';
  /** A number typed as text. */
  asText?: boolean;
  /** Typed as text the other way than its column's style ("1220.96" among "7.239"): read as it says, flagged. */
  foreign?: boolean;
  /** A count typed «1,000» that its column does not decide: both whole readings, said to the clerk. */
  twoWays?: { vi: number; en: number };
  /** A date typed without its year ("10/01"), read with this year (from the table's title or the report period). */
  yearFrom?: DatesYear;
  /** A date followed by a note («14/02/2025 (ký số)»): the note, left aside and said. */
  note?: string;
  /** An amount typed with its own scale word («1,095 tỷ», «369 triệu»): that word, the value scaled by it. */
  scaleWord?: string;
  error?: string;
}

export interface ReadContext {
  grid: Grid;
  spec: TableSpec;
  style: NumberStyle | null;
  factor: number;
  /** A percent column written as fractions of 1 (percentFractions.ts): its values in 0..1 without "%" are read times 100. */
  fractions?: boolean;
  /** The table has numbers typed as text that the style decides ("7.239"): a cell typed the other way is flagged. */
  styleMatters?: boolean;
  /** The one year the table's title names ("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023"), else the report period's: a date of
   * the period's events typed without one takes it. */
  year?: DatesYear | null;
  /** A staff list of persons: a person whose education level is unknown is left out of the shares, said at the cell. */
  perPerson?: boolean;
  /** A date column whose cells prove it written month first (date.ts monthFirstColumn): «09/15/2025» is 15 September. */
  monthFirst?: boolean;
}

/** Reads one cell as the field's kind. */
export function readCell(ctx: ReadContext, field: FieldSpec, row: number, col: number): CellReading {
  return readCellOf(ctx, field, row, col, ctx.grid.raw(row, col), ctx.grid.text(row, col).trim());
}

/** readCell with the cell's raw value and trimmed text already in hand (typeRows reads each cell once). */
function readCellOf(ctx: ReadContext, field: FieldSpec, row: number, col: number, raw: CellValue, text: string): CellReading {
  const err = formulaErrorOf(raw, text);
  if (err) return { value: null, issue: 'formula', error: err };
  if (!text) return { value: null };
  if (typeof raw === 'boolean' && !field.yesNo) return { value: null, issue: 'boolean' };
  switch (field.kind) {
    case 'count':
    case 'amount':
    case 'number':
    case 'percent':
      return readNumber(ctx, field, row, col, raw, text);
    case 'date':
      return readDate(ctx, row, col, raw, text, field);
    case 'category': {
      const held = field.notHeld ? heldWords(text, field.notHeld) : ctx.grid.folded(row, col);
      // «Đại học; Trung cấp chính trị»: the political-theory level is no professional one (schema otherTraining).
      const folded = field.otherTraining ? withoutOtherTraining(held, field.otherTraining) : held;
      if (held && !folded) return { value: null, issue: 'other-training' };
      const key = folded ? matchCategory(folded, field.categories ?? {}) : null;
      if (key) return { value: key };
      if (field.schoolGrade && isSchoolGrade(raw, ctx.grid.folded(row, col), ctx.grid.format(row, col))) return { value: field.schoolGrade };
      return { value: null, issue: 'not-category' };
    }
    default:
      // A number written with its date ("Số 05/QĐ-UBND ngày 10/01/2023", "01/KH-UBND, 05/01") is the number.
      return { value: (field.valueShape === 'docNumber' && splitNumberAndDateText(text)?.number) || text };
  }
}

/**
 * `x` × `k` as the decimal product the clerk means: 2.080,2 triệu is 2 080 200 000 đồng and 0,07 is 7 %, not the
 * binary product's 2 080 199 999,9999998 or 7,000000000000001 (which --json and any later comparison would carry).
 * 15 significant digits: what a double holds exactly, and more than Excel keeps.
 */
const times = (x: number, k: number): number => (k === 1 ? x : Number((x * k).toPrecision(15)));

/** A finite number in a number column: its value (a percent cell's fraction as a percentage, an amount in đồng). */
function numberValue(ctx: ReadContext, field: FieldSpec, row: number, col: number, raw: number): number {
  if (field.kind === 'percent') return (ctx.fractions && raw >= 0 && raw <= 1) || (ctx.grid.format(row, col) ?? '').includes('%') ? times(raw, 100) : raw;
  return field.kind === 'amount' ? times(raw, ctx.factor) : raw;
}

/** A number in a date column: the serial when it can be a date, else null (no date, whatever its format says). */
function dateValue(ctx: ReadContext, row: number, col: number, raw: number): number | null {
  const d = dateNumber(ctx, row, col, raw);
  return d === d ? d : null;
}

/** dateValue with NaN for null: a number all the way, for typeRows' columns. */
function dateNumber(ctx: ReadContext, row: number, col: number, raw: number): number {
  // The plausible range first: most dates are in it, and their format need not be looked up.
  return (raw >= MIN_SERIAL && raw < MAX_SERIAL) || (isDateFormat(ctx.grid.format(row, col)) && isDateSerial(raw)) ? raw : NaN;
}

/** Scale words a clerk types after an amount, to đồng (the unit of amounts once read). */
const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:tỷ|tỉ)$/u, 1e9],
  [/^triệu$/u, 1e6],
  [/^(?:nghìn|ngàn)$/u, 1e3],
];

/**
 * The scale word typed after an amount's number, with or without «đồng» after it: «1,095 tỷ» -> { word: 'tỷ', factor:
 * 1e9 }, «369 triệu đồng» -> { word: 'triệu', factor: 1e6 }, «5 nghìn» -> 1e3; null for any other text (tester 14
 * finding 8: the word was dropped, 1,095 tỷ read as 1,095 đồng).
 */
export function scaleWordOf(text: string): { word: string; factor: number } | null {
  const m = /^[-+\u2212]?[\d.,\s]*\d\s*(\p{L}+)(?:\s+(?:đồng|đ|vnđ|vnd)\.?)?\s*$/iu.exec(text.normalize('NFC').trim());
  if (!m) return null;
  const word = m[1].toLocaleLowerCase('vi');
  const hit = SCALE_WORDS.find(([re]) => re.test(word));
  return hit ? { word, factor: hit[1] } : null;
}

function readNumber(ctx: ReadContext, field: FieldSpec, row: number, col: number, raw: CellValue, text: string): CellReading {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: null, issue: 'not-number' };
    return { value: numberValue(ctx, field, row, col, raw) };
  }
  if (isDash(text)) return { value: field.kind === 'percent' ? null : 0 };
  const p = parseNumberText(text, ctx.style ?? undefined) ?? parseNumberText(bareNumber(text), ctx.style ?? undefined);
  if (!p) return { value: null, issue: 'not-number' };
  // More digits than Excel keeps: reading it would change the number silently.
  if (hasTooManyDigits(text)) return { value: null, issue: 'too-many-digits' };
  // «1,095 tỷ», «369 triệu đồng» in an amount cell: the cell's own word scales it, whatever the table's unit.
  const own = field.kind === 'amount' ? scaleWordOf(text) : null;
  if (own) return { value: times(p.value, own.factor), asText: true, scaleWord: own.word };
  const scale = field.kind === 'amount' ? ctx.factor : ctx.fractions && !p.percent && p.value >= 0 && p.value <= 1 ? 100 : 1;
  const value = times(p.value, scale);
  if (ctx.styleMatters && isForeignStyle(p, ctx.style)) return { value, asText: true, foreign: true };
  // «1,000» in a count column nothing else decides: 1 or 1.000; read the Vietnamese way and both readings said.
  const two = field.kind === 'count' && !ctx.style && text.includes(',') ? twoWholeReadings(text) : null;
  return two ? { value, asText: true, twoWays: two } : { value, asText: true };
}

/** A cell's folded text is one of the phrases (folded), punctuation aside. */
function isSameDayText(phrases: string[], folded: string): boolean {
  let set = sameDaySets.get(phrases);
  if (!set) sameDaySets.set(phrases, (set = new Set(phrases.map((p) => fold(p)))));
  return set.has(
    folded
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
const sameDaySets = new WeakMap<string[], Set<string>>();

function readDate(ctx: ReadContext, row: number, col: number, raw: CellValue, text: string, field: FieldSpec): CellReading {
  if (typeof raw === 'number') {
    // A serial outside Excel's dates (negative, beyond 9999) is no date, whatever its format says.
    const d = dateValue(ctx, row, col, raw);
    if (d !== null) return { value: d };
    if (field.yearAlone && !isDateFormat(ctx.grid.format(row, col)) && Number.isInteger(raw) && raw >= 1900 && raw <= 9999)
      return { value: toSerial(raw, 1, 1) };
    return { value: null, issue: 'not-date' };
  }
  // «Trong ngày», «Trả ngay»: due the day the record was received, which the figures know (FieldSpec.sameDay).
  if (field.sameDay && isSameDayText(field.sameDay, ctx.grid.folded(row, col))) return { value: SAME_DAY };
  const r = readDateText(ctx, text, field);
  if (r.issue === undefined) return r;
  // A date followed by a note («14/02/2025 (ký số)», «14/02/2025 - ký số»): that date, the note said to be left aside.
  const noted = dateAndNote(text);
  const d = noted ? readDateText(ctx, noted.dateText, field) : r;
  return d.issue === undefined ? { ...d, note: noted!.note } : r;
}

function readDateText(ctx: ReadContext, text: string, field: FieldSpec): CellReading {
  // The date part of a number written with its date ("02/QĐ-UBND ngày 10/01/2023", "15/UBND\n20/12/2022").
  const own = parseDateText(text, ctx.monthFirst);
  const dateText = own === null ? (splitNumberAndDateText(text)?.dateText ?? text) : text;
  const d = own ?? (dateText !== text ? parseDateText(dateText, ctx.monthFirst) : null);
  if (d === null && ctx.year) {
    const dm = dayMonth(dateText, ctx.monthFirst);
    const serial = dm ? parseDateText(`${dm.d}/${dm.m}/${ctx.year.year}`) : null;
    if (serial !== null) return { value: serial, yearFrom: ctx.year };
  }
  if (d === null && field.yearAlone && /^\d{4}$/.test(text) && Number(text) >= 1900) return { value: toSerial(Number(text), 1, 1) };
  return d === null ? { value: null, issue: 'not-date' } : { value: d };
}

/** The typed value of a cell already read, with its issues (legacy text, formula error, wrong type, number as text). */
export function typedValue(ctx: ReadContext, f: FieldSpec, row: number, col: number, r: CellReading, issues: Issue[], isTotal = false): TypedValue {
  return typedValueOf(ctx, f, row, col, r, issues, isTotal, ctx.grid.raw(row, col), ctx.grid.text(row, col).trim());
}

function typedValueOf(
  ctx: ReadContext,
  f: FieldSpec,
  row: number,
  col: number,
  r: CellReading,
  issues: Issue[],
  isTotal: boolean,
  raw: CellValue,
  shown: string | null,
): TypedValue {
  const enc = typeof raw === 'string' ? ctx.grid.legacy(row, col) : null;
  if (enc || r.issue !== undefined || r.asText || r.yearFrom || r.note)
    readingIssues(ctx, f, row, col, r, issues, isTotal, enc, shown ?? ctx.grid.text(row, col).trim());
  // The cell's address and text are worked out only if something asks for them.
  return new LazyTypedValue(ctx.grid, row, col, r.value, raw);
}

/** The issues of a cell read with a problem (legacy text, formula error, wrong type, number as text). */
function readingIssues(
  ctx: ReadContext,
  f: FieldSpec,
  row: number,
  col: number,
  r: CellReading,
  issues: Issue[],
  isTotal: boolean,
  enc: 'tcvn3' | 'vni' | null,
  text: string,
): void {
  const { grid, spec } = ctx;
  if (enc) issues.push(msg.legacyEncoding(spec, f, placeOf(grid, row, col), enc, text));
  if (r.issue === 'formula') issues.push(msg.formulaError(spec, f, placeOf(grid, row, col), r.error ?? '#ERROR'));
  else if (r.issue === 'not-number') issues.push(msg.notANumber(spec, f, placeOf(grid, row, col), text));
  else if (r.issue === 'too-many-digits') issues.push(msg.tooManyDigits(spec, f, placeOf(grid, row, col), text));
  else if (r.issue === 'not-date') issues.push(msg.notADate(spec, f, placeOf(grid, row, col), text, f.checkedOnly ? 'warning' : undefined));
  else if (r.issue === 'boolean') issues.push(msg.booleanValue(spec, f, placeOf(grid, row, col), text));
  else if (r.issue === 'not-category' && !isTotal) {
    const k = categoryIssue(spec, f);
    // A person's unknown level leaves that person out of the education shares, the others stay (figures/staff.ts).
    if (ctx.perPerson && f.key === 'education') issues.push(msg.unknownLevel(spec, f, placeOf(grid, row, col), text));
    // So does a person's unknown category, of every staff figure (figures/staff.ts).
    else if (ctx.perPerson && spec.name === 'staff' && f.key === 'category') issues.push(msg.unknownStaffCategory(spec, f, placeOf(grid, row, col), text));
    else issues.push(msg.unknownCategory(spec, f, placeOf(grid, row, col), text, k.code, k.severity));
  }
  if (r.yearFrom && typeof r.value === 'number') issues.push(msg.dateYearTaken(spec, f, placeOf(grid, row, col), text, r.value, r.yearFrom));
  if (r.note && typeof r.value === 'number') issues.push(msg.dateNoteLeft(spec, f, placeOf(grid, row, col), text, r.value, r.note));
  if (r.asText && typeof r.value === 'number') {
    const shown = f.kind === 'amount' ? r.value / (ctx.factor || 1) : r.value;
    if (r.scaleWord) issues.push(msg.numberWithScaleWord(spec, f, placeOf(grid, row, col), text, r.value, r.scaleWord));
    else if (r.foreign) issues.push(msg.numberStyleMixed(spec, f, placeOf(grid, row, col), text, shown, ctx.style ?? 'vi'));
    else if (r.twoWays) issues.push(msg.numberTwoWays(spec, f, placeOf(grid, row, col), text, r.twoWays));
    else issues.push(msg.numberAsText(spec, f, placeOf(grid, row, col), text, shown));
  }
}

/** Where an issue points; built only when one is raised. */
function placeOf(grid: Grid, row: number, col: number): { sheet: string; cell: string } {
  return { sheet: grid.name, cell: a1(row, col) };
}

/** Unknown staff categories and education levels are constraint errors (§3); others are type errors. */
function categoryIssue(spec: TableSpec, field: FieldSpec): { code: 'type-error' | 'constraint-error'; severity: 'error' | 'warning' } {
  if (spec.name === 'staff') return { code: 'constraint-error', severity: 'error' };
  // A dossier status the schema does not know leaves that dossier's outcome unknown, said once per cell.
  if (spec.name === 'documents' || spec.name === 'narrative' || (spec.name === 'dossiers' && field.key === 'status'))
    return { code: 'type-error', severity: 'warning' };
  return { code: 'type-error', severity: 'error' };
}

/**
 * The style of each numeric column, decided by its cells typed as text; a column whose texts prove
 * nothing ("1.500", "2,300" only) takes the style of the table's other numeric columns, since one
 * person typed them all on one machine.
 */
function columnStyles(c: Candidate): { styles: Record<string, NumberStyle | null>; matters: boolean } {
  const out: Record<string, NumberStyle | null> = {};
  const all: string[] = [];
  const whole: boolean[] = [];
  for (const f of c.spec.fields) {
    const col = c.match.columns[f.key];
    if (col === undefined || !NUMERIC_KINDS.includes(f.kind)) continue;
    const texts: string[] = [];
    const rows = c.dataRows;
    for (let k = 0; k < rows.length; k++) if (typeof c.grid.raw(rows[k], col) === 'string') texts.push(c.grid.text(rows[k], col));
    // A count column holds whole numbers: the reading that makes them whole decides (tester 11 item 8).
    out[f.key] = guessNumberStyle(texts, f.kind === 'count');
    for (const x of texts) {
      all.push(x);
      whole.push(f.kind === 'count');
    }
  }
  const table = guessNumberStyle(all, whole);
  for (const key of Object.keys(out)) out[key] ??= table;
  return { styles: out, matters: all.some(isAmbiguousNumber) };
}

/** Whether a short text is a total label; decided once per text, since a list repeats a few texts on every row. */
// «Cộng tháng 01: 02 văn bản» too: a count row under a period's records (countRows.ts).
const totalLabel = memoized(20_000, (t) => /^[\s"'(]*[TtCc]/.test(t) && (isTotalText(fold(t)) || periodCountOf(fold(t)) !== null));

function isTotalLabel(t: string): boolean {
  // Total labels start with T or C ("Tổng", "Cộng"), maybe after a space, quote or bracket; t is short, so fold(t)
  // is what grid.folded would give.
  const first = t.charCodeAt(0);
  if (first > 40 && first !== 84 && first !== 116 && first !== 67 && first !== 99) return false;
  return totalLabel(t);
}

/** A total label is short: longer strings are never one. */
const TOTAL_MAX = TOTAL_LABEL_MAX;

/** Strings remembered per table by totalRows: a list repeats a few labels, statuses and channels on every row. */
const TOTAL_MEMO_LIMIT = 5_000;

/**
 * The test of a table's rows for a total label ("Tổng cộng", "Cộng") in any of its cells. A string's answer
 * is remembered when its text is the string's own (no legacy font could have made it), so a long list's
 * cells are each one lookup.
 */
function totalRows(c: Candidate): (row: number, answered: readonly (boolean | undefined)[]) => boolean {
  const { grid } = c;
  const known = new Map<string, boolean>();
  const left = grid.valuesLeft;
  // `answered[col - c.left]`: the cell's answer when the caller already knows it (typeRows' remembered strings).
  return (row, answered) => {
    const cells = grid.rowValues(row);
    if (cells === undefined) return false;
    for (let col = Math.max(c.left, left); col <= c.right && col - left < cells.length; col++) {
      const a = answered[col - c.left];
      if (a !== undefined) {
        if (a) return true;
        continue;
      }
      const v = cells[col - left];
      if (typeof v !== 'string' || v.length > TOTAL_MAX) continue;
      // An ASCII first letter stays first in the text (legacy fonts convert only letters past 0x7f), so it rules
      // most cells out without reading their text; tags ("<#", "${") are removed from the text, so they may not.
      const first = v.charCodeAt(0);
      if (first < 0x80 && first > 40 && first !== 84 && first !== 116 && first !== 67 && first !== 99 && first !== 60 && first !== 36) continue;
      let total = known.get(v);
      if (total === undefined) {
        // Plain ASCII is its own text (grid.ts).
        const plain = isPlainAscii(v);
        total = plain ? isTotalLabel(v) : isTotalLabel(grid.text(row, col));
        if ((plain || !couldBeLegacy(v)) && known.size < TOTAL_MEMO_LIMIT) known.set(v, total);
      }
      if (total) return true;
    }
    return false;
  };
}

/**
 * The test of a row for a total written in a category column as a longer label («Tổng số phiếu» under «Rất hài
 * lòng … Không hài lòng»): the cell opens with a total word and names none of the column's categories (tester 7
 * item 9). «Tổng cộng» and «Cộng» alone are totalRows' already.
 */
function categoryTotalRows(c: Candidate, fields: readonly FieldSpec[], cols: readonly number[]): (row: number) => boolean {
  const at = fields.flatMap((f, i) =>
    f.kind === 'category' && f.categories ? [{ categories: f.categories, col: cols[i], known: new Map<string, boolean>() }] : [],
  );
  const opens = (row: number, col: number, categories: Record<string, string[]>, known: Map<string, boolean>): boolean => {
    const raw = c.grid.raw(row, col);
    if (typeof raw !== 'string' || raw.length > TOTAL_MAX) return false;
    // As in totalRows: an ASCII first letter other than T or C rules the cell out without reading its text.
    const first = raw.charCodeAt(0);
    if (first < 0x80 && first > 40 && first !== 84 && first !== 116 && first !== 67 && first !== 99) return false;
    // A column repeats a few statuses or channels on every row: a string no legacy font could have made is
    // answered once (its text is the string's own, whatever its cell).
    let total = known.get(raw);
    if (total === undefined) {
      const text = c.grid.text(row, col);
      total = opensWithTotalWord(text) && matchCategory(fold(text), categories) === null;
      if ((isPlainAscii(raw) || !couldBeLegacy(raw)) && known.size < TOTAL_MEMO_LIMIT) known.set(raw, total);
    }
    return total;
  };
  return (row) => {
    for (let k = 0; k < at.length; k++) if (opens(row, at[k].col, at[k].categories, at[k].known)) return true;
    return false;
  };
}

/** The order mark of a budget or investment line: its order cell's, else the one its content starts with. */
function rowMark(c: Candidate, row: number): string | undefined {
  const { grid, match } = c;
  const orderCol = match.columns.order;
  if (orderCol !== undefined) {
    const t = grid.text(row, orderCol).trim();
    if (orderLevel(t) !== undefined) return t;
  }
  const contentCol = match.columns.content;
  if (contentCol === undefined) return undefined;
  const mark = leadingOrder(grid.text(row, contentCol));
  return mark && orderLevel(mark.replace(/\s+/g, '')) !== undefined ? mark.replace(/\s+/g, '') : undefined;
}

/**
 * The outline levels of a table's lines read in order: each mark's level (values.ts orderLevel), but a letter
 * («a)») is one below the nearest numbered line above it when that is deeper than «1» (under «1.1» it is level 4,
 * its child, not a sibling: tester 17 B21), and a dash one below the nearest line above it that is not a dash
 * when that is deeper than a letter. Returns the level of the next row (undefined: no mark).
 */
function outlineLevels(c: Candidate): (row: number) => number | undefined {
  let numbered: number | undefined;
  let marked: number | undefined;
  return (row) => {
    const mark = rowMark(c, row);
    if (mark === undefined) return undefined;
    const own = orderLevel(mark)!;
    let level = own;
    if (/^[-+*•–]$/.test(mark)) level = Math.max(own, (marked ?? 0) + 1);
    else if (/^[a-zđ]\s*[.)]?$/.test(mark)) level = Math.max(own, (numbered ?? 0) + 1);
    else numbered = level;
    if (!/^[-+*•–]$/.test(mark)) marked = level;
    return level;
  };
}

/** Without order marks, the indentation of the content (leading spaces) ranks the lines: least = level 1. */
function indentLevels(c: Candidate): Map<number, number> {
  const out = new Map<number, number>();
  const col = c.match.columns.content;
  if (col === undefined) return out;
  const widths = new Map<number, number>();
  for (const r of c.dataRows) {
    const t = c.grid.text(r, col);
    if (!t.trim()) continue;
    const lead = /^[ \t\u00a0\u3000]*/.exec(t)?.[0] ?? '';
    widths.set(r, lead.replace(/\t/g, '    ').length);
  }
  const distinct = [...new Set(widths.values())].sort((a, b) => a - b);
  if (distinct.length < 2) return out;
  for (const [r, w] of widths) out.set(r, Math.min(distinct.indexOf(w) + 1, 4));
  return out;
}

/** Readings of string cells kept per field: texts up to this length, this many per field. */
const READING_MEMO_TEXT = 120;
const READING_MEMO_LIMIT = 2_000;

/** A string's trimmed text, its reading (null: a text field's value is its text) and whether it is a total label. */
interface Remembered {
  text: string;
  reading: CellReading | null;
  total: boolean;
}

export interface TypedRows {
  /** The records as typed columns (ColumnStore.rowAt gives one as a row). */
  columns: ColumnStore;
  issues: Issue[];
  /** Staff lists without a category column but grouped by headings: the column of the headings. */
  categoryColumn?: number;
  /** Fields given as heading rows: the column of their headings. */
  groupColumns?: TableColumns;
}

/** The raw values of columns `cols` in `rows`, one by one (monthFirstColumn stops early, at a day-first proof). */
function* columnTexts(grid: Grid, rows: readonly number[], cols: readonly number[]): Generator<CellValue> {
  for (const row of rows) for (const col of cols) yield grid.raw(row, col);
}

/**
 * Types a located table's rows. `factors`: đồng per unit of the table and of amount columns with their own unit;
 * `period`: the report period the info block states (Excel serials), whose year a date typed without one takes
 * when the table's title names none.
 */
export function typeRows(
  c: Candidate,
  factors: { table: number; columns: Record<string, number> },
  period: { start: number; end: number } | null = null,
): TypedRows {
  const { grid, spec, match } = c;
  const issues: Issue[] = [];
  const { styles, matters } = columnStyles(c);
  const fractions = percentFractions(c);
  issues.push(...fractions.issues);
  const fields = spec.fields.filter((f) => match.columns[f.key] !== undefined);
  // A person's dates (birth, recruitment) lie outside the period: only the dates of its events take its year.
  const year = fields.some((f) => f.kind === 'date' && !f.checkedOnly) ? datesYear(grid, c.titleRows, period) : null;
  const perPerson = spec.name === 'staff' && (match.columns.name !== undefined || match.columns.givenName !== undefined);
  // One export writes all its dates alike: decided once per table from every date column's cells, before any is read
  // («09/15/2025» in «Ngày tiếp nhận» makes «07/04/2025» in «Ngày hẹn trả» 4 July; tester 17 T29).
  const dateCols = fields.filter((f) => f.kind === 'date').map((f) => match.columns[f.key]!);
  const monthFirst = dateCols.length > 0 && monthFirstColumn(columnTexts(grid, c.dataRows, dateCols));
  const contexts = fields.map((f): ReadContext => ({
    grid,
    spec,
    style: styles[f.key] ?? null,
    factor: factors.columns[f.key] ?? factors.table,
    styleMatters: matters,
    fractions: fractions.keys.has(f.key),
    year: f.checkedOnly ? null : year,
    perPerson,
    monthFirst: f.kind === 'date' && monthFirst,
  }));
  const outlined = spec.name === 'budget' || spec.name === 'investment';
  const indents = outlined ? indentLevels(c) : new Map<number, number>();
  const rowLevel = outlineLevels(c);
  const place = (row: number, col: number) => ({ sheet: grid.name, cell: a1(row, col) });
  // Per field, decided once rather than per row.
  const cols = fields.map((f) => match.columns[f.key]!);
  const numeric = fields.map((f) => NUMERIC_KINDS.includes(f.kind));
  const dated = fields.map((f) => f.kind === 'date');
  // A number/symbol is read, not just kept: it may carry its date ("Số 05/QĐ-UBND ngày 10/01/2023").
  const plainText = fields.map((f) => f.kind === 'text' && f.valueShape !== 'docNumber');
  const checkedOnly = fields.map((f) => !!f.checkedOnly);
  // A person's category decides whom the staff figures count (§4): without it no figure is right.
  const needed = fields.map(
    (f) => (!!f.required && !f.blankSaidByFigures) || (spec.name === 'tthc' && f.kind === 'count') || (perPerson && f.key === 'category'),
  );
  const firstData = c.dataRows[0] ?? 0;
  const unreadable: boolean[] = fields.map(() => false);
  // Per field, whether the current row's text is blank.
  const blankText: boolean[] = fields.map(() => false);
  const store = new ColumnStore(grid, spec.name, c.dataRows.length);
  const rowIsTotal = totalRows(c);
  const readings = fields.map(() => new Map<string, CellReading>());
  const byString = fields.map(() => new Map<string, Remembered>());
  const entries = new Array<Remembered | undefined>(fields.length).fill(undefined);
  const answered = new Array<boolean | undefined>(c.right - c.left + 1).fill(undefined);
  // Per field, the index of its cell in a row's values, and in `answered` (-1: outside the table's columns).
  const valueAt = cols.map((col) => col - grid.valuesLeft);
  const answerAt = cols.map((col) => (col >= c.left && col <= c.right ? col - c.left : -1));
  const columns = fields.map((f, i) => store.addField(f.key, cols[i], numeric[i] || dated[i]));
  const table: TableCells = {
    grid,
    spec,
    fields,
    cols,
    contexts,
    valueAt,
    firstData,
    columns,
    numeric,
    dated,
    plainText,
    unreadable,
    blankText,
    entries,
    byString,
    readings,
    issues,
    perPerson,
  };

  const categoryField = spec.fields.find((f) => f.key === 'category');
  const categoryAt = fields.findIndex((f) => f.key === 'category');
  let group: TypedValue | null = null;
  let groupCol: number | undefined;
  // A register's type given by heading rows: only when no column holds the type.
  const periodHeadings = spec.name === 'documents' || spec.name === 'dossiers' || perPerson;
  const typeField = spec.name === 'documents' && match.columns.type === undefined ? spec.fields.find((f) => f.key === 'type') : undefined;
  let typeGroup: TypedValue | null = null;
  // Fields given as heading rows above their records (no column of their own).
  const groupFields = spec.fields.filter(
    (f) => f.groupRows && match.columns[f.key] === undefined && (f.groupRows === true || match.columns[f.groupRows.beside] !== undefined),
  );
  const mappedCols = new Set(cols);
  let heading: TypedValue | null = null;
  let headingCol: number | undefined;
  const column = (key: string, numericKind = false) => store.addField(key, -1, numericKind);
  const breakdown = breakdownRows(c);
  // Fields written as the second part of another, both in columns of their own.
  const partFields = fields.filter((f) => f.secondPartOf && match.columns[f.secondPartOf.field] !== undefined);
  const categoryTotal = categoryTotalRows(c, fields, cols);
  const skipped: { row: number; col: number; text: string }[] = [];
  let records = 0;
  const dataRows = c.dataRows;
  // The body of the loop over the data rows, one function made once per table: V8 optimises it as a function of its
  // own when a long list makes it hot, instead of compiling all of typeRows for the loop (and, a record of a long log
  // being read once, mostly throwing the compilation away).
  const typeRow = (row: number): void => {
    if (groupFields.length > 0) {
      const h = groupHeading(c, row, mappedCols);
      if (h) {
        heading = { ...h.value, cell: a1(row, h.col) };
        headingCol = h.col;
        return;
      }
    }
    // "I. QUYẾT ĐỊNH" / "II. CÔNG VĂN" lines group a register by type (tester13 #26): not documents; they give the
    // type of the documents under them that have no type of their own.
    if (typeField) {
      const heading = categoryHeading(c, row, typeField.categories ?? {});
      if (heading) {
        typeGroup = { value: heading.key, raw: grid.raw(row, heading.col), cell: a1(row, heading.col), text: grid.text(row, heading.col).trim() };
        return;
      }
    }
    // «Tháng 01/2025» alone on its line above that month's documents, dossiers or persons: a heading, no record.
    if (periodHeadings && isPeriodHeadingRow(c, row)) return;
    // "I. CÁN BỘ" / "II. CÔNG CHỨC" lines group a staff list: they give the category of the persons under them.
    if (perPerson && categoryField) {
      const heading = categoryHeading(c, row, categoryField.categories ?? {});
      if (heading) {
        group = { value: heading.key, raw: grid.raw(row, heading.col), cell: a1(row, heading.col), text: grid.text(row, heading.col).trim() };
        groupCol = heading.col;
        return;
      }
    }
    const cells = grid.rowValues(row);
    lookUpStrings(table, cells, answerAt, answered);
    const isTotal = rowIsTotal(row, answered) || categoryTotal(row);
    // «Trong đó: Nữ» under «Tổng cộng»: part of a row above, no record (breakdownRows.ts); named once after the rows.
    if (breakdown(row, isTotal, records)) {
      const label = breakdownLabel(c, row);
      if (label) skipped.push({ row, ...label });
      return;
    }
    if (!isTotal) records++;
    const n = store.begin(row);
    let hasNumber = false;
    let filled = 0;
    let filledChecked = 0;
    const issuesBefore = issues.length;
    for (let i = 0; i < fields.length; i++) {
      if (!typeCell(table, i, row, cells, n, isTotal)) continue;
      filled++;
      if (numeric[i]) hasNumber = true;
      if (checkedOnly[i]) filledChecked++;
    }
    // Only columns read to be checked are filled (the "Nam" / "Nữ" line of an unmerged header): no record.
    if (filled > 0 && filled === filledChecked) {
      issues.length = issuesBefore;
      store.discard();
      return;
    }
    // A TTHC level row with no number («A | CẤP XÃ», «1 | Cấp xã» alone above its fields): a heading, neither a
    // record nor a total to be computed from the rows under it.
    if (spec.name === 'tthc' && !hasNumber && !isTotal && isLevelRow(c, row)) {
      issues.length = issuesBefore;
      store.discard();
      records--;
      return;
    }

    if (typeGroup && !isTotal) column('type').setSpecial(n, typeGroup);
    // A person under a category heading, with no category of their own, takes the heading's.
    let categoryText: string | null = null;
    if (group && !isTotal && (categoryAt < 0 || blankText[categoryAt])) {
      (categoryAt < 0 ? column('category') : columns[categoryAt]).setSpecial(n, group);
      categoryText = group.text;
    }

    // A blank where a value is needed: required fields, every count of a TTHC row, a person's category.
    for (let i = 0; i < fields.length; i++) {
      if (!needed[i] || unreadable[i]) continue;
      if (!(i === categoryAt && categoryText !== null ? categoryText === '' : blankText[i])) continue;
      if (numeric[i] ? !hasNumber : isTotal || filled === 0) continue;
      issues.push(msg.missingCell(spec, fields[i], place(row, cols[i]), 'error', grid.formulaWithoutValue?.(row, cols[i]) === true));
    }

    if (heading && !isTotal) for (const f of groupFields) column(f.key).setSpecial(n, heading);
    // «Số» | «Ký hiệu» (12 | QĐ-UBND): the document's number is 12/QĐ-UBND.
    for (const f of partFields) {
      const part = f.secondPartOf!;
      const joined = joinedParts(store.typedOf(part.field, n), store.typedOf(f.key, n), part.joiner);
      if (joined) column(part.field).setSpecial(n, joined);
    }
    if (perPerson && match.columns.name === undefined) {
      const name = joinedName(store.typedOf('familyName', n), store.typedOf('givenName', n));
      if (name) column('name').setSpecial(n, name);
    }

    let level: number | undefined;
    if (outlined) level = rowLevel(row) ?? indents.get(row);
    store.commit(isTotal, level);
  };
  for (let d = 0; d < dataRows.length; d++) typeRow(dataRows[d]);
  // Biểu 06's fields grouped by level («A | Cấp xã» over «1 | Hộ tịch»): the groups are level 1, their fields 2.
  if (spec.name === 'tthc') {
    const counts = fields.filter((f) => f.kind === 'count').map((f) => f.key);
    const unlabelled = unlabelledRows(c, store, counts);
    const fieldCol = match.columns.field;
    for (const i of unlabelled.totals) {
      store.markTotal(i);
      issues.push(msg.unlabelledTotal(spec, place(store.rowOf(i), fieldCol ?? c.left)));
    }
    for (const i of unlabelled.strays) issues.push(msg.unlabelledRow(spec, place(store.rowOf(i), fieldCol ?? c.left)));
    const kept: number[] = [];
    for (let i = 0; i < store.length; i++) if (!store.isTotal(i)) kept.push(i);
    const levels = tthcGroupLevels(
      c,
      kept.map((i) => store.rowOf(i)),
    );
    if (levels) for (const i of kept) store.setLevel(i, levels.get(store.rowOf(i))!);
  }
  if (skipped.length > 0)
    issues.push(
      msg.breakdownSkipped(
        spec,
        place(skipped[0].row, skipped[0].col),
        skipped.map((x) => x.text),
      ),
    );
  // No «Loại» column: the persons not under a category heading take the category their position tells.
  const toldColumn = perPerson && categoryField && match.columns.category === undefined ? categoriesFromPositions(c, store, issues) : undefined;
  const groupColumns: TableColumns = {};
  if (headingCol !== undefined) for (const f of groupFields) groupColumns[f.key as FieldKey] = headingCol;
  return { columns: store, issues, categoryColumn: match.columns.category === undefined ? (groupCol ?? toldColumn) : undefined, groupColumns };
}

/**
 * What typeRows keeps of one table for reading its cells: one object per table, so that the functions reading a
 * row's cells (called for every cell of a long log) see one shape and stay small enough for V8 to optimise early,
 * instead of one long loop body that runs interpreted until the whole of typeRows is compiled.
 */
interface TableCells {
  grid: Grid;
  spec: TableSpec;
  /** The table's mapped fields; the arrays below are per field, in this order. */
  fields: FieldSpec[];
  cols: number[];
  contexts: ReadContext[];
  /** The index of a field's cell in a row's values. */
  valueAt: number[];
  /** The first data row (a merge from above it shows nothing in the table). */
  firstData: number;
  columns: GridColumn[];
  numeric: boolean[];
  dated: boolean[];
  plainText: boolean[];
  /** Per field, whether the current row's cell could not be read (its issue said). */
  unreadable: boolean[];
  /** Per field, whether the current row's text is blank. */
  blankText: boolean[];
  /** Per field, the current row's remembered string (lookUpStrings). */
  entries: (Remembered | undefined)[];
  byString: Map<string, Remembered>[];
  readings: Map<string, CellReading>[];
  issues: Issue[];
  perPerson: boolean;
}

/**
 * Each mapped string cell's remembered reading in a row's `cells`, looked up once into `s.entries`: it also says
 * whether the cell is a total label (`answered`, by column from the table's left, at `answerAt`; -1: outside).
 */
function lookUpStrings(
  s: TableCells,
  cells: readonly (CellValue | undefined)[] | undefined,
  answerAt: readonly number[],
  answered: (boolean | undefined)[],
): void {
  const { byString, entries, valueAt } = s;
  for (let i = 0; i < entries.length; i++) {
    const v = cells === undefined ? undefined : cells[valueAt[i]];
    // A column of codes remembers no string: its map stays empty and is not asked.
    const e = typeof v === 'string' && byString[i].size > 0 ? byString[i].get(v) : undefined;
    entries[i] = e;
    if (answerAt[i] >= 0) answered[answerAt[i]] = e?.total;
  }
}

/**
 * Reads field `i`'s cell of data row `row` (its values `cells`, undefined for a row without any) into record `n` of
 * its column, with its reading issues; true when the cell is filled. `isTotal`: the row is a total row.
 */
function typeCell(s: TableCells, i: number, row: number, cells: readonly (CellValue | undefined)[] | undefined, n: number, isTotal: boolean): boolean {
  const { grid, fields, numeric, dated, columns, unreadable, blankText, issues } = s;
  const f = fields[i];
  const col = s.cols[i];
  const ctx = s.contexts[i];
  let raw: CellValue = (cells && cells[s.valueAt[i]]) ?? null;
  let at = row;
  let atCol = col;
  // A blank inside a cell merged down from a data row above shows that cell's value (Excel shows it so).
  if (raw === null) {
    const m = grid.mergeOf(row, col);
    if (m && m.top < row && m.top >= s.firstData) {
      at = m.top;
      atCol = m.left;
      raw = grid.raw(at, atCol);
      columns[i].moveTo(n, at, atCol);
    }
  }
  // A number in a number or date column is read without its text (most cells of a log), and without issues,
  // straight into its column: a value of `string | number | null` would be boxed again for each of them.
  if (typeof raw === 'number' && Number.isFinite(raw) && (numeric[i] || dated[i])) {
    const x = numeric[i] ? numberValue(ctx, f, at, atCol, raw) : dateNumber(ctx, at, atCol, raw);
    if (numeric[i] || x === x) {
      columns[i].putNumber(n, x);
      unreadable[i] = false;
      blankText[i] = false;
      return true;
    }
  }
  let value: string | number | null = null;
  let blank = false;
  let text: string;
  let legacy: 'tcvn3' | 'vni' | null = null;
  // null: a text field's value is its text, nothing to read and nothing to say (most text cells of a log).
  let r: CellReading | null;
  const known = typeof raw === 'string' ? (at === row ? s.entries[i] : s.byString[i].get(raw)) : undefined;
  if (known !== undefined) {
    text = known.text;
    r = known.reading;
  } else {
    // Plain ASCII is its own text and never legacy (grid.ts): tested once here rather than in each grid call.
    const plain = typeof raw === 'string' && isPlainAscii(raw);
    text = plain ? (raw as string).trim() : grid.text(at, atCol).trim();
    legacy = plain || typeof raw !== 'string' ? null : grid.legacy(at, atCol);
    if (s.plainText[i] && typeof raw === 'string' && !text.startsWith('#') && legacy === null) r = null;
    else {
      // A string's reading depends on its text alone (legacy text aside): a column repeats a few texts.
      const cacheable = typeof raw === 'string' && text.length <= READING_MEMO_TEXT && legacy === null;
      r = cacheable ? (s.readings[i].get(text) ?? null) : null;
      if (r === null) {
        r = readCellOf(ctx, f, at, atCol, raw, text);
        if (cacheable && s.readings[i].size < READING_MEMO_LIMIT) s.readings[i].set(text, r);
      }
    }
    // A string no legacy font could have made reads the same in every cell: the next cell holding it is
    // read by the string alone (a plain code in a text field is cheaper read again than remembered).
    if (typeof raw === 'string' && !(plain && r === null) && legacy === null && raw.length <= READING_MEMO_TEXT && s.byString[i].size < READING_MEMO_LIMIT) {
      if (plain || !couldBeLegacy(raw)) s.byString[i].set(raw, { text, reading: r, total: raw.length <= TOTAL_MAX && isTotalLabel(text) });
    }
  }
  blank = text === '';
  if (r === null) {
    value = blank ? null : text;
    unreadable[i] = false;
  } else {
    unreadable[i] = r.issue !== undefined;
    // Issues of a merged cell name it once, at its top-left cell.
    if (at === row && (legacy || r.issue !== undefined || r.asText || r.yearFrom || r.note)) readingIssues(ctx, f, at, atCol, r, issues, isTotal, legacy, text);
    value = r.value;
  }
  // Per person, a blank education is "chưa qua đào tạo" (§2); so is one naming only political theory, said.
  if (s.perPerson && f.key === 'education' && blank && !isTotal) value = 'none';
  if (r?.issue === 'other-training' && !isTotal) {
    if (s.perPerson) value = 'none';
    if (at === row) issues.push(msg.otherTraining(s.spec, f, { sheet: grid.name, cell: a1(at, atCol) }, text, s.perPerson));
  }
  columns[i].put(n, value);
  blankText[i] = blank;
  return !blank;
}

/**
 * A line holding only one of `categories` (and maybe an order mark): a group heading, not a record («I. CÁN BỘ»
 * above persons, «II. CÔNG VĂN» above documents).
 */
function categoryHeading(c: Candidate, row: number, categories: Record<string, string[]>): { key: string; col: number } | null {
  let found: { key: string; col: number } | null = null;
  for (let col = c.left; col <= c.right; col++) {
    if (c.grid.isBlank(row, col)) continue;
    const t = c.grid.text(row, col).trim();
    if (orderLevel(t) !== undefined) continue;
    if (found || typeof c.grid.raw(row, col) !== 'string') return null;
    const f = c.grid.folded(row, col).replace(/^(?:[ivxlc]+|[a-h]|\d+) /, '');
    // "Cộng 8 (3 cán bộ, 5 công chức)" names categories but totals the list.
    if (f.split(' ').length > 8 || isTotalText(c.grid.folded(row, col))) return null;
    const key = matchCategory(f, categories);
    if (!key) return null;
    found = { key, col };
  }
  return found;
}
