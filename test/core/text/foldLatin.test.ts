/**
 * fold() and wordsOf() space out what is not a letter or a digit with a plain class on Latin text and with \p{L}
 * \p{N} otherwise (src/core/text/fold.ts): the answer must be the one the Unicode classes alone give, whatever the text.
 */
import fc from 'fast-check';
import { fold, wordsOf } from '../../../src/core/text/fold';

/** The folding as it was written with Unicode property classes only. */
function foldReference(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordsReference(text: string): string[] {
  const lower = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return lower ? lower.split(' ') : [];
}

/** Characters at the edges of the Latin blocks and around them, Vietnamese letters, digits and signs of other kinds. */
const CHARS = [
  ...'aZz09 .,;:-_/()%\t\n',
  ...'ĐđÀàẢảỆệƯưƠơỹỸ',
  '\u00aa',
  '\u00b2',
  '\u00b5',
  '\u00ba',
  '\u00bd',
  '\u00bf',
  '\u00c0',
  '\u00d6',
  '\u00d7',
  '\u00d8',
  '\u00f6',
  '\u00f7',
  '\u00f8',
  '\u00ff',
  '\u0100',
  '\u017f',
  '\u0180',
  '\u01c3',
  '\u024f',
  '\u0250',
  '\u0300',
  '\u0323',
  '\u0130',
  '\u1e00',
  '\u1e9e',
  '\u1eff',
  '\u1f00',
  '\u00a0',
  '\u2013',
  '\u2019',
  '\u2116',
  '\u0436',
  '\u4e2d',
  '\u0661',
  '\ud83d\ude00',
];

describe('fold and wordsOf on Latin and other text', () => {
  it('give what the Unicode classes alone give', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }), (chars) => {
        // Past the memo's length, so that each text is folded anew.
        const text = chars.join('') + ' '.repeat(121);
        expect(fold(text)).toBe(foldReference(text));
        expect(wordsOf(text).folded).toEqual(wordsReference(text).map(foldReference));
      }),
      { numRuns: 3000 },
    );
  });

  it('keep letters of the Latin blocks and drop × and ÷', () => {
    expect(fold('Số 3×4 ÷ 2 Ươ ǅ')).toBe('so 3 4 2 uo ǆ');
    expect(wordsOf('Đã giải quyết × 2').folded).toEqual(['da', 'giai', 'quyet', '2']);
  });
});
