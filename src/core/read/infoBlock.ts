/**
 * The `info` key-value block: a label cell ("Ngày báo cáo", "Nơi nhận:") with its value in the next
 * non-blank cell to the right (or after a colon in the same cell). It may sit on any sheet; the sheet
 * with the most labels (outside the tables already found) wins. "Nơi nhận" may run over several rows.
 */
import { a1, parseA1, parseRange, rangeA1 } from '../address';
import { EMPTY_INFO, type ReportInfo } from '../reportInfo';
import type { Issue } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import type { ReadTable, TypedValue } from '../tables';
import { containsWords, fold } from '../text/fold';
import type { Grid } from './grid';
import * as msg from './readerIssues';
import { foldedSynonyms } from './header';
import { parseDateText } from './date';
import { parseNumberText } from './number';
import { toSerial } from '../format';
import { formulaErrorOf } from './values';
import { isPlaceholder } from './evidence';
import { dayLeftBlank } from './partialDate';

/** Cells a label may be in; a label is short. */
const MAX_LABEL = 60;
/** How far right of its label a value may be. */
const VALUE_REACH = 8;

export interface Region {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Hit {
  field: FieldSpec;
  row: number;
  col: number;
  /** Where the value is; null when the label has none beside it. */
  value: { row: number; col: number; text: string } | null;
  /** Value written after a colon in the label cell itself. */
  inline?: string;
}

interface Synonym {
  field: FieldSpec;
  syn: string;
  words: number;
}

/** The spec's folded synonyms by their first word: a label is only compared with those starting like it. */
const synonymIndex = new WeakMap<TableSpec, Map<string, Synonym[]>>();

function synonymsByFirstWord(spec: TableSpec): Map<string, Synonym[]> {
  let index = synonymIndex.get(spec);
  if (index) return index;
  index = new Map();
  for (const field of spec.fields) {
    for (const syn of foldedSynonyms(field)) {
      if (!syn) continue;
      const first = syn.split(' ')[0];
      const list = index.get(first) ?? [];
      list.push({ field, syn, words: syn.split(' ').length });
      index.set(first, list);
    }
  }
  synonymIndex.set(spec, index);
  return index;
}

/** Words in `f` from `from` on (single spaces, as fold leaves them). */
function wordsFrom(f: string, from: number): number {
  let n = 1;
  for (let i = from; i < f.length; i++) if (f.charCodeAt(i) === 32) n++;
  return n;
}

/** The info field a label names: the folded label equals a synonym, or begins with a two-word one. */
export function infoField(spec: TableSpec, label: string): FieldSpec | null {
  const f = fold(label);
  if (!f || f.length > MAX_LABEL) return null;
  const space = f.indexOf(' ');
  const candidates = synonymsByFirstWord(spec).get(space < 0 ? f : f.slice(0, space));
  if (!candidates) return null;
  let best: { field: FieldSpec; len: number } | null = null;
  for (const { field, syn, words } of candidates) {
    const longer = words >= 2 && f.length > syn.length + 1 && f.charCodeAt(syn.length) === 32 && f.startsWith(syn);
    const ok = f === syn || (longer && wordsFrom(f, syn.length + 1) <= 4);
    if (ok && (!best || syn.length > best.len)) best = { field, len: syn.length };
  }
  return best?.field ?? null;
}

/**
 * Whether rows headed like a table are an info block's key-value pairs instead ("Mục | Nội dung" or
 * "Thông tin | Giá trị" over "Cơ quan ban hành | UBND xã …", "Ngày báo cáo | 05/04/2023"): at least two of
 * the rows, and half of them, start with an info label that has a value beside it.
 */
export function holdsInfoPairs(grid: Grid, spec: TableSpec, rows: number[], left: number, right: number): boolean {
  let pairs = 0;
  for (const r of rows) {
    for (let c = left; c < right; c++) {
      // A row's number ("STT") comes before its label.
      if (grid.isBlank(r, c) || typeof grid.raw(r, c) === 'number') continue;
      // "Thực hiện …", "Căn cứ …" also open an indicator's name or a paragraph: only the other keys tell.
      const key = typeof grid.raw(r, c) === 'string' ? infoField(spec, grid.text(r, c).trim())?.key : undefined;
      if (key && key !== 'basis' && !grid.isBlank(r, c + 1)) pairs++;
      break;
    }
  }
  return pairs >= 2 && pairs * 2 >= rows.length;
}

function inRegions(regions: Region[], sheet: string, row: number, col: number): boolean {
  return regions.some((g) => g.sheet === sheet && row >= g.top && row <= g.bottom && col >= g.left && col <= g.right);
}

/** The last row of the run from `row` that some region covers across [left, right]; row - 1 when none covers it. */
function coveredTo(regions: Region[], row: number, left: number, right: number): number {
  let last = row - 1;
  for (const g of regions) if (row >= g.top && row <= g.bottom && g.left <= left && g.right >= right && g.bottom > last) last = g.bottom;
  return last;
}

type Box = { top: number; bottom: number; left: number; right: number };

function sheetHits(grid: Grid, spec: TableSpec, taken: Region[], box: Box | null): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const top = Math.max(grid.top, box?.top ?? -Infinity);
  const bottom = Math.min(grid.bottom, box?.bottom ?? Infinity);
  const left = Math.max(grid.left, box?.left ?? -Infinity);
  const right = Math.min(grid.right, box?.right ?? Infinity);
  const here = taken.filter((g) => g.sheet === grid.name);
  for (let r = top; r <= bottom; r++) {
    // Rows across a table already found hold no label: skipped whole, a run at a time (a long log has 100 000 of them).
    const covered = coveredTo(here, r, left, right);
    if (covered >= r) {
      r = covered;
      continue;
    }
    for (let c = left; c <= right; c++) {
      if (typeof grid.raw(r, c) !== 'string' || inRegions(here, grid.name, r, c)) continue;
      const text = grid.text(r, c).trim();
      if (!text || text.length > 200) continue;
      // "Cơ quan ban hành: UBND XÃ BA BÍCH" holds its value after the colon.
      let field: FieldSpec | null = null;
      let inline: string | undefined;
      const colon = text.indexOf(':');
      if (colon > 0 && colon < MAX_LABEL) {
        field = infoField(spec, text.slice(0, colon));
        if (field) inline = text.slice(colon + 1).trim() || undefined;
      }
      field ??= infoField(spec, text);
      if (!field || seen.has(field.key)) continue;
      seen.add(field.key);
      let value: Hit['value'] = null;
      if (!inline) {
        for (let v = c + 1; v <= grid.right && v <= c + VALUE_REACH; v++) {
          if (!grid.isBlank(r, v)) {
            const t = grid.text(r, v).trim();
            // A label beside a label is a header row ("Họ tên | Chức vụ"), not a key and its value.
            if (!infoField(spec, t)) value = { row: r, col: v, text: t };
            break;
          }
        }
      }
      hits.push({ field, row: r, col: c, value, inline });
    }
  }
  return hits;
}

