/** Runs the command line as a child process, as a user would (`npm run cli`: the prebuilt bundle, rebuilt when a source is newer). */
import * as path from 'path';
import { execFile } from 'child_process';
import { m } from '../../src/cli/cliText';

const ROOT = path.resolve(__dirname, '../..');
const LAUNCHER = path.join(ROOT, 'scripts/built.mjs');

/**
 * Progress lines come once a run passes two seconds, which a loaded machine decides: tests get none
 * unless they ask (`env: { CCHC_PROGRESS_AFTER_MS: '0' }`), so that stderr never depends on its speed.
 */
export function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    const options = { cwd, timeout: 60000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, CCHC_PROGRESS_AFTER_MS: '3600000', ...env } };
    execFile(process.execPath, [LAUNCHER, 'cli', ...args], options, (err, stdout, stderr) => {
      const code = err ? (err as { code?: number | string }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 99, stdout, stderr, ms: Date.now() - t });
    });
  });
}

const PROGRESS = (['vi', 'en'] as const).flatMap((l) => (['read', 'check', 'write', 'word'] as const).map((s) => m.progress(l, s)));

/**
 * The lines of stderr other than progress lines, which a run slower than 2 s prints (src/cli/progress.ts),
 * as a loaded machine may make any run: a test of what a run says must not depend on its speed.
 */
export function saidLines(stderr: string): string[] {
  return stderr
    .trim()
    .split('\n')
    .filter((line) => !PROGRESS.some((p) => line === p || new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+%$`).test(line)));
}
