/**
 * The workbook inflated while the command line loads (src/cli/inflateAhead.ts): the guard gets a part
 * inflated ahead only for the very bytes it asks about and within its cap; anything else is inflated
 * now, by zlib, as before. And the check reads the same with it as without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { aheadOrZlib, dropAhead, inflateAhead, inflatedAhead } from '../../src/cli/inflateAhead';
import { zlibInflate } from '../../src/cli/nativeInflate';
import { deflatedReadParts, guardXlsx } from '../../src/xlsx/zip/guard';
import { setNativeInflate, type WholeInflate } from '../../src/xlsx/zip/inflate';
import { readXlsx } from '../../src/xlsx/read';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'ba-bich-2023.xlsx');
const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
/** The largest deflated part the guard reads (a sheet), as a range of the file. */
const part = deflatedReadParts(bytes).sort((a, b) => b.declaredSize - a.declaredSize)[0];
const raw = bytes.subarray(part.start, part.end);

/** zlib, counting its calls. */
function counted(): { inflate: WholeInflate; calls: () => number } {
  let n = 0;
  return {
    inflate: (r, max, hint) => {
      n++;
      return zlibInflate(r, max, hint);
    },
    calls: () => n,
  };
}

afterEach(() => {
  dropAhead();
  setNativeInflate(null);
});

describe('parts inflated ahead', () => {
  it('are handed to the guard for the same bytes, without inflating again', async () => {
    inflateAhead(['validate', EXAMPLE, '--json']);
    await inflatedAhead();
    const z = counted();
    const out = aheadOrZlib(z.inflate)(raw, 64 * 2 ** 20, part.declaredSize);
    expect(z.calls()).toBe(0);
    expect(out).toEqual(zlibInflate(raw, 64 * 2 ** 20, part.declaredSize));
    expect(out!.length).toBe(part.declaredSize);
    // Handed over once: asked again, it is inflated again.
    aheadOrZlib(z.inflate)(raw, 64 * 2 ** 20);
    expect(z.calls()).toBe(1);
  });

  it('are not handed over for other bytes of the same length, nor past the cap asked', async () => {
    inflateAhead(['report', EXAMPLE]);
    await inflatedAhead();
    const z = counted();
    const other = Uint8Array.from(raw);
    other[other.length >> 1] ^= 0xff;
    const fromOther = (() => {
      try {
        return aheadOrZlib(z.inflate)(other, 64 * 2 ** 20);
      } catch {
        return 'damaged';
      }
    })();
    expect(z.calls()).toBe(1);
    expect(fromOther).not.toEqual(zlibInflate(raw, 64 * 2 ** 20));
    // Under its cap zlib says it does not fit (null), as the guard expects.
    expect(aheadOrZlib(z.inflate)(raw, part.declaredSize - 1)).toBeNull();
    expect(z.calls()).toBe(2);
  });

  it('are none for other commands, a missing file or a folder', async () => {
    for (const argv of [['template'], ['validate', '/nonexistent/x.xlsx'], ['validate', path.dirname(EXAMPLE)], ['validate']]) {
      inflateAhead(argv);
      await inflatedAhead();
      const z = counted();
      aheadOrZlib(z.inflate)(raw, 64 * 2 ** 20);
      expect(z.calls()).toBe(1);
    }
  });

  it('leave what the reader reads unchanged', async () => {
    setNativeInflate(zlibInflate);
    const plain = readXlsx(guardXlsx(bytes)).snapshot;
    inflateAhead(['validate', EXAMPLE]);
    await inflatedAhead();
    const z = counted();
    setNativeInflate(aheadOrZlib(z.inflate));
    expect(readXlsx(guardXlsx(bytes)).snapshot).toEqual(plain);
    // Only the parts not deflated, or not ahead, went to zlib: the sheets did not.
    expect(z.calls()).toBe(0);
  });
});
