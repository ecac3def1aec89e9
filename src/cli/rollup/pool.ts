/**
 * Reads many workbooks on the machine's cores: a pool of worker threads, each running the built
 * command line's own analysis (the bundle file itself, started as a worker) on one file at a time,
 * so memory holds a few workbooks, never the whole set. Results come back in input order through
 * `onDone` as each file ends. Worker threads were measured cheaper than child processes of the
 * bundle (see `npm run bench`, roll-up); where no bundle runs (tests calling the code directly)
 * the files are read one after another in this thread.
 */
import * as os from 'os';
import { Worker } from 'worker_threads';
import { m } from '../cliText';
import type { Lang } from '../../core/issues';
import { analyzeFile, type AnalyzeJob, type FileOutcome } from './analyzeFile';
import { ROLLUP_WORKER } from './worker';

/** The bundle this code runs from, when it is one (a worker can start it); null under a TypeScript loader. */
function bundleFile(): string | null {
  return typeof __filename === 'string' && /\.c?js$/.test(__filename) ? __filename : null;
}

/** Workers to start: the machine's cores (CCHC_ROLLUP_WORKERS overrides, 0 = in this thread), never more than files. */
export function workerCount(files: number): number {
  const env = process.env.CCHC_ROLLUP_WORKERS;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = env !== undefined && /^\d+$/.test(env) ? Number(env) : cores;
  return Math.max(0, Math.min(wanted, files));
}

export async function analyzeAll(jobs: AnalyzeJob[], onDone: (index: number, outcome: FileOutcome) => void = () => {}): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(jobs.length);
  const bundle = bundleFile();
  const n = bundle ? workerCount(jobs.length) : 0;
  if (n === 0) {
    for (let i = 0; i < jobs.length; i++) {
      results[i] = await analyzeFile(jobs[i]);
      onDone(i, results[i]);
    }
    return results;
  }
  let next = 0;
  const lang: Lang = jobs[0]?.lang ?? 'vi';
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      running++;
      const worker = new Worker(bundle!, { workerData: ROLLUP_WORKER, argv: [] });
      let current = -1;
      const give = () => {
        if (next >= jobs.length) {
          current = -1;
          worker.postMessage('close');
          return;
        }
        current = next++;
        worker.postMessage({ job: jobs[current] });
      };
      const settle = (i: number, outcome: FileOutcome) => {
        results[i] = outcome;
        onDone(i, outcome);
      };
      worker.on('message', (msg: { outcome: FileOutcome }) => {
        settle(current, msg.outcome);
        give();
      });
      // A worker that dies (out of memory, a crash) costs its file, never the roll-up: the file is listed and a new worker goes on.
      const died = (why: string) => {
        if (current >= 0 && results[current] === undefined) {
          settle(current, { ok: false, refused: { file: jobs[current].file, error: { code: 'internal', message: m.internal(lang, why) } } });
          current = -1;
          if (next < jobs.length) start();
        }
      };
      worker.on('error', (e) => died(e.message.split('\n')[0]));
      worker.on('exit', (code) => {
        died(`worker exit ${code}`);
        if (--running === 0) resolve();
      });
      give();
    };
    for (let i = 0; i < n; i++) start();
  });
  return results;
}
