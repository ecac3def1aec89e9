/**
 * The built command line (scripts/built.mjs) keeps the sources' regular expression literals as literals. For a
 * Node target esbuild otherwise rewrites a literal with a Unicode property class (/\p{L}/u) as
 * new RegExp("\\p{L}", "u"), which builds the pattern again at every call: the table finder's isCode did so for
 * each cell it weighed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '../..');

describe('the built command line', () => {
  it('keeps /\\p{…}/ literals as literals', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/built.mjs'), '--build'], { cwd: ROOT });
    // The command line's program is build/cli.bundle.cjs (build/cli.cjs starts it from V8's code cache).
    for (const name of ['cli.bundle', 'demo']) {
      const bundle = fs.readFileSync(path.join(ROOT, 'build', `${name}.cjs`), 'utf8');
      expect(bundle.match(/new RegExp\("[^"]*\\\\p\{[^"]*"/g) ?? []).toEqual([]);
    }
    // fit.ts's isCode, as written.
    const cli = fs.readFileSync(path.join(ROOT, 'build', 'cli.bundle.cjs'), 'latin1');
    expect(cli).toContain('/\\p{L}/u.test(');
    // ASCII only, as the starter reads it (src/cli/codeCache.ts): a pattern's «đ» is written \u0111.
    expect(cli.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    expect(cli).toContain('[\\u0111\\u0110]');
  });
});
