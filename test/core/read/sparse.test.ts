/**
 * A sparse sheet (issue 16 §2): a table beside stray values far away is read from the blocks around the
 * filled cells, in either shape a host may send (blocks, or one large mostly blank used range), and
 * finds the same table as the sheet without the strays.
 */
import { readWorkbook } from '../../../src/core/read';
import { sheetGrids } from '../../../src/core/read/grid';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { book } from './snap';
import { bieu06, TTHC_COLUMNS } from './fixtures';

describe('readWorkbook on a sparse sheet', () => {
  const plain = readWorkbook(book(bieu06())).tables.tthc!;

  it('reads the table of the first block when a stray value sits in a block of its own at XFD1048576', () => {
    const s: SheetSnapshot = { ...bieu06(), blocks: [{ origin: { row: 1048575, col: 16383 }, values: [[7]] }] };
    const t = readWorkbook(book(s)).tables.tthc!;
    expect(t.located).toEqual(plain.located);
    expect(t.located.columns).toEqual(TTHC_COLUMNS);
    expect(t.rows.map((r) => r.values.received!.value)).toEqual(plain.rows.map((r) => r.values.received!.value));
  });

  it('cuts one large, mostly blank used range (as the Office host reads it) into blocks and reads the same table', () => {
    const base = bieu06();
    const width = 1500;
    const height = 1500;
    const values: CellValue[][] = [];
    for (let r = 0; r < height; r++) {
      const row = new Array<CellValue>(width).fill(null);
      base.values[r]?.forEach((v, c) => (row[c] = v));
      values.push(row);
    }
    values[height - 1][width - 1] = 'lạc';
    const grids = sheetGrids({ ...base, values });
    expect(grids.map((g) => [g.top, g.left, g.bottom, g.right])).toEqual([
      [0, 0, base.values.length - 1, 11],
      [height - 1, width - 1, height - 1, width - 1],
    ]);
    const t = readWorkbook(book({ ...base, values })).tables.tthc!;
    expect(t.located).toEqual(plain.located);
  });
});
