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
    expect(fs.readFileSync(path.join(ROOT, 'build', 'cli.bundle.cjs'), 'utf8')).toContain('/\\p{L}/u.test(');
  });
});
