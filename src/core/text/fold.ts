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
  return wordsSpaced(
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase(),
  );
}

/** A character other than ASCII and the Latin letters' blocks (Latin-1's letters, Extended-A and -B, Extended Additional). */
const NOT_LATIN = /[\u0080-\u00bf\u0250-\u1dff\u1f00-\uffff]/;
/** In text without such a character, exactly what \p{L} and \p{N} exclude: × and ÷ are the only non-letters of those blocks. */
const NOT_LATIN_WORD = /[^A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case text with each run of characters other than letters and digits made one space, trimmed. Vietnamese
 * and English text takes a plain class, the same test on such text: a Unicode property class costs about 1 ms to
 * compile at its first use, at every start of the command line.
 */
function wordsSpaced(lower: string): string {
  return lower.replace(NOT_LATIN.test(lower) ? NOT_WORD : NOT_LATIN_WORD, ' ').trim();
}

/** True when `phrase` occurs in `text` as whole words (both already folded). */
export function containsWords(text: string, phrase: string): boolean {
  if (!phrase) return false;
  return ` ${text} `.includes(` ${phrase} `);
}

/**
 * A label's words for matching with diacritics: each word folded ("lượng" -> "luong") and, when the word
 * carries marks, its marks kept with the tone set apart ("lượng" -> "lương|\u0323"), so that old and new tone
 * placement ("hoà" / "hòa") agree while "lượng" and "lương" do not. A word typed without marks has `null`:
 * it is compared folded (a header typed without diacritics still matches).
 */
export interface Words {
  folded: string[];
  marked: (string | null)[];
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Header texts repeat over the header rows and depths tried for every table: each is split once (the answer is shared: read it, never change it). */
export function wordsOf(text: string): Words {
  return text.length > FOLD_MEMO_MAX ? wordsNow(text) : wordsShort(text);
}

const wordsShort = memoized(5_000, (text) => wordsNow(text));

function wordsNow(text: string): Words {
  const lower = wordsSpaced(text.normalize('NFC').toLowerCase());
  const parts = lower ? lower.split(' ') : [];
  const folded: string[] = [];
  const marked: (string | null)[] = [];
  for (const w of parts) {
    const f = fold(w);
    folded.push(f);
    if (f === w) {
      marked.push(null);
      continue;
    }
    const d = w.normalize('NFD');
    const tone = d.match(TONES)?.join('') ?? '';
    marked.push(`${d.replace(TONES, '').normalize('NFC')}|${tone}`);
  }
  return { folded, marked };
}

/**
 * Word positions where `phrase` occurs in `text` as whole words, each word agreeing in its marks when both have them;
 * `strict`: a word of `phrase` with marks matches only the same word with the same marks («quỹ» is not «QUY» nor «quý»).
 */
export function phraseAt(text: Words, phrase: Words, strict = false): number[] {
  const out: number[] = [];
  const n = phrase.folded.length;
  if (n === 0) return out;
  for (let i = 0; i + n <= text.folded.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) {
      if (text.folded[i + j] !== phrase.folded[j]) ok = false;
      else {
        const a = text.marked[i + j];
        const b = phrase.marked[j];
        if (b !== null && a !== b && (strict || a !== null)) ok = false;
      }
    }
    if (ok) out.push(i);
  }
  return out;
}
