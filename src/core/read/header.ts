/**
 * Header matching: which column of a header row (one to four levels) holds which field.
 * A header matches a field when its text holds one of the field's synonyms as whole words, with the
 * diacritics where the header has them ("Hệ số lương" never holds "số lượng"); a multi-level header matches
 * on its parts joined ("Đã giải quyết" / "Trước hạn"). A merged header cell's text holds for every column
 * and row it spans. The values under the header then confirm or rule out each field (./fit.ts).
 */
import type { FieldKind, FieldSpec, TableSpec } from '../schema/types';
import { fold, phraseAt, wordsOf, type Words } from '../text/fold';
import { isTextCell, type Grid } from './grid';
import { isTotalText, looksNumeric } from './values';
import { valueFit } from './fit';
import { withoutOtherTraining } from './categoryText';

/** A header cell longer than this is prose, not a label. */
const MAX_LABEL = 160;
/** Under this share of fitting values a column is not the field, whatever its header says. */
const MIN_FIT = 1 / 3;

export interface ColumnLabel {
  col: number;
  /** Folded parts, top to bottom, blanks and repeats dropped. */
  parts: string[];
  /** All parts joined. */
  full: string;
  /** The lowest part (the one written in this column's own cell). */
  leaf: string;
  /** The words of each part, with their diacritics (see wordsOf). */
  words: Words[];
  /** Some part names a stated percentage (statesPercent): the column holds a share, never an amount or a count. */
  percent: boolean;
}

/** Words of a header naming a share or a comparison, folded: «Tỷ lệ giải ngân», «So sánh … với (%)». */
const PERCENT_WORDS = ['ty le', 'ti le', 'so sanh'];

/**
 * A header cell's text names a stated percentage: it holds «%» or one of PERCENT_WORDS («Tỷ lệ lũy kế/dự toán
 * (%)», «Tỷ lệ đúng hạn (%)», «So sánh ước thực hiện với (%)»), whatever field words it also holds (tester 15
 * items 2, 3, 13, 14). `text`: the cell's text as written.
 */
export function statesPercent(text: string): boolean {
  if (text.includes('%')) return true;
  const f = fold(text);
  return PERCENT_WORDS.some((w) => ` ${f} `.includes(` ${w} `));
}

/**
 * Labels of the columns under a header of `levels` rows starting at `row`. A merged cell anchored in the
 * header gives its text to every cell it covers (across and down); without a merge, an upper cell's text is
 * carried right across blank upper cells as long as the lower row has text there (a "centre across selection"
 * group).
 */
export function columnLabels(grid: Grid, row: number, levels: number, left = grid.left, right = grid.right): ColumnLabel[] {
  // Every table's spec reads the same header rows of a sheet: their labels are made once per grid.
  let byGrid = labelsCache.get(grid);
  if (!byGrid) labelsCache.set(grid, (byGrid = new Map()));
  const key = `${row}:${levels}:${left}:${right}`;
  let out = byGrid.get(key);
  if (!out) byGrid.set(key, (out = labelsNow(grid, row, levels, left, right)));
  return out;
}

const labelsCache = new WeakMap<Grid, Map<string, ColumnLabel[]>>();

function labelsNow(grid: Grid, row: number, levels: number, left: number, right: number): ColumnLabel[] {
  const out: ColumnLabel[] = [];
  const carried: Label[] = new Array(levels).fill(NO_LABEL);
  const leafRow = row + levels - 1;
  for (let c = left; c <= right; c++) {
    const parts: string[] = [];
    const words: Words[] = [];
    let percent = false;
    for (let k = 0; k < levels; k++) {
      const r = row + k;
      let t = labelText(grid, r, c);
      if (!t.folded) {
        const m = grid.mergeOf(r, c);
        if (m && m.top >= row && (m.top < r || m.left < c)) t = labelText(grid, m.top, m.left);
        else if (!m && k < levels - 1 && carried[k].folded && c > left && hasLower(grid, r, c, leafRow) && hasLower(grid, r, c - 1, leafRow)) {
          t = carried[k];
        }
      }
      carried[k] = t;
      if (t.text && statesPercent(t.text)) percent = true;
      if (t.folded && parts[parts.length - 1] !== t.folded) {
        parts.push(t.folded);
        words.push(wordsOf(t.text));
      }
    }
    if (parts.length === 0) continue;
    out.push({ col: c, parts, full: parts.join(' '), leaf: parts[parts.length - 1], words, percent });
  }
  return out;
}

