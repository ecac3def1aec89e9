/** Text any output can hold (issue 16 §5): noncharacters, lone surrogates and C0 controls never reach the outputs. */
import { cleanText } from '../../../src/core/text/clean';
import { toSheetSnapshot } from '../../../src/hosts/office/read';

describe('cleanText', () => {
  it('drops U+FFFE, U+FFFF and the other noncharacters', () => {
    expect(cleanText('UBND \uFFFE XÃ \uFFFF')).toBe('UBND  XÃ ');
    expect(cleanText('a\uFDD0b\uFDEFc')).toBe('abc');
    expect(cleanText('x\u{1FFFE}y\u{10FFFF}z')).toBe('xyz');
  });

  it('replaces a lone surrogate with U+FFFD and keeps real pairs (emoji, rare Han)', () => {
    expect(cleanText('a\uD800b')).toBe('a\uFFFDb');
    expect(cleanText('a\uDC00')).toBe('a\uFFFD');
    expect(cleanText('😀 𠀀')).toBe('😀 𠀀');
  });

  it('drops C0 controls but tab, line feed and carriage return; a vertical tab or form feed becomes a line feed', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd')).toBe('abcd');
    expect(cleanText('dòng 1\r\ndòng 2\tx')).toBe('dòng 1\r\ndòng 2\tx');
    expect(cleanText('a\u000Bb\u000Cc')).toBe('a\nb\nc');
  });

  it('returns ordinary Vietnamese text, TCVN3 text and C1 characters unchanged (the same string)', () => {
    const s = 'Ủy ban nhân dân xã — Tæng sè \u0085';
    expect(cleanText(s)).toBe(s);
  });

  it('is what the Office host applies to every cell text', () => {
    const snap = toSheetSnapshot(
      'S',
      0,
      0,
      { values: [['Hộ \uFFFE tịch', 5]], types: [['String', 'Double']], formats: [['General', 'General']], fonts: null },
      false,
    );
    expect(snap.values).toEqual([['Hộ  tịch', 5]]);
  });
});
