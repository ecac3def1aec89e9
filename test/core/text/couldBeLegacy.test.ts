/** couldBeLegacy lets the grid skip the font lookup: it must be true for every text detectLegacy may convert. */
import fc from 'fast-check';
import { couldBeLegacy, detectLegacy } from '../../../src/core/text/legacy';

describe('couldBeLegacy', () => {
  it('is false for ASCII and for text with a letter beyond Latin-1 (Unicode Vietnamese)', () => {
    expect(couldBeLegacy('')).toBe(false);
    expect(couldBeLegacy('H00000001')).toBe(false);
    expect(couldBeLegacy('Hộ tịch')).toBe(false);
    expect(couldBeLegacy('Đã trả kết quả')).toBe(false);
  });

  it('is true for TCVN3 and VNI text as a legacy font shows it', () => {
    expect(couldBeLegacy('Tæng sè hå s¬')).toBe(true);
    expect(couldBeLegacy('Toång soá hoà sô')).toBe(true);
  });

  it('never hides a text that detectLegacy would convert, whatever the font', () => {
    const ch = fc.constantFrom(...'aAeoTc §¸µ¶·¹»¼½¾ÆÇÈÉÊËæéèñøùûõïâêôöÖÞßþ'.split(''), 'ộ', 'ư', '\u0301');
    const font = fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'Arial', null);
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 12 }).map((a) => a.join('')),
        font,
        (text, f) => {
          if (!couldBeLegacy(text)) expect(detectLegacy(text, f)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
