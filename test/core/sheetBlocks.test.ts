/** Dense blocks around a sheet's cells (issue 16 §2): the blocks' area follows the cells, never the used range's corners. */
import { sheetBlocks, denseEnough } from '../../src/core/sheetBlocks';

function blocksOf(cells: [number, number][]) {
  return sheetBlocks(
    cells.map((c) => c[0]),
    cells.map((c) => c[1]),
    cells.length,
  );
}

const area = (a: { top: number; left: number; bottom: number; right: number }) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

describe('sheetBlocks', () => {
  it('keeps a table with its title, blank rows and a gap column in one block', () => {
    const cells: [number, number][] = [[0, 0]];
    for (let r = 4; r < 30; r++) for (let c = 0; c < 8; c++) if (c !== 3) cells.push([r, c]);
    const { areas, blockOf } = blocksOf(cells);
    expect(areas).toEqual([{ top: 0, left: 0, bottom: 29, right: 7 }]);
    expect([...blockOf].every((b) => b === 0)).toBe(true);
  });

  it('puts a stray cell at XFD1048576 in a block of its own', () => {
    const cells: [number, number][] = [];
    for (let r = 0; r < 11; r++) for (let c = 0; c < 6; c++) cells.push([r, c]);
    cells.push([1048575, 16383]);
    const { areas, blockOf } = blocksOf(cells);
    expect(areas).toEqual([
      { top: 0, left: 0, bottom: 10, right: 5 },
      { top: 1048575, left: 16383, bottom: 1048575, right: 16383 },
    ]);
    expect(blockOf[cells.length - 1]).toBe(1);
  });

  it('cuts a full first row and a full first column (a cross) into blocks whose area follows the cells', () => {
    const cells: [number, number][] = [];
    for (let c = 0; c < 16384; c++) cells.push([0, c]);
    for (let r = 1; r < 1048576; r += 1) cells.push([r, 0]);
    const { areas, blockOf } = blocksOf(cells);
    const total = areas.reduce((n, a) => n + area(a), 0);
    expect(total).toBeLessThanOrEqual(40 * cells.length);
    // Every cell lies inside its block.
    for (let k = 0; k < cells.length; k += 997) {
      const a = areas[blockOf[k]];
      expect(cells[k][0]).toBeGreaterThanOrEqual(a.top);
      expect(cells[k][0]).toBeLessThanOrEqual(a.bottom);
      expect(cells[k][1]).toBeGreaterThanOrEqual(a.left);
      expect(cells[k][1]).toBeLessThanOrEqual(a.right);
    }
  });

  it('cuts a diagonal of stray cells into small blocks', () => {
    const cells: [number, number][] = [];
    for (let k = 0; k < 2000; k++) cells.push([k * 20, k * 8]);
    const { areas } = blocksOf(cells);
    for (const a of areas)
      expect(denseEnough(area(a), cells.filter((c) => c[0] >= a.top && c[0] <= a.bottom && c[1] >= a.left && c[1] <= a.right).length)).toBe(true);
  });

  it('gives no block for no cell', () => {
    expect(blocksOf([]).areas).toEqual([]);
  });
});
