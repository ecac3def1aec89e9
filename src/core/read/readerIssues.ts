/**
 * The reader's issues: which catalogue sentence (src/core/issues/sentences/reading.ts), at which cell,
 * naming the table and the column by their schema labels. The clerk is never blamed.
 */
import { parseRange, rangeA1 } from '../address';
import { serialParts } from '../format';
import { issue, type HintKey, type Issue, type IssueParam, type PhraseKey, type Severity } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import { dateAndNote, impossibleDate, splitNumberAndDateText } from './date';
import type { DatesYear } from './periodTitle';
import type { TablePart } from '../tables';

export interface Place {
  sheet: string;
  cell: string;
}

function quote(t: string, max = 60): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The place and labels every reader issue names: the table's, and the column's when there is one. */
function at(place: Place, spec: TableSpec, field: FieldSpec | null) {
  return { sheet: place.sheet, cell: place.cell, table: spec.name, field: field?.key ?? '' };
}

/** "Ô D7 sheet «TTHC» của bảng Kết quả giải quyết TTHC (cột Trực tuyến)" */
function where(spec: TableSpec, field: FieldSpec | null): IssueParam {
  return field ? { phrase: 'cell-in-column', params: { table: spec.label, column: field.label } } : { phrase: 'cell-in-table', params: { table: spec.label } };
}

/**
 * Cells the file places nowhere on Excel's grid (references beyond XFD or row 1048576, row 0, malformed):
 * not read, and said once per sheet (issue 16 §8). Excel itself would have to repair such a file.
 */
export function unreadCells(sheet: string, count: number, first: string[]): Issue {
  const refs = first.map((r) => `«${quote(r, 20)}»`).join(', ') + (count > first.length ? ', …' : '');
  return issue('cells-off-grid', { sheet, cell: '' }, { count, refs });
}

/**
 * Cells holding a formula the file saved without its result, whose value the reader computed (SheetSnapshot.
 * formulasComputed): a note once per sheet at the first of them, naming up to five.
 */
export function formulasComputed(sheet: string, cells: string[]): Issue {
  const refs = cells.slice(0, 5).join(', ') + (cells.length > 5 ? ', …' : '');
  return issue('formulas-computed', { sheet, cell: cells[0] ?? '' }, { sheet, count: cells.length, refs });
}

/**
 * A sheet laid out as this add-in's report sheet but not marked as the workbook's own (a copy of an earlier
 * report, reportCopy.ts): not read as data, said once at its A1.
 */
export function reportCopyNotRead(sheet: string): Issue {
  return issue('report-copy-not-read', { sheet, cell: 'A1' }, { sheet });
}

export function emptyTable(spec: TableSpec, place: Place, firstDataCell: string): Issue {
  return issue('empty-table', at(place, spec, null), { table: spec.label, firstDataCell }, { severity: spec.required ? 'error' : 'info' });
}

/**
 * A table found nowhere. Its hint names the headings the reader looks for, as the clerk would type them
 * («Họ và tên», «Chức vụ», «Loại», «Trình độ chuyên môn»: the schema's `headings`, else its required fields; the
 * English text glosses them, the sheet's words staying Vietnamese); a key-value block's hint says to write one
 * label per row with its value beside it.
 */
export function missingTable(spec: TableSpec, satisfiedBy?: TableSpec): Issue {
  const keys = spec.headings ?? spec.fields.filter((f) => f.required).map((f) => f.key);
  const fields = keys.flatMap((k) => spec.fields.filter((f) => f.key === k));
  const columns: IssueParam = fields.length ? { list: fields.map(headingOf), sep: ', ' } : { phrase: 'table-columns' };
  const place = at({ sheet: '', cell: '' }, spec, null);
  const hint = spec.shape === 'keyvalue' ? { hint: 'add-info-block' as const } : {};
  if (!spec.required) return issue('optional-table-not-found', place, { table: spec.label, columns }, hint);
  const orOther: IssueParam = satisfiedBy ? { phrase: 'or-table', params: { other: satisfiedBy.label } } : '';
  return issue('table-not-found', place, { table: spec.label, orOther, columns }, hint);
}

/** A field's heading as typed on the sheet: «Họ và tên»; in English followed by its meaning, «Họ và tên» (name). */
function headingOf(field: FieldSpec): IssueParam {
  const gloss = field.label.en.replace(/\s*\(%\)$/, '');
  return { vi: `«${field.label.vi}»`, en: `«${field.label.vi}» (${gloss.charAt(0).toLowerCase()}${gloss.slice(1)})` };
}

