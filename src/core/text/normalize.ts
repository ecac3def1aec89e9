/**
 * One entry point for cell text: legacy TCVN3/VNI text converted to Unicode, everything in NFC.
 * Nothing is trimmed or folded here: callers decide (see fold.ts for matching).
 */
import { convertLegacy, convertLegacyRuns, detectLegacy, type LegacyEncoding } from './legacy';

/**
 * Cell text in Unicode NFC. Legacy text is detected and converted as a whole, or, in a cell that mixes
 * Unicode and legacy text ("ĐVT: triÖu ®ång", typed partly with a Unicode keyboard), per run of words.
 */
export function normalizeText(text: string, font?: string | null): { text: string; legacy: LegacyEncoding | null } {
  const legacy = detectLegacy(text, font);
  if (legacy) return { text: convertLegacy(text, legacy, font), legacy };
  return convertLegacyRuns(text, font) ?? { text: text.normalize('NFC'), legacy: null };
}
