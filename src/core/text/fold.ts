/**
 * Text folding for matching headers and categories: NFC, lower case, no diacritics (đ -> d),
 * punctuation as space, white space collapsed. "Đã giải quyết\n(Trước hạn)" -> "da giai quyet truoc han".
 * Legacy-encoded text (TCVN3, VNI) must be converted to Unicode before folding.
 */
import { memoized } from '../memo';

export function fold(text: string): string {
  // Sheets repeat the same short texts (fields, channels, statuses, headers) thousands of times: fold each once.
  return text.length > FOLD_MEMO_MAX ? foldNow(text) : foldShort(text);
}

/** Longer texts are folded anew each time (paragraphs rarely repeat). */
export const FOLD_MEMO_MAX = 120;
const foldShort = memoized(50_000, (text) => foldNow(text));

function foldNow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs in `text` as whole words (both already folded). */
export function containsWords(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}
