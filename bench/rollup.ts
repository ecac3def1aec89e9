/**
 * The roll-up's figures for `npm run bench` (issue 14 point 4): 100 generated commune workbooks
 * rolled up by the built command line as a user runs it, against 100 single checks (one `validate`
 * process, timed here, times 100), and the two ways of using the cores compared: worker threads
 * running the bundle's analysis (what `rollup` does) and one child process of the bundle per file,
 * two at a time. Also `rollup` on one thread, and the peak memory of the roll-up (GNU time, when
 * installed) against one `validate`. Printed, never asserted; target: under 30 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { communeBytes, communeSpec } from '../test/rollup/communes';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'build', 'cli.cjs');
const GNU_TIME = '/usr/bin/time';
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs the bundle; resolves with wall time (ms) and, under GNU time, the peak resident size (MB). */
function runBundle(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; peakMB: number | null; cpuMs: number | null }> {
  const timed = fs.existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-f', '%U %S %M', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(cmd, argv, { env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 }, (err, _out, stderr) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const code = err ? (err as { code?: number }).code : 0;
      if (code !== 0 && code !== 1) return reject(new Error(`${args[0]} exited ${code}: ${stderr.split('\n')[0]}`));
      const m = timed ? /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr.trim()) : null;
      resolve({ ms, peakMB: m ? round(Number(m[3]) / 1024) : null, cpuMs: m ? round((Number(m[1]) + Number(m[2])) * 1000) : null });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface RollupBench {
  files: number;
  cores: number;
  rollupMs: number;
  rollupPeakMB: number | null;
  /** CPU time of the roll-up (user + system, all threads): what a busy shared machine does not inflate. */
  rollupCpuMs: number | null;
  validateCpuMs: number | null;
  oneThreadMs: number;
  childProcessesMs: number;
  validateMs: number;
  validatePeakMB: number | null;
  /** rollup / (100 × one validate). */
  ratioToSingleChecks: number;
  perFileMs: number;
  under30s: boolean;
}

export async function rollupBench(log: (s: string) => void, files = 100): Promise<RollupBench> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'built.mjs'), '--build']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-rollup-'));
  try {
    const names: string[] = [];
    for (let k = 0; k < files; k++) {
      const name = path.join(dir, `xa-${String(k + 1).padStart(3, '0')}.xlsx`);
      fs.writeFileSync(name, await communeBytes(communeSpec(k, { tcvn3: k % 10 === 3, withError: k % 10 === 7 })));
      names.push(name);
    }
    const out = path.join(dir, 'out', 'tong-hop.xlsx');
    await runBundle(['validate', names[0]]); // warm the file cache and the bundle
    const validate = [];
    for (let i = 0; i < 5; i++) validate.push(await runBundle(['validate', names[i], '--json']));
    const validateMs = median(validate.map((v) => v.ms));
    const rollup = await runBundle(['rollup', dir, '--out', out, '--json']);
    const oneThread = await runBundle(['rollup', dir, '--out', out, '--json'], { CCHC_ROLLUP_WORKERS: '0' });
    // The other way to use the cores: one child process of the bundle per file, as many at a time as cores
    // (timed on a fifth of the files and scaled: each process pays the same start-up).
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const sample = names.slice(0, Math.max(1, Math.floor(files / 5)));
    const t0 = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(cores, sample.length) }, async () => {
        while (next < sample.length) await runBundle(['validate', sample[next++], '--json']);
      }),
    );
    const childProcessesMs = (Number(process.hrtime.bigint() - t0) / 1e6) * (files / sample.length);
    const r: RollupBench = {
      files,
      cores,
      rollupMs: round(rollup.ms),
      rollupPeakMB: rollup.peakMB,
      rollupCpuMs: rollup.cpuMs,
      validateCpuMs: median(validate.map((v) => v.cpuMs ?? 0)) || null,
      oneThreadMs: round(oneThread.ms),
      childProcessesMs: round(childProcessesMs),
      validateMs: round(validateMs),
      validatePeakMB: validate[0].peakMB,
      ratioToSingleChecks: round(rollup.ms / (files * validateMs), 2),
      perFileMs: round(rollup.ms / files),
      under30s: rollup.ms < 30000,
    };
    log(
      `\nRoll-up of ${files} commune workbooks (${cores} cores): ${round(r.rollupMs / 1000, 2)} s (target < 30 s: ${r.under30s}), ` +
        `${r.perFileMs} ms a file against ${r.validateMs} ms for one validate; ${r.ratioToSingleChecks}× the time of ${files} single checks`,
    );
    log(
      `  worker threads ${round(r.rollupMs / 1000, 2)} s; one thread ${round(r.oneThreadMs / 1000, 2)} s; a child process per file ${round(r.childProcessesMs / 1000, 2)} s (scaled from ${Math.max(1, Math.floor(files / 5))} files)`,
    );
    if (r.rollupPeakMB !== null) log(`  peak memory: roll-up ${r.rollupPeakMB} MB, one validate ${r.validatePeakMB} MB`);
    if (r.rollupCpuMs !== null) log(`  CPU time: roll-up ${round(r.rollupCpuMs / 1000, 2)} s, one validate ${r.validateCpuMs} ms`);
    return r;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  rollupBench((s) => process.stderr.write(s + '\n')).then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
