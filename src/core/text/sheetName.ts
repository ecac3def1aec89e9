/**
 * A sheet's name as the clerk is told it. A name typed in a legacy font (TCVN3, VNI) shows garbled on Excel's
 * tab too, so it is named as written, followed by its reading: «B¶ng l­¬ng» (Bảng lương). Addresses and links
 * keep the name as written (they must resolve). A tab has no font the workbook records: the legacy detector
 * (legacy.ts) decides by the words alone, and Unicode names are never read as legacy text.
 */
import { normalizeText } from './normalize';

const readings = new Map<string, string | null>();

/** The Unicode reading of a sheet name typed in a legacy encoding ("B¶ng l­¬ng" -> "Bảng lương"); null for any other name. */
export function sheetReading(name: string): string | null {
  let r = readings.get(name);
  if (r === undefined) {
    const n = normalizeText(name);
    r = n.legacy && n.text !== name ? n.text : null;
    if (readings.size < 1000) readings.set(name, r);
  }
  return r;
}

/** A sheet named in running text: «Thu chi NS», «B¶ng l­¬ng» (Bảng lương). */
export function quotedSheet(name: string): string {
  const r = sheetReading(name);
  return r ? `«${name}» (${r})` : `«${name}»`;
}

/** A sheet named alone (a column of sheets, a heading): Thu chi NS, B¶ng l­¬ng (Bảng lương). */
export function shownSheet(name: string): string {
  const r = sheetReading(name);
  return r ? `${name} (${r})` : name;
}