export function missingLabel(spec: TableSpec, field: FieldSpec, place: Place): Issue {
  const synonyms = field.synonyms.slice(0, 3).join('», «');
  return issue('column-not-found', at(place, spec, field), { table: spec.label, column: field.label, synonyms });
}

/** A column the figures need beside the table's others (docs/reporting-schema.md §2, Biểu 06's parts): a warning offering «Ghim cột». */
export function missingPartLabel(spec: TableSpec, field: FieldSpec, place: Place): Issue {
  const synonyms = field.synonyms.slice(0, 3).join('», «');
  return issue('part-column-not-found', at(place, spec, field), { table: spec.label, column: field.label, synonyms });
}

/**
 * A TTHC table whose on-time column counts the early dossiers too («Trước hạn và đúng hạn», `heading` as written, at
 * `place`, its header cell): the early count cannot be told apart, the column is read as on time (early included).
 */
export function earlyInOnTime(spec: TableSpec, place: Place, heading: string): Issue {
  const early = spec.fields.find((f) => f.key === 'early');
  return issue('early-in-on-time', at(place, spec, early ?? null), { table: spec.label, heading: quote(heading) });
}

/**
 * A required column the table lacks whose parts it has (Biểu 06: «Giải quyết đúng hạn» + «Giải quyết trễ hạn», no
 * «Đã giải quyết»): the figures sum them, and this note says so. `parts`: the part columns as the clerk reads them
 * («Giải quyết đúng hạn» (E) + «Giải quyết trễ hạn» (F)).
 */
export function columnFromParts(spec: TableSpec, field: FieldSpec, place: Place, parts: string): Issue {
  const synonyms = field.synonyms.slice(0, 3).join('», «');
  return issue('column-from-parts', at(place, spec, field), { table: spec.label, column: field.label, synonyms, parts });
}

/** A TTHC channel without its column, told by difference (schema/tthc.ts differenceOf): `total` less `minus`, as headed. */
export function columnFromDifference(spec: TableSpec, field: FieldSpec, place: Place, total: string, minus: string): Issue {
  const synonyms = field.synonyms.slice(0, 3).join('», «');
  return issue('column-from-difference', at(place, spec, field), { table: spec.label, column: field.label, synonyms, total, minus });
}

/**
 * Columns of two or more periods side by side (read/periodGroups.ts): which were read («G, H, I, J», under `readGroup`),
 * which were left, and why (`why`: the group's period is the report's, the report's year, the latest period, or no
 * group covers the report's period and the first was read). A warning, as the duplicate labels were.
 */
export function periodColumnsRead(
  spec: TableSpec,
  place: Place,
  p: { read: string; readGroup: string; left: string; leftGroup: string; why: 'report-period' | 'report-year' | 'latest' | 'no-match' },
): Issue {
  const phrases = {
    'report-period': 'because-group-is-period',
    'report-year': 'because-report-year',
    latest: 'because-latest-period',
    'no-match': 'because-no-group-is-period',
  } as const;
  const why: IssueParam = { phrase: phrases[p.why] };
  return issue('period-columns-read', at(place, spec, null), {
    table: spec.label,
    read: p.read,
    readGroup: p.readGroup,
    left: p.left,
    leftGroup: p.leftGroup,
    why,
  });
}

/** A survey with votes and no share column: the shares are each level's votes over all («Số phiếu» (C)). */
export function shareFromVotes(spec: TableSpec, field: FieldSpec, place: Place, votes: string): Issue {
  const synonyms = field.synonyms.slice(0, 3).join('», «');
  return issue('share-from-votes', at(place, spec, field), { table: spec.label, column: field.label, synonyms, votes });
}

export function duplicateLabel(spec: TableSpec, field: FieldSpec, place: Place, kept: string): Issue {
  return issue('column-named-twice', at(place, spec, field), { table: spec.label, column: field.label, kept });
}

export function missingCell(spec: TableSpec, field: FieldSpec, place: Place, severity: Severity, formula = false): Issue {
  // A formula saved without its result shows a value in Excel: «đang để trống» would send the clerk to a filled cell.
  if (formula) return issue('formula-without-value', at(place, spec, field), { where: where(spec, field) }, { severity });
  return issue('blank-cell', at(place, spec, field), { where: where(spec, field) }, { severity, hint: blankHint(field) });
}

/** What to type into a blank cell depends on what the field holds. */
function blankHint(field: FieldSpec): HintKey {
  switch (field.kind) {
    case 'count':
    case 'amount':
    case 'number':
      return 'enter-number';
    case 'percent':
      return 'enter-percent';
    case 'date':
      return 'enter-date';
    default:
      return 'enter-text';
  }
}

