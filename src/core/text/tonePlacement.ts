/**
 * Vietnamese tone marks placed the old way or the new way: «Hoà» and «Hòa», «Thuỷ» and «Thủy», «khoẻ» and «khỏe» are
 * one word written two ways (the tone on the second or on the first vowel of «oa», «oe», «uy»). Compared here by
 * their letters and their tone, wherever the tone sits.
 */

/** Combining tone marks (huyền, sắc, ngã, hỏi, nặng); the other marks (ê, ơ, ư, ă, â, đ) are letters. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's spelling without where its tone sits: its letters (NFC, lower case, tone taken off) and its tone.
 * «Hoà» and «hòa» → "hoa|\u0300"; «Hòa» and «Hoa» differ.
 */
export function toneKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .trim()
    .split(/\s+/u)
    .map((w) => {
      const d = w.normalize('NFD');
      const tone = (d.match(TONES) ?? []).join('');
      return `${d.replace(TONES, '').normalize('NFC')}|${tone}`;
    })
    .join(' ');
}

/** True when `a` and `b` are the same words, the tones maybe placed differently («Hoà Phong», «Hòa Phong»). */
export function sameSpelling(a: string, b: string): boolean {
  return toneKey(a) === toneKey(b);
}
