/**
 * The command line's start with V8's code cache (scripts/cachedStart.cjs, copied to build/cli.cjs): the cache
 * is written by a run without one and used by the next, a cache made for other bytes or refused by V8 is
 * never used (the run is the same, and the cache is written again), and a cache that cannot be written
 * changes nothing. On a copy of the built command line in a temporary folder, checking the example.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples', 'ba-bich-2023.xlsx');

let dir: string;
let expected: string;

/** `validate --json` of the example by the copy: its cache's fate (CCHC_CODE_CACHE_TRACE) and its output. */
function run(): { cache: string; stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.cjs'), 'validate', EXAMPLE, '--json'], {
    env: { ...process.env, CCHC_CODE_CACHE_TRACE: '1' },
    encoding: 'utf8',
    timeout: 60000,
  });
  return { cache: /^code cache: (.*)$/m.exec(r.stderr)?.[1] ?? '', stdout: r.stdout, status: r.status };
}

const cacheFile = () => path.join(dir, 'cli.v8cache');

beforeAll(() => {
  // The bundle as `npm run cli` runs it, made now if a source is newer.
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/built.mjs'), 'cli', '--help'], { stdio: 'ignore' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-code-cache-'));
  for (const f of ['cli.cjs', 'cli.bundle.cjs']) fs.copyFileSync(path.join(ROOT, 'build', f), path.join(dir, f));
  // The example has errors: validate exits 1.
  expected = spawnSync(process.execPath, [path.join(dir, 'cli.bundle.cjs'), 'validate', EXAMPLE, '--json'], { encoding: 'utf8' }).stdout;
  expect(JSON.parse(expected).file).toBe(EXAMPLE);
}, 120000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the code cache of the command line', () => {
  it('is written by a run without one, then used, the output the same as the bundle run alone', () => {
    const first = run();
    expect(first).toMatchObject({ cache: 'none', stdout: expected });
    expect(fs.statSync(cacheFile()).size).toBeGreaterThan(100_000);
    const second = run();
    expect(second).toEqual({ cache: 'used', stdout: expected, status: first.status });
    expect(fs.readdirSync(dir).sort()).toEqual(['cli.bundle.cjs', 'cli.cjs', 'cli.v8cache']);
  }, 120000);

  it('is never used for other bytes of the bundle: written again for the new ones', () => {
    if (!fs.existsSync(cacheFile())) run();
    const bundle = path.join(dir, 'cli.bundle.cjs');
    const original = fs.readFileSync(bundle);
    try {
      // Same length, one letter of a comment changed: V8's own check (the source's length) would take the old cache.
      const changed = Buffer.from(original);
      changed[changed.indexOf('// src/') + 3] = 'S'.charCodeAt(0);
      fs.writeFileSync(bundle, changed);
      expect(changed.length).toBe(original.length);
      expect(run()).toMatchObject({ cache: 'other bundle', stdout: expected });
      expect(run()).toMatchObject({ cache: 'used', stdout: expected });
    } finally {
      fs.writeFileSync(bundle, original);
    }
    expect(run()).toMatchObject({ cache: 'other bundle', stdout: expected });
  }, 120000);

  it('refused by V8 (damaged data under the right key), is ignored and written again', () => {
    if (!fs.existsSync(cacheFile())) run();
    const file = fs.readFileSync(cacheFile());
    fs.writeFileSync(cacheFile(), Buffer.concat([file.subarray(0, 32), Buffer.alloc(file.length - 32, 7)]));
    expect(run()).toMatchObject({ cache: 'rejected', stdout: expected });
    expect(run()).toMatchObject({ cache: 'used', stdout: expected });
  }, 120000);

  it('that cannot be written changes nothing: same output, no file left behind', () => {
    fs.rmSync(cacheFile(), { force: true });
    // A folder where the cache would go: it can be neither read nor replaced.
    fs.mkdirSync(cacheFile());
    try {
      expect(run()).toMatchObject({ cache: 'none', stdout: expected });
      expect(run()).toMatchObject({ cache: 'none', stdout: expected });
      expect(fs.readdirSync(dir).sort()).toEqual(['cli.bundle.cjs', 'cli.cjs', 'cli.v8cache']);
      expect(fs.readdirSync(cacheFile())).toEqual([]);
    } finally {
      fs.rmSync(cacheFile(), { recursive: true, force: true });
    }
  }, 120000);
});
