/**
 * Names of agencies and units compared word by word (rollup/identity.ts, read/unitRows.ts): case, spacing,
 * punctuation, the leading «UBND» / «Ủy ban nhân dân» and tone placement («Hoà»/«Hòa») aside; marks count where both
 * sides carry them, so «Ba Tơ» and «Ba Tô», «An Hà» and «An Hạ» are two names, while «BA TO», typed without marks (a
 * source without diacritics, or TCVN3 text read as plain letters), is the same as «Ba Tơ».
 */
import { wordsOf, type Words } from './fold';

/** Leading words that may be dropped, one at most of each group, in order; each phrase folded, as a word list. */
export type LeadingWords = readonly (readonly (readonly string[])[])[];

/** «UBND» or «Ủy ban nhân dân» before an agency's name. */
export const AGENCY_WORDS: LeadingWords = [[['ubnd'], ['uy', 'ban', 'nhan', 'dan']]];

/**
 * A name's words without its leading words (`drop`: of each group in turn, the first phrase it starts with):
 * "UBND XÃ AN HÒA" -> "xã an hòa" with the default.
 */
export function nameWords(text: string, drop: LeadingWords = AGENCY_WORDS): Words {
  const w = wordsOf(text);
  let skip = 0;
  for (const group of drop) {
    const phrase = group.find((p) => p.every((word, i) => w.folded[skip + i] === word));
    if (phrase) skip += phrase.length;
  }
  return { folded: w.folded.slice(skip), marked: w.marked.slice(skip) };
}

/** True when two word lists are the same name: the same folded words, the marks equal where both carry them. */
export function sameWords(x: Words, y: Words): boolean {
  if (x.folded.length === 0 || x.folded.length !== y.folded.length) return false;
  return x.folded.every((w, i) => w === y.folded[i] && (x.marked[i] === null || y.marked[i] === null || x.marked[i] === y.marked[i]));
}

/** True when two agency names are the same name (see the module's note). */
export function sameName(a: string, b: string): boolean {
  return sameWords(nameWords(a), nameWords(b));
}
