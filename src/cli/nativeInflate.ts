/** Node's zlib as the file host's inflater (see src/xlsx/zip/inflate.ts): bounded by maxOutputLength, so a zip bomb stops early. */
import zlib from 'node:zlib';
import type { WholeInflate } from '../xlsx/zip/inflate';

/** Output buffers of at most this much: a lying size hint cannot make zlib allocate more up front. */
const MAX_CHUNK = 64 * 1024 * 1024;

export const zlibInflate: WholeInflate = (raw, maxBytes, sizeHint = 0) => {
  // One output chunk of the declared size (when it is honest) spares zlib joining hundreds of small ones.
  const chunkSize = Math.min(MAX_CHUNK, maxBytes + 1, Math.max(64 * 1024, sizeHint + 1));
  try {
    const out = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw e;
  }
};
