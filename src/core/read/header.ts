/**
 * Header matching: which column of a header row (one to four levels) holds which field.
 * A header matches a field when its folded text contains one of the field's synonyms as whole
 * words; a multi-level header matches on its parts joined ("Đã giải quyết" / "Trước hạn").
 */
import type { FieldKind, FieldSpec, TableSpec } from '../schema/types';
import { containsWords, fold } from '../text/fold';
import { isTextCell, type Grid } from './grid';
import { looksNumeric } from './values';

/** A header cell longer than this is prose, not a label. */
const MAX_LABEL = 160;

export interface ColumnLabel {
  col: number;
  /** Folded parts, top to bottom, blanks and repeats dropped. */
  parts: string[];
  /** All parts joined. */
  full: string;
  /** The lowest part (the one written in this column's own cell). */
  leaf: string;
}

/**
 * Labels of the columns under a header of `levels` rows starting at `row`. An upper cell spans the
 * columns of its merge; without a merge, its text is carried right across blank upper cells as long
 * as the lower row has text there (a "centre across selection" group).
 */
export function columnLabels(grid: Grid, row: number, levels: number, left = grid.left, right = grid.right): ColumnLabel[] {
  const out: ColumnLabel[] = [];
  const carried: string[] = new Array(levels).fill('');
  const leafRow = row + levels - 1;
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    for (let k = 0; k < levels; k++) {
      const r = row + k;
      let t = labelText(grid, r, c);
      if (!t) {
        const m = grid.mergeOf(r, c);
        if (m && m.top === r && m.left < c) t = labelText(grid, r, m.left);
        else if (!m && k < levels - 1 && carried[k] && c > left && hasLower(grid, r, c, leafRow) && hasLower(grid, r, c - 1, leafRow)) {
          t = carried[k];
        }
      }
      carried[k] = t;
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length === 0) continue;
    out.push({ col: c, parts, full: parts.join(' '), leaf: parts[parts.length - 1] });
  }
  return out;
}

function labelText(grid: Grid, row: number, col: number): string {
  if (!isTextCell(grid, row, col)) return '';
  const f = grid.folded(row, col);
  return f.length > MAX_LABEL ? '' : f;
}

/** Some text below (row, col) within the header: the column belongs to a group of sub-columns. */
function hasLower(grid: Grid, row: number, col: number, leafRow: number): boolean {
  for (let r = row + 1; r <= leafRow; r++) if (isTextCell(grid, r, col)) return true;
  return false;
}

export interface FieldCandidate {
  field: FieldSpec;
  /** The synonym was found in the column's own (lowest) cell. */
  inLeaf: boolean;
  /** `under` not satisfied, accepted only because the header has one level. */
  weak: boolean;
  /** Length of the folded synonym: the more specific wins. */
  length: number;
  /** Where the synonym ends in its text: in "Đã giải quyết trước hạn" the later word names the column. */
  end: number;
  order: number;
}

/** Every field of `spec` the label may be, best first (values not yet considered). */
export function fieldCandidates(spec: TableSpec, label: ColumnLabel): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  // Padded once here, not per synonym: this runs for every cell of every header row tried.
  const full = ` ${label.full} `;
  const leaf = ` ${label.leaf} `;
  spec.fields.forEach((field, order) => {
    let best: FieldCandidate | null = null;
    const padded = paddedSynonyms(field);
    for (let k = 0; k < padded.length; k++) {
      const syn = padded[k];
      if (!full.includes(syn)) continue;
      let weak = false;
      if (field.under) {
        const ok = foldedUnder(field).some((u) => containsWords(label.full, u));
        if (!ok) {
          // A single-level "Quá hạn" still means something; a bare "Tổng số" does not.
          if (label.parts.length > 1 || syn === ' tong so ') continue;
          weak = true;
        }
      }
      const inLeaf = leaf.includes(syn);
      const end = (inLeaf ? leaf : full).lastIndexOf(syn) + syn.length - 2;
      const c: FieldCandidate = { field, inLeaf, weak, length: syn.length - 2, end, order };
      if (!best || better(c, best)) best = c;
    }
    if (best) out.push(best);
  });
  return out.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.order - b.order));
}

const paddedCache = new WeakMap<FieldSpec, string[]>();

/** A field's folded synonyms with a space either side, to find them as whole words. */
function paddedSynonyms(field: FieldSpec): string[] {
  let v = paddedCache.get(field);
  if (!v) paddedCache.set(field, (v = foldedSynonyms(field).map((s) => ` ${s} `)));
  return v;
}

const synonymCache = new WeakMap<FieldSpec, string[]>();
const underCache = new WeakMap<FieldSpec, string[]>();

/** A field's synonyms folded once (the schema is constant). */
export function foldedSynonyms(field: FieldSpec): string[] {
  let v = synonymCache.get(field);
  if (!v) synonymCache.set(field, (v = field.synonyms.map(fold).filter(Boolean)));
  return v;
}

function foldedUnder(field: FieldSpec): string[] {
  let v = underCache.get(field);
  if (!v) underCache.set(field, (v = (field.under ?? []).map(fold).filter(Boolean)));
  return v;
}

function better(a: FieldCandidate, b: FieldCandidate): boolean {
  if (a.inLeaf !== b.inLeaf) return a.inLeaf;
  if (a.weak !== b.weak) return !a.weak;
  if (a.end !== b.end) return a.end > b.end;
  return a.length > b.length;
}