/** A report date whose day is left blank, to fill in at signing («ngày    tháng 7 năm 2025»): kept as given. */
export function reportDayBlank(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  return issue('report-day-blank', at(place, spec, field), { where: where(spec, field), text: quote(text) });
}

/** A number typed with more digits than Excel keeps (15): an identifier, or a figure that cannot be exact. */
export function tooManyDigits(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  return issue('too-many-digits', at(place, spec, field), { where: where(spec, field), text: quote(text) });
}

/**
 * Text where a number is needed; in a percent column the hint asks for a percentage: a division («1095/5763») as
 * one number, a word («Đạt», tester 12 item 14) as the rate reached.
 */
export function notANumber(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  const division = /\d\s*[/:÷]\s*\d/.test(text);
  const hint = field.kind === 'percent' ? { hint: division ? ('write-percent-number' as const) : ('write-percent-not-word' as const) } : {};
  return issue('not-a-number', at(place, spec, field), { where: where(spec, field), text: quote(text) }, hint);
}

/**
 * A date that cannot be read. Written as a date whose day does not exist («31/02/1990», «29/02/2023», «00/05/1990»,
 * «12/13/2020») it is said so, with why, instead of asking for the dd/mm/yyyy form it already has. Either sentence
 * ends with what the value does to the figures: nothing, in a column read only to be checked (FieldSpec.checkedOnly,
 * a person's dates: the issue is then marked `noFigure`), or what the field's `unreadable` says.
 */
