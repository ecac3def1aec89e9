/**
 * Value tests: whether a column's values are of a field's kind (docs/reporting-schema.md §1, "every field has a
 * value test of its kind and the values decide between candidate columns"). Frictionless infers a field's
 * type from its values; here the header proposes fields and the values confirm or rule them out.
 */
import type { FieldSpec } from '../schema/types';
import type { CellValue } from '../snapshot';
import type { Grid } from './grid';
import { bareNumber, parseNumberText } from './number';
import { dateAndNote, isDateFormat, parseDateText, splitNumberAndDateText } from './date';
import { formulaErrorOf, isDash, isTotalText, matchCategory } from './values';
import { parseDocNumberLoose } from '../check/docNumber';
import { withoutOtherTraining } from './categoryText';

/** Serial numbers a report's date can plausibly have (1954 to 2119). */
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;
/** Values sampled under a header. */
const SAMPLE = 12;

/** "01.003", "0123", "CC-0001", "A12": codes, identifiers, never quantities. */
export function isCode(text: string): boolean {
  const t = text.trim();
  if (/^0\d/.test(t) || /\p{L}/u.test(t.replace(/\s*%$/, ''))) return true;
  // "1.2.3" is a code; "1.234.567" a number with thousands separators.
  return /^\d+(?:\.\d+){2,}$/.test(t) && !/^\d{1,3}(?:\.\d{3})+$/.test(t);
}

/**
 * Whether one non-blank cell passes `field`'s value test:
 * count: a non-negative integer (a dash is none); amount, number: a number, not a date; percent: a number or
 * "25%"; date: a date serial, a date-formatted number or a date written as text, also after a document's number
 * ("01/KH-UBND, 05/01", its year left to the reader) (or a year alone, for
 * `yearAlone` fields); category: a value of its
 * vocabulary; text: anything, except a document number (`valueShape: 'docNumber'`), which looks like
 * `n/SYMBOL` or `n/SYMBOL-PARTS` (Nghị định 30/2020). Codes ("01.003") are never numbers.
 */
export function passes(field: FieldSpec, raw: CellValue, text: string, folded: string, format: string | null): boolean {
  switch (field.kind) {
    case 'count':
    case 'amount':
    case 'number':
    case 'percent': {
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw) || (isDateFormat(format) && field.kind !== 'percent')) return false;
        return field.kind !== 'count' || (raw >= 0 && Number.isInteger(raw));
      }
      if (isDash(text)) return true;
      const bare = bareNumber(text);
      if (isCode(bare)) return false;
      const p = parseNumberText(bare);
      if (!p) return false;
      return field.kind !== 'count' || (p.value >= 0 && Number.isInteger(p.value));
    }
    case 'date':
      // A year alone is a date of the fields that take one (a birth year, 1985 or "1985").
      if (typeof raw === 'number')
        return isDateFormat(format) || (raw >= MIN_SERIAL && raw < MAX_SERIAL) || (!!field.yearAlone && Number.isInteger(raw) && raw >= 1900 && raw <= 9999);
      // «09/15/2025» is a date too, of a column written month first (rows.ts reads it so when the column proves it).
      if (
        parseDateText(text) !== null ||
        parseDateText(text, true) !== null ||
        splitNumberAndDateText(text) !== null ||
        (!!field.yearAlone && /^\d{4}$/.test(text) && Number(text) >= 1900)
      )
        return true;
      // A date followed by a note («14/02/2025 (ký số)»), read as that date (rows.ts).
      const noted = dateAndNote(text)?.dateText;
      return !!noted && (parseDateText(noted) !== null || splitNumberAndDateText(noted) !== null);
    case 'category': {
      // «Trung cấp chính trị» is no education level (schema otherTraining): a column of them is not the education's.
      const own = field.otherTraining ? withoutOtherTraining(folded, field.otherTraining) : folded;
      return !!own && matchCategory(own, field.categories ?? {}) !== null;
    }
    default:
      if (field.valueShape === 'docNumber') return parseDocNumberLoose(text) !== null;
      return true;
  }
}

/**
 * The share (0–1) of the first values under a header that pass the field's value test, blanks, totals and
 * template tags, error values and booleans left out; null when fewer than two values can be judged (a blank
 * template) or the kind is plain text.
 */
export function valueFit(grid: Grid, fromRow: number, col: number, field: FieldSpec): number | null {
  if (field.kind === 'text' && !field.valueShape) return null;
  let seen = 0;
  let ok = 0;
  for (let r = fromRow; r <= grid.bottom && seen < SAMPLE && r < fromRow + 3 * SAMPLE; r++) {
    if (grid.isBlank(r, col)) continue;
    const text = grid.text(r, col).trim();
    const folded = grid.folded(r, col);
    if (isTotalText(folded)) continue;
    const raw = grid.raw(r, col);
    // An error value or TRUE/FALSE says nothing of the column's kind (the reader reports them).
    if (typeof raw === 'boolean' || formulaErrorOf(raw, text)) continue;
    seen++;
    if (passes(field, raw, text, folded, grid.format(r, col))) ok++;
  }
  // One value is a clerk's slip as much as a sign of the kind: it is reported, not used to decide.
  return seen < 2 ? null : ok / seen;
}