export interface InfoRead {
  info: ReportInfo;
  table: ReadTable | null;
  issues: Issue[];
}

/**
 * Finds and reads the info block; `pinned` restricts the search to one sheet and range. `taken` holds the
 * tables found and the header rows of every range headed like a table: a header's labels ("Trích yếu",
 * "Chức vụ") are no key-value pairs. A caption line above a table is its caption, never info; when no
 * info block gives the period, a period written in a caption does.
 */
export function readInfo(grids: Grid[], spec: TableSpec, taken: Region[], pinned?: { sheet: string; range: string }): InfoRead {
  let best: { grid: Grid; hits: Hit[]; valued: number } | null = null;
  let caption: [number, number] | null = null;
  for (const grid of grids) {
    if (pinned && grid.name !== pinned.sheet) continue;
    const box = pinned?.range ? parseRange(pinned.range.replace(/^.*!/, '')) : null;
    let hits = sheetHits(grid, spec, pinned ? [] : taken, box);
    if (!pinned) {
      const captions = captionRows(grid, hits);
      caption ??= captionPeriod(grid, captions);
      hits = hits.filter((h) => !captions.includes(h.row));
    }
    const named = spec.titleWords.some((w) => containsWords(fold(grid.name), fold(w)));
    const valued = hits.filter((h) => h.value || h.inline).length;
    // A sheet named for the info block needs one label of its own, not a column label of a table on it
    // (a list named "Thông tin" whose header reads "Họ tên | Hệ số lương | …").
    const enough = pinned ? hits.length >= 1 : !oneHeaderRow(grid, hits) && (valued >= 2 || (named && hits.some((h) => !headerLike(grid, h.row))));
    if (enough && (!best || valued > best.valued)) best = { grid, hits, valued };
  }
  const read: InfoRead = best ? buildInfo(best.grid, spec, best.hits, !!pinned) : { info: { ...EMPTY_INFO, recipients: [] }, table: null, issues: [] };
  if (caption && read.info.periodStart === null && read.info.periodEnd === null) [read.info.periodStart, read.info.periodEnd] = caption;
  return read;
}