export function notADate(spec: TableSpec, field: FieldSpec, place: Place, text: string, severity?: Severity): Issue {
  const effect: IssueParam = field.checkedOnly
    ? { phrase: 'date-checked-only' }
    : field.unreadable
      ? { phrase: 'date-unreadable', params: { what: field.unreadable } }
      : '';
  const options = { severity, noFigure: field.checkedOnly };
  // A number written with its date («04/TB-UBND, 31/02/2023»): the date part is the one that may name no real day.
  const split = splitNumberAndDateText(text);
  // So may a date followed by a note («31/02/2025 (ký số)»).
  const noted = dateAndNote(text)?.dateText;
  const bad = impossibleDate(split?.dateText ?? text) ?? (noted ? impossibleDate(splitNumberAndDateText(noted)?.dateText ?? noted) : null);
  if (!bad) return issue('not-a-date', at(place, spec, field), { where: where(spec, field), text: quote(text), effect }, options);
  const two = (n: number) => String(n).padStart(2, '0');
  const swapped = bad.m > 12 && bad.d >= 1 && bad.d <= 12 && bad.m <= daysIn(bad.d, bad.y) ? `${two(bad.m)}/${two(bad.d)}/${bad.y}` : null;
  const why: IssueParam =
    bad.m < 1 || bad.m > 12
      ? { phrase: 'no-such-month', params: { month: bad.m } }
      : bad.d < 1
        ? { phrase: 'no-day-zero' }
        : bad.m === 2 && bad.d === 29
          ? { phrase: 'no-leap-day', params: { year: String(bad.y) } }
          : {
              phrase: 'no-such-day',
              params: { day: bad.d, month: { vi: String(bad.m), en: MONTHS[bad.m - 1] }, year: String(bad.y), days: daysIn(bad.m, bad.y) },
            };
  const params = { where: where(spec, field), text: quote(text), why, effect, swapped: swapped ?? '' };
  return issue('impossible-date', at(place, spec, field), params, { ...options, hint: swapped ? 'date-swapped' : undefined });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in month `m` (1–12) of year `y`. */
function daysIn(m: number, y: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date followed by a note («14/02/2025 (ký số)»): read as that date, the note left aside (an info note). */
export function dateNoteLeft(spec: TableSpec, field: FieldSpec, place: Place, text: string, date: number, note: string): Issue {
  return issue('date-note-left', at(place, spec, field), { where: where(spec, field), text: quote(text), date: { date }, note: quote(note) });
}

/**
 * A day and month without a year, read with the year the table's title names (tester 5 item 16), else the year
 * of the report period the info block states.
 */
export function dateYearTaken(spec: TableSpec, field: FieldSpec, place: Place, text: string, date: number, year: DatesYear): Issue {
  const key = year.from === 'title' ? 'date-year-from-title' : 'date-year-from-period';
  return issue(key, at(place, spec, field), { where: where(spec, field), text: quote(text), date: { date }, year: String(year.year) });
}

/**
 * An education cell naming only a political-theory level («Trung cấp chính trị»), no professional one (schema
 * `otherTraining`): in a list of persons the person counts as chưa qua đào tạo (warning); a row of counts per
 * level holds no professional level, so the shares cannot be computed (error).
 */
export function otherTraining(spec: TableSpec, field: FieldSpec, place: Place, text: string, perPerson: boolean): Issue {
  return issue(perPerson ? 'political-theory-only' : 'political-theory-level-row', at(place, spec, field), { where: where(spec, field), text: quote(text) });
}

export function unknownCategory(
  spec: TableSpec,
  field: FieldSpec,
  place: Place,
  text: string,
  code: 'type-error' | 'constraint-error',
  severity: Severity,
): Issue {
  const allowed = Object.values(field.categories ?? {})
    .map((words) => words[0])
    .filter(Boolean)
    .join(', ');
  const params = { where: where(spec, field), text: quote(text), allowed };
  return issue(code === 'type-error' ? 'not-a-category' : 'unknown-category', at(place, spec, field), params, { severity });
}

/**
 * A person's category cell naming no category the schema knows («Tạp vụ», a typo): that person is left out of the
 * staff figures, which stay over the others, marked (REPORTING-SCHEMA §3 constraint-error, error: they miss them).
 */
export function unknownStaffCategory(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  const allowed = Object.values(field.categories ?? {})
    .map((words) => words[0])
    .filter(Boolean)
    .join(', ');
  return issue('unknown-staff-category', at(place, spec, field), { where: where(spec, field), text: quote(text), allowed });
}

/**
 * A person's education cell naming no level the schema knows («Đang học ĐH», a typo): that person is left out of
 * the education shares, which stay over the others (REPORTING-SCHEMA §3 constraint-error, error: the shares miss them).
 */
export function unknownLevel(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  const allowed = Object.values(field.categories ?? {})
    .map((words) => words[0])
    .filter(Boolean)
    .join(', ');
  return issue('unknown-education-level', at(place, spec, field), { where: where(spec, field), text: quote(text), allowed });
}

/** A TRUE/FALSE cell where a number, date or text is needed. */
export function booleanValue(spec: TableSpec, field: FieldSpec, place: Place, text: string): Issue {
  const columnLower = { vi: field.label.vi.toLocaleLowerCase('vi'), en: field.label.en.toLowerCase() };
  return issue('true-false-value', at(place, spec, field), { where: where(spec, field), text: quote(text), columnLower }, { hint: blankHint(field) });
}

/** The usual cause of each Excel error value, said in the hint: #REF! is a deleted reference, not a division by zero. */
const FORMULA_ERROR_CAUSES: Record<string, PhraseKey> = {
  '#DIV/0!': 'formula-error-div0',
  '#REF!': 'formula-error-ref',
  '#VALUE!': 'formula-error-value',
  '#N/A': 'formula-error-na',
  '#NAME?': 'formula-error-name',
  '#NUM!': 'formula-error-num',
};

export function formulaError(spec: TableSpec, field: FieldSpec | null, place: Place, error: string): Issue {
  const cause = { phrase: FORMULA_ERROR_CAUSES[error.toUpperCase()] ?? 'formula-error-other' };
  return issue('formula-error', at(place, spec, field), { where: where(spec, field), error, cause });
}

/** An amount typed with its scale word («1,095 tỷ»): read as that many đồng (`value`), said with the word. */
export function numberWithScaleWord(spec: TableSpec, field: FieldSpec, place: Place, text: string, value: number, word: string): Issue {
  return issue('number-with-scale-word', at(place, spec, field), { where: where(spec, field), text: quote(text), value: { n: value, upTo: 6 }, word });
}

export function numberAsText(spec: TableSpec, field: FieldSpec, place: Place, text: string, value: number): Issue {
  return issue('number-as-text', at(place, spec, field), { where: where(spec, field), text: quote(text), value: { n: value, upTo: 6 } });
}

/**
 * A number typed as text the other way than its column is read ("1220.96" in a column of "7.239", read the
 * Vietnamese way): read as it says, and the cell named, since the column mixes two ways of writing numbers
 * and its ambiguous cells may be meant the other way (tester item 1 of round 5). A warning of type-error, so
 * that the draft marks the figures it feeds and the list never folds it away among the plain number-as-text.
 */
export function numberStyleMixed(spec: TableSpec, field: FieldSpec, place: Place, text: string, value: number, columnStyle: 'vi' | 'en'): Issue {
  const way = (s: 'vi' | 'en'): IssueParam => ({ phrase: s === 'vi' ? 'number-style-vi' : 'number-style-en' });
  return issue('number-style-mixed', at(place, spec, field), {
    where: where(spec, field),
    text: quote(text),
    value: { n: value, upTo: 6 },
    cellWay: way(columnStyle === 'vi' ? 'en' : 'vi'),
    columnWay: way(columnStyle),
  });
}

/**
 * A count typed as text that reads as two whole numbers («1,000»: 1 or 1.000) in a column whose other cells do not
 * decide (REPORTING-SCHEMA.md §1): read the Vietnamese way (DOMAIN.md §5), the text and both readings said.
 */
export function numberTwoWays(spec: TableSpec, field: FieldSpec, place: Place, text: string, readings: { vi: number; en: number }): Issue {
  return issue('number-two-ways', at(place, spec, field), {
    where: where(spec, field),
    text: quote(text),
    vi: { n: readings.vi, upTo: 6 },
    en: { n: readings.en, upTo: 6 },
  });
}

export function legacyEncoding(spec: TableSpec, field: FieldSpec | null, place: Place, enc: 'tcvn3' | 'vni', converted: string): Issue {
  const encoding = enc === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
  return issue('legacy-encoding', at(place, spec, field), { where: where(spec, field), encoding, converted: quote(converted, 120) });
}

/**
 * The legacy-encoding issues of one sheet and encoding said once (a sheet typed in TCVN3 made one warning
 * per cell, six near-identical lines for one fact): the first stands where they stood, naming how many cells,
 * the range spanning them and the first one's converted text; a single cell keeps its own sentence. Every
 * other issue keeps its place and order. `issues`: the reader's list; returns a new list.
 */
export function legacyEncodingBySheet(issues: readonly Issue[]): Issue[] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    if (i.code !== 'legacy-encoding' || !i.sheet) continue;
    const key = `${i.sheet}|${String(i.params.encoding)}`;
    const list = groups.get(key) ?? [];
    if (!list.some((x) => x.cell === i.cell)) list.push(i);
    groups.set(key, list);
  }
  const out: Issue[] = [];
  for (const i of issues) {
    if (i.code !== 'legacy-encoding' || !i.sheet) {
      out.push(i);
      continue;
    }
    const list = groups.get(`${i.sheet}|${String(i.params.encoding)}`)!;
    if (list[0] !== i) continue;
    if (list.length === 1) {
      out.push(i);
      continue;
    }
    const boxes = list.map((x) => parseRange(x.cell)).filter((b) => b !== null);
    const range = rangeA1(
      Math.min(...boxes.map((b) => b.top)),
      Math.min(...boxes.map((b) => b.left)),
      Math.max(...boxes.map((b) => b.bottom)),
      Math.max(...boxes.map((b) => b.right)),
    );
    const same = <K extends 'table' | 'field'>(k: K) => (list.every((x) => x[k] === i[k]) ? i[k] : '');
    out.push(
      issue(
        'legacy-encoding-cells',
        { sheet: i.sheet, cell: range, table: same('table'), field: same('field') },
        { count: list.length, encoding: i.params.encoding, first: i.cell, converted: i.params.converted },
        { severity: i.severity },
      ),
    );
  }
  return out;
}

