/**
 * The unit's patterns are built twice (src/core/read/unit.ts): with Unicode property classes for any text, and with
 * plain ASCII classes for simplified text holding only ASCII and "đ", which costs nothing to compile at start-up.
 * On such text both must find the same thing: same place, same words, same unit (named group).
 */
import fc from 'fast-check';
import { parseUnit, parseUnitInNote, parseUnitNote, unitPatternSetsForTest } from '../../../src/core/read/unit';

const { ascii, unicode } = unitPatternSetsForTest();
const NAMES = Object.keys(ascii) as (keyof typeof ascii)[];

/** Pieces of unit lines and of what stands around them, simplified as unit.ts simplifies (lower case, đ kept). */
const PIECES = [
  'don vi tinh',
  'don vi tien te',
  'dvt',
  'đvt',
  'đ.v.t',
  'don vi',
  'đon vi',
  'v tinh',
  'la',
  'tinh bang',
  'tinh theo',
  'trieu',
  'tr',
  'tr.',
  'nghin',
  'ngan',
  'ng.',
  'ty',
  'ti',
  'dong',
  'đong',
  'vnd',
  'vnđ',
  'đ',
  'd',
  '1.000',
  '1000',
  '1 000',
  '.000',
  'rieng',
  'dong 3',
  'dong so',
  'dong iv',
  'muc',
  'tru',
  'khoan',
  'o cot',
  'cot 2',
  'ghi chu',
  'tam',
  'x',
  'a1',
  '7',
  '2023',
  ' ',
  ' ',
  ':',
  '.',
  ',',
  '-',
  '\u2013',
  '(',
  ')',
  '[',
  ']',
  '*',
  ';',
  '/',
  '\n',
];

describe('the ASCII and the Unicode unit patterns', () => {
  it('find the same match in any simplified text of ASCII and đ', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (const name of NAMES) {
          const a = ascii[name].exec(text);
          const u = unicode[name].exec(text);
          expect([name, a?.index, a?.[0], { ...a?.groups }]).toEqual([name, u?.index, u?.[0], { ...u?.groups }]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('differ where it matters: a letter outside ASCII is a letter only to the Unicode ones', () => {
    // «ĐVT: đồngж» — a word goes on after «đồng»: no unit. The ASCII class would take «ж» for punctuation.
    expect(unicode.afterLabel.test('dvt: dongж')).toBe(false);
    expect(ascii.afterLabel.test('dvt: dongж')).toBe(true);
    // parseUnit sees the letter and uses the Unicode patterns.
    expect(parseUnit('ĐVT: đồngж')).toBeNull();
    expect(parseUnitNote('Ghi chú: triệu đồngж')).toBeNull();
    expect(parseUnitInNote('ĐVT: triệu đồngж')).toBeNull();
    expect(parseUnit('ĐVT: triệu đồng')).toEqual({ factor: 1e6, text: 'ĐVT: triệu đồng' });
  });
});
