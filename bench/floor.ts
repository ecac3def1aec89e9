/**
 * The check against its physical floor, whole processes (issue 15 point 3): the built command line's
 * `validate` beside `bench/floor.mjs` (inflate the sheet XML with zlib, scan it once for cells), at each
 * size, in turns, medians kept. Each process runs under GNU time (`/usr/bin/time`), which gives its wall
 * time, its CPU time (user + system) and its peak resident memory.
 *
 * The machine is shared: wall time grows with the load of the moment, CPU time much less. Both ratios
 * are printed; the targets are on wall time, as the issue states them, and the load is printed beside.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

const GNU_TIME = '/usr/bin/time';
/** Both targets of issue 15: the check within 2× of the floor's time, and of its peak memory. */
export const TARGET = { time: 2, memory: 2, startup: 2 };

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

/**
 * The environment of the timed processes: this one's without NODE_EXTRA_CA_CERTS. When it is set (this project's
 * machines set it) every node start parses that bundle of certificates, about 400 M instructions, three quarters of
 * the floor's own at 1 000 rows: a cost no clerk's machine pays and no command of ours needs (none goes online), which
 * would make every ratio look better than it is.
 */
export const TIMED_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

/** One process under GNU time; its stdout is dropped (the outputs are tested elsewhere). */
function timed(args: string[]): ProcessRun {
  const out = path.join(os.tmpdir(), `cchc-bench-time-${process.pid}.txt`);
  const r = spawnSync(GNU_TIME, ['-o', out, '-f', '%e %U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: TIMED_ENV });
  // validate exits 1 when it finds errors: that is a result, not a failure.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 300)}`);
  const [wall, user, sys, kb] = fs.readFileSync(out, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
  fs.rmSync(out, { force: true });
  return { wallMs: wall * 1000, cpuMs: (user + sys) * 1000, peakMiB: kb / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function medians(runs: ProcessRun[]): ProcessRun {
  return {
    wallMs: Math.round(median(runs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
    peakMiB: Math.round(median(runs.map((r) => r.peakMiB))),
  };
}

/** Medians of `runs` turns of the given processes, one after the other in each turn (after one untimed turn). */
function inTurns(runs: number, jobs: string[][]): ProcessRun[] {
  for (const j of jobs) timed(j);
  const all: ProcessRun[][] = jobs.map(() => []);
  for (let k = 0; k < runs; k++) jobs.forEach((j, i) => all[i].push(timed(j)));
  return all.map(medians);
}

export interface FloorResult {
  rows: number;
  bytes: number;
  runs: number;
  floor: ProcessRun;
  check: ProcessRun;
  /** check / floor, wall time (the target's measure) and CPU time. */
  timeRatio: number;
  cpuRatio: number;
  memoryRatio: number;
  timeMet: boolean;
  memoryMet: boolean;
}

export interface StartupResult {
  node: ProcessRun;
  cli: ProcessRun;
  ratio: number;
  met: boolean;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Null when GNU time is missing (it is installed with the test tools: `apt-get install time`). */
export function floorComparison(
  workbooks: { rows: number; bytes: Buffer }[],
  log: (s: string) => void,
): { load: number[]; results: FloorResult[]; startup: StartupResult } | null {
  if (!fs.existsSync(GNU_TIME)) {
    log('check / floor: skipped (GNU time, /usr/bin/time, is needed)');
    return null;
  }
  // The command line as `npm run cli` runs it: the prebuilt bundle, made now if a source is newer.
  execFileSync(process.execPath, ['scripts/built.mjs', '--build'], { stdio: 'inherit' });
  const cli = path.resolve('build/cli.cjs');
  const floor = path.resolve('bench/floor.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-bench-floor-'));
  const load = os.loadavg().map((x) => r2(x));
  log(`\nWhole processes, each under GNU time, in turns (load average ${load.join(', ')} on ${os.cpus().length} cores):`);
  if (process.env.NODE_EXTRA_CA_CERTS) log('(NODE_EXTRA_CA_CERTS is left out of their environment: a cost of this machine, not of a clerk’s.)');
  try {
    const [node, started] = inTurns(9, [
      ['-e', '0'],
      [cli, '--help'],
    ]);
    const startup: StartupResult = { node, cli: started, ratio: r2(started.wallMs / node.wallMs), met: started.wallMs / node.wallMs <= TARGET.startup };
    log(
      `prebuilt start-up (validate's bundle, --help): ${started.wallMs} ms, node alone ${node.wallMs} ms: ${startup.ratio}× (target ≤ ${TARGET.startup}×) [median of 9]`,
    );
    const results: FloorResult[] = [];
    for (const { rows, bytes } of workbooks) {
      const file = path.join(dir, `dossiers-${rows}.xlsx`);
      fs.writeFileSync(file, bytes);
      const runs = rows >= 100_000 ? 5 : 7;
      const [f, c] = inTurns(runs, [
        [floor, file],
        [cli, 'validate', file],
      ]);
      const r: FloorResult = {
        rows,
        bytes: bytes.length,
        runs,
        floor: f,
        check: c,
        timeRatio: r2(c.wallMs / f.wallMs),
        cpuRatio: r2(c.cpuMs / f.cpuMs),
        memoryRatio: r2(c.peakMiB / f.peakMiB),
        timeMet: c.wallMs / f.wallMs <= TARGET.time,
        memoryMet: c.peakMiB / f.peakMiB <= TARGET.memory,
      };
      results.push(r);
      log(
        `${`dossiers ${rows.toLocaleString('en')}`.padEnd(18)} floor ${f.wallMs} ms (cpu ${f.cpuMs} ms) ${f.peakMiB} MiB  validate ${c.wallMs} ms (cpu ${c.cpuMs} ms) ${c.peakMiB} MiB  ` +
          `time ${r.timeRatio}× (cpu ${r.cpuRatio}×, target ≤ ${TARGET.time}×: ${r.timeMet ? 'met' : 'missed'})  ` +
          `memory ${r.memoryRatio}× (target ≤ ${TARGET.memory}×: ${r.memoryMet ? 'met' : 'missed'}) [median of ${runs}]`,
      );
    }
    return { load, results, startup };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