interface Label {
  folded: string;
  text: string;
}
const NO_LABEL: Label = { folded: '', text: '' };

function labelText(grid: Grid, row: number, col: number): Label {
  if (!isTextCell(grid, row, col)) return NO_LABEL;
  const f = grid.folded(row, col);
  if (f.length > MAX_LABEL) return NO_LABEL;
  const text = grid.text(row, col);
  if (!INCLUDES_ANYWHERE.test(f)) return { folded: f, text };
  let own = text.replace(/\([^()]*\)/g, (m) => (INCLUDES.test(fold(m)) ? ' ' : m));
  // Without brackets: «Đúng hạn, kể cả trước hạn» — what follows the word is the explanation.
  const tail = own === text ? INCLUDES_TAIL.exec(text) : null;
  if (tail && tail.index > 0) own = text.slice(0, tail.index);
  return own === text ? { folded: f, text } : { folded: fold(own), text: own };
}

/**
 * A bracket saying what a column includes («Đúng hạn (bao gồm trước hạn)», «Tiếp nhận (kể cả kỳ trước chuyển
 * sang)») explains the column; its words name no other column (tester 13 item 25: read as «Trước hạn»).
 */
const INCLUDES = /^(?:bao gom|ke ca|gom ca|tinh ca)\b/;
const INCLUDES_ANYWHERE = /\b(?:bao gom|ke ca|gom ca|tinh ca)\b/;
/** The same words as written, after the column's own words and a comma, a dash or a space. */
const INCLUDES_TAIL = /[\s,;:–-]+(?:bao gồm|kể cả|gồm cả|tính cả|bao gom|ke ca|gom ca|tinh ca)(?=\s|$)/iu;

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
  /** The field has an `under` and the header satisfies it: "So sánh (%)" / "Dự toán huyện giao" is a
   * stated percentage against that estimate before it is the estimate. */
  placed: boolean;
  /** A synonym of two words or more is the whole of the column's own cell ("Trực tuyến", "Ngày tiếp nhận"):
   * the header names the field fully (whether unambiguously is for matchHeader to say). */
  whole: boolean;
  /** Length of the folded synonym: the more specific wins. */
  length: number;
  /** Where the synonym ends in its text: in "Đã giải quyết trước hạn" the later word names the column. */
  end: number;
  order: number;
}

/** A label's words, all parts joined, with where each part starts, and the set of its folded words. */
interface Joined {
  words: Words;
  starts: number[];
  has: Set<string>;
}

const joinedCache = new WeakMap<ColumnLabel, Joined>();

function joined(label: ColumnLabel): Joined {
  let j = joinedCache.get(label);
  if (j) return j;
  const words: Words = { folded: [], marked: [] };
  const starts: number[] = [];
  for (const w of label.words) {
    starts.push(words.folded.length);
    words.folded.push(...w.folded);
    words.marked.push(...w.marked);
  }
  joinedCache.set(label, (j = { words, starts, has: new Set(words.folded) }));
  return j;
}

const firstWordCache = new WeakMap<TableSpec, Map<string, [number, number][]>>();

/**
 * Per field of `spec` (by its index), the indices of its synonyms (synonymWords) whose first word is in `words`,
 * ascending; a field with none is a hole. The index by first word is built once per table spec.
 */
