/**
 * Starting the built command line with V8's code cache (issue 15 point 3: start-up and code running for the first
 * time). `build/cli.cjs` is a small starter (start.ts); the program itself is `build/cli.bundle.cjs`. The starter
 * compiles the bundle with `vm.Script` from `build/cli.v8cache` when that cache was made for these very bytes by this
 * Node: V8 then neither parses the bundle nor compiles, at their first call, the functions the run that made the cache
 * had compiled (`npm run build` makes it from one check of the example, so most of the check's code is in it).
 *
 * The cache file starts with one line naming what it was made for (`cacheStamp`: Node's version, the architecture,
 * the bundle's size and modification time); a cache whose line differs is never handed to V8, which itself checks
 * only the source's length, its own version and its flags. One V8 rejects anyway is ignored. Either way the bundle is
 * compiled as Node would, silently: the cache changes how fast, never what runs. V8's flags are part of what it
 * checks: the starter sets the command line's (tiering.ts) before compiling, as the run that made the cache had.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { isMainThread } from 'worker_threads';

/** With this variable set to 1 a run writes the cache at its exit, of the code it compiled (`npm run build` does). */
export const CACHE_WRITE_ENV = 'CCHC_CODE_CACHE_WRITE';

/** `CCHC_CODE_CACHE_TRACE=1`: one line on stderr says what became of the cache (used, rejected, stale, none), for the tests. */
export const CACHE_TRACE_ENV = 'CCHC_CODE_CACHE_TRACE';

/** What a cache is valid for: the bundle's bytes (size and modification time, in ms) and the Node that made it. */
export function cacheStamp(bundle: string): string {
  const s = fs.statSync(bundle);
  return `cchc-v8cache ${process.version} ${process.arch} ${s.size} ${Math.round(s.mtimeMs)}\n`;
}

/** The V8 data of `cacheFile` when its stamp line is `stamp`; null when there is no such file or it was made for other bytes. */
export function readCache(cacheFile: string, stamp: string): { data: Buffer | undefined; state: 'none' | 'stale' | 'found' } {
  let file: Buffer;
  try {
    file = fs.readFileSync(cacheFile);
  } catch {
    return { data: undefined, state: 'none' };
  }
  const n = Buffer.byteLength(stamp);
  return file.length > n && file.toString('latin1', 0, n) === stamp ? { data: file.subarray(n), state: 'found' } : { data: undefined, state: 'stale' };
}

/** Writes the cache of `script` beside the bundle: to a temporary name, then renamed, so that no process reads half of one. */
function writeCache(cacheFile: string, stamp: string, script: vm.Script): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(stamp, 'latin1'), script.createCachedData()]));
    fs.renameSync(tmp, cacheFile);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Runs the CommonJS bundle `bundle` in this module's place (same `module`, `require`, `__dirname`; `__filename` is
 * `self`, the starter, so that a worker thread the program starts from its own file starts through the cache too),
 * compiled from `cacheFile` when it is valid for it. Node's own wrapper is used, so the bundle runs as if required.
 */
export function runWithCodeCache(self: string, bundle: string, cacheFile: string, mod: NodeModule, req: NodeRequire): void {
  // The build writes the bundle in ASCII (scripts/built.mjs's asciiOnly): read as one byte a character, kept so by V8.
  const source = fs.readFileSync(bundle, 'latin1');
  const stamp = cacheStamp(bundle);
  const { data, state } = readCache(cacheFile, stamp);
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData: data });
  const used = data !== undefined && !script.cachedDataRejected;
  if (process.env[CACHE_TRACE_ENV] === '1' && isMainThread) process.stderr.write(`code cache: ${used ? 'used' : state === 'found' ? 'rejected' : state}\n`);
  if (process.env[CACHE_WRITE_ENV] === '1' && isMainThread) process.once('exit', () => writeCache(cacheFile, stamp, script));
  script.runInThisContext()(mod.exports, req, mod, self, path.dirname(bundle));
}
