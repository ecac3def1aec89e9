/**
 * Fields given as group rows: exports of one-stop systems list their dossiers under a heading row per field
 * ("Hộ tịch (3)", merged across the table) instead of in a column. A field whose schema entry says
 * `groupRows` and that has no column of its own takes, for every record, the heading above it.
 */
import type { TypedValue } from '../tables';
import type { Candidate } from './locate';
import { isTotalText, orderLevel } from './values';

/** A heading's text, or null when the row is a record (or a total). */
export interface GroupHeading {
  col: number;
  value: TypedValue;
}

/**
 * The row is a heading when every filled cell holds the same text (a merged cell shown in each column it
 * covers counts once), and that text stands in a column no field reads or spans several columns by a
 * merge: a record with only its code filled is not a heading. "Hộ tịch (3)" -> "Hộ tịch" (the count in
 * brackets and a leading order mark dropped).
 */
export function groupHeading(c: Candidate, row: number, mappedCols: Set<number>): GroupHeading | null {
  const { grid } = c;
  let first = -1;
  let text = '';
  // «I | LĨNH VỰC HỘ TỊCH»: a group's order mark (I, II, A, B) in a cell of its own before the heading; the heading
  // may then stand in a record's column (the procedure's), as no record is numbered so.
  let marked = false;
  for (let col = c.left; col <= c.right; col++) {
    if (grid.isBlank(row, col)) continue;
    const t = grid.text(row, col).trim();
    if (first < 0 && !marked && typeof grid.raw(row, col) === 'string' && orderLevel(t) === 1) {
      marked = true;
      continue;
    }
    if (first < 0) {
      if (typeof grid.raw(row, col) !== 'string') return null;
      first = col;
      text = t;
    } else if (t !== text) return null;
  }
  if (first < 0) return null;
  const m = grid.mergeOf(row, first);
  const spans = !!m && m.top === row && m.right > m.left;
  if (mappedCols.has(first) && !spans && !marked) return null;
  if (isTotalText(grid.folded(row, first))) return null;
  const name = headingName(text);
  if (!name || orderLevel(name) !== undefined) return null;
  return { col: first, value: { value: name, raw: grid.raw(row, first), cell: '', text: name } };
}

/** "I. Hộ tịch (3)", "Lĩnh vực: Chứng thực (2 hồ sơ)", "LĨNH VỰC HỘ TỊCH" -> "Hộ tịch", "Chứng thực", "Hộ tịch". */
export function headingName(text: string): string {
  const name = text
    .replace(/^\s*(?:[IVXLC]+|\d+|[a-h])[.)]\s+/u, '')
    .replace(/^\s*lĩnh vực\s*:?\s*/iu, '')
    .replace(/\s*\(\s*\d+(?:\s+[\p{L} ]+)?\s*\)\s*$/u, '')
    .trim();
  // A heading typed in capitals names the field as it is written elsewhere: «HỘ TỊCH» -> «Hộ tịch».
  return name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}