export function blankRow(spec: TableSpec, place: Place): Issue {
  return issue('blank-row', at(place, spec, null), { table: spec.label });
}

export function unitAssumed(spec: TableSpec, place: Place): Issue {
  return issue('unit-assumed', at(place, spec, null), { table: spec.label });
}

export function pinNotFound(spec: TableSpec, sheet: string, range: string): Issue {
  const severity = spec.required ? 'error' : 'warning';
  return issue('pin-not-found', at({ sheet: '', cell: '' }, spec, null), { table: spec.label, pinSheet: sheet, range }, { severity });
}

/**
 * A total left blank, or a formula saved without its value (a file written by a program, not by Excel), that its
 * parts determine: the figure is computed from them and the clerk is told which cell and how to make it hold.
 */
export function totalFromParts(spec: TableSpec, field: FieldSpec, place: Place, value: number, parts: string): Issue {
  const shown = { n: value, decimals: Number.isInteger(value) ? 0 : 2 };
  return issue('total-from-parts', at(place, spec, field), { where: where(spec, field), parts, value: shown });
}

/** Another place that could hold the table, not read because the one read has better evidence or is visible. */
export function otherCandidate(spec: TableSpec, place: Place, read: Place, hidden: boolean): Issue {
  const why: IssueParam = { phrase: hidden ? 'because-hidden' : 'because-less-evidence' };
  return issue('other-candidate', at(place, spec, null), { table: spec.label, why, readCell: read.cell, readSheet: read.sheet });
}

