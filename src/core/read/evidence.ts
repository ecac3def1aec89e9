/**
 * Whether a candidate table is what its header says (docs/reporting-schema.md §1, "decide by evidence"):
 * header words alone make a payroll a staff table and an applicant list a register. Each table's
 * `evidence` (schema/*.ts) lists sets of facts about its values and words, one set of which must hold,
 * and words that argue against it; this module tries them on a candidate's data rows, its header,
 * the lines above it and its sheet's name.
 */
import type { EvidenceFact, FieldSpec, ValueTest } from '../schema/types';
import { partsOf } from '../schema/tthc';
import { parseDocNumberLoose } from '../check/docNumber';
import { containsWords, fold, phraseAt, wordsOf, type Words } from '../text/fold';
import type { Grid } from './grid';
import type { Candidate } from './locate';
import { passes as fits } from './fit';
import { isTotalText, looksNumeric } from './values';

/** Rows tried per candidate: enough to judge "most", few enough for a 100 000-row log. */
const SAMPLE_ROWS = 200;

export interface Weighed {
  /** Every fact of some set of the spec's evidence holds. */
  holds: boolean;
  /** Facts about values that hold on values present in the table (a blank template's columns prove nothing). */
  strength: number;
  /** Words against the table (as the spec writes them) found in its header, the lines above it or the sheet name,
   * with the signs of another kind of table found (`setAside`), each once. */
  against: string[];
  /** The table may be read: a set of facts holds, no sign sets it aside, and the facts outweigh the words against it. */
  accepted: boolean;
}

/** Nothing to judge: a table without `evidence` in its spec is read on its header, as before evidence. */
const UNJUDGED: Weighed = { holds: true, strength: 0, against: [], accepted: true };

/**
 * A cell that stands for "to be filled in": dots or dashes ("…/…/…", "......"), a report generator's
 * tag ("${name:[data]}", "<#ListData.STT>", "{{x}}"). Read as blank, never as a wrong value.
 */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/^[.…_\-–—/\\:\s]+$/.test(t)) return /[.…_]/.test(t);
  return /^\$\{.*\}$/s.test(t) || /^<#.*>$/s.test(t) || /^\{\{.*\}\}$/s.test(t);
}

/** Which side of the budget a line's content names ("I. Tổng thu ngân sách" -> thu), folded text in. */
export function budgetSide(folded: string): 'thu' | 'chi' | null {
  const f = folded.replace(/^(?:[ivx]+|\d+(?:\s\d+)*|[a-h]) /, '');
  const m = /^(?:tong )?(thu|chi)\b/.exec(f);
  return m ? (m[1] as 'thu' | 'chi') : null;
}

/**
 * 'header': values of the wrong kind (dates, counts, numbers, categories), in a column named clearly within a
 * header that names the whole table: the clerk's errors, reported by the checks. Facts about what the rows
 * are (people, budget lines, document numbers, prose) are never stood in for by the header.
 */
type Outcome = 'holds' | 'header' | 'blank' | 'fails';

/** Weighs a candidate against its spec's evidence. */
export function weigh(c: Candidate): Weighed {
  const ev = c.spec.evidence;
  if (!ev) return UNJUDGED;
  const rows = sampleRows(c);
  const mapped = Object.values(c.match.columns);
  const empty = !rows.some((r) => mapped.some((col) => filled(c.grid, r, col)));
  const words = surroundingText(c);
  const byHeader = namesTable(c);
  const seen = new Map<EvidenceFact, Outcome>();
  const outcome = (f: EvidenceFact): Outcome => {
    let o = seen.get(f);
    if (!o)
      seen.set(f, (o = 'words' in f ? (f.words.some((w) => containsWords(words, fold(w))) ? 'holds' : 'fails') : valuesOutcome(c, f, rows, empty, byHeader)));
    return o;
  };
  const holds = ev.anyOf.some((set) => set.every((f) => outcome(f) !== 'fails'));
  // Only values weigh: words may open the way (a sheet named "TTHC"), but a sheet's name is easily given.
  // Equal facts written in several sets count once.
  const strong = new Set<string>();
  for (const set of ev.anyOf) for (const f of set) if ('fields' in f && outcome(f) === 'holds') strong.add(JSON.stringify(f));
  const against = ev.against.filter((w) => containsWords(words, fold(w)));
  const signs = setAsideSigns(c);
  const strength = strong.size;
  const accepted = holds && signs.length === 0 && against.length < Math.max(1, strength);
  return { holds, strength, against: [...new Set([...against, ...signs])], accepted };
}

/**
 * The signs of another kind of table (TableEvidence.setAside) found: `titles` in the lines above the header or the
 * sheet's name, `labels` in the header's labels. A word typed without diacritics matches folded («NGHI HUU»), one
 * typed with them only with the same (phraseAt); the words of `marked` only with their own (phraseAt, strict).
 */
function setAsideSigns(c: Candidate): string[] {
  const signs = c.spec.evidence?.setAside;
  if (!signs) return [];
  const titles: Words[] = [wordsOf(c.grid.name)];
  for (const r of c.titleRows) {
    for (let col = c.grid.left; col <= c.grid.right; col++) if (typeof c.grid.raw(r, col) === 'string') titles.push(wordsOf(c.grid.text(r, col)));
  }
  const marked = signs.marked ?? [];
  const found = (texts: Words[], w: string) => texts.some((t) => phraseAt(t, wordsOf(w), marked.includes(w)).length > 0);
  const ours = signs.alsoOurs ?? [];
  const labels = c.match.labels
    .map((l) => l.words)
    .filter((parts) => !ours.some((w) => found(parts, w)))
    .flat();
  return [...signs.titles.filter((w) => found(titles, w)), ...signs.labels.filter((w) => found(labels, w))];
}

