/**
 * One entry point for cell text: legacy TCVN3/VNI text converted to Unicode, everything in NFC.
 * Nothing is trimmed or folded here: callers decide (see fold.ts for matching).
 */
import { convertLegacy, detectLegacy, type LegacyEncoding } from './legacy';

export function normalizeText(text: string, font?: string | null): { text: string; legacy: LegacyEncoding | null } {
  const legacy = detectLegacy(text, font);
  return { text: legacy ? convertLegacy(text, legacy, font) : text.normalize('NFC'), legacy };
}
