/** Runs the command line as a child process, as a user would (`npm run cli`: the prebuilt bundle, rebuilt when a source is newer). */
import * as path from 'path';
import { execFile } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');
const LAUNCHER = path.join(ROOT, 'scripts/built.mjs');

export function runCli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [LAUNCHER, 'cli', ...args], { cwd, timeout: 60000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (err as { code?: number | string }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 99, stdout, stderr, ms: Date.now() - t });
    });
  });
}