function synonymsStartingIn(spec: TableSpec, words: Set<string>): number[][] {
  let index = firstWordCache.get(spec);
  if (!index) {
    index = new Map();
    spec.fields.forEach((field, order) =>
      synonymWords(field).forEach((syn, k) => {
        const list = index!.get(syn.folded[0]);
        if (list) list.push([order, k]);
        else index!.set(syn.folded[0], [[order, k]]);
      }),
    );
    firstWordCache.set(spec, index);
  }
  const hits: number[][] = [];
  for (const w of words) for (const [order, k] of index.get(w) ?? []) (hits[order] ??= []).push(k);
  for (const ks of hits) ks?.sort((a, b) => a - b);
  return hits;
}

/** Every field of `spec` the label may be, best first (values not yet considered). */
export function fieldCandidates(spec: TableSpec, label: ColumnLabel): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  const all = joined(label);
  const leafStart = all.starts[all.starts.length - 1];
  const leafWords = all.words.folded.length - leafStart;
  // Most synonyms share no word with the label: only those starting with one of its words are looked for.
  const hits = synonymsStartingIn(spec, all.has);
  hits.forEach((ks, order) => {
    const field = spec.fields[order];
    if (field.otherHeaders && namesOtherThing(field, label)) return;
    // A stated percentage is never an amount or a count, whatever field words its header also holds.
    if (label.percent && (field.kind === 'amount' || field.kind === 'count')) return;
    let best: FieldCandidate | null = null;
    let whole = false;
    const synonyms = synonymWords(field);
    for (const k of ks) {
      const syn = synonyms[k];
      const n = syn.folded.length;
      const at = phraseAt(all.words, syn).filter((i) => fitsPart(spec, field, syn, all, i));
      if (at.length === 0) continue;
      let weak = false;
      let placed = false;
      if (field.under) {
        const ok = underWords(field).some((u) => phraseAt(all.words, u).length > 0);
        placed = ok;
        if (!ok) {
          // A single-level "Quá hạn" still means something; a bare "Tổng số" or "Tổng" does not.
          if (label.parts.length > 1 || syn.folded.join(' ') === 'tong so' || syn.folded.join(' ') === 'tong') continue;
          weak = true;
        }
      }
      const leafAt = at.filter((i) => i >= leafStart);
      const inLeaf = leafAt.length > 0;
      if (!weak && n > 1 && n === leafWords && leafAt[0] === leafStart) whole = true;
      const last = inLeaf ? leafAt[leafAt.length - 1] : at[at.length - 1];
      const base = inLeaf ? leafStart : 0;
      const end = charEnd(all.words.folded, base, last + n);
      const length = syn.folded.join(' ').length;
      const c: FieldCandidate = { field, inLeaf, weak, placed, whole: false, length, end, order };
      if (!best || better(c, best)) best = c;
    }
    if (best) out.push({ ...best, whole });
  });
  return out.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.order - b.order));
}

/**
 * The column's own cell names another thing than `field` (schema `otherHeaders`): «Trình độ LLCT» or «Tin học»
 * under «Trình độ đào tạo» is no professional level, whatever the group label or the shared word «trình độ».
 */
function namesOtherThing(field: FieldSpec, label: ColumnLabel): boolean {
  // The column's own cell, or a group label above it that holds no other part the field's words name: «Trình độ lý
  // luận chính trị» over «Cao cấp | Trung cấp | Sơ cấp» (tester «blocks» item 3) heads levels of political theory.
  const groups = ownNamesField(field, label.leaf) ? [] : label.parts.slice(0, -1);
  return [label.leaf, ...groups].some((part) => {
    const rest = withoutOtherTraining(part, field.otherHeaders!);
    if (rest === part) return false;
    const words = wordsOf(rest);
    return !synonymWords(field).some((syn) => phraseAt(words, syn).length > 0);
  });
}

/** The column's own cell holds one of the field's synonyms as whole words. */
function ownNamesField(field: FieldSpec, leaf: string): boolean {
  const words = wordsOf(leaf);
  return synonymWords(field).some((syn) => phraseAt(words, syn).length > 0);
}

/** Characters from word `from` to the end of word `to - 1`, as in the folded text. */
function charEnd(words: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += words[i].length + (i > from ? 1 : 0);
  return n;
}

