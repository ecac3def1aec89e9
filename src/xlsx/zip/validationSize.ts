/**
 * How many cells the data validations of a sheet cover, read from the sheet XML while the zip guard
 * inflates it. exceljs's data-validation reader stores one entry per cell of every `sqref` range
 * (A1:XFD1048576 would be 17 billion entries), so those parts are only handed to exceljs when this
 * total stays under a cap. Only the `<dataValidation sqref="...">` start tags are looked at; the
 * x14 validations in `<extLst>` are not read by exceljs at all, so they cost nothing here.
 */
import { parseRange } from '../../core/address';

/** Cells of all validations together up to which exceljs may read them (about 20 MB of its entries). */
export const MAX_VALIDATION_CELLS = 200_000;

/** Returned for a sqref that cannot be understood: counted as too large, so it is never expanded. */
const UNKNOWN = Number.POSITIVE_INFINITY;

/** Cells covered by a sqref list like "A1:A100 C2 D1:D1048576" (overlaps counted twice, as exceljs expands them). */
export function sqrefCells(sqref: string): number {
  let total = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    if (!part) continue;
    const r = parseRange(part);
    if (!r) return UNKNOWN;
    total += (r.bottom - r.top + 1) * (r.right - r.left + 1);
  }
  return total;
}

const TAG = /<dataValidation\b[^>]*>/g;
const SQREF = /\bsqref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** A start tag longer than this is not a real Excel validation: stop and count it as too large. */
const MAX_TAG = 1024 * 1024;
const SLICE = 256 * 1024;
const NAME = new TextEncoder().encode('<dataValidation');
const V = 0x56; // the capital V of "<dataValidation", rare in sheet XML
const V_AT = 5;

/**
 * Whether a slice may hold (part of) a `<dataValidation` tag. Sheet data is almost all of a sheet's XML and has
 * no capital V in its markup, so a native byte search skips it without decoding (a zip bomb is hundreds of MB).
 */
function mayHoldTag(slice: Uint8Array): boolean {
  for (let i = slice.indexOf(V); i >= 0; i = slice.indexOf(V, i + 1)) {
    let same = true;
    for (let j = 0; j < NAME.length && same; j++) {
      const k = i - V_AT + j;
      if (k >= slice.length) break; // cut at the slice's end: may be a tag
      same = k < 0 || slice[k] === NAME[j]; // cut at its start: the carry holds the rest
    }
    if (same) return true;
  }
  // "<dataV" itself may be cut before its V.
  for (let n = 1; n < V_AT + 1 && n <= slice.length; n++) {
    let same = true;
    for (let j = 0; j < n && same; j++) same = slice[slice.length - n + j] === NAME[j];
    if (same) return true;
  }
  return false;
}

/**
 * Counts validation cells over the chunks of one sheet XML as they are inflated, without keeping
 * the sheet: only the text after the last unfinished tag is carried to the next chunk.
 */
export class ValidationCounter {
  cells = 0;
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8');

  /** Inflated chunks can be tens of MB: they are decoded a slice at a time so the text stays small. */
  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i += SLICE) this.pushSlice(chunk.subarray(i, Math.min(chunk.length, i + SLICE)));
  }

  private pushSlice(chunk: Uint8Array): void {
    if (this.cells === UNKNOWN) return;
    if (!this.carry && !mayHoldTag(chunk)) return;
    // Slices are decoded on their own (skipped ones break a stream): a letter cut at an edge only garbles text, never a tag.
    const text = this.carry + this.decoder.decode(chunk);
    let end = 0;
    for (const m of text.matchAll(TAG)) {
      const sq = SQREF.exec(m[0]);
      this.cells += sq ? sqrefCells(sq[1] ?? sq[2]) : 0;
      end = m.index! + m[0].length;
    }
    // Keep an unfinished `<dataValidation ...` for the next chunk (the name itself may be cut too).
    const open = text.lastIndexOf('<');
    const rest = open >= end && text.indexOf('>', open) < 0 ? text.slice(open) : '';
    this.carry = rest.startsWith('<dataValidation'.slice(0, rest.length)) ? rest : '';
    if (this.carry.length > MAX_TAG) this.cells = UNKNOWN;
  }
}