/** 0 when the field's kind suits the column's values (numbers or text), 1 when not, 0 when unknown. */
function misfit(kind: FieldKind, numeric: boolean | null): number {
  if (numeric === null || kind === 'date') return 0;
  return NUMERIC_KINDS.includes(kind) === numeric ? 0 : 1;
}

export const NUMERIC_KINDS: FieldKind[] = ['count', 'amount', 'percent', 'number'];

export interface HeaderMatch {
  row: number;
  levels: number;
  columns: Record<string, number>;
  /** Columns that matched an already taken field (the first is kept). */
  duplicates: { field: string; col: number }[];
  /** Column labels (for messages and the table's width). */
  labels: ColumnLabel[];
}

/**
 * Matches a header of `levels` rows at `row` against `spec`. Columns are taken left to right;
 * a column whose best field is taken falls to its next equally placed candidate ("Quá hạn" twice
 * under one-level headers: late, then pending overdue); when none is left it is a duplicate.
 * Ties between equally specific synonyms are decided by the column's values (numbers or text).
 */
export function matchHeader(grid: Grid, spec: TableSpec, row: number, levels: number, left = grid.left, right = grid.right): HeaderMatch {
  const labels = columnLabels(grid, row, levels, left, right);
  const columns: Record<string, number> = {};
  const duplicates: { field: string; col: number }[] = [];
  const dataRow = row + levels;
  /** The candidate each taken field was matched by, to compare with a later column's. */
  const held: Record<string, FieldCandidate> = {};
  const queue = [...labels];
  for (let i = 0; i < queue.length; i++) {
    const label = queue[i];
    const cands = fieldCandidates(spec, label);
    if (cands.length === 0) continue;
    const numeric = columnLooksNumeric(grid, dataRow, label.col);
    const top = cands[0];
    const tier = cands.filter((c) => c.inLeaf === top.inLeaf && c.weak === top.weak);
    // Values that do not suit a field rule it out first ("Họ và tên cán bộ" over names is no count),
    // then the synonym written last, then the longer one.
    tier.sort((a, b) => misfit(a.field.kind, numeric) - misfit(b.field.kind, numeric) || (better(a, b) ? -1 : better(b, a) ? 1 : a.order - b.order));
    const free = tier.find((c) => columns[c.field.key] === undefined);
    if (free) {
      columns[free.field.key] = label.col;
      held[free.field.key] = free;
      continue;
    }
    const want = tier[0];
    const prev = held[want.field.key];
    if (moreSpecific(want, prev)) {
      // "Trình độ" / "Chuyên môn" names education better than "Trình độ" / "Văn hóa" left of it:
      // it takes the field, and the displaced column tries its other fields again.
      const displaced = labels.find((l) => l.col === columns[want.field.key]);
      columns[want.field.key] = label.col;
      held[want.field.key] = want;
      if (displaced) queue.push(displaced);
      continue;
    }
    // A sibling named by a shorter word than the kept column ("Trình độ" / "Tin học") is another
    // thing under the same group, not a second copy of the field.
    if (!moreSpecific(prev, want)) duplicates.push({ field: want.field.key, col: label.col });
  }
  return { row, levels, columns, duplicates, labels };
}

/**
 * Under one group label, `a` names the field by a strictly longer synonym than `b` ("Trình độ" /
 * "Chuyên môn" is trình độ chuyên môn, "Trình độ" / "Văn hóa" only trình độ). Columns whose own cells
 * name the field ("Trực tuyến", "Nộp trực tuyến") are copies of one field instead: the first is kept.
 */
function moreSpecific(a: FieldCandidate, b: FieldCandidate | undefined): boolean {
  return !!b && a.field.key === b.field.key && !a.inLeaf && !b.inLeaf && a.weak === b.weak && a.length > b.length;
}

/** True when the first cells under the header are mostly numbers, false when mostly text, null when blank. */
export function columnLooksNumeric(grid: Grid, fromRow: number, col: number, sample = 12): boolean | null {
  let num = 0;
  let txt = 0;
  for (let r = fromRow; r <= grid.bottom && r < fromRow + sample; r++) {
    if (grid.isBlank(r, col)) continue;
    if (looksNumeric(grid.raw(r, col), grid.text(r, col))) num++;
    else txt++;
  }
  if (num + txt === 0) return null;
  return num >= txt;
}

/**
 * A row of column numbers under the header: "(1)", "(2)", "1", "2", "A", "B", "(3)=(4)+(5)".
 * Plain numbers must run 1, 2, 3... so that a data row of small counts is not taken for one.
 */
export function isNumberingRow(grid: Grid, row: number, left: number, right: number): boolean {
  if (row > grid.bottom) return false;
  let cells = 0;
  let plain: number[] = [];
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(row, c)) continue;
    cells++;
    const v = grid.raw(row, c);
    if (typeof v === 'number') {
      plain.push(v);
      continue;
    }
    const t = grid.text(row, c).trim();
    if (/^\d{1,2}$/.test(t)) {
      plain.push(Number(t));
      continue;
    }
    const item = String.raw`\(?\s*(?:\d{1,2}|[A-Za-z])\s*\)?`;
    if (!new RegExp(`^${item}(?:\\s*[=+\\-x*/:]\\s*${item})*$`).test(t)) return false;
  }
  if (cells < 2) return false;
  plain = plain.filter((n) => Number.isFinite(n));
  for (let i = 1; i < plain.length; i++) if (plain[i] !== plain[i - 1] + 1) return false;
  return true;
}
