/** Node's zlib as the file host's inflater (see hosts/file/inflate.ts): bounded by maxOutputLength, so a zip bomb stops early. */
import zlib from 'node:zlib';
import type { WholeInflate } from '../hosts/file/inflate';

export const zlibInflate: WholeInflate = (raw, maxBytes) => {
  try {
    const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};
