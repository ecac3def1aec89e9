/**
 * Inflating the workbook while the program loads (issue 15 point 3). Loading and starting the check's
 * code keeps the main thread busy for a while before the zip guard runs; zlib's asynchronous inflater
 * works on libuv's thread pool meanwhile. So `validate` and `report` read their file as soon as they
 * start, find the parts the guard will inflate by the guard's own directory walk (deflatedReadParts), and
 * inflate them on the pool; the guard then gets them through the native inflater (zlibInflate otherwise).
 *
 * Nothing is decided here: the guard still reads the file the command line read (files.ts) and checks
 * everything itself. A part is handed over only for the very bytes the guard asks to inflate (compared
 * byte for byte, so a file changed in between is inflated again) and only within the cap it asks; a
 * part that failed or passed a cap here is inflated by the guard as always, which then refuses it.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parseArgs } from './args';
import { DEFAULT_LIMITS, deflatedReadParts } from '../xlsx/zip/guard';
import type { WholeInflate } from '../xlsx/zip/inflate';

/** Largest part inflated ahead: the guard's own largest whole inflation. */
const PART_MAX = 64 * 1024 * 1024;

interface Ahead {
  raw: Uint8Array;
  out: Uint8Array | null;
}

let ahead: Ahead[] = [];
let done: Promise<void> = Promise.resolve();

/** The whole of a regular file under the size cap, or null (the command line then says why itself). */
function readWhole(file: string): Uint8Array | null {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > DEFAULT_LIMITS.maxFileBytes) return null;
    const bytes = new Uint8Array(stat.size);
    let got = 0;
    for (let n = 1; n > 0 && got < bytes.length; got += n) n = fs.readSync(fd, bytes, got, bytes.length - got, got);
    return bytes.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

/** Starts inflating the input of `validate` or `report` on the thread pool; does nothing for other commands or when anything fails. */
export function inflateAhead(argv: string[]): void {
  try {
    const args = parseArgs(argv);
    if ((args.command !== 'validate' && args.command !== 'report') || !args.file) return;
    const bytes = readWhole(args.file);
    if (!bytes) return;
    const limits = DEFAULT_LIMITS;
    done = Promise.all(
      deflatedReadParts(bytes, limits).map(
        (part) =>
          new Promise<void>((resolve) => {
            const entry: Ahead = { raw: bytes.subarray(part.start, part.end), out: null };
            const cap = Math.min(PART_MAX, Math.max(limits.ratioMinBytes, limits.maxRatio * Math.max(1, entry.raw.length)));
            ahead.push(entry);
            // One output chunk of the declared size (when honest): a single pass on the pool.
            const chunkSize = Math.min(cap + 1, Math.max(64 * 1024, part.declaredSize + 1));
            zlib.inflateRaw(entry.raw, { maxOutputLength: cap, chunkSize }, (err, out) => {
              if (!err) entry.out = new Uint8Array(out.buffer, out.byteOffset, out.length);
              resolve();
            });
          }),
      ),
    ).then(() => undefined);
  } catch {
    ahead = [];
  }
}

/** Settles once every part started ahead is inflated (or failed). */
export function inflatedAhead(): Promise<void> {
  return done;
}

/** Lets go of what was inflated ahead and not handed over (and of the file read for it). */
export function dropAhead(): void {
  ahead = [];
}

/** The native inflater of the command line: a part inflated ahead when these are its bytes and it fits `maxBytes`, else zlib now. */
export const aheadOrZlib =
  (zlibInflate: WholeInflate): WholeInflate =>
  (raw, maxBytes, sizeHint) => {
    for (let k = 0; k < ahead.length; k++) {
      const a = ahead[k];
      if (a.out && a.raw.length === raw.length && a.out.length <= maxBytes && Buffer.compare(a.raw, raw) === 0) {
        ahead.splice(k, 1);
        return a.out;
      }
    }
    return zlibInflate(raw, maxBytes, sizeHint);
  };
