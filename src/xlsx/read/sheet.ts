/**
 * One worksheet's XML (UTF-8 bytes, without element prefixes: see sheetBytes in index.ts) to a SheetSnapshot,
 * in a single pass over the bytes of `<sheetData>` (see bytes.ts: markup is ASCII, only a cell's shown text is
 * decoded). Values as Excel shows them: a formula gives its cached result, a shared or inline string its text
 * (rich-text runs joined), an error {error}, a boolean true/false; a number under a date format is a serial of
 * the 1900 date system even in a 1904 workbook. Blank and whitespace-only cells are left out.
 * This is the hot path of a 100 000-row log: it walks the bytes, takes the common `<c ...><v>…</v></c>` form
 * without a general parse, and allocates nothing per cell beyond the value.
 */
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import type { Styles } from './styles';
import { decodeXml, stringItemText } from './xml';
import { computeFormulas, type CellLookup, type StoredFormula } from './formula';
import { bytesAre, findAscii, lastFindAscii, utf8Text } from './bytes';
import { mergesOf, withHiddenLines } from './denseSheet';
import { CellRows } from './cellRows';
import { cleanText } from '../../core/text/clean';
import { a1 } from '../../core/address';

export interface CellLook {
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1904 = 1462;
const DAY_MS = 86400000;
const MAX_ROW = 1048575;
const MAX_COL = 16383;

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const COLON = 58;

/** A cell's `t` attribute, as a number: the scanner compares numbers, never strings. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_BOOL = 3;
const T_ERROR = 4;
const T_DATE = 5;
const T_INLINE = 6;
/** Any other `t`: read as a number when it is one, else as text. */
const T_OTHER = 7;

function typeOf(b: Uint8Array, start: number, end: number): number {
  const len = end - start;
  const c = b[start];
  if (len === 1)
    return c === 110 /* n */
      ? T_NUMBER
      : c === 115 /* s */
        ? T_SHARED
        : c === 98 /* b */
          ? T_BOOL
          : c === 101 /* e */
            ? T_ERROR
            : c === 100 /* d */
              ? T_DATE
              : T_OTHER;
  if (bytesAre(b, start, end, 'str')) return T_STR;
  if (bytesAre(b, start, end, 'inlineStr')) return T_INLINE;
  return T_OTHER;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH;
}

/** Index of the byte `c` at or after `from`, -1 when none. */
function indexOfByte(b: Uint8Array, c: number, from: number): number {
  const n = b.length;
  for (let i = from; i < n; i++) if (b[i] === c) return i;
  return -1;
}

/**
 * The attributes of the `<c>` or `<row>` start tag last scanned, and where it ends. Module state rather
 * than an object per cell: the scanner runs a million times on a large log and is not re-entrant anyway.
 */
let refStart = -1;
let refEnd = -1;
let tagStyle = 0;
let tagType = T_NUMBER;
let tagSelfClosing = false;
let tagEnd = 0;
/** `hidden="1"` (or "true") on the tag: a row the user hid. */
let tagHidden = false;

/** Scans a start tag's attributes from `i` (just after its name). Returns false when the tag is cut off. */
function scanTag(b: Uint8Array, i: number): boolean {
  refStart = -1;
  refEnd = -1;
  tagStyle = 0;
  tagType = T_NUMBER;
  tagHidden = false;
  const n = b.length;
  for (;;) {
    while (i < n && isSpace(b[i])) i++;
    if (i >= n) return false;
    let c = b[i];
    if (c === GT) {
      tagSelfClosing = false;
      tagEnd = i + 1;
      return true;
    }
    if (c === SLASH) {
      tagSelfClosing = true;
      const gt = indexOfByte(b, GT, i);
      tagEnd = gt + 1;
      return gt >= 0;
    }
    const nameStart = i;
    while (i < n && (c = b[i]) !== EQ && c !== GT && !isSpace(c)) i++;
    const nameEnd = i;
    while (i < n && isSpace(b[i])) i++;
    if (b[i] !== EQ) {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(b[i])) i++;
    const q = b[i];
    if (q !== 34 && q !== 39) continue;
    const close = indexOfByte(b, q, i + 1);
    if (close < 0) return false;
    // Only one-letter attributes matter (r, s, t), with or without a prefix.
    const len = nameEnd - nameStart;
    const one = len === 1 || (len > 2 && b[nameEnd - 2] === COLON) ? b[nameEnd - 1] : 0;
    if (one === 114 /* r */) {
      refStart = i + 1;
      refEnd = close;
    } else if (one === 115 /* s */) tagStyle = uint(b, i + 1, close);
    else if (one === 116 /* t */) tagType = typeOf(b, i + 1, close);
    else if (len >= 6 && isHiddenName(b, nameStart, nameEnd)) tagHidden = bytesAre(b, i + 1, close, '1') || bytesAre(b, i + 1, close, 'true');
    i = close + 1;
  }
}

/** The attribute name in [start, end) is `hidden`, with or without a prefix. */
function isHiddenName(b: Uint8Array, start: number, end: number): boolean {
  return bytesAre(b, end - 6, end, 'hidden') && (end - start === 6 || b[end - 7] === COLON);
}

/** The unsigned integer written in [start, end), or -1 when it is not one (or absurdly long). */
function uint(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Row and column (0-based) of the reference last parsed by parseRef; row -1 when it had no digits. */
let refRow = -1;
let refCol = -1;

/** Parses a reference such as "AB12" in [start, end) into refRow/refCol; false when it is not one. */
function parseRef(b: Uint8Array, start: number, end: number): boolean {
  let i = start;
  let col = 0;
  let c = b[i];
  if (c === 36) c = b[++i];
  while (i < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
    col = col * 26 + ((c | 32) - 96);
    if (col > MAX_COL + 1) return false;
    c = b[++i];
  }
  if (c === 36) i++;
  if (col === 0) return false;
  refCol = col - 1;
  if (i === end) {
    refRow = -1;
    return true;
  }
  const row = uint(b, i, end);
  if (row < 1 || row - 1 > MAX_ROW) return false;
  refRow = row - 1;
  return true;
}

/**
 * The attributes as Excel and most writers lay them out, ` r="B12"` then optionally ` s="3"` and ` t="s"`,
 * read in one go into refRow/refCol, tagStyle, tagType and tagEnd. False for anything else (the caller
 * then scans the tag in general).
 */
function commonCellTag(b: Uint8Array, i: number): boolean {
  // ' r="'
  if (b[i] !== 32 || b[i + 1] !== 114 || b[i + 2] !== EQ || b[i + 3] !== 34) return false;
  i += 4;
  let col = 0;
  let c = b[i];
  while (c >= 65 && c <= 90) {
    col = col * 26 + (c - 64);
    c = b[++i];
  }
  let row = 0;
  const digits = i;
  while (c >= 48 && c <= 57) {
    row = row * 10 + (c - 48);
    c = b[++i];
  }
  if (c !== 34 || col === 0 || col - 1 > MAX_COL || i === digits || i - digits > 7 || row === 0 || row - 1 > MAX_ROW) return false;
  i++;
  let style = 0;
  let type = T_NUMBER;
  // ' s="digits"' (one digit read in place)
  if (b[i] === 32 && b[i + 1] === 115 && b[i + 2] === EQ && b[i + 3] === 34) {
    c = b[i + 4];
    if (b[i + 5] === 34 && c >= 48 && c <= 57) {
      style = c - 48;
      i += 6;
    } else {
      const close = indexOfByte(b, 34, i + 4);
      style = uint(b, i + 4, close);
      if (style < 0) return false;
      i = close + 1;
    }
  }
  // ' t="type"' (a shared string's "s" read in place)
  if (b[i] === 32 && b[i + 1] === 116 && b[i + 2] === EQ && b[i + 3] === 34) {
    if (b[i + 4] === 115 && b[i + 5] === 34) {
      type = T_SHARED;
      i += 6;
    } else {
      const close = indexOfByte(b, 34, i + 4);
      if (close < 0 || close - i > 16) return false;
      type = typeOf(b, i + 4, close);
      i = close + 1;
    }
  }
  c = b[i];
  if (c === GT) tagSelfClosing = false;
  else if (c === SLASH && b[i + 1] === GT) {
    tagSelfClosing = true;
    i++;
  } else return false;
  refRow = row - 1;
  refCol = col - 1;
  tagStyle = style;
  tagType = type;
  tagEnd = i + 1;
  return true;
}

/** Index just after the start tag `<name ...>` of a child found in [from, to); -1 when absent, -2 when self-closing. */
function childStart(b: Uint8Array, openTag: string, from: number, to: number): number {
  let i = findAscii(b, openTag, from, to);
  while (i >= 0) {
    if (isNameEnd(b[i + openTag.length])) {
      const gt = indexOfByte(b, GT, i);
      if (gt < 0 || gt >= to) return -1;
      return b[gt - 1] === SLASH ? -2 : gt + 1;
    }
    i = findAscii(b, openTag, i + openTag.length, to);
  }
  return -1;
}

function isoToSerial(text: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
  if (Number.isNaN(t)) return null;
  return (t - Date.UTC(1899, 11, 30)) / DAY_MS;
}

function nonBlank(s: string): string | null {
  if (s === '') return null;
  // Only a string that starts or ends with white space can be all white space.
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  if ((a <= 32 || a === 160 || z <= 32 || z === 160) && s.trim() === '') return null;
  return s;
}

/**
 * A plain decimal "45286.04166666667" read without making a string, or NaN for anything else. Its last
 * digit may differ from Number()'s, so it is used for dates only, which are rounded to the millisecond.
 */
function decimal(b: Uint8Array, start: number, end: number): number {
  let whole = 0;
  let i = start;
  let c = b[i];
  while (i < end && c >= 48 && c <= 57) {
    whole = whole * 10 + (c - 48);
    c = b[++i];
  }
  if (i === start || i === end || c !== 46 || end - i > 17) return i === end && i > start ? whole : NaN;
  // The fraction's digits (at most 16) as two small integers, the first 9 and the rest, so that no digit
  // makes a floating-point number; joined, they are the integer a digit-by-digit sum makes, rounded alike.
  const dot = i;
  const headEnd = Math.min(end, dot + 10);
  let head = 0;
  for (i = dot + 1; i < headEnd; i++) {
    c = b[i];
    if (c < 48 || c > 57) return NaN;
    head = head * 10 + (c - 48);
  }
  if (i === end) return whole + head / POW10[end - dot - 1];
  let tail = 0;
  for (; i < end; i++) {
    c = b[i];
    if (c < 48 || c > 57) return NaN;
    tail = tail * 10 + (c - 48);
  }
  return whole + (head * POW10[end - headEnd] + tail) / POW10[end - dot - 1];
}

/** 10 to the power of 0 to 16, each exact. */
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

/**
 * A date cell's plain decimal in [start, end) as its 1900-system serial rounded to the millisecond, as
 * collectCells rounds any date; NaN when it is no plain decimal (valueOf then reads it in general).
 */
function dateSerial(b: Uint8Array, start: number, end: number, date1904: boolean): number {
  const d = decimal(b, start, end);
  const serial = date1904 ? d + DAYS_1904 : d;
  return sharedDate(Math.round(serial * DAY_MS) / DAY_MS);
}

/** The table of date serials made has 2^DATE_BITS slots. */
const DATE_BITS = 12;
/**
 * The date serials made so far, one per slot (by their minute): null-filled so that it holds numbers as
 * they are (heap numbers), never as unboxed doubles.
 */
const dateBoxes: (number | null)[] = new Array<number | null>(1 << DATE_BITS).fill(null);

/**
 * `serial` itself, or the same number made before for an earlier cell. A serial with a time of day is a
 * heap number (16 bytes) that the young-generation collector copies twice; a log's dates repeat (a few
 * hundred days, a few times of day: 1 000 distinct among the 100 000-row log's 290 000), so its cells share
 * a few hundred of them instead of making one each.
 */
function sharedDate(serial: number): number {
  // The minute, its bits mixed (a log's times are whole hours: multiples of 60 would share a quarter of the slots).
  const k = Math.imul((serial * 1440) | 0, 0x9e3779b1) >>> (32 - DATE_BITS);
  const known = dateBoxes[k];
  // 0 and -0 are equal but not the same: a zero stays as it was made.
  if (known === serial && serial !== 0) return known;
  dateBoxes[k] = serial;
  return serial;
}

/** A number written as text, or the text itself when it is no finite number ("NaN", "1e400": kept so that the check names it). */
function numberOrText(v: string): CellValue {
  const n = Number(v);
  return Number.isFinite(n) ? n : nonBlank(cleanText(decodeXml(v)));
}

/** A cell's value from the text of its `<v>` in [start, end), by the cell's type. */
function valueOf(b: Uint8Array, type: number, start: number, end: number, strings: string[], isDate: boolean): CellValue {
  if (end <= start) return null;
  if (type === T_NUMBER) {
    // Whole numbers are most cells of a log: read them without making a string.
    const whole = uint(b, start, end);
    if (whole >= 0) return whole;
    if (isDate) {
      const d = decimal(b, start, end);
      if (!Number.isNaN(d)) return d;
    }
    return numberOrText(utf8Text(b, start, end));
  }
  if (type === T_SHARED) {
    const k = uint(b, start, end);
    const s = k >= 0 ? strings[k] : undefined;
    return s === undefined ? null : nonBlank(s);
  }
  if (type === T_BOOL) return bytesAre(b, start, end, '1') || bytesAre(b, start, end, 'true');
  const v = utf8Text(b, start, end);
  switch (type) {
    case T_STR:
      return nonBlank(cleanText(decodeXml(v)));
    case T_ERROR:
      return { error: cleanText(decodeXml(v)).trim() || '#ERROR' };
    case T_DATE:
      return isoToSerial(v.trim());
    default:
      return numberOrText(v);
  }
}

/** Reads a sheet given as text (a part that had to be decoded first: UTF-16, or written with prefixes). */
export function readSheetXml(xml: string, name: string, look: CellLook): SheetSnapshot {
  return readSheetBytes(new TextEncoder().encode(xml), name, look);
}

/** Reads a sheet from its XML's UTF-8 bytes. */
export function readSheetBytes(b: Uint8Array, name: string, look: CellLook): SheetSnapshot {
  // About one cell per 30 bytes of XML: room for the cell list up front.
  const cells = new CellRows(Math.floor(b.length / 30));
  const at = sheetDataAt(b);
  let dataEnd = 0;
  const hiddenRows: number[] = [];
  const noValue: Unsaved = { refs: [], formulas: [], computed: null };
  let start = -1;
  if (at >= 0) {
    const gt = indexOfByte(b, GT, at);
    const selfClosing = gt > 0 && b[gt - 1] === SLASH;
    // Searched from the end: the sheet data is most of the text, and little follows it.
    const close = selfClosing ? -1 : lastFindAscii(b, '</sheetData>');
    dataEnd = selfClosing ? gt : close < 0 ? b.length : close;
    if (!selfClosing) collectCells(b, (start = gt + 1), dataEnd, look, cells, hiddenRows, noValue);
  }
  let sheet = cells.sheet(name, look.styles, mergesOf(utf8Text(b, dataEnd, b.length), 0));
  if (noValue.formulas.length > 0) {
    // Formulas saved without their result: those of plain arithmetic on this sheet are computed (formula.ts), and
    // the sheet read again with their values in place (rare files only: a program's, never Excel's).
    const computed = computeFormulas(noValue.formulas, valueLookup(sheet));
    if (computed.size > 0) {
      const again: Unsaved = { refs: [], formulas: [], computed };
      const cells2 = new CellRows(Math.floor(b.length / 30));
      hiddenRows.length = 0;
      collectCells(b, start, dataEnd, look, cells2, hiddenRows, again);
      sheet = cells2.sheet(name, look.styles, mergesOf(utf8Text(b, dataEnd, b.length), 0));
      sheet.formulasComputed = [...computed.keys()].map((k) => a1(...(k.split(',').map(Number) as [number, number])));
      noValue.refs = again.refs;
      if (cells2.unreadCount > 0) sheet.unreadRefs = { count: cells2.unreadCount, first: cells2.unreadFirst };
    } else if (cells.unreadCount > 0) sheet.unreadRefs = { count: cells.unreadCount, first: cells.unreadFirst };
  } else if (cells.unreadCount > 0) sheet.unreadRefs = { count: cells.unreadCount, first: cells.unreadFirst };
  if (noValue.refs.length > 0) sheet.formulasWithoutValue = noValue.refs;
  return withHiddenLines(sheet, hiddenRows, hiddenColsOf(utf8Text(b, 0, at >= 0 ? at : b.length)));
}

/**
 * Formula cells saved without a result, as collectCells meets them: their A1 references (those still without a
 * value), their text (for formula.ts), and on the second reading the values computed for them, by "row,col".
 */
interface Unsaved {
  refs: string[];
  formulas: StoredFormula[];
  computed: Map<string, number> | null;
}

/** The value of a cell of the sheet read (its blocks), by 0-based row and column; undefined outside them. */
function valueLookup(sheet: SheetSnapshot): CellLookup {
  const blocks = [sheet, ...(sheet.blocks ?? [])];
  return (row, col) => {
    for (const k of blocks) {
      const r = row - k.origin.row;
      const c = col - k.origin.col;
      if (r >= 0 && r < k.values.length && c >= 0 && c < (k.values[r]?.length ?? 0)) return k.values[r][c];
    }
    return undefined;
  };
}

/** Where `<sheetData` starts (followed by white space, '>' or '/'); -1 when absent. */
function sheetDataAt(b: Uint8Array): number {
  for (let i = findAscii(b, '<sheetData', 0); i >= 0; i = findAscii(b, '<sheetData', i + 1)) {
    const c = b[i + 10];
    if (isSpace(c) || c === GT || c === SLASH) return i;
  }
  return -1;
}

/**
 * The hidden columns from `<cols>` (in `head`, the text before `<sheetData>`), as [first, last] spans:
 * `<col min="3" max="16384" hidden="1"/>`, as Excel writes "hide every unused column", stays one span.
 */
function hiddenColsOf(head: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /<(?:\w+:)?col\s[^>]*>/g;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const t = m[0];
    if (!/\shidden\s*=\s*["'](1|true)["']/.test(t)) continue;
    const min = Number(/\smin\s*=\s*["'](\d{1,5})["']/.exec(t)?.[1]);
    const max = Number(/\smax\s*=\s*["'](\d{1,5})["']/.exec(t)?.[1] ?? min);
    if (min >= 1) out.push([min - 1, max - 1]);
  }
  return out;
}

/** `<c` at lt: a cell start tag (not `<col`...). */
function isCellTag(b: Uint8Array, lt: number): boolean {
  return b[lt + 1] === 99 && isNameEnd(b[lt + 2]);
}

/** `<row` at lt. */
function isRowTag(b: Uint8Array, lt: number): boolean {
  return b[lt + 1] === 114 && b[lt + 2] === 111 && b[lt + 3] === 119 && isNameEnd(b[lt + 4]);
}

/** `<v>` at i. */
function isValueOpen(b: Uint8Array, i: number): boolean {
  return b[i] === LT && b[i + 1] === 118 && b[i + 2] === GT;
}

/** `</v></c>` at i. */
function isValueCellClose(b: Uint8Array, i: number): boolean {
  return (
    b[i] === LT && b[i + 1] === SLASH && b[i + 2] === 118 && b[i + 3] === GT && b[i + 4] === LT && b[i + 5] === SLASH && b[i + 6] === 99 && b[i + 7] === GT
  );
}

/** Index just past the markup starting at `lt` that is not a tag: a comment, CDATA, PI or declaration. */
function skipSpecial(b: Uint8Array, lt: number): number {
  if (b[lt + 1] === 33 && b[lt + 2] === 45 && b[lt + 3] === 45) {
    const e = findAscii(b, '-->', lt + 4);
    return e < 0 ? b.length : e + 3;
  }
  if (bytesAre(b, lt, lt + 9, '<![CDATA[')) {
    const e = findAscii(b, ']]>', lt + 9);
    return e < 0 ? b.length : e + 3;
  }
  const e = indexOfByte(b, GT, lt + 1);
  return e < 0 ? b.length : e + 1;
}

/** The first characters of the reference in [start, end), as written (for a sentence naming it). */
function refText(b: Uint8Array, start: number, end: number): string {
  // 20 characters take at most 80 bytes.
  return utf8Text(b, start, Math.min(end, start + 80)).slice(0, 20);
}

/**
 * Pushes the cells into `out`, the 0-based indices of rows marked hidden into `hiddenRows` and the cells holding a
 * formula without a saved result (no `<v>`) into `noValue` (A1 and text), or their value when `noValue.computed` has it.
 */
function collectCells(b: Uint8Array, from: number, to: number, look: CellLook, out: CellRows, hiddenRows: number[], noValue: Unsaved): void {
  const { strings, date1904 } = look;
  const { dates } = look.styles;
  let row = -1;
  let col = -1;
  /** The reference of the current row when it names no row of Excel's grid ('' when it is fine). */
  let badRow = '';
  let i = from;
  for (;;) {
    while (i < to && b[i] !== LT) i++;
    if (i >= to) return;
    const lt = i;
    if (!isCellTag(b, lt)) {
      if (isRowTag(b, lt)) {
        if (!scanTag(b, lt + 4)) return;
        const r = refStart >= 0 ? uint(b, refStart, refEnd) : -1;
        if (refStart < 0) row++;
        else if (r >= 1 && r - 1 <= MAX_ROW) {
          row = r - 1;
          badRow = '';
        } else badRow = refText(b, refStart, refEnd);
        if (tagHidden && !badRow) hiddenRows.push(row);
        col = -1;
        i = tagEnd;
      } else i = skipSpecial(b, lt);
      continue;
    }
    // A reference that names no cell of Excel's grid (beyond XFD or row 1048576, row 0, malformed), or a
    // cell without one in such a row, is not placed anywhere: guessing its place would move data.
    let bad = '';
    if (commonCellTag(b, lt + 2)) {
      col = refCol;
      row = refRow;
    } else {
      if (!scanTag(b, lt + 2)) return;
      if (refStart < 0) {
        col++;
        bad = badRow;
      } else if (parseRef(b, refStart, refEnd)) {
        col = refCol;
        if (refRow >= 0) row = refRow;
        else bad = badRow;
      } else bad = refText(b, refStart, refEnd) || '?';
    }
    if (row < 0) row = 0;
    if (tagSelfClosing) {
      i = tagEnd;
      continue;
    }
    const isDate = dates[tagStyle] === true;
    let value: CellValue;
    // The common form <c ...><v>text</v></c>, read in place.
    const vEnd = isValueOpen(b, tagEnd) ? indexOfByte(b, LT, tagEnd + 3) : -1;
    if (vEnd > 0 && tagType !== T_INLINE && isValueCellClose(b, vEnd)) {
      i = vEnd + 8;
      if (isDate && tagType === T_NUMBER) {
        // A date of a log (a third of its cells): its serial made once, not a decimal and then its rounding.
        const serial = dateSerial(b, tagEnd + 3, vEnd, date1904);
        if (serial === serial) {
          if (col > MAX_COL) continue;
          if (bad) out.unread(cleanText(bad));
          else out.push(row, col, tagStyle, serial);
          continue;
        }
      }
      value = valueOf(b, tagType, tagEnd + 3, vEnd, strings, isDate);
    } else {
      let end = findAscii(b, '</c>', tagEnd, to);
      if (end < 0) end = to;
      value = otherCell(b, tagType, tagEnd, end, strings, isDate);
      if (value === null && !bad && col <= MAX_COL && tagType !== T_INLINE && childStart(b, '<v', tagEnd, end) === -1) {
        const f = childStart(b, '<f', tagEnd, end);
        if (f !== -1) {
          const computed = noValue.computed?.get(`${row},${col}`);
          if (computed !== undefined) {
            // Computed from the values read (dates already as 1900 serials): pushed as it is.
            if (!bad) out.push(row, col, tagStyle, computed);
            i = end + 4;
            continue;
          } else {
            noValue.refs.push(a1(row, col));
            // A shared formula's other cells (<f t="shared" si="0"/>) hold no text of their own: not computed.
            if (f >= 0) noValue.formulas.push({ row, col, text: decodeXml(utf8Text(b, f, Math.min(end, indexOfByte(b, LT, f)))) });
          }
        }
      }
      i = end + 4;
    }
    if (value === null || col > MAX_COL) continue;
    if (bad) {
      out.unread(cleanText(bad));
      continue;
    }
    if (isDate && typeof value === 'number') {
      // A date keeps its 1900-system serial, rounded to the millisecond to drop float noise.
      const serial = date1904 ? value + DAYS_1904 : value;
      value = sharedDate(Math.round(serial * DAY_MS) / DAY_MS);
    }
    out.push(row, col, tagStyle, value);
  }
}

/** Any other cell content: a formula before its value, an inline string, a value with attributes. */
function otherCell(b: Uint8Array, type: number, from: number, end: number, strings: string[], isDate: boolean): CellValue {
  if (type === T_INLINE) {
    const start = childStart(b, '<is', from, end);
    return start < 0 ? null : nonBlank(cleanText(stringItemText(utf8Text(b, start, end))));
  }
  const start = childStart(b, '<v', from, end);
  if (start < 0) return null;
  const close = indexOfByte(b, LT, start);
  return valueOf(b, type, start, close < 0 || close > end ? end : close, strings, isDate);
}
