'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: it runs before, and in place of, Node's own loading of the bundle. */
/**
 * Starts a prebuilt bundle with V8's code cache (issue 15 point 3: start-up and cold code). The build copies
 * this file to build/NAME.cjs beside the bundle build/NAME.bundle.cjs; `node build/cli.cjs ARGS` then runs
 * the bundle as Node would (same module, require, __filename = the bundle, argv), but compiled from
 * build/NAME.v8cache when that cache was made for these very bytes: V8 then neither parses the bundle
 * nor compiles, on first call, the functions the run that made the cache had compiled (a validate run
 * compiles most of the check). Node 20 has no module.enableCompileCache, hence this.
 *
 * The cache file is a SHA-256 of the bundle's text, the Node version and the architecture, then V8's data.
 * A cache for other bytes is never handed to V8 (V8 itself checks only the source's length and its own
 * version and flags); one V8 rejects is ignored. Either way the bundle is compiled as usual and, at exit,
 * the cache is written again with what this run compiled (to a temporary name, then renamed, so a process
 * starting meanwhile reads the old cache or the new one, never half of one). A folder that cannot be
 * written leaves things as they are, silently. The bundle holds no import() (the build lowers it to
 * require): Node 20 loses a script's dynamic-import callback when the script comes from a code cache.
 * CCHC_CODE_CACHE_TRACE=1 says on stderr what became of the cache (for the tests).
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { createHash } = require('crypto');

const bundle = __filename.replace(/\.c?js$/, '.bundle.cjs');
const cacheFile = __filename.replace(/\.c?js$/, '.v8cache');
const source = fs.readFileSync(bundle, 'utf8');
const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}`).digest();
let cached;
let state = 'none';
try {
  const file = fs.readFileSync(cacheFile);
  if (file.length > key.length && key.equals(file.subarray(0, key.length))) cached = file.subarray(key.length);
  else state = 'other bundle';
} catch {
  // No cache yet: compiled as usual, and written at exit.
}
// The same wrapper as Node's CommonJS loader, so the bundle sees exports, require, module, __filename, __dirname.
const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
const script = new vm.Script(wrapped, { filename: bundle, cachedData: cached });
if (cached) state = script.cachedDataRejected ? 'rejected' : 'used';
if (process.env.CCHC_CODE_CACHE_TRACE) process.stderr.write(`code cache: ${state}\n`);
if (state !== 'used') {
  process.once('exit', () => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, Buffer.concat([key, script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    } catch {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // Nothing was written.
      }
    }
  });
}
// This module stands for the bundle: the main module, requiring from the same folder.
script.runInThisContext()(module.exports, require, module, bundle, path.dirname(bundle));
