/**
 * One fact, one issue: no single cell holds two issues of the same code. A check that reports each row and then
 * a note summing up the same rows on the first one's cell (a register's documents dated outside the period: a
 * warning and «1 văn bản … không được tính» on C4) says one fact twice; the row's own issue says both.
 * Run over the example, the shared cases and the real-world workbooks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { parseRange } from '../../src/core/address';
import { said } from '../helpers/words';

const ROOT = path.resolve(__dirname, '../..');
const files = [
  path.join(ROOT, 'examples/ba-bich-2023.xlsx'),
  ...['cases', 'realworld'].flatMap((d) => {
    const dir = path.resolve(ROOT, '../shared', d);
    return fs
      .readdirSync(dir)
      .filter((f) => /\.xlsx$/i.test(f))
      .map((f) => path.join(dir, f));
  }),
];

/** A single cell (a range names a table or a block, where several facts may meet). */
const single = (cell: string) => {
  const r = parseRange(cell);
  return r !== null && r.top === r.bottom && r.left === r.right;
};

test.each(files.map((f) => [path.relative(path.resolve(ROOT, '..'), f), f]))('%s: one issue per code on a cell', async (_name, file) => {
  let snapshot;
  try {
    snapshot = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(file)));
  } catch {
    return; // a file that cannot be used has no cells to say anything about
  }
  const a = analyze(snapshot);
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const i of a.issues) {
    if (!i.sheet || !single(i.cell)) continue;
    const key = `${i.sheet}!${i.cell} ${i.code}`;
    const before = seen.get(key);
    if (before !== undefined) twice.push(`${key}: «${before}» and «${said(i)}»`);
    else seen.set(key, said(i));
  }
  expect(twice).toEqual([]);
});
