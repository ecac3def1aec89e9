/**
 * The roll-up's worker thread: the built command line's bundle started again as a worker (main.ts
 * sends it here), analysing one workbook per message so it holds one workbook at a time.
 */
import { parentPort } from 'worker_threads';
import { setNativeInflate } from '../../xlsx/zip/inflate';
import { zlibInflate } from '../nativeInflate';
import { analyzeFile, type AnalyzeJob } from './analyzeFile';

/** Marks the worker's `workerData`, so the bundle's entry knows to serve jobs instead of running a command. */
export const ROLLUP_WORKER = 'cchc-rollup-worker';

export function serveRollupWorker(): void {
  setNativeInflate(zlibInflate);
  parentPort!.on('message', (msg: { job: AnalyzeJob } | 'close') => {
    if (msg === 'close') {
      parentPort!.close();
      return;
    }
    void analyzeFile(msg.job).then((outcome) => parentPort!.postMessage({ outcome }));
  });
}
