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
export function writeOutputs(outputs: { path: string; bytes: Uint8Array }[]): string[] {
  const temps: { tmp: string; final: string; backup: string | null; placed: boolean }[] = [];
  const made: string[] = [];
  let current = '';
  const tempName = (p: string, what: string) =>
    path.join(path.dirname(p), `.${path.basename(p)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.${what}`);
  try {
    for (const o of outputs) {
      current = o.path;
      // One new folder at most, in one that exists (outFolderProblem said so before): never a chain of folders from a
      // mistyped path, and never mkdir's recursive walk, which loops for ever under /proc on Node 20.
      const dir = path.dirname(o.path);
      if (!fs.statSync(dir, { throwIfNoEntry: false })) {
        fs.mkdirSync(dir);
        made.push(dir);
      }
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
    for (const d of made.reverse()) fs.rmSync(d, { recursive: false, force: true });
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    // The code stays in --json's error.detail; the sentence says it in words.
    throw new FileError('unwritable', { vi: m.cannotWrite('vi', current, why), en: m.cannotWrite('en', current, why) }, why);
  }
  for (const t of temps) if (t.backup) fs.rmSync(t.backup, { force: true });
  return made;
}

/** Whether `p` is a folder on disk (a link to one too); false when it cannot be known (a file on its path). */
export function isFolder(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * Why outputs cannot go into the folder `dir`, before anything is read or written (null: they can). The folder must be
 * one on disk, or a new one inside a folder on disk, which writeOutputs makes: a path whose parent is missing too is
 * most likely mistyped, so it is refused naming the folder that is missing, never made as a chain of folders. A file
 * where a folder must be is named as such.
 */
export function outFolderProblem(dir: string): FileError | null {
  const stat = (p: string): fs.Stats | 'not-folder' | 'unknown' | undefined => {
    try {
      return fs.statSync(p, { throwIfNoEntry: false });
    } catch (e) {
      // ENOTDIR: a file stands where a folder should; any other refusal (EACCES) is said by the write itself.
      return (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'not-folder' : 'unknown';
    }
  };
  const notFolder = (p: string) => new FileError('unwritable', { vi: m.outNotFolder('vi', p), en: m.outNotFolder('en', p) });
  // The file standing where a folder of the path should be: the first part of it, going up, that exists.
  const fileAbove = (p: string): string => {
    for (let q = path.resolve(p); path.dirname(q) !== q; q = path.dirname(q)) {
      const s = stat(q);
      if (s && s !== 'not-folder' && s !== 'unknown') return q;
    }
    return p;
  };
  const own = stat(dir);
  if (own === 'unknown') return null;
  if (own === 'not-folder') return notFolder(fileAbove(dir));
  if (own) return own.isDirectory() ? writeProbe(dir, true) : notFolder(dir);
  const parent = path.dirname(path.resolve(dir));
  const up = stat(parent);
  if (up === 'unknown') return null;
  if (up === 'not-folder') return notFolder(fileAbove(parent));
  if (!up) {
    // Named as typed («nosuch/deep»), not as the absolute path.
    const missing = path.isAbsolute(dir) ? parent : path.dirname(path.normalize(dir));
    return new FileError('unwritable', { vi: m.outParentMissing('vi', dir, missing), en: m.outParentMissing('en', dir, missing) });
  }
  return up.isDirectory() ? writeProbe(dir, false) : notFolder(parent);
}

/**
 * Whether the system lets us write in `dir` (an existing folder) or make it (a new one), tried by making and
 * removing an empty folder: permissions alone do not tell (root, read-only mounts, /proc). Said before the check,
 * not after it (tester 12 item 7); nothing is left behind.
 */
function writeProbe(dir: string, exists: boolean): FileError | null {
  try {
    if (exists) fs.rmdirSync(fs.mkdtempSync(path.join(dir, '.cchc-')));
    else {
      fs.mkdirSync(dir);
      fs.rmdirSync(dir);
    }
    return null;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return new FileError('unwritable', { vi: m.cannotWrite('vi', dir, why), en: m.cannotWrite('en', dir, why) }, why);
  }
}
