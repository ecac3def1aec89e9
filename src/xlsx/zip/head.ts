/** The first bytes of a stored part, inflated no further than needed: to look at a sheet's views without inflating its data. */
import { Inflate } from 'fflate';
import { decodePart, type ZipPart } from './guard';

/** The part's first `max` bytes (or fewer) as text; '' when they do not inflate. */
export function inflateHead(part: ZipPart, max: number): string {
  if (part.method === 0) return decodePart(part.raw.subarray(0, max));
  const chunks: Uint8Array[] = [];
  let got = 0;
  const inflater = new Inflate((c) => {
    if (got < max) chunks.push(c);
    got += c.length;
  });
  try {
    for (let q = 0; q < part.raw.length && got < max; q += 16384) {
      const end = Math.min(part.raw.length, q + 16384);
      inflater.push(part.raw.subarray(q, end), end === part.raw.length);
    }
  } catch {
    return '';
  }
  const out = new Uint8Array(Math.min(got, max));
  let at = 0;
  for (const c of chunks) {
    if (at >= out.length) break;
    const n = Math.min(c.length, out.length - at);
    out.set(c.subarray(0, n), at);
    at += n;
  }
  return decodePart(out);
}
