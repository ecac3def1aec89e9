/**
 * The web page's native inflation (src/web/nativeInflate.ts): the parts the guard reads are inflated
 * ahead by DecompressionStream (Node has the same web API) and served to the guard only for the same
 * byte range and within the guard's cap; the snapshot is the same as with fflate, and a zip bomb is
 * still refused by the guard.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateSync } from 'fflate';
import { FileHost } from '../../src/hosts/file';
import { deflatedReadParts, guardXlsx } from '../../src/xlsx/zip/guard';
import { nativeInflate, setNativeInflate } from '../../src/xlsx/zip/inflate';
import { preinflate, withNativeInflate } from '../../src/web/nativeInflate';
import { zipBomb } from '../helpers/xlsx';

const EXAMPLE = new Uint8Array(fs.readFileSync(path.join(__dirname, '../../examples/ba-bich-2023.xlsx')));

test('serves every part the guard reads, byte for byte what fflate makes, for that range only', async () => {
  const parts = deflatedReadParts(EXAMPLE);
  expect(parts.length).toBeGreaterThanOrEqual(5);
  const inflate = (await preinflate(EXAMPLE))!;
  for (const p of parts) {
    const raw = EXAMPLE.subarray(p.start, p.end);
    const out = inflate(raw, Infinity);
    expect(out).toEqual(inflateSync(raw));
    // Not over the cap the guard asks for, and not for the same bytes in another buffer or range.
    expect(inflate(raw, out!.length - 1)).toBeNull();
    expect(inflate(EXAMPLE.slice(p.start, p.end), Infinity)).toBeNull();
    expect(inflate(EXAMPLE.subarray(p.start, p.end - 1), Infinity)).toBeNull();
  }
});

test('the file host reads the same snapshot with it, and is left without it afterwards', async () => {
  const plain = await (await FileHost.open(EXAMPLE)).readSnapshot();
  let used = 0;
  const host = await withNativeInflate(EXAMPLE, async () => {
    const native = nativeInflate()!;
    expect(native).not.toBeNull();
    const counting = (raw: Uint8Array, max: number) => {
      const out = native(raw, max);
      if (out) used++;
      return out;
    };
    // The guard runs inside open: count what it took from the parts inflated ahead.
    setNativeInflate(counting);
    return FileHost.open(EXAMPLE);
  });
  expect(used).toBe(deflatedReadParts(EXAMPLE).length);
  expect(nativeInflate()).toBeNull();
  expect(JSON.stringify(await host.readSnapshot())).toBe(JSON.stringify(plain));
});

test('a zip bomb the guard refuses on its declared sizes is not inflated ahead at all, and the guard still refuses it', async () => {
  // Tester 14 finding 9: the page inflated a 1 MB bomb's sheet up to its cap before the guard refused it on the sizes
  // its headers declare, as the command line does at once.
  const bomb = zipBomb(24);
  expect(() => guardXlsx(bomb)).toThrow(expect.objectContaining({ code: 'zip-bomb' }));
  expect(deflatedReadParts(bomb)).toEqual([]);
  await expect(withNativeInflate(bomb, async () => guardXlsx(bomb))).rejects.toMatchObject({ code: 'zip-bomb' });
});
