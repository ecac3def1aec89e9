/**
 * One worksheet's XML (without element prefixes: see partText) to a SheetSnapshot, in a single pass over `<sheetData>`.
 * Values as Excel shows them: a formula gives its cached result, a shared or inline string its text
 * (rich-text runs joined), an error {error}, a boolean true/false; a number under a date format is a
 * serial of the 1900 date system even in a 1904 workbook. Blank and whitespace-only cells are left out.
 * This is the hot path of a 100 000-row log: it walks the text with indexOf/charCodeAt, takes the
 * common `<c ...><v>…</v></c>` form without a general parse, and allocates nothing per cell beyond the value.
 */
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import type { Styles } from './styles';
import { decodeXml, skipSpecial, stringItemText } from './xml';
import { CellList, denseSheet, mergesOf, withHiddenLines } from './denseSheet';
import { cleanText } from '../../core/text/clean';

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

const GT = 62;
const SLASH = 47;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH;
}

/**
 * The attributes of the `<c>` or `<row>` start tag last scanned, and where it ends. Module state rather
 * than an object per cell: the scanner runs a million times on a large log and is not re-entrant anyway.
 */
let refStart = -1;
let refEnd = -1;
let tagStyle = 0;
let tagType = 'n';
let tagSelfClosing = false;
let tagEnd = 0;
/** `hidden="1"` (or "true") on the tag: a row the user hid. */
let tagHidden = false;

/** Scans a start tag's attributes from `i` (just after its name). Returns false when the tag is cut off. */
function scanTag(xml: string, i: number): boolean {
  refStart = -1;
  refEnd = -1;
  tagStyle = 0;
  tagType = 'n';
  tagHidden = false;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (isSpace(c)) c = xml.charCodeAt(++i);
    if (c === GT) {
      tagSelfClosing = false;
      tagEnd = i + 1;
      return true;
    }
    if (c === SLASH) {
      tagSelfClosing = true;
      const gt = xml.indexOf('>', i);
      tagEnd = gt + 1;
      return gt >= 0;
    }
    if (Number.isNaN(c)) return false;
    const nameStart = i;
    while (i < xml.length && (c = xml.charCodeAt(i)) !== 61 && c !== GT && !isSpace(c)) i++;
    const nameEnd = i;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const q = xml.charCodeAt(i);
    if (q !== 34 && q !== 39) continue;
    const close = xml.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0) return false;
    // Only one-letter attributes matter (r, s, t), with or without a prefix.
    const len = nameEnd - nameStart;
    const one = len === 1 || (len > 2 && xml.charCodeAt(nameEnd - 2) === 58) ? xml.charCodeAt(nameEnd - 1) : 0;
    if (one === 114 /* r */) {
      refStart = i + 1;
      refEnd = close;
    } else if (one === 115 /* s */) tagStyle = uint(xml, i + 1, close);
    else if (one === 116 /* t */) tagType = xml.slice(i + 1, close);
    else if (len >= 6 && isHiddenName(xml, nameStart, nameEnd)) {
      const v = xml.slice(i + 1, close);
      tagHidden = v === '1' || v === 'true';
    }
    i = close + 1;
  }
}

/** The attribute name in [start, end) is `hidden`, with or without a prefix. */
function isHiddenName(xml: string, start: number, end: number): boolean {
  return xml.startsWith('hidden', end - 6) && (end - start === 6 || xml.charCodeAt(end - 7) === 58);
}

/** The unsigned integer written in [start, end), or -1 when it is not one (or absurdly long). */
function uint(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}

/** Row and column (0-based) of the reference last parsed by parseRef; row -1 when it had no digits. */
let refRow = -1;
let refCol = -1;

/** Parses a reference such as "AB12" in [start, end) into refRow/refCol; false when it is not one. */
function parseRef(xml: string, start: number, end: number): boolean {
  let i = start;
  let col = 0;
  let c = xml.charCodeAt(i);
  if (c === 36) c = xml.charCodeAt(++i);
  while (i < end && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
    col = col * 26 + ((c | 32) - 96);
    if (col > MAX_COL + 1) return false;
    c = xml.charCodeAt(++i);
  }
  if (c === 36) i++;
  if (col === 0) return false;
  refCol = col - 1;
  if (i === end) {
    refRow = -1;
    return true;
  }
  const row = uint(xml, i, end);
  if (row < 1 || row - 1 > MAX_ROW) return false;
  refRow = row - 1;
  return true;
}

/**
 * The attributes as Excel and most writers lay them out, ` r="B12"` then optionally ` s="3"` and ` t="s"`,
 * read in one go into refRow/refCol, tagStyle, tagType and tagEnd. False for anything else (the caller
 * then scans the tag in general).
 */