/**
 * A list of persons on another sheet that is not read with the read one (tester 7 item 3): it names a person of
 * the read list, its title states another period, or it is headed otherwise; its `people` are in no staff figure.
 */
export function staffPartLeftOut(
  spec: TableSpec,
  place: Place,
  read: Place,
  people: number,
  because: 'because-shares-person' | 'because-other-title-period' | 'because-less-evidence',
): Issue {
  const why: IssueParam = { phrase: because };
  return issue('staff-part-left-out', at(place, spec, null), { table: spec.label, why, people, readCell: read.cell, readSheet: read.sheet });
}

/**
 * Documents issued kept both as a register and as counts by kind (read/documentCounts.ts): the register is read, the
 * counts at `place` (stating `total` documents) are not used.
 */
export function documentCountsNotUsed(spec: TableSpec, place: Place, total: number, read: Place): Issue {
  return issue('document-counts-not-used', at(place, spec, null), { total, readCell: read.cell, readSheet: read.sheet });
}

/** No visible sheet holds the table: it is read from a hidden one, which the clerk may not know is there. */
export function readFromHidden(spec: TableSpec, place: Place): Issue {
  return issue('read-from-hidden', at(place, spec, null), { table: spec.label });
}

/** A range headed like the table whose values or words say it is something else (a payroll, an applicant list). */
export function notOnEvidence(spec: TableSpec, place: Place, against: string[]): Issue {
  if (!against.length) return issue('values-against-table', at(place, spec, null), { table: spec.label });
  return issue('words-against-table', at(place, spec, null), { table: spec.label, words: against.map((w) => `«${w}»`).join(', ') });
}

/**
 * A sheet that shows the table by its title or its header's labels, where none of its rows could be read (unreadTable.ts):
 * its sheet, what shows the table and what kept its rows from being read.
 */
export function tableUnread(spec: TableSpec, place: Place, sign: IssueParam, missing: IssueParam[]): Issue {
  return issue('table-unread', at(place, spec, null), { table: spec.label, sign, missing: { list: missing, sep: '; ' } });
}

/** An `info` block without the row of a field it should give (the report date): where to add that row. */
export function missingInfoRow(spec: TableSpec, field: FieldSpec, place: Place, valueCell: string, severity: Severity): Issue {
  const params = {
    table: spec.label,
    column: field.label,
    columnVi: field.label.vi,
    valueCell,
    dateForm: field.kind === 'date' ? ({ phrase: 'as-date' } as const) : '',
  };
  return issue('info-row-missing', at(place, spec, field), params, { severity });
}

/**
 * A period as the sentences name it: "năm 2022" for a calendar year, "tính đến 31/12/2022" for one day (the day a
 * list stands at), else "từ 01/01/2023 đến 31/03/2023".
 */
export function periodWords(start: number, end: number): IssueParam {
  if (start === end) return { phrase: 'as-of', params: { date: { date: start } } };
  const s = serialParts(start);
  const e = serialParts(end);
  if (s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31 && s.y === e.y) return { phrase: 'year-named', params: { year: String(s.y) } };
  return { phrase: 'from-to', params: { start: { date: start }, end: { date: end } } };
}

/**
 * Another table of the same kind whose title states another period than the report's, not used (last year's
 * table above this year's). `place`: its header; `titleCell`: the title line that states `start`–`end`.
 */
export function tableOfOtherPeriod(spec: TableSpec, place: Place, titleCell: string, start: number, end: number, read: Place): Issue {
  return issue('table-other-period', at(place, spec, null), {
    table: spec.label,
    stated: periodWords(start, end),
    titleCell,
    readCell: read.cell,
    readSheet: read.sheet,
  });
}

/** Sheets and their periods, as a list: «sheet «T7»: từ 01/07/2026 đến 31/07/2026; sheet «T8»: …». */
function sheetPeriods(parts: readonly { sheet: string; start: number; end: number }[]): IssueParam {
  return { list: parts.map((p) => ({ phrase: 'sheet-period', params: { sheet: p.sheet, period: periodWords(p.start, p.end) } })), sep: '; ' };
}

