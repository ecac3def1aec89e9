/**
 * The report copy's invariant (issue 18.5): the copy read back gives the same sheets, tables and figures
 * as the original, plus our report sheet. Used by the generality harness (every generality workbook),
 * the example, the cases and the corpus.
 */
import { FileHost } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import type { SheetSnapshot } from '../../src/core/snapshot';

const ofUser = <T extends { madeByAddin?: boolean }>(sheets: T[]) => sheets.filter((s) => !s.madeByAddin);

/**
 * A font the original leaves unknown (a file without a styles part) may be known in the copy, which
 * must add a styles part with Excel's default font for its own cells: unknown stays unknown here.
 */
function fontsAsBefore(after: SheetSnapshot[], before: SheetSnapshot[]): SheetSnapshot[] {
  return after.map((s, i) => {
    const b = before[i];
    if (!b?.fonts || !s.fonts) return s;
    return { ...s, fonts: s.fonts.map((row, r) => row.map((f, c) => (b.fonts?.[r]?.[c] === null ? null : f))) };
  });
}

/** Makes the report copy of `bytes`, checks it reads back alike, and returns it. */
export async function expectCopyReadsAlike(bytes: Uint8Array): Promise<Uint8Array> {
  const host = await FileHost.open(bytes);
  const before = await host.readSnapshot();
  const analysis = analyze(before, { overrides: await host.loadOverrides() });
  const sheet = await host.writeReportSheet(reportSheetLayout(analysis, 'vi', 'pane'));
  const copy = await host.save();
  const again = await FileHost.open(copy);
  const read = await again.readSnapshot();
  // Names over Excel's 31 characters are shortened in the copy (and said): read back under their old names.
  const users = ofUser(before.sheets);
  let k = 0;
  const after = {
    sheets: read.sheets.map((s) => {
      if (s.madeByAddin) return s;
      const old = users[k++];
      return old && old.name.length > 31 && s.name.length <= 31 && old.name.startsWith(s.name.replace(/ \(\d+\)$/, '')) ? { ...s, name: old.name } : s;
    }),
  };
  expect(after.sheets.find((s) => s.name === sheet)?.madeByAddin).toBe(true);
  expect(fontsAsBefore(ofUser(after.sheets), ofUser(before.sheets))).toEqual(ofUser(before.sheets));
  const back = analyze(after, { overrides: await again.loadOverrides() });
  expect(back.figures).toEqual(analysis.figures);
  expect(Object.fromEntries(Object.entries(back.tables).map(([k, t]) => [k, t?.located ?? null]))).toEqual(
    Object.fromEntries(Object.entries(analysis.tables).map(([k, t]) => [k, t?.located ?? null])),
  );
  return copy;
}
