/** The report copy on the cases of ../shared/cases that it used to get wrong (issues 16.6, 16.8, 18.5). */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { FileHost } from '../../../src/hosts/file';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { expectCopyReadsAlike } from '../../helpers/copyInvariant';

const CASES = path.resolve(__dirname, '../../../../shared/cases');
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(CASES, name)));

async function report(name: string) {
  const host = await FileHost.open(bytesOf(name));
  const analysis = analyze(await host.readSnapshot());
  const sheet = await host.writeReportSheet(reportSheetLayout(analysis, 'vi', 'pane'));
  return { host, analysis, sheet, copy: await host.save() };
}

it('09_sharedstrings_case and 22_sheet_part_names: the copy reads back like the original', async () => {
  for (const name of ['09_sharedstrings_case.xlsx', '22_sheet_part_names.xlsx']) await expectCopyReadsAlike(bytesOf(name));
});

it('R4_openpyxl_comment: the copy is written, with the comment part kept, and the figures are those of R4c', async () => {
  const r4 = await report('R4_openpyxl_comment.xlsx');
  const r4c = await report('R4c_openpyxl_no_comment_control.xlsx');
  expect(r4.analysis.figures.tthc).toEqual(r4c.analysis.figures.tthc);
  expect(r4.analysis.figures.tthc).toMatchObject({ received: 30, resolved: 28, pending: 2 });
  const before = Object.keys(unzipSync(bytesOf('R4_openpyxl_comment.xlsx'))).filter((n) => /comment/i.test(n));
  expect(before.length).toBeGreaterThan(0);
  const after = unzipSync(r4.copy);
  for (const n of before) expect(after[n]).toBeDefined();
});

it('hostile/stale-mark-on-user-sheet: a mark on a data sheet drops nothing; our sheet is added and the mark moves to it', async () => {
  const { copy, sheet } = await report('hostile/stale-mark-on-user-sheet.xlsx');
  const original = await (await FileHost.open(bytesOf('hostile/stale-mark-on-user-sheet.xlsx'))).readSnapshot();
  const back = await (await FileHost.open(copy)).readSnapshot();
  expect(original.sheets.every((s) => !s.madeByAddin)).toBe(true);
  expect(back.sheets.filter((s) => !s.madeByAddin)).toEqual(original.sheets);
  expect(back.sheets.find((s) => s.madeByAddin)?.name).toBe(sheet);
  const wb = strFromU8(unzipSync(copy)['xl/workbook.xml']);
  expect(wb.match(/<definedName name="_cchc_report_sheet">[^<]*</g)).toEqual([`<definedName name="_cchc_report_sheet">'${sheet}'!$A$1<`]);
});

it('hostile/sheetname-long-40-unique: names over 31 characters shortened in the copy, said in one Vietnamese line', async () => {
  const { host, copy } = await report('hostile/sheetname-long-40-unique.xlsx');
  const warnings = host.copyWarnings();
  expect(warnings).toHaveLength(1);
  expect(warnings[0].vi).toMatch(/^Excel chỉ cho tên sheet dài tối đa 31 ký tự/);
  const names = (await (await FileHost.open(copy)).readSnapshot()).sheets.map((s) => s.name);
  expect(names.every((n) => n.length <= 31)).toBe(true);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
});