/**
 * The header names one of the table's required sets of fields, each clearly (header.ts, clearlyNamed:
 * "Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả"): such a table is there even when its values are all wrong,
 * and its wrong values are the clerk's errors to report (docs/reporting-schema.md §1, issue 17 point 2).
 */
function namesTable(c: Candidate): boolean {
  const anyOf = c.spec.anyOf ?? [];
  return anyOf.some((set) => set.every((k) => c.match.clear.includes(k)));
}

const KIND_TESTS: ValueTest[] = ['count', 'number', 'date', 'category'];

function valuesOutcome(c: Candidate, f: Extract<EvidenceFact, { fields: string[] }>, rows: number[], empty: boolean, byHeader: boolean): Outcome {
  let header = false;
  let present = false;
  for (const [key, col] of factColumns(c, f.fields)) {
    const field = c.spec.fields.find((x) => x.key === key);
    if (!field) continue;
    if (empty) return 'blank';
    let n = 0;
    let pass = 0;
    for (const r of rows) {
      if (!filled(c.grid, r, col)) continue;
      n++;
      if (passes(c.grid, r, col, f.values, field)) pass++;
    }
    // A column left blank shows nothing it must hold.
    if (n === 0 && f.ifPresent) continue;
    present = true;
    // "Most": at least half, so that one mistyped value in two is reported by the checks, not taken for another table.
    const ok = f.values === 'budgetLine' ? pass > 0 : f.values === 'percentUnit' ? pass === n : n > 0 && pass * 2 >= n;
    if (ok) return 'holds';
    if (byHeader && KIND_TESTS.includes(f.values) && c.match.clear.includes(key)) header = true;
  }
  if (!present && f.ifPresent) return 'blank';
  return header ? 'header' : 'fails';
}

/**
 * The columns a fact about `fields` is judged on: each field's own, or, for a TTHC total the table has no column for,
 * its parts' (partsOf: «Trực tuyến | Trực tiếp | Kỳ trước chuyển sang» for the dossiers received; tester 17 T32).
 */
function factColumns(c: Candidate, fields: readonly string[]): [string, number][] {
  const out: [string, number][] = [];
  const has = (k: string) => c.match.columns[k] !== undefined;
  for (const key of fields) {
    const col = c.match.columns[key];
    if (col !== undefined) out.push([key, col]);
    else if (c.spec.name === 'tthc') for (const part of partsOf(key, has) ?? []) out.push([part, c.match.columns[part]!]);
  }
  return out;
}

/** The data rows to judge, without total rows, at most SAMPLE_ROWS of them. */
function sampleRows(c: Candidate): number[] {
  const out: number[] = [];
  for (const r of c.dataRows) {
    if (out.length >= SAMPLE_ROWS) break;
    if (!isTotalRow(c.grid, r, c.left, c.right)) out.push(r);
  }
  return out;
}

function isTotalRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    if (typeof grid.raw(row, col) !== 'string') continue;
    if (isTotalText(grid.folded(row, col))) return true;
  }
  return false;
}

function filled(grid: Grid, row: number, col: number): boolean {
  if (grid.isBlank(row, col)) return false;
  return typeof grid.raw(row, col) !== 'string' || !isPlaceholder(grid.text(row, col));
}

/** The header's labels, the lines above it and the sheet's name, folded, as one text to find words in. */
function surroundingText(c: Candidate): string {
  const parts = [fold(c.grid.name), ...c.match.labels.map((l) => l.full)];
  for (const r of c.titleRows) {
    for (let col = c.grid.left; col <= c.grid.right; col++) if (typeof c.grid.raw(r, col) === 'string') parts.push(c.grid.folded(r, col));
  }
  return parts.filter(Boolean).join(' | ');
}

/** A unit cell naming a percentage: «%», «(%)», «tỷ lệ %», «phần trăm». */
const PERCENT_UNIT = /^\(?\s*(?:(?:tỷ|tỉ)\s*lệ\s*)?%\s*\)?$|^phần\s*trăm$/iu;

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function passes(grid: Grid, row: number, col: number, test: ValueTest, field: FieldSpec): boolean {
  const raw = grid.raw(row, col);
  const text = grid.text(row, col).trim();
  switch (test) {
    case 'docNumber':
      return typeof raw === 'string' && parseDocNumberLoose(text) !== null;
    case 'person': {
      if (typeof raw !== 'string' || isTotalText(grid.folded(row, col))) return false;
      // Stand-ins such as "Người 1" pass: a word after the first may be a number.
      const [first, ...rest] = text.split(/\s+/);
      return rest.length < 7 && NAME_WORD.test(first) && rest.every((w) => NAME_WORD.test(w) || /^\d+$/.test(w));
    }
    case 'count':
    case 'number':
    case 'date':
    case 'category':
      // The fields' own value tests (fit.ts), so that the evidence and the column assignment agree.
      return fits({ ...field, kind: test }, raw, text, grid.folded(row, col), grid.format(row, col));
    case 'phrase':
      return typeof raw === 'string' && !looksNumeric(raw, text) && grid.folded(row, col).split(' ').length >= 3;
    case 'budgetLine':
      return typeof raw === 'string' && budgetSide(grid.folded(row, col)) !== null;
    case 'percentUnit':
      return PERCENT_UNIT.test(text);
    case 'filled':
      return true;
  }
}
