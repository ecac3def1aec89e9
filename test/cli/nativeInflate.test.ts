import zlib from 'node:zlib';
import { zlibInflate } from '../../src/cli/nativeInflate';

describe('zlib as the file host inflater', () => {
  const text = Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(5000));
  const raw = new Uint8Array(zlib.deflateRawSync(text));

  it('inflates an entry whole, whatever size the zip declares', () => {
    for (const hint of [0, text.length, 10, 2 ** 32 - 1]) {
      expect(Buffer.from(zlibInflate(raw, 10 * text.length, hint)!).equals(text)).toBe(true);
    }
  });

  it('gives up (null) as soon as the output would pass the cap', () => {
    expect(zlibInflate(raw, text.length - 1, text.length)).toBeNull();
    expect(zlibInflate(raw, text.length, text.length)).not.toBeNull();
  });

  it('throws on bytes that are not deflate data', () => {
    expect(() => zlibInflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1000)).toThrow();
  });
});