/**
 * A one-word synonym with diacritics ("loại", "ngày", "đạt") is a generic word: it names the field only when
 * the rest of its header cell is the table's own words ("Loại cán bộ", "Ngày ký văn bản"), not when another
 * word makes it something else ("Xếp loại", "Ngày sinh", "Ngày cấp", "Tỷ lệ đạt"). Abbreviations ("STT", "TT")
 * and longer synonyms are not limited.
 */
function fitsPart(spec: TableSpec, field: FieldSpec, syn: Words, all: Joined, at: number): boolean {
  // "Số lượng bản", "Số trang": a count of copies or pages, never of people, dossiers or documents.
  if (field.kind === 'count' && PAPER.some((w) => phraseAt(all.words, w).includes(at + syn.folded.length))) return false;
  if (syn.folded.length !== 1 || syn.marked[0] === null) return true;
  let p = all.starts.length - 1;
  while (p > 0 && all.starts[p] > at) p--;
  const from = all.starts[p];
  const to = p + 1 < all.starts.length ? all.starts[p + 1] : all.words.folded.length;
  const own = ownWords(spec, field);
  for (let i = from; i < to; i++) if (i !== at && !own.has(all.words.folded[i])) return false;
  return true;
}

const PAPER = ['bản', 'trang', 'tờ'].map(wordsOf);

const ownCache = new WeakMap<FieldSpec, Set<string>>();

/** The folded words of a table's title words, labels and the field's vocabulary. */
function ownWords(spec: TableSpec, field: FieldSpec): Set<string> {
  let v = ownCache.get(field);
  if (!v) {
    const texts = [...spec.titleWords, spec.label.vi, field.label.vi, ...Object.keys(field.categories ?? {}), ...Object.values(field.categories ?? {}).flat()];
    v = new Set(texts.flatMap((t) => fold(t).split(' ')).filter(Boolean));
    ownCache.set(field, v);
  }
  return v;
}

const synonymCache = new WeakMap<FieldSpec, string[]>();
const wordsCache = new WeakMap<FieldSpec, Words[]>();
const underCache = new WeakMap<FieldSpec, Words[]>();

/** A field's synonyms folded once (the schema is constant). */
export function foldedSynonyms(field: FieldSpec): string[] {
  let v = synonymCache.get(field);
  if (!v) synonymCache.set(field, (v = field.synonyms.map(fold).filter(Boolean)));
  return v;
}

function synonymWords(field: FieldSpec): Words[] {
  let v = wordsCache.get(field);
  if (!v) wordsCache.set(field, (v = field.synonyms.map(wordsOf).filter((w) => w.folded.length > 0)));
  return v;
}

function underWords(field: FieldSpec): Words[] {
  let v = underCache.get(field);
  if (!v) underCache.set(field, (v = (field.under ?? []).map(wordsOf).filter((w) => w.folded.length > 0)));
  return v;
}

function better(a: FieldCandidate, b: FieldCandidate): boolean {
  if (a.inLeaf !== b.inLeaf) return a.inLeaf;
  if (a.weak !== b.weak) return !a.weak;
  if (a.end !== b.end) return a.end > b.end;
  if (a.length !== b.length) return a.length > b.length;
  // The same words for two fields: the one whose group the header names wins.
  return a.placed && !b.placed;
}

/** A plain text column met only on clerks' forms, that no figure reads ("Lý luận chính trị", "Họ và tên đệm"). */
function recordOnly(f: FieldSpec): boolean {
  return !!f.formOnly && f.kind === 'text' && !f.valueShape;
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
  /** Fields given to the column that names them clearly (see clearlyNamed), whatever its values. */
  clear: string[];
}