/**
 * Whether every label found is in one header-like row, none with its value after a colon: a table's header
 * («Trích yếu | Loại VB | Người ký | Nơi nhận»), each label's "value" the next label; never an info block
 * (tester 15 item 7).
 */
function oneHeaderRow(grid: Grid, hits: Hit[]): boolean {
  if (hits.length === 0 || hits.some((h) => h.inline || h.row !== hits[0].row)) return false;
  return headerLike(grid, hits[0].row);
}

/** Cells of a row that are filled (a merged caption counts once: only its first cell holds text). */
function filledIn(grid: Grid, row: number): number[] {
  const out: number[] = [];
  for (let c = grid.left; c <= grid.right; c++) if (!grid.isBlank(row, c)) out.push(c);
  return out;
}

/** Whether exactly one cell of the row is filled (stops at the second: most rows of a sheet are a table's). */
function oneFilled(grid: Grid, row: number): boolean {
  const cells = grid.rowValues(row);
  if (cells === undefined) return false;
  let n = 0;
  // A cell without a value is blank without asking the grid (captionRows asks this of every row of a sheet).
  for (let c = grid.left; c <= grid.right; c++) {
    const v = cells[c - grid.valuesLeft];
    if (v !== null && v !== undefined && !grid.isBlank(row, c) && ++n > 1) return false;
  }
  return n === 1;
}

/** A table's header row: three labels or more, hardly anything else. */
function headerLike(grid: Grid, row: number): boolean {
  const cells = filledIn(grid, row);
  const labels = cells.filter((c) => typeof grid.raw(row, c) === 'string' && grid.text(row, c).trim().length <= MAX_LABEL).length;
  return labels >= 3 && labels * 3 >= cells.length * 2;
}

/**
 * Caption lines: a row of one filled cell with a table's header within the next two rows, that does not
 * continue a block of labels above it (there it is the block's last line, not a caption).
 */
function captionRows(grid: Grid, hits: Hit[]): number[] {
  const labelRows = new Set(hits.map((h) => h.row));
  const out: number[] = [];
  for (let r = grid.top; r <= grid.bottom; r++) {
    if (!oneFilled(grid, r)) continue;
    let next = r + 1;
    while (next <= grid.bottom && next <= r + 2 && grid.isBlankRow(next)) next++;
    if (next > grid.bottom || next > r + 2 || !headerLike(grid, next)) continue;
    let prev = r - 1;
    while (prev >= grid.top && grid.isBlankRow(prev)) prev--;
    if (prev >= grid.top && labelRows.has(prev)) continue;
    out.push(r);
  }
  return out;
}

/** The period a caption states: "Từ ngày: 01/01/2023 Đến ngày: 31/03/2023", two dates, or "Quý I năm 2023". */
function captionPeriod(grid: Grid, rows: number[]): [number, number] | null {
  for (const r of rows) {
    const text = grid.text(r, filledIn(grid, r)[0]);
    const dates = findDates(text);
    if (dates.length >= 2 && dates[0] <= dates[1]) return [dates[0], dates[1]];
    const named = namedPeriod(text);
    if (named) return named;
  }
  return null;
}

