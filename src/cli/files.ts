/**
 * The command line's file system work, done safely (issue 16.6, 16.7): the input's size is checked from
 * its descriptor before a byte is read (pipes and devices, whose size cannot be known, are refused with
 * the size sentence, never waited on); outputs are compared with the input by identity (device and
 * inode, links followed), never by path strings; outputs are written to temporary files in the same
 * folder, then renamed into place only once every one is complete.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FileError } from '../xlsx/errors';
import { DEFAULT_LIMITS, tooLarge } from '../xlsx/zip/guard';
import { m } from './cliText';

export interface Input {
  bytes: Uint8Array;
  /** Device and inode of the file read. */
  id: { dev: number; ino: number };
}

/** Reads the input file after checking what it is and its size (FileError with one sentence otherwise). */
export function readInput(file: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Input {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe nobody writes to must not wait.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError('not-found', { vi: m.notFound('vi', file), en: m.notFound('en', file) });
    throw new FileError('unreadable', { vi: m.cannotRead('vi', file, code), en: m.cannotRead('en', file, code) });
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileError('not-xlsx', { vi: m.isDirectory('vi', file), en: m.isDirectory('en', file) });
    if (!stat.isFile()) throw tooLarge(null);
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    const bytes = new Uint8Array(stat.size);
    let got = 0;
    while (got < bytes.length) {
      const n = fs.readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: got === bytes.length ? bytes : bytes.subarray(0, got), id: { dev: stat.dev, ino: stat.ino } };
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new FileError('unreadable', { vi: m.cannotRead('vi', file, code), en: m.cannotRead('en', file, code) });
  } finally {
    fs.closeSync(fd);
  }
}

/** True when `p` (links followed) is the same file as `id`. */
export function isSameFile(p: string, id: Input['id']): boolean {
  try {
    const s = fs.statSync(p);
    return s.dev === id.dev && s.ino === id.ino;
  } catch {
    return false;
  }
}

/**
 * Writes every output or none: each to a temporary file beside it, then all renamed into place. An
 * output path that is a folder fails before anything is renamed; a rename that fails puts back what
 * the earlier ones replaced. A failure removes the temporary files and says which output could not be written.
 */
export function writeOutputs(outputs: { path: string; bytes: Uint8Array }[]): void {
  const temps: { tmp: string; final: string; backup: string | null; placed: boolean }[] = [];
  let current = '';
  const tempName = (p: string, what: string) =>
    path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.${what}`);
  try {
    for (const o of outputs) {
      current = o.path;
      fs.mkdirSync(path.dirname(o.path), { recursive: true });
      if (fs.lstatSync(o.path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const tmp = tempName(o.path, 'tmp');
      temps.push({ tmp, final: o.path, backup: null, placed: false });
      fs.writeFileSync(tmp, o.bytes, { flag: 'wx' });
    }
    // A link at an output path is replaced by the new file: what it pointed to is not written.
    for (const t of temps) {
      current = t.final;
      if (fs.lstatSync(t.final, { throwIfNoEntry: false })) {
        t.backup = tempName(t.final, 'old');
        fs.renameSync(t.final, t.backup);
      }
      fs.renameSync(t.tmp, t.final);
      t.placed = true;
    }
  } catch (e) {
    for (const t of temps.reverse()) {
      if (t.placed) fs.rmSync(t.final, { force: true });
      if (t.backup) fs.renameSync(t.backup, t.final);
      fs.rmSync(t.tmp, { force: true });
    }
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    // The code stays in --json's error.detail; the sentence says it in words.
    throw new FileError('unwritable', { vi: m.cannotWrite('vi', current, why), en: m.cannotWrite('en', current, why) }, why);
  }
  for (const t of temps) if (t.backup) fs.rmSync(t.backup, { force: true });
}
