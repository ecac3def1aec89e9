/**
 * `npx tsx bench/phases.ts FILE [RUNS]`: the check of one workbook in phases (zip guard and inflate, our
 * sheet reader, reading the tables, figures, checks), each the fastest of RUNS runs in one warm process,
 * so that a shared machine's load disturbs it least. For finding where the time goes, not a target.
 */
import fs from 'node:fs';
import { FileHost } from '../src/hosts/file';
import { readWorkbook } from '../src/core/read';
import { computeFigures } from '../src/core/figures';
import { checkTables } from '../src/core/check';
import { analyze } from '../src/core/analyze';
import { setNativeInflate } from '../src/xlsx/zip/inflate';
import { zlibInflate } from '../src/cli/nativeInflate';

setNativeInflate(zlibInflate);
const bytes = new Uint8Array(fs.readFileSync(process.argv[2]));
const runs = Number(process.argv[3] ?? 5);
const best: Record<string, number> = {};
const clock = (name: string, t0: bigint) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  best[name] = Math.min(best[name] ?? Infinity, ms);
  return process.hrtime.bigint();
};

(async () => {
  for (let k = 0; k < runs; k++) {
    (globalThis as { gc?: () => void }).gc?.();
    let t = process.hrtime.bigint();
    const host = await FileHost.open(bytes);
    t = clock('guard + inflate', t);
    const snapshot = await host.readSnapshot();
    t = clock('sheet reader', t);
    const read = readWorkbook(snapshot, {});
    t = clock('read tables', t);
    computeFigures(read, {});
    t = clock('figures', t);
    checkTables(read);
    t = clock('checks', t);
    analyze(snapshot, {});
    clock('analyze (all of the core)', t);
  }
  for (const [k, v] of Object.entries(best)) process.stdout.write(`${k.padEnd(28)} ${v.toFixed(0).padStart(6)} ms\n`);
})();