function commonCellTag(xml: string, i: number): boolean {
  // ' r="'
  if (xml.charCodeAt(i) !== 32 || xml.charCodeAt(i + 1) !== 114 || xml.charCodeAt(i + 2) !== 61 || xml.charCodeAt(i + 3) !== 34) return false;
  i += 4;
  let col = 0;
  let c = xml.charCodeAt(i);
  while (c >= 65 && c <= 90) {
    col = col * 26 + (c - 64);
    c = xml.charCodeAt(++i);
  }
  let row = 0;
  const digits = i;
  while (c >= 48 && c <= 57) {
    row = row * 10 + (c - 48);
    c = xml.charCodeAt(++i);
  }
  if (c !== 34 || col === 0 || col - 1 > MAX_COL || i === digits || i - digits > 7 || row === 0 || row - 1 > MAX_ROW) return false;
  i++;
  let style = 0;
  let type = 'n';
  // ' s="digits"'
  if (xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === 115 && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
    const close = xml.indexOf('"', i + 4);
    style = uint(xml, i + 4, close);
    if (style < 0) return false;
    i = close + 1;
  }
  // ' t="type"'
  if (xml.charCodeAt(i) === 32 && xml.charCodeAt(i + 1) === 116 && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
    const close = xml.indexOf('"', i + 4);
    if (close < 0 || close - i > 16) return false;
    type = xml.slice(i + 4, close);
    i = close + 1;
  }
  c = xml.charCodeAt(i);
  if (c === GT) tagSelfClosing = false;
  else if (c === SLASH && xml.charCodeAt(i + 1) === GT) {
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
function childStart(xml: string, openTag: string, from: number, to: number): number {
  let i = xml.indexOf(openTag, from);
  while (i >= 0 && i < to) {
    if (isNameEnd(xml.charCodeAt(i + openTag.length))) {
      const gt = xml.indexOf('>', i);
      if (gt < 0 || gt >= to) return -1;
      return xml.charCodeAt(gt - 1) === SLASH ? -2 : gt + 1;
    }
    i = xml.indexOf(openTag, i + openTag.length);
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
function decimal(xml: string, start: number, end: number): number {
  let whole = 0;
  let i = start;
  let c = xml.charCodeAt(i);
  while (i < end && c >= 48 && c <= 57) {
    whole = whole * 10 + (c - 48);
    c = xml.charCodeAt(++i);
  }
  if (i === start || i === end || c !== 46 || end - i > 17) return i === end && i > start ? whole : NaN;
  let frac = 0;
  let scale = 1;
  for (i++; i < end; i++) {
    c = xml.charCodeAt(i);
    if (c < 48 || c > 57) return NaN;
    frac = frac * 10 + (c - 48);
    scale *= 10;
  }
  return whole + frac / scale;
}

/** A cell's value from the text of its `<v>` in [start, end), by the cell's type. */
function valueOf(xml: string, type: string, start: number, end: number, strings: string[], isDate: boolean): CellValue {
  if (end <= start) return null;
  if (type === 'n') {
    // Whole numbers are most cells of a log: read them without making a string.
    const whole = uint(xml, start, end);
    if (whole >= 0) return whole;
    if (isDate) {
      const d = decimal(xml, start, end);
      if (!Number.isNaN(d)) return d;
    }
    const v = xml.slice(start, end);
    const n = Number(v);
    // "NaN", "Infinity", "1e400" where a number should be: kept as the text written, so that the check names it.
    return Number.isFinite(n) ? n : nonBlank(cleanText(decodeXml(v)));
  }
  if (type === 's') {
    const k = uint(xml, start, end);
    const s = k >= 0 ? strings[k] : undefined;
    return s === undefined ? null : nonBlank(s);
  }
  const v = xml.slice(start, end);
  switch (type) {
    case 'str':
      return nonBlank(cleanText(decodeXml(v)));
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return { error: cleanText(decodeXml(v)).trim() || '#ERROR' };
    case 'd':
      return isoToSerial(v.trim());
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : nonBlank(cleanText(decodeXml(v)));
    }
  }
}

export function readSheetXml(xml: string, name: string, look: CellLook): SheetSnapshot {
  // About one cell per 30 characters of XML: room for the cell list up front.
  const cells = new CellList(Math.floor(xml.length / 30));
  const m = /<sheetData[\s>/]/.exec(xml);
  let dataEnd = 0;
  const hiddenRows: number[] = [];
  if (m) {
    const gt = xml.indexOf('>', m.index);
    const selfClosing = gt > 0 && xml.charCodeAt(gt - 1) === SLASH;
    // Searched from the end: the sheet data is most of the text, and little follows it.
    const close = selfClosing ? -1 : xml.lastIndexOf('</sheetData>');
    dataEnd = selfClosing ? gt : close < 0 ? xml.length : close;
    if (!selfClosing) collectCells(xml, gt + 1, dataEnd, look, cells, hiddenRows);
  }
  const sheet = denseSheet(name, cells, look.styles, mergesOf(xml, dataEnd));
  if (cells.unreadCount > 0) sheet.unreadRefs = { count: cells.unreadCount, first: cells.unreadFirst };
  return withHiddenLines(sheet, hiddenRows, hiddenColsOf(xml, m ? m.index : xml.length));
}

/**
 * The hidden columns from `<cols>` (before `<sheetData>`, which starts at `end`), as [first, last] spans:
 * `<col min="3" max="16384" hidden="1"/>`, as Excel writes "hide every unused column", stays one span.
 */
function hiddenColsOf(xml: string, end: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /<(?:\w+:)?col\s[^>]*>/g;
  const head = xml.slice(0, end);
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
function isCellTag(xml: string, lt: number): boolean {
  return xml.charCodeAt(lt + 1) === 99 && isNameEnd(xml.charCodeAt(lt + 2));
}

/** `<row` at lt. */
function isRowTag(xml: string, lt: number): boolean {
  return xml.charCodeAt(lt + 1) === 114 && xml.charCodeAt(lt + 2) === 111 && xml.charCodeAt(lt + 3) === 119 && isNameEnd(xml.charCodeAt(lt + 4));
}

/** `<v>` at i. */
function isValueOpen(xml: string, i: number): boolean {
  return xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 118 && xml.charCodeAt(i + 2) === GT;
}

/** `</v></c>` at i. */
function isValueCellClose(xml: string, i: number): boolean {
  return (
    xml.charCodeAt(i) === 60 &&
    xml.charCodeAt(i + 1) === SLASH &&
    xml.charCodeAt(i + 2) === 118 &&
    xml.charCodeAt(i + 3) === GT &&
    xml.charCodeAt(i + 4) === 60 &&
    xml.charCodeAt(i + 5) === SLASH &&
    xml.charCodeAt(i + 6) === 99 &&
    xml.charCodeAt(i + 7) === GT
  );
}

/** Pushes the cells into `out` and the 0-based indices of rows marked hidden into `hiddenRows`. */
function collectCells(xml: string, from: number, to: number, look: CellLook, out: CellList, hiddenRows: number[]): void {
  const { strings, date1904 } = look;
  const { dates } = look.styles;
  let row = -1;
  let col = -1;
  /** The reference of the current row when it names no row of Excel's grid ('' when it is fine). */
  let badRow = '';
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) return;
    if (!isCellTag(xml, lt)) {
      if (isRowTag(xml, lt)) {
        if (!scanTag(xml, lt + 4)) return;
        const r = refStart >= 0 ? uint(xml, refStart, refEnd) : -1;
        if (refStart < 0) row++;
        else if (r >= 1 && r - 1 <= MAX_ROW) {
          row = r - 1;
          badRow = '';
        } else badRow = xml.slice(refStart, Math.min(refEnd, refStart + 20));
        if (tagHidden && !badRow) hiddenRows.push(row);
        col = -1;
        i = tagEnd;
      } else i = skipSpecial(xml, lt);
      continue;
    }
    // A reference that names no cell of Excel's grid (beyond XFD or row 1048576, row 0, malformed), or a
    // cell without one in such a row, is not placed anywhere: guessing its place would move data.
    let bad = '';
    if (commonCellTag(xml, lt + 2)) {
      col = refCol;
      row = refRow;
    } else {
      if (!scanTag(xml, lt + 2)) return;
      if (refStart < 0) {
        col++;
        bad = badRow;
      } else if (parseRef(xml, refStart, refEnd)) {
        col = refCol;
        if (refRow >= 0) row = refRow;
        else bad = badRow;
      } else bad = xml.slice(refStart, Math.min(refEnd, refStart + 20)) || '?';
    }
    if (row < 0) row = 0;
    if (tagSelfClosing) {
      i = tagEnd;
      continue;
    }
    const isDate = dates[tagStyle] === true;
    let value: CellValue;
    // The common form <c ...><v>text</v></c>, read in place.
    const vEnd = isValueOpen(xml, tagEnd) ? xml.indexOf('<', tagEnd + 3) : -1;
    if (vEnd > 0 && tagType !== 'inlineStr' && isValueCellClose(xml, vEnd)) {
      value = valueOf(xml, tagType, tagEnd + 3, vEnd, strings, isDate);
      i = vEnd + 8;
    } else {
      let end = xml.indexOf('</c>', tagEnd);
      if (end < 0 || end > to) end = to;
      value = otherCell(xml, tagType, tagEnd, end, strings, isDate);
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
      value = Math.round(serial * DAY_MS) / DAY_MS;
    }
    out.push(row, col, tagStyle, value);
  }
}

/** Any other cell content: a formula before its value, an inline string, a value with attributes. */
function otherCell(xml: string, type: string, from: number, end: number, strings: string[], isDate: boolean): CellValue {
  if (type === 'inlineStr') {
    const start = childStart(xml, '<is', from, end);
    return start < 0 ? null : nonBlank(cleanText(stringItemText(xml.slice(start, end))));
  }
  const start = childStart(xml, '<v', from, end);
  if (start < 0) return null;
  const close = xml.indexOf('<', start);
  return valueOf(xml, type, start, close < 0 || close > end ? end : close, strings, isDate);
}
