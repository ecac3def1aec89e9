/** The roll-up's reading without a bundle to start workers from (code run directly): one file after another, in input order, a bad file refused. */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeAll, workerCount } from '../../src/cli/rollup/pool';
import { expandInputs } from '../../src/cli/rollup/inputs';
import { tempDir } from '../helpers/xlsx';
import { communeBytes, communeSpec } from './communes';

jest.setTimeout(60000);

test('reads every file in order and refuses the one that is not a workbook', async () => {
  const dir = tempDir('cchc-pool-');
  fs.writeFileSync(path.join(dir, 'b.xlsx'), await communeBytes(communeSpec(1)));
  fs.writeFileSync(path.join(dir, 'a.xlsx'), await communeBytes(communeSpec(0)));
  fs.writeFileSync(path.join(dir, 'c.xlsx'), 'not a workbook');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not taken from a folder');
  const files = expandInputs([dir]);
  expect(files.map((f) => path.basename(f))).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  const seen: number[] = [];
  const out = await analyzeAll(
    files.map((file) => ({ file, lang: 'vi', exactTime: false })),
    (i) => seen.push(i),
  );
  expect(seen).toEqual([0, 1, 2]);
  expect(out.map((o) => (o.ok ? o.commune.agency : o.refused.error.code))).toEqual(['UBND XÃ SỐ 1', 'UBND XÃ SỐ 2', expect.any(String)]);
  expect(out[2].ok).toBe(false);
});

test('starts no more workers than files, and none when asked for 0', () => {
  const env = process.env.CCHC_ROLLUP_WORKERS;
  try {
    process.env.CCHC_ROLLUP_WORKERS = '8';
    expect(workerCount(3)).toBe(3);
    process.env.CCHC_ROLLUP_WORKERS = '0';
    expect(workerCount(3)).toBe(0);
  } finally {
    if (env === undefined) delete process.env.CCHC_ROLLUP_WORKERS;
    else process.env.CCHC_ROLLUP_WORKERS = env;
  }
});