/**
 * Matches a header of `levels` rows at `row` against `spec`. A field the values under a column rule out
 * (fewer than a third pass its value test: "01.003" under "Ngạch công chức" is no count, majors under
 * "Trình độ đào tạo" / "Chuyên ngành" are no level) is not that column's, except in the one column whose
 * own cell names it whole and alone (clearlyNamed): there the values decide nothing and are reported as
 * the clerk's errors (docs/reporting-schema.md §1, issue 17 point 2). Columns whose own cell names a
 * field are taken first, left to right, then columns named only by a group label above them, so that a
 * sub-column literally headed "Trình độ" wins over its siblings. A column whose best field is taken falls to
 * its next equally placed candidate ("Quá hạn" twice under one-level headers: late, then pending overdue);
 * when none is left it is a duplicate. Ties between equally specific synonyms are decided by the values.
 * Last, a category field no header names goes to an unnamed column whose values are all of its vocabulary.
 */
export function matchHeader(grid: Grid, spec: TableSpec, row: number, levels: number, left = grid.left, right = grid.right): HeaderMatch {
  const labels = columnLabels(grid, row, levels, left, right);
  const columns: Record<string, number> = {};
  const duplicates: { field: string; col: number }[] = [];
  const dataRow = row + levels;
  const fromRow = isNumberingRow(grid, dataRow, left, right) ? dataRow + 1 : dataRow;
  /** The candidate each taken field was matched by, to compare with a later column's. */
  const held: Record<string, FieldCandidate> = {};
  const candidates = new Map<ColumnLabel, FieldCandidate[]>();
  const all = labels.map((label) => fieldCandidates(spec, label));
  const clear = clearlyNamed(all);
  labels.forEach((label, i) => {
    const cands = all[i].filter((c) => {
      if (clear.get(c.field) === i) return true;
      const fit = valueFit(grid, fromRow, label.col, c.field);
      return fit === null || fit >= MIN_FIT;
    });
    if (cands.length > 0) candidates.set(label, cands);
  });
  const named = labels.filter((l) => candidates.has(l));
  const queue = [...named.filter((l) => candidates.get(l)![0].inLeaf), ...named.filter((l) => !candidates.get(l)![0].inLeaf)];
  for (let i = 0; i < queue.length; i++) {
    const label = queue[i];
    const cands = candidates.get(label)!;
    const numeric = columnLooksNumeric(grid, fromRow, label.col);
    const top = cands[0];
    const tier = cands.filter((c) => c.inLeaf === top.inLeaf && c.weak === top.weak);
    // Values that do not suit a field rule it out first ("Họ và tên cán bộ" over names is no count); a field
    // kept only for the record yields to one whose values were tested and fit ("Trình độ chuyên môn, lý luận
    // chính trị" holds levels); then the synonym written last, then the longer one.
    const tested = tier.some((c) => c.field.kind !== 'text');
    const yields = (c: FieldCandidate) => (tested && recordOnly(c.field) ? 1 : 0);
    tier.sort(
      (a, b) =>
        misfit(a.field.kind, numeric) - misfit(b.field.kind, numeric) || yields(a) - yields(b) || (better(a, b) ? -1 : better(b, a) ? 1 : a.order - b.order),
    );
    // A «Trong đó» sub-column is a part of its group's total: it is only the field its group's words and its own
    // name best, and when its total holds that field it is read as no other one (tester 15 items 16, 22).
    const group = partOf(label);
    const free = group === null ? tier.find((c) => columns[c.field.key] === undefined) : columns[tier[0].field.key] === undefined ? tier[0] : undefined;
    if (!free && group !== null && labels.some((l) => l.col === columns[tier[0].field.key] && l.parts.slice(0, group.length).join('|') === group.join('|')))
      continue;
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
      if (displaced && candidates.has(displaced)) queue.push(displaced);
      continue;
    }
    // Sub-columns that name the field only through their common group label ("Trình độ đào tạo" over "Chuyên
    // môn" | "Lý luận chính trị" | "Tin học") are other things under that group, not copies of the field; the one
    // whose own cell is in the field's own words ("Chuyên môn") takes it.
    const kept = labels.find((l) => l.col === columns[want.field.key]);
    if (prev && kept && siblings(want, label, prev, kept)) {
      if (ownLeaf(spec, want.field, label) && !ownLeaf(spec, want.field, kept)) {
        columns[want.field.key] = label.col;
        held[want.field.key] = want;
        if (candidates.has(kept)) queue.push(kept);
      }
      continue;
    }
    // «Mới tiếp nhận» / «Tổng số» over «Trực tuyến | Trực tiếp» (tester 13 item 33e): a subtotal group's own total
    // column is the free field its group label names (receivedInPeriod), not a second copy of the outer total.
    const sub = TOTAL_LEAVES.has(label.leaf) ? cands.find((c) => !c.inLeaf && !c.weak && columns[c.field.key] === undefined) : undefined;
    if (sub) {
      columns[sub.field.key] = label.col;
      held[sub.field.key] = sub;
      continue;
    }
    // A sibling named by a shorter word than the kept column ("Trình độ" / "Tin học") is another
    // thing under the same group, not a second copy of the field; one a group label only names is too.
    if (!moreSpecific(prev, want) && !(prev && prev.inLeaf && !want.inLeaf)) duplicates.push({ field: want.field.key, col: label.col });
  }
  groupMates(grid, spec, labels, columns, fromRow);
  categoriesByValues(grid, spec, labels, columns, fromRow);
  shareCells(spec, labels, candidates, columns);
  firstParts(grid, spec, labels, columns, fromRow);
  const plain = [...clear].filter(([f, i]) => columns[f.key] === labels[i].col).map(([f]) => f.key);
  return { row, levels, columns, duplicates, labels, clear: plain };
}

