/**
 * The browser's own inflater for the web page (issue 15 point 4). fflate, pure JavaScript, inflates a
 * large sheet about three times slower than native zlib, which the command line uses; that alone kept
 * the page over 1.3× the command line. The browser's DecompressionStream is native but asynchronous,
 * while the zip guard inflates synchronously: so the parts the guard will inflate (found by the guard's
 * own directory walk, deflatedReadParts) are inflated first, each within the guard's caps, and served
 * to it through setNativeInflate while it runs. A part not prepared (a stream error, junk after the
 * data, a cap passed) is left to the guard's streaming fflate, which counts and refuses as always.
 */
import { deflatedReadParts, DEFAULT_LIMITS, type GuardLimits } from '../xlsx/zip/guard';
import { setNativeInflate, type WholeInflate } from '../xlsx/zip/inflate';

/** Largest part inflated ahead (the guard's own largest whole inflation), and all parts together. */
const PART_MAX = 64 * 2 ** 20;
const TOTAL_MAX = 256 * 2 ** 20;

/** `raw` inflated by DecompressionStream('deflate-raw'); null past `cap` bytes or on any error. */
async function inflateRaw(raw: Uint8Array, cap: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these only keep the promises from going unhandled.
  writer.write(raw as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > cap) {
        await reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Inflates ahead the deflated parts the guard will read from `bytes`, and returns the inflater that
 * serves them: by position in `bytes`' own buffer, only the same range, and only within the cap the
 * guard asks; null where the browser has no DecompressionStream.
 */
export async function preinflate(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): Promise<WholeInflate | null> {
  if (typeof DecompressionStream !== 'function') return null;
  const ready = new Map<number, { length: number; out: Uint8Array }>();
  let total = 0;
  for (const part of deflatedReadParts(bytes, limits)) {
    const raw = bytes.subarray(part.start, part.end);
    const ratioCap = Math.max(limits.ratioMinBytes, limits.maxRatio * Math.max(1, raw.length));
    const out = await inflateRaw(raw, Math.min(PART_MAX, ratioCap, TOTAL_MAX - total));
    if (!out) continue;
    total += out.length;
    ready.set(raw.byteOffset, { length: raw.length, out });
  }
  const buffer = bytes.buffer;
  return (raw, maxBytes) => {
    const hit = raw.buffer === buffer ? ready.get(raw.byteOffset) : undefined;
    return hit && hit.length === raw.length && hit.out.length <= maxBytes ? hit.out : null;
  };
}

/** Runs `open` (the file host opening `bytes`) with the parts inflated ahead by the browser. */
export async function withNativeInflate<T>(bytes: Uint8Array, open: () => Promise<T>): Promise<T> {
  setNativeInflate(await preinflate(bytes));
  try {
    return await open();
  } finally {
    setNativeInflate(null);
  }
}
