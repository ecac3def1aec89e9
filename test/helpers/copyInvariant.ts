/**
 * The report copy's invariant (issue 18.5): the copy read back gives the same sheets, tables and figures
 * as the original, plus our report sheet. Used by the generality harness (every generality workbook),
 * the example, the cases and the corpus.
 */
import { FileHost } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';

const ofUser = <T extends { madeByAddin?: boolean }>(sheets: T[]) => sheets.filter((s) => !s.madeByAddin);

/** Makes the report copy of `bytes`, checks it reads back alike, and returns it. */
export async function expectCopyReadsAlike(bytes: Uint8Array): Promise<Uint8Array> {
  const host = await FileHost.open(bytes);
  const before = await host.readSnapshot();
  const analysis = analyze(before, { overrides: await host.loadOverrides() });
  const sheet = await host.writeReportSheet(reportSheetLayout(analysis, 'vi'));
  const copy = await host.save();
  const again = await FileHost.open(copy);
  const after = await again.readSnapshot();
  expect(after.sheets.find((s) => s.name === sheet)?.madeByAddin).toBe(true);
  expect(ofUser(after.sheets)).toEqual(ofUser(before.sheets));
  const back = analyze(after, { overrides: await again.loadOverrides() });
  expect(back.figures).toEqual(analysis.figures);
  expect(Object.fromEntries(Object.entries(back.tables).map(([k, t]) => [k, t?.located ?? null]))).toEqual(
    Object.fromEntries(Object.entries(analysis.tables).map(([k, t]) => [k, t?.located ?? null])),
  );
  return copy;
}