/** A column's own cell that only says it totals its group. */
const TOTAL_LEAVES = new Set(['tong so', 'tong', 'cong', 'tong cong']);

/**
 * The group labels above a «Trong đó» sub-column («Giải ngân» / «Trong đó» / «NS tỉnh», «Dự toán» / «Trong đó: NS xã
 * hưởng»): the parts before the one opening with «trong đó» or «chia ra»; null for a column that is no such part.
 */
function partOf(label: ColumnLabel): string[] | null {
  const at = label.parts.findIndex((p) => /^(?:trong do|chia ra)\b/.test(p));
  return at > 0 ? label.parts.slice(0, at) : null;
}

/**
 * A field placed by its group (`under`: «Quá hạn» under «Đã giải quyết») whose group label is not one the schema
 * knows («Kết quả giải quyết» over «Đã giải quyết - Tổng số | Trước hạn | Đúng hạn | Quá hạn», tester 11 item 13):
 * a free column whose own cell is, whole, one of the field's words takes it when its group label also spans a column
 * taken by a field of the same group (same `under`: «Đã giải quyết»). Each «Quá hạn» then belongs to its group.
 */
function groupMates(grid: Grid, spec: TableSpec, labels: ColumnLabel[], columns: Record<string, number>, fromRow: number): void {
  for (const f of spec.fields) {
    if (!f.under || columns[f.key] !== undefined) continue;
    const mates = spec.fields.filter((g) => g !== f && g.under === f.under && columns[g.key] !== undefined).map((g) => columns[g.key]);
    if (mates.length === 0) continue;
    const taken = new Set(Object.values(columns));
    const own = new Set(foldedSynonyms(f));
    const label = labels.find((l) => {
      if (taken.has(l.col) || l.parts.length < 2 || !own.has(l.leaf)) return false;
      const group = l.parts.slice(0, -1).join('|');
      const fit = valueFit(grid, fromRow, l.col, f);
      return (fit === null || fit >= MIN_FIT) && labels.some((m) => mates.includes(m.col) && m.parts.slice(0, -1).join('|') === group);
    });
    if (label) columns[f.key] = label.col;
  }
}

/**
 * Two fields one column names together ("Số, ký hiệu, ngày tháng văn bản" holding "Số 05/QĐ-UBND ngày
 * 10/01/2023"; `sharesCellWith`): when one took the column and the other found none, the other reads it too.
 */
