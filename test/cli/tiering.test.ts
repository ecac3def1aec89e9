/**
 * The command line starts V8's optimising compiler later (src/cli/tiering.ts): the built bundle sets the flag
 * before the check runs, so checking the example marks far fewer functions for TurboFan than V8's default
 * does, with the same answer; CCHC_V8_DEFAULT_TIERING=1 gives V8's default back.
 */
import * as path from 'path';
import { execFile } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples', 'ba-bich-2023.xlsx');

/** `validate --json` of the example through `npm run cli`'s launcher, with V8 tracing what it optimises. */
function traced(env: Record<string, string>): Promise<{ marked: number; json: string }> {
  return new Promise((resolve, reject) => {
    const options = { cwd: ROOT, timeout: 60000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, CCHC_PROGRESS_AFTER_MS: '3600000', ...env } };
    execFile(process.execPath, ['--trace-opt', path.join(ROOT, 'scripts/built.mjs'), 'cli', 'validate', EXAMPLE, '--json'], options, (err, stdout) => {
      if (err && typeof err.code !== 'number') return reject(err);
      const lines = stdout.split('\n');
      // V8's trace shares stdout with the JSON: its lines start with "[".
      resolve({
        marked: lines.filter((l) => /^\[marking .* for optimization to TURBOFAN/.test(l)).length,
        json: lines.filter((l) => !l.startsWith('[')).join('\n'),
      });
    });
  });
}

describe('V8 tiering of the command line', () => {
  it('optimises fewer functions than V8 by default, with the same result; CCHC_V8_DEFAULT_TIERING=1 restores the default', async () => {
    const later = await traced({});
    const standard = await traced({ CCHC_V8_DEFAULT_TIERING: '1' });
    expect(standard.marked).toBeGreaterThan(8);
    expect(later.marked).toBeLessThan(standard.marked / 2);
    expect(JSON.parse(later.json)).toEqual(JSON.parse(standard.json));
  });
});