function buildInfo(grid: Grid, spec: TableSpec, hits: Hit[], pinned: boolean): InfoRead {
  const info: ReportInfo = { ...EMPTY_INFO, recipients: [] };
  const issues: Issue[] = [];
  const values: Record<string, TypedValue> = {};
  const columns: Record<string, number> = {};
  const rows = new Set<number>();
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  const cover = (r: number, c: number) => {
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
    rows.add(r);
  };
  const place = (r: number, c: number) => ({ sheet: grid.name, cell: a1(r, c) });
  const labelRows = new Set(hits.map((h) => h.row));
  // How far right of its label a value sits: as the block's first value does, else the next column. A blank
  // form's value column is empty, so it lies past the sheet's last used column: it is still the value's cell.
  const valued = hits.find((h) => h.value);
  const offset = valued ? valued.value!.col - valued.col : 1;

  for (const h of hits) {
    cover(h.row, h.col);
    // A label with no value beside it: the value belongs in the value column (unless written inline after a
    // colon), never in the label's own cell, and the block spans that column (label | value).
    const at = h.value ?? (h.inline ? { row: h.row, col: h.col, text: h.inline } : { row: h.row, col: h.col + offset, text: '' });
    if (!h.inline) cover(at.row, at.col);
    const enc = grid.legacy(at.row, at.col);
    if (enc && at.text) issues.push(msg.legacyEncoding(spec, h.field, place(at.row, at.col), enc, at.text));
    const raw = h.value ? grid.raw(at.row, at.col) : (h.inline ?? null);
    // A form's dotted placeholder ("…/…/…", "......") is a blank to fill in, not a wrong value.
    const given = h.value ? at.text : (h.inline ?? '');
    const text = isPlaceholder(given) ? '' : given;
    values[h.field.key] = { value: text || null, raw, cell: a1(at.row, at.col), text };
    columns[h.field.key] = at.col;
    const err = formulaErrorOf(raw, text);
    if (err) {
      issues.push(msg.formulaError(spec, h.field, place(at.row, at.col), err));
      values[h.field.key].value = null;
      continue;
    }
    switch (h.field.key) {
      case 'reportDate':
      case 'periodStart':
      case 'periodEnd': {
        if (!text) break;
        const d = typeof raw === 'number' ? (raw >= 20000 && raw < 80000 ? raw : null) : findDate(text);
        // The day left blank, filled in at signing: kept as given, said (tester 11 item 11).
        const parts = d === null && h.field.key === 'reportDate' && typeof raw === 'string' ? dayLeftBlank(text) : null;
        if (parts) {
          info.reportDateParts = parts;
          issues.push(msg.reportDayBlank(spec, h.field, place(at.row, at.col), text));
        } else if (d === null) issues.push(msg.notADate(spec, h.field, place(at.row, at.col), text));
        else info[h.field.key] = d;
        values[h.field.key].value = d;
        break;
      }
      case 'period': {
        const dates = findDates(text);
        const named = dates.length >= 2 ? null : namedPeriod(text);
        if (dates.length >= 2 || named) {
          info.periodStart ??= named ? named[0] : dates[0];
          info.periodEnd ??= named ? named[1] : dates[1];
        } else if (text) issues.push(msg.notADate(spec, h.field, place(at.row, at.col), text));
        break;
      }
      case 'decimals': {
        const n = typeof raw === 'number' ? raw : parseNumberText(text)?.value;
        if (text && (n === undefined || !Number.isInteger(n) || n < 0 || n > 6)) issues.push(msg.notANumber(spec, h.field, place(at.row, at.col), text));
        else if (n !== undefined) info.decimals = n;
        values[h.field.key].value = n ?? null;
        break;
      }
      case 'recipients': {
        info.recipients = recipients(grid, h, labelRows, cover);
        break;
      }
      default: {
        const key = h.field.key as keyof ReportInfo;
        if (text && key in info) (info as unknown as Record<string, unknown>)[key] = text;
      }
    }
  }
  // "Từ ngày" / "Đến ngày" win over a "Kỳ báo cáo" cell, whichever comes first.
  if (values.periodStart?.value != null) info.periodStart = values.periodStart.value as number;
  if (values.periodEnd?.value != null) info.periodEnd = values.periodEnd.value as number;
  // Swapped dates would drop every dossier and document as outside the period: the period is unknown instead.
  if (info.periodStart !== null && info.periodEnd !== null && Math.floor(info.periodStart) > Math.floor(info.periodEnd)) {
    const startField = spec.fields.find((f) => f.key === 'periodStart')!;
    const startCell = values.periodStart?.cell ?? values.period?.cell ?? a1(top, left);
    const endCell = values.periodEnd?.cell ?? startCell;
    issues.push(msg.periodReversed(spec, startField, { sheet: grid.name, cell: startCell }, info.periodStart, info.periodEnd, endCell));
    info.periodStart = null;
    info.periodEnd = null;
  }

  const reportField = spec.fields.find((f) => f.key === 'reportDate');
  if (info.reportDate === null && !info.reportDateParts && reportField) {
    const v = values.reportDate;
    // No such row at all: the row to add goes under the block, its value in the values' column.
    const valueCol = left + offset;
    if (!v) issues.push(msg.missingInfoRow(spec, reportField, { sheet: grid.name, cell: a1(bottom + 1, left) }, a1(bottom + 1, valueCol), 'warning'));
    else if (!v.text) issues.push(msg.missingCell(spec, reportField, { sheet: grid.name, cell: v.cell }, 'warning', formulaAt(grid, v.cell)));
  }
  const range = rangeA1(top, left, bottom, right);
  const table: ReadTable = {
    located: {
      table: 'info',
      sheet: grid.name,
      range,
      headerRows: [],
      dataRows: [...rows].sort((a, b) => a - b),
      columns,
      ...(pinned ? { pinned: true } : {}),
    },
    rows: [{ table: 'info', sheet: grid.name, row: top, values, isTotal: false }],
  };
  return { info, table, issues };
}