function shareCells(spec: TableSpec, labels: ColumnLabel[], candidates: Map<ColumnLabel, FieldCandidate[]>, columns: Record<string, number>): void {
  for (const f of spec.fields) {
    if (!f.sharesCellWith) continue;
    for (const [a, b] of [
      [f.key, f.sharesCellWith],
      [f.sharesCellWith, f.key],
    ]) {
      if (columns[a] !== undefined || columns[b] === undefined) continue;
      const label = labels.find((l) => l.col === columns[b]);
      if (label && candidates.get(label)?.some((c) => c.field.key === a)) columns[a] = columns[b];
    }
  }
}

/**
 * A field written in two columns (`secondPartOf`: «Số» | «Ký hiệu», 12 | QĐ-UBND): when the second part took a
 * column and the whole found none, the free column whose own cell is, whole, one of the first part's headers and
 * whose values are mostly whole numbers is the whole field's; the reader joins the parts (numberParts.ts).
 */
function firstParts(grid: Grid, spec: TableSpec, labels: ColumnLabel[], columns: Record<string, number>, fromRow: number): void {
  for (const f of spec.fields) {
    const part = f.secondPartOf;
    if (!part || columns[f.key] === undefined || columns[part.field] !== undefined) continue;
    const taken = new Set(Object.values(columns));
    const headers = new Set(part.headers.map(fold));
    const label = labels.find((l) => !taken.has(l.col) && l.parts.length === 1 && headers.has(l.leaf) && wholeNumbers(grid, fromRow, l.col));
    if (label) columns[part.field] = label.col;
  }
}

/** Most of the first values under a header (totals left out) are whole numbers (12, "05"), at least one. */
function wholeNumbers(grid: Grid, fromRow: number, col: number, sample = 12): boolean {
  let seen = 0;
  let whole = 0;
  for (let r = fromRow; r <= grid.bottom && r < fromRow + 3 * sample && seen < sample; r++) {
    if (grid.isBlank(r, col) || isTotalText(grid.folded(r, col))) continue;
    seen++;
    const raw = grid.raw(r, col);
    if (typeof raw === 'number' ? Number.isInteger(raw) && raw > 0 : /^\d{1,6}$/.test(grid.text(r, col).trim())) whole++;
  }
  return seen > 0 && whole * 2 >= seen;
}

/**
 * The column each field is named by clearly: the only column whose own cell is, whole, a synonym of two words
 * or more of that field and of no other ("Trực tuyến", "Ngày tiếp nhận"; not "Tổng số", which three fields of
 * Biểu 06 share, nor "Loại", nor a group label). Its values do not veto it: wrong ones are the clerk's errors,
 * reported by the checks (docs/reporting-schema.md §1, issue 17 point 2). `cands`: fieldCandidates per label; the
 * map gives the index of that label.
 */
function clearlyNamed(cands: FieldCandidate[][]): Map<FieldSpec, number> {
  const columns = new Map<FieldSpec, number[]>();
  cands.forEach((list, i) => {
    for (const c of list) if (c.whole) columns.set(c.field, [...(columns.get(c.field) ?? []), i]);
  });
  const out = new Map<FieldSpec, number>();
  for (const [field, at] of columns) {
    if (at.length === 1 && cands[at[0]].filter((c) => c.whole).length === 1) out.set(field, at[0]);
  }
  return out;
}

/** Share of values a column needs to be given a category field by its values alone. */
const VALUES_ONLY_FIT = 1;

/**
 * A category field no header named (a staff list whose "Khối công tác" holds "Cán bộ KCT xã"): the labelled
 * column, not taken by another field, whose values all are of the field's vocabulary (at least two of them).
 */
function categoriesByValues(grid: Grid, spec: TableSpec, labels: ColumnLabel[], columns: Record<string, number>, fromRow: number): void {
  if (Object.keys(columns).length === 0) return;
  const taken = new Set(Object.values(columns));
  for (const field of spec.fields) {
    if (field.kind !== 'category' || columns[field.key] !== undefined) continue;
    let best: { col: number; n: number } | null = null;
    for (const label of labels) {
      if (taken.has(label.col) || (field.otherHeaders && namesOtherThing(field, label))) continue;
      const n = filledBelow(grid, fromRow, label.col);
      // Codes ("CC-0001" under "Số hiệu công chức") hold digits; a category written out does not.
      if (n < 2 || hasDigits(grid, fromRow, label.col) || valueFit(grid, fromRow, label.col, field) !== VALUES_ONLY_FIT) continue;
      if (!best || n > best.n) best = { col: label.col, n };
    }
    if (best) {
      columns[field.key] = best.col;
      taken.add(best.col);
    }
  }
}

