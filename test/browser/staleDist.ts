/**
 * When the browser tests must build dist/ again: a page missing, or any input of the pages' build (the sources
 * under src/, which the pages bundle with the core, the webpack config, the copied assets and manifest, the
 * packages) modified after the build. One rule, by modification times: a working copy whose dist/ was built before
 * its last edit is built again, a fresh clone built by CI just before the tests is not.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** What the pages' build reads, relative to the repository's root (files or folders). */
export const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The newest modification time (ms since 1970) of a file, or of any file under a folder; 0 when `p` is missing. */
export function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newestMtime(path.join(p, e)));
  return t;
}

/**
 * True when dist/`page` must be built: it is missing, or an input under `root` (BUILD_INPUTS unless given) is
 * newer than it. The page's own time is the build's: webpack writes every file at each build (webpack.config.js,
 * output.compareBeforeEmit false), and markBuilt sets it again once ensureBuilt's build is done.
 */
export function distIsStale(root: string, dist: string, page: string, inputs: string[] = BUILD_INPUTS): boolean {
  const built = newestMtime(path.join(dist, page));
  if (built === 0) return true;
  return inputs.some((p) => newestMtime(path.join(root, p)) > built);
}

/** Marks every page of `dist` (its .html files) as built now, after a build that may have left some untouched. */
export function markBuilt(dist: string): void {
  const now = new Date();
  for (const f of fs.readdirSync(dist)) if (f.endsWith('.html')) fs.utimesSync(path.join(dist, f), now, now);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `build` under a lock shared by every test process of the repository at `root` (jest's workers start their
 * browser tests at once; webpack empties dist/ before it writes), after asking `stale` again once the lock is
 * held: the first process builds, the others find dist/ fresh. A lock older than `maxMs` is a dead process's.
 */
export function buildOnce(root: string, stale: () => boolean, build: () => void, maxMs = 10 * 60_000): void {
  const lock = path.join(os.tmpdir(), `cchc-dist-${crypto.createHash('sha1').update(root).digest('hex').slice(0, 12)}.lock`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - newestMtime(lock);
      if (age > maxMs) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    if (stale()) build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
