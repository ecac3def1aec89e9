#!/usr/bin/env node
/**
 * Runs the command line (or the demo) as prebuilt JavaScript, so start-up is node's and not a
 * TypeScript compiler's (issue "Close to the floor", point 2). `node scripts/built.mjs cli ARGS...`
 * or `node scripts/built.mjs demo ARGS...`.
 *
 * The bundles live in build/: NAME.cjs, dependencies left in node_modules but for fflate, which the reader
 * loads at every start (one file to read instead of a package's). They are made by `npm run build`, or here
 * on first run, and made again whenever a source file is newer than them, so an edited checkout never runs
 * stale code. The command line's build/cli.cjs is a starter (src/cli/start.ts) that runs the program,
 * build/cli.bundle.cjs, from V8's code cache build/cli.v8cache, made here from one check of the example
 * (src/cli/codeCache.ts; made again when this Node did not make it).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRIES = { cli: 'src/cli/main.ts', demo: 'scripts/demo.ts' };
/** The bundles started through a code cache (src/cli/codeCache.ts): build/NAME.cjs is then the starter, the program build/NAME.bundle.cjs. */
const STARTERS = { cli: 'src/cli/start.ts' };
/** The workbook whose check makes the code cache: most of the check's code then runs once. */
const CACHE_EXAMPLE = join(root, 'examples', 'ba-bich-2023.xlsx');

/** Newest modification time under a folder (the sources the bundles are made from). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The packages left in node_modules: every dependency but fflate. */
function externals() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].filter((n) => n !== 'fflate').flatMap((n) => [n, `${n}/*`]);
}

/**
 * fflate, loaded on its first call. Its module builds its Huffman and CRC tables when loaded (10–15 ms of a
 * cold start), yet the command line inflates with zlib and writes zips only for `report`: the sources'
 * `import { … } from 'fflate'` get these stand-ins, which require the bundled fflate when first called. A name
 * the sources import but this list lacks fails the build.
 */
const LAZY_FFLATE = `
let f;
const fflate = () => (f ??= require('fflate'));
export function Inflate(ondata) { return new (fflate().Inflate)(ondata); }
export const inflateSync = (data, opts) => fflate().inflateSync(data, opts);
export const deflateSync = (data, opts) => fflate().deflateSync(data, opts);
export const unzipSync = (data, opts) => fflate().unzipSync(data, opts);
export const zipSync = (data, opts) => fflate().zipSync(data, opts);
export const strFromU8 = (data, latin1) => fflate().strFromU8(data, latin1);
export const strToU8 = (text, latin1) => fflate().strToU8(text, latin1);
`;
const lazyFflate = {
  name: 'lazy-fflate',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, (args) => (args.namespace === 'lazy-fflate' ? undefined : { path: 'fflate', namespace: 'lazy-fflate' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-fflate' }, () => ({ contents: LAZY_FFLATE, resolveDir: root, loader: 'js' }));
  },
};

/**
 * Bundles every entry into build/NAME.cjs with esbuild (Node 20). Written to a temporary folder and renamed
 * into place, so a process starting meanwhile never reads half a file.
 */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const build = join(root, 'build');
  if (!existsSync(build)) mkdirSync(build);
  const tmp = mkdtempSync(join(build, '.tmp-'));
  const entries = Object.entries(ENTRIES).map(([name, src]) => [name in STARTERS ? `${name}.bundle` : name, join(root, src)]);
  for (const [name, src] of Object.entries(STARTERS)) entries.push([name, join(root, src)]);
  await esbuild.build({
    entryPoints: Object.fromEntries(entries),
    outdir: tmp,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: externals(),
    // import() of a package becomes a require: the packages load through Node's CommonJS loader, as tested.
    // Node 20 has \p{…} in patterns: without saying so esbuild turns a literal /\p{L}/u into new RegExp(…), which
    // parses the pattern again at every call (isCode, once per cell the table finder weighs).
    supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
    plugins: [lazyFflate],
    // No comments or indentation: less for every start to read (the starter reads the bundle whole).
    minifyWhitespace: true,
    logLevel: 'error',
  });
  for (const name of Object.keys(STARTERS)) asciiOnly(join(tmp, `${name}.bundle.cjs`));
  for (const [name] of entries) renameSync(join(tmp, `${name}.cjs`), join(build, `${name}.cjs`));
  rmSync(tmp, { recursive: true, force: true });
  for (const name of Object.keys(STARTERS)) makeCodeCache(name);
}

/**
 * Writes every character of a bundle beyond ASCII as its \\uXXXX escape (they are left only in pattern literals, such
 * as /[đĐ]/, and in comments): the same code, in a file the starter reads as one-byte text (latin1), which V8 keeps
 * as a one-byte string, instead of decoding UTF-8 into a two-byte string (src/cli/codeCache.ts). An escape means the
 * same character in a string, a template, a pattern (with or without the u flag, a surrogate pair being one code
 * point there) and a name; only a String.raw template would see the escape itself, and the sources' two hold ASCII
 * only (test/cli/bundle.test.ts checks that the bundle is ASCII and the command line's outputs unchanged).
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    'latin1',
  );
}

/** The stamp line a code cache for build/NAME.bundle.cjs made by this Node starts with (src/cli/codeCache.ts's cacheStamp). */
function cacheStamp(name) {
  const s = statSync(join(root, 'build', `${name}.bundle.cjs`));
  return `cchc-v8cache ${process.version} ${process.arch} ${s.size} ${Math.round(s.mtimeMs)}\n`;
}

/** True when build/NAME.v8cache was made by this Node for the bundle as it is. */
function cacheCurrent(name) {
  const stamp = Buffer.from(cacheStamp(name), 'latin1');
  let fd;
  try {
    fd = openSync(join(root, 'build', `${name}.v8cache`), 'r');
    const head = Buffer.alloc(stamp.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(stamp);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Makes build/NAME.v8cache: one `validate` of the example through the starter, which writes at its exit the code
 * cache of what it compiled. Without the example (or should that run fail) there is no cache, and the command line
 * runs as well, compiling its code as it goes.
 */
function makeCodeCache(name) {
  rmSync(join(root, 'build', `${name}.v8cache`), { force: true });
  if (!existsSync(CACHE_EXAMPLE)) return;
  const env = { ...process.env, CCHC_CODE_CACHE_WRITE: '1', CCHC_PROGRESS_AFTER_MS: '3600000' };
  spawnSync(process.execPath, [join(root, 'build', `${name}.cjs`), 'validate', CACHE_EXAMPLE], { stdio: 'ignore', env, timeout: 120000 });
}

function stale(file) {
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return ['src', 'scripts'].some((d) => newest(join(root, d)) > built) || statSync(join(root, 'package.json')).mtimeMs > built;
}

const [name, ...rest] = process.argv.slice(2);
if (name === '--build') {
  await buildCli();
} else if (name in ENTRIES) {
  const file = join(root, 'build', `${name}.cjs`);
  if (stale(file) || (name in STARTERS && stale(join(root, 'build', `${name}.bundle.cjs`)))) await buildCli();
  else if (name in STARTERS && !cacheCurrent(name)) makeCodeCache(name);
  process.argv = [process.argv[0], file, ...rest];
  createRequire(import.meta.url)(file);
} else {
  process.stderr.write(`usage: node scripts/built.mjs (cli|demo|--build) [args...]\n`);
  process.exitCode = 2;
}