/** "Nơi nhận": the value beside the label, then the rows under it (beside or below) until a blank or another label. */
function recipients(grid: Grid, h: Hit, labelRows: Set<number>, cover: (r: number, c: number) => void): string[] {
  const out: string[] = [];
  const add = (t: string) => {
    for (const line of t.split(/\r?\n/)) {
      const s = line
        .trim()
        .replace(/^[-–+•*]\s*/, '')
        .replace(/[;,]\s*$/, '')
        .trim();
      if (s) out.push(s);
    }
  };
  if (h.inline) add(h.inline);
  const col = h.value ? h.value.col : h.col;
  if (h.value) add(h.value.text);
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    if (labelRows.has(r) || grid.isBlank(r, col)) break;
    if (h.value && !grid.isBlank(r, h.col)) break;
    add(grid.text(r, col));
    cover(r, col);
  }
  return out;
}

const DATE_IN_TEXT = /(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})|(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/giu;

/** Every date written in a text, in order ("08/7/2022 - 31/3/2023", "ngày 05 tháng 4 năm 2023"). */
export function findDates(text: string): number[] {
  const out: number[] = [];
  for (const m of text.normalize('NFC').matchAll(DATE_IN_TEXT)) {
    const d = parseDateText(m[0].replace(/\s+/g, (s) => (m[2] ? ' ' : s.trim())));
    if (d !== null) out.push(d);
  }
  return out;
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** "Quý I/2023", "6 tháng đầu năm 2023", "9 tháng năm 2023", "năm 2023" -> [first day, last day] as serials. */
export function namedPeriod(text: string): [number, number] | null {
  const f = fold(text);
  let m = /\bquy (i|ii|iii|iv|1|2|3|4) (?:nam )?(\d{4})\b/.exec(f);
  if (m) {
    const q = QUARTERS[m[1]];
    const y = Number(m[2]);
    return [toSerial(y, 3 * q - 2, 1), toSerial(y, 3 * q + 1, 1) - 1];
  }
  m = /\b(6|9) thang (?:dau )?nam (\d{4})\b/.exec(f);
  if (m) {
    const y = Number(m[2]);
    return [toSerial(y, 1, 1), toSerial(y, Number(m[1]) + 1, 1) - 1];
  }
  m = /^(?:ca )?nam (\d{4})$/.exec(f);
  if (m) return [toSerial(Number(m[1]), 1, 1), toSerial(Number(m[1]), 12, 31)];
  return null;
}

/** A date alone in a cell, or the first one written inside a sentence ("Ba Bích, ngày 05 tháng 4 năm 2023"). */
export function findDate(text: string): number | null {
  return parseDateText(text) ?? findDates(text)[0] ?? null;
}

/** The A1 cell holds a formula saved without its result (Grid.formulaWithoutValue). */
function formulaAt(grid: Grid, cell: string): boolean {
  const p = parseA1(cell);
  return !!p && grid.formulaWithoutValue?.(p.row, p.col) === true;
}
