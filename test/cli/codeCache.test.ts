/**
 * The built command line starts from V8's code cache (src/cli/codeCache.ts, scripts/built.mjs): the build makes
 * build/cli.v8cache from one check of the example, and `node build/cli.cjs` uses it (V8 accepts it: the starter sets
 * the command line's V8 flags before compiling, as the run that made it had). A cache made for other bytes (the bundle
 * rebuilt), one V8 refuses (other V8 flags) or none at all changes nothing of what a run prints. The roll-up's worker
 * threads start from the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples', 'ba-bich-2023.xlsx');

/** `validate --json` of the example by the starter in `dir`: what became of the cache, and stdout and the status. */
function validate(dir: string, env: Record<string, string> = {}): { cache: string; stdout: string; status: number | null } {
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.cjs'), 'validate', EXAMPLE, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, CCHC_PROGRESS_AFTER_MS: '3600000', CCHC_CODE_CACHE_TRACE: '1', ...env },
  });
  return { cache: /^code cache: (.*)$/m.exec(r.stderr)?.[1] ?? '(no line)', stdout: r.stdout, status: r.status };
}

describe('the code cache of the built command line', () => {
  let copy = '';
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/built.mjs'), '--build'], { cwd: ROOT });
    // A copy of the three files in a folder of its own (inside the checkout, so that node_modules is found), to spoil.
    copy = fs.mkdtempSync(path.join(ROOT, 'build', 'test-cache-'));
    for (const f of ['cli.cjs', 'cli.bundle.cjs', 'cli.v8cache']) fs.copyFileSync(path.join(ROOT, 'build', f), path.join(copy, f));
    const bundle = path.join(ROOT, 'build', 'cli.bundle.cjs');
    const t = fs.statSync(bundle).mtime;
    fs.utimesSync(path.join(copy, 'cli.bundle.cjs'), t, t);
  });
  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('is made by the build and used, and a run without it, with a stale one or with one V8 refuses prints the same', () => {
    const used = validate(path.join(ROOT, 'build'));
    expect(used.cache).toBe('used');
    expect(JSON.parse(used.stdout).file).toBe(EXAMPLE);
    // V8 refuses a cache made under other flags: V8's default tiering instead of the command line's.
    const refused = validate(path.join(ROOT, 'build'), { CCHC_V8_DEFAULT_TIERING: '1' });
    expect(refused.cache).toBe('rejected');
    expect(validate(copy).cache).toBe('used');
    // The bundle's bytes as the build left them, but written again: the cache is not handed to V8.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(copy, 'cli.bundle.cjs'), later, later);
    const stale = validate(copy);
    expect(stale.cache).toBe('stale');
    fs.rmSync(path.join(copy, 'cli.v8cache'));
    const none = validate(copy);
    expect(none.cache).toBe('none');
    for (const r of [refused, stale, none]) {
      expect(r.stdout).toBe(used.stdout);
      expect(r.status).toBe(used.status);
    }
  });

  it('serves the roll-up: its worker threads start from the same starter', () => {
    const out = fs.mkdtempSync(path.join(ROOT, 'build', 'test-rollup-'));
    try {
      const files = ['a.xlsx', 'b.xlsx'].map((n) => path.join(out, n));
      for (const f of files) fs.copyFileSync(EXAMPLE, f);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'build', 'cli.cjs'), 'rollup', ...files, '--out', path.join(out, 'tong-hop.xlsx'), '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        env: { ...process.env, CCHC_PROGRESS_AFTER_MS: '3600000', CCHC_ROLLUP_WORKERS: '2' },
      });
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.status);
      const communes = (JSON.parse(r.stdout) as { communes: { agency: string }[] }).communes;
      // Both files were read (by the workers); the same commune twice is counted once.
      expect(communes.map((c) => c.agency)).toEqual(['UBND XÃ BA BÍCH']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
