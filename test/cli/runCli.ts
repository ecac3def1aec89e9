/** Runs the command line as a child process, as a user would: `tsx src/cli/main.ts ...`. */
import * as path from 'path';
import { execFile } from 'child_process';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

export function runCli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t = Date.now();
  return new Promise((resolve) => {
    execFile(TSX, [path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd, timeout: 60000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (err as { code?: number | string }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 99, stdout, stderr, ms: Date.now() - t });
    });
  });
}