/**
 * A table given only in parts of the report period (sheets «T1», «T2», «T3» of a quarter): none read. `place`: the
 * first part's header; `parts`: each part's sheet and stated period, in order; `start`, `end`: the report period;
 * `missing`: the spans no part covers; `doubled`: the parts covering days an earlier part covers.
 */
export function periodInParts(
  spec: TableSpec,
  place: Place,
  parts: { sheet: string; start: number; end: number }[],
  start: number,
  end: number,
  missing: readonly { start: number; end: number }[] = [],
  doubled: readonly { sheet: string; start: number; end: number }[] = [],
): Issue {
  const gaps: IssueParam[] = [];
  if (missing.length > 0) gaps.push({ phrase: 'parts-missing', params: { periods: { list: missing.map((m) => periodWords(m.start, m.end)), sep: '; ' } } });
  if (doubled.length > 0) gaps.push({ phrase: 'parts-doubled', params: { parts: sheetPeriods(doubled) } });
  return issue('table-period-in-parts', at(place, spec, null), {
    table: spec.label,
    parts: sheetPeriods(parts),
    period: periodWords(start, end),
    gaps: gaps.length > 0 ? { list: gaps, sep: '' } : '',
  });
}

/**
 * A table summed from its parts of the report period (monthly sheets making a quarter): flows added, stocks of the
 * first or last part. `place`: the first part's range; `parts`: each part's sheet and period, in order.
 */
export function tableSummedFromParts(spec: TableSpec, place: Place, parts: readonly TablePart[], start: number, end: number): Issue {
  const list = parts.map((p) => ({ sheet: p.sheet, start: p.period?.start ?? start, end: p.period?.end ?? end }));
  return issue('table-summed-from-parts', at(place, spec, null), {
    table: spec.label,
    count: String(parts.length),
    parts: sheetPeriods(list),
    period: periodWords(start, end),
    first: parts[0].sheet,
    last: parts[parts.length - 1].sheet,
  });
}

/**
 * A table of several units (a column «Đơn vị» of communes, read/unitRows.ts): the row of the info table's unit read
 * (`unit` at 0-based sheet rows `row`), or, with `read` null, none of them is it and the table is not read (`units`:
 * the names, `agency`: the info table's, null when it names none). `place`: the table's range.
 */
export function tableOfUnits(
  spec: TableSpec,
  place: Place,
  heading: string,
  units: string[],
  agency: string | null,
  read: { unit: string; row: number[] } | null,
): Issue {
  if (read)
    return issue('table-units-row-read', at(place, spec, null), {
      table: spec.label,
      heading,
      unit: read.unit,
      row: read.row.map((r) => String(r + 1)).join(', '),
    });
  const who: IssueParam = agency ? `«${agency}»` : { phrase: 'agency-unknown' };
  const names: IssueParam = { list: units.map((u) => `«${u}»`), sep: ', ' };
  return issue('table-units-none-matches', at(place, spec, null), { table: spec.label, heading, units: names, agency: who });
}

/** A table whose rows are consecutive periods (read/periodRows.ts): its stocks are the last or first row's. */
export function tablePeriodRows(spec: TableSpec, place: Place, first: string, last: string): Issue {
  return issue('table-period-rows', at(place, spec, null), { table: spec.label, first, last });
}

/** A second table of the same kind on the sheet of the one read, not read. `place`: its header. */
export function secondTable(
  spec: TableSpec,
  place: Place,
  read: Place,
  why: 'because-read-names-period' | 'because-nothing-tells' | 'because-less-evidence',
): Issue {
  return issue('table-second', at(place, spec, null), { table: spec.label, why: { phrase: why }, readCell: read.cell, readSheet: read.sheet });
}

/**
 * A block shaped like the table read, on its sheet, whose heading line names another measure («2. Trình độ lý luận
 * chính trị» under a staff table by level): not read, and said to be other figures, not another table of the kind.
 * `place`: its header; `title`: the heading line's text.
 */
export function otherMeasureBlock(spec: TableSpec, place: Place, title: string, read: Place): Issue {
  return issue('table-other-measure', at(place, spec, null), { table: spec.label, title: quote(title), readCell: read.cell, readSheet: read.sheet });
}

/** A table's title line states another period than the report's (`period`): its figures may be another period's. */
export function tablePeriodDiffers(spec: TableSpec, place: Place, stated: { start: number; end: number }, period: { start: number; end: number }): Issue {
  return issue('table-period-differs', at(place, spec, null), {
    table: spec.label,
    stated: periodWords(stated.start, stated.end),
    period: periodWords(period.start, period.end),
  });
}

