/**
 * The command line run under GNU time (`/usr/bin/time -v`), to measure what a user would pay: its peak
 * resident memory (children included), its CPU seconds and its wall time.
 */
import * as path from 'path';
import { execFile } from 'child_process';

const MB = 1024 * 1024;

export interface Measured {
  code: number;
  stdout: string;
  /** The program's own stderr, GNU time's report left out. */
  stderr: string;
  peakMb: number;
  /** User + system CPU seconds. */
  cpu: number;
  ms: number;
}

export function runMeasured(args: string[], timeoutMs = 120000): Promise<Measured> {
  const root = path.resolve(__dirname, '../..');
  const t = Date.now();
  return new Promise((resolve) => {
    execFile(
      '/usr/bin/time',
      ['-v', process.execPath, path.join(root, 'scripts/built.mjs'), 'cli', ...args],
      { cwd: root, timeout: timeoutMs, maxBuffer: 64 * MB },
      (err, stdout, stderr) => {
        const code = err ? (err as { code?: number | string }).code : 0;
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        const cpu = ['User', 'System'].reduce((n, k) => n + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN), 0);
        // GNU time appends its report to stderr: the program's own stderr is what comes before it.
        const own = stderr.split(/\n?\s*Command (?:being timed|exited with non-zero status|terminated by signal)/)[0];
        resolve({ code: typeof code === 'number' ? code : 99, stdout, stderr: own, peakMb: m ? Number(m[1]) / 1024 : NaN, cpu, ms: Date.now() - t });
      },
    );
  });
}