function hasDigits(grid: Grid, fromRow: number, col: number, sample = 12): boolean {
  for (let r = fromRow; r <= grid.bottom && r < fromRow + sample; r++) if (/\d/.test(grid.text(r, col))) return true;
  return false;
}

function filledBelow(grid: Grid, fromRow: number, col: number, sample = 12): number {
  let n = 0;
  for (let r = fromRow; r <= grid.bottom && r < fromRow + sample; r++) if (!grid.isBlank(r, col)) n++;
  return n;
}

/**
 * Under one group label, `a` names the field by a strictly longer synonym than `b` ("Trình độ" /
 * "Chuyên môn" is trình độ chuyên môn, "Trình độ" / "Văn hóa" only trình độ). Columns whose own cells
 * name the field ("Trực tuyến", "Nộp trực tuyến") are copies of one field instead: the first is kept.
 */
function moreSpecific(a: FieldCandidate, b: FieldCandidate | undefined): boolean {
  return !!b && a.field.key === b.field.key && !a.inLeaf && !b.inLeaf && a.weak === b.weak && a.length > b.length;
}

/**
 * Two columns under one group label, each naming the field only through it (neither own cell does), whose own
 * cells differ: "Trình độ đào tạo" / "Chuyên môn" and "Trình độ đào tạo" / "Lý luận chính trị".
 */
function siblings(a: FieldCandidate, la: ColumnLabel, b: FieldCandidate, lb: ColumnLabel): boolean {
  if (a.field.key !== b.field.key || a.inLeaf || b.inLeaf || la.parts.length < 2 || lb.parts.length < 2 || la.leaf === lb.leaf) return false;
  return la.parts.slice(0, -1).join(' ') === lb.parts.slice(0, -1).join(' ');
}

/** The column's own cell is all in the table's and the field's own words ("Chuyên môn" for trình độ chuyên môn). */
function ownLeaf(spec: TableSpec, field: FieldSpec, label: ColumnLabel): boolean {
  const own = ownWords(spec, field);
  return label.leaf.split(' ').every((w) => own.has(w));
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
  // Asked again for every table's spec under the same header: answered once per grid.
  let byGrid = numberingCache.get(grid);
  if (!byGrid) numberingCache.set(grid, (byGrid = new Map()));
  const key = `${row}:${left}:${right}`;
  let v = byGrid.get(key);
  if (v === undefined) byGrid.set(key, (v = numberingNow(grid, row, left, right)));
  return v;
}

const numberingCache = new WeakMap<Grid, Map<string, boolean>>();
// "(1)", "A", "2b" (a column added later between 2 and 3), "(3)=(4)+(5)", "4=3/1".
const ITEM = String.raw`\(?\s*(?:\d{1,2}[a-z]?|[A-Za-z])\s*\)?`;
const NUMBERING = new RegExp(`^${ITEM}(?:\\s*[=+\\-x*/:]\\s*${ITEM})*$`);

function numberingNow(grid: Grid, row: number, left: number, right: number): boolean {
  let cells = 0;
  let formula = false;
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
    if (!NUMBERING.test(t)) return false;
    // «3=2/1», «(3)=(4)+(5)»: a column's formula is no data value, whatever the plain numbers beside it.
    if (t.includes('=')) formula = true;
  }
  if (cells < 2) return false;
  if (formula) return true;
  plain = plain.filter((n) => Number.isFinite(n));
  for (let i = 1; i < plain.length; i++) if (plain[i] !== plain[i - 1] + 1) return false;
  return true;
}
