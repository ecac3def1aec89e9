/**
 * The order a roll-up reads its files in, the same at every front door, since the first file of a commune sent twice
 * is the one kept (exclude.ts): by name as a Vietnamese reader sorts them («xa 2» before «xa 10»), a folder's own
 * workbooks before its sub-folders', as the command line walks a folder (cli/rollup/inputs.ts).
 */
export function compareFileNames(a: string, b: string): number {
  return a.localeCompare(b, 'vi', { numeric: true });
}

/** Paths ("Huyện A/xa 1.xlsx") in roll-up order: segment by segment, files before folders at each level. */
export function inRollupOrder(paths: string[]): string[] {
  const parts = (p: string) => p.split(/[\\/]/).filter(Boolean);
  return [...paths].sort((a, b) => {
    const pa = parts(a);
    const pb = parts(b);
    for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
      const aFile = k === pa.length - 1;
      const bFile = k === pb.length - 1;
      if (aFile !== bFile) return aFile ? -1 : 1;
      const c = compareFileNames(pa[k], pb[k]);
      if (c !== 0) return c;
    }
    return pa.length - pb.length;
  });
}
