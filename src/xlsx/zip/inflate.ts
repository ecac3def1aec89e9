/**
 * The platform's native inflater, when a front door registers one. fflate (pure JavaScript, what the
 * web page uses) inflates a large sheet three times slower than Node's zlib, and the guard inflates
 * every entry; the command line and the benchmark register zlib here. No Node API is imported in
 * this folder, so the web bundle stays free of it.
 */

/**
 * Inflates a raw-deflate entry whole; returns null when its output would pass `maxBytes` (nothing more
 * is kept). `sizeHint` is the size the zip declares, to size buffers; it may lie.
 */
export type WholeInflate = (raw: Uint8Array, maxBytes: number, sizeHint?: number) => Uint8Array | null;

let native: WholeInflate | null = null;

export function setNativeInflate(fn: WholeInflate | null): void {
  native = fn;
}

export function nativeInflate(): WholeInflate | null {
  return native;
}
