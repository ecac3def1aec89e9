/**
 * A sheet name typed in a legacy font (TCVN3) is shown as written followed by its reading, «B¶ng l­¬ng» (Bảng lương),
 * wherever the clerk is told of the sheet (the command line's places and headings, the issues' sentences, the report
 * sheet's column of sheets), while addresses and links keep the name as written and still resolve.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from './runCli';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { toTcvn3 } from '../helpers/legacyEncoders';
import { analyze } from '../../src/core/analyze';
import { issueText } from '../../src/core/issues';
import { readSnapshotFromXlsx } from '../../src/hosts/file/read';
import { quotedSheet, sheetReading } from '../../src/core/text/sheetName';

const LEGACY = toTcvn3('Bảng lương');

/** A budget without a unit and with amounts far too small for a commune (a warning on its total lines), on sheet `name`. */
async function budgetOn(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  const rows = [
    ['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', 7239, 1464.5],
    ['II', 'Tổng chi ngân sách xã', 6105, 1220.96],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v)));
  return writeWorkbook(wb, path.join(tempDir('cchc-legacy-sheet-'), 'so-lieu.xlsx'));
}

test('the reading of a sheet name: a TCVN3 name is read, a Unicode or plain name is not', () => {
  expect(LEGACY).toBe('B¶ng l\u00ad¬ng');
  expect(sheetReading(LEGACY)).toBe('Bảng lương');
  expect(quotedSheet(LEGACY)).toBe(`«${LEGACY}» (Bảng lương)`);
  for (const name of ['Bảng lương', 'Thu chi NS', 'Sheet1', 'TTHC']) {
    expect(sheetReading(name)).toBeNull();
    expect(quotedSheet(name)).toBe(`«${name}»`);
  }
});

test('the issues name the sheet as written and its reading; their place stays the name as written', async () => {
  const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(await budgetOn(LEGACY)))));
  const mine = a.issues.filter((i) => i.sheet === LEGACY);
  expect(mine.length).toBeGreaterThan(0);
  const said = mine.map((i) => issueText(i, 'vi', 'cli').message).filter((m) => m.includes(LEGACY));
  expect(said.length).toBeGreaterThan(0);
  for (const m of said) expect(m).toContain(`«${LEGACY}» (Bảng lương)`);
  expect(a.tables.budget?.located.sheet).toBe(LEGACY);
}, 60_000);

test('the command line and the report sheet show «B¶ng l­¬ng» (Bảng lương); the report links to the sheet as written', async () => {
  const input = await budgetOn(LEGACY);
  const v = await runCli(['validate', input]);
  expect(v.stdout).toContain(`sheet «${LEGACY}» (Bảng lương) A2:D4`);
  expect(v.stdout).toContain(`Sheet «${LEGACY}» (Bảng lương):`);
  expect(v.stdout).not.toMatch(new RegExp(`«${LEGACY}»(?! \\(Bảng lương\\))`));

  const out = tempDir('cchc-legacy-sheet-out-');
  const r = await runCli(['report', input, '--out', out, '--force']);
  expect(r.code).toBe(1); // errors remain (no staff, no TTHC): --force drafts anyway
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(out, 'so-lieu.report.xlsx'));
  const report = wb.getWorksheet('Báo cáo')!;
  const shown: string[] = [];
  report.eachRow((row) => row.eachCell((c) => void (c.value === `${LEGACY} (Bảng lương)` && shown.push(c.address))));
  expect(shown.length).toBeGreaterThan(0);
  // Every link of the report into the clerk's sheet names it as written, and that sheet is in the workbook.
  const parts = unzipSync(new Uint8Array(fs.readFileSync(path.join(out, 'so-lieu.report.xlsx'))));
  const links = Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))
    .flatMap(([, bytes]) =>
      [...strFromU8(bytes).matchAll(/<hyperlink [^>]*location="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&')),
    );
  const intoLegacy = links.filter((h) => h.includes(LEGACY));
  expect(intoLegacy.length).toBeGreaterThan(0);
  for (const h of intoLegacy) expect(h).toMatch(new RegExp(`^'?${LEGACY}'?![A-Z]+\\d+$`));
  expect(wb.getWorksheet(LEGACY)).toBeDefined();
  expect(links.some((h) => h.includes('Bảng lương'))).toBe(false);
}, 180_000);