/**
 * The column read for `field` states another period than the report's («Thực hiện quý IV» in a year's report,
 * tester 6 item 5): a warning on its amounts (`place`: the column's data cells, so the figures drawn from them are
 * marked), quoting its header `label` at `header`.
 */
export function columnPeriodDiffers(
  spec: TableSpec,
  field: FieldSpec,
  place: Place,
  label: string,
  header: string,
  period: { start: number; end: number },
): Issue {
  return issue('column-period-differs', at(place, spec, field), {
    table: spec.label,
    column: field.label,
    label: quote(label),
    header,
    period: periodWords(period.start, period.end),
  });
}

/**
 * A budget's estimate column whose header names no body, read as the superior's estimate (estimateBody.ts): said, so
 * the clerk can name the council where it is its estimate. `label`: the header's text; `header`: its cell.
 */
export function estimateAssumed(spec: TableSpec, field: FieldSpec, place: Place, label: string, header: string): Issue {
  return issue('estimate-assumed', at(place, spec, field), { table: spec.label, column: field.label, label: quote(label), header });
}

/**
 * Rows breaking a row above them down («Trong đó: Nữ», «Đảng viên» under «Tổng cộng»), not counted (breakdownRows.ts):
 * one note per table naming them (`labels`: their first labels, up to three quoted), at the first one's cell.
 */
export function breakdownSkipped(spec: TableSpec, place: Place, labels: string[]): Issue {
  const shown = labels.slice(0, 3).map((l) => `«${quote(l, 40)}»`);
  const rows = shown.join(', ') + (labels.length > 3 ? ', …' : '');
  return issue('breakdown-rows-skipped', at(place, spec, null), { table: spec.label, count: labels.length, rows });
}

/** A row with numbers but no field name that sums the table's other rows: read as the total (unlabelledRows.ts). */
export function unlabelledTotal(spec: TableSpec, place: Place): Issue {
  return issue('unlabelled-total', at(place, spec, null), { table: spec.label });
}

/** A row with numbers but no field name that sums no other rows: counted with the fields, and said as an error. */
export function unlabelledRow(spec: TableSpec, place: Place): Issue {
  return issue('unlabelled-row', at(place, spec, null), { table: spec.label });
}

/** Rows of a table hidden on its sheet (by hand or by a filter): read and counted, and said. `place`: the first one. */
export function hiddenRows(spec: TableSpec, place: Place, count: number): Issue {
  return issue('hidden-rows', at(place, spec, null), { table: spec.label, count });
}

/** A staff list with no «Loại» column whose persons' categories are told from their positions in `place` (a column's cells). */
export function categoryFromPosition(spec: TableSpec, field: FieldSpec | null, place: Place): Issue {
  return issue('category-from-position', at(place, spec, field), { table: spec.label, letter: place.cell.replace(/[\d:].*$/, '') });
}

/**
 * A person of such a list whose category neither a «Loại» column nor the position (`text`, '' when blank) tells:
 * the headcount and the education shares cannot be computed (error; REPORTING-SCHEMA §3 constraint-error, §4 staff).
 */
export function categoryNotTold(spec: TableSpec, field: FieldSpec | null, place: Place, text: string): Issue {
  const w = where(spec, field);
  return text
    ? issue('category-not-told', at(place, spec, field), { where: w, text: quote(text) })
    : issue('category-not-told-blank', at(place, spec, field), { where: w });
}

/**
 * «Từ ngày» later than «Đến ngày» in the info block (tester 16 F9: the two dates typed in each other's rows, every
 * dossier and document then fell outside the period and the draft said 0 hồ sơ). An error on «Từ ngày»'s cell; the
 * period is then taken as unknown. `start`, `end`: Excel serials; `endCell`: «Đến ngày»'s cell.
 */
export function periodReversed(spec: TableSpec, field: FieldSpec, place: Place, start: number, end: number, endCell: string): Issue {
  return issue('period-reversed', at(place, spec, field), {
    periodStart: { date: Math.floor(start) },
    periodEnd: { date: Math.floor(end) },
    cell: place.cell,
    endCell,
  });
}

/**
 * A staff list of persons whose only qualification column is political theory, its header at `place` (tester «blocks»
 * item 3): the headcount comes from the list, the education shares cannot be computed (error).
 */
export function educationOnlyPoliticalTheory(spec: TableSpec, place: Place): Issue {
  const field = spec.fields.find((f) => f.key === 'education') ?? null;
  return issue('education-only-political-theory', at(place, spec, field), { table: spec.label, letter: place.cell.replace(/[\d:].*$/, '') });
}
