/**
 * The roll-up workbook on paper (tester 7 item 29): «Các xã», 28 columns (about 310 characters wide), printed on one A4 width at about 3 pt.
 * Now A4 landscape over three pages wide, STT and the commune repeated on each page, the header row on every page; the
 * column widths written in the sheet must then print near full size. Read back from the real .xlsx's XML.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { buildRollup, communeResult } from '../../src/core/rollup';
import { rollupSheets } from '../../src/core/rollup/sheets';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { rollupWorkbookBytes } from '../../src/hosts/file/rollupWorkbook';
import { communeBytes, communeSpec } from './communes';

/**
 * Character widths across A4 landscape at 100 %: 297 mm less Excel's default margins (0,7 inch each side) is 261 mm;
 * a width unit of Calibri 11 is 7 px at 96 dpi, 1,85 mm, so about 141; 135 keeps a margin for each column's padding.
 */
const A4_LANDSCAPE_CHARS = 135;

let parts: Record<string, Uint8Array>;
let workbookXml: string;

beforeAll(async () => {
  const communes = [];
  for (let k = 0; k < 3; k++) communes.push(communeResult(`xa-${k + 1}.xlsx`, analyze(await readSnapshotFromXlsx(await communeBytes(communeSpec(k))))));
  const bytes = await rollupWorkbookBytes(rollupSheets(buildRollup(communes, []), 'vi'));
  parts = unzipSync(bytes);
  workbookXml = strFromU8(parts['xl/workbook.xml']).replace(/&apos;/g, "'");
});

/** The worksheet part of a sheet named `name` (sheetN in tab order, as exceljs writes them). */
function sheetXml(name: string): string {
  const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  expect(names).toContain(name);
  return strFromU8(parts[`xl/worksheets/sheet${names.indexOf(name) + 1}.xml`]);
}

describe('the roll-up workbook in print', () => {
  it('prints «Các xã» A4 landscape three pages wide, STT and the commune on every page, near full size', () => {
    const xml = sheetXml('Các xã');
    const setup = xml.match(/<pageSetup [^>]*>/)![0];
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/fitToWidth="3"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
    // Print titles: columns A:B (STT, Cơ quan) and the header row.
    const titles = workbookXml.match(/<definedName name="_xlnm.Print_Titles" localSheetId="0">([^<]+)</)![1];
    expect(titles).toMatch(/'Các xã'!\$A:\$B/);
    expect(titles).toMatch(/'Các xã'!\$(\d+):\$\1/);
    const header = Number(titles.match(/\$(\d+):\$\d+/)![1]);
    expect(xml).toMatch(new RegExp(`<row r="${header}"[^>]*>\\s*<c r="A${header}"[^>]*t="s"`));
    // What each page must hold: the two repeated columns and a third of the rest; the scale Excel must print it at.
    // Each column's width; a column the sheet gives none of is Excel's default, 8,43.
    const last = xml.match(/<dimension ref="A1:([A-Z]+)\d+"/)![1];
    const count = [...last].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const widths: number[] = Array(count).fill(8.43);
    for (const m of xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
      for (let c = Number(m[1]); c <= Number(m[2]); c++) widths[c - 1] = Number(m[3]);
    expect(widths.length).toBeGreaterThanOrEqual(25);
    const all = widths.reduce((a, b) => a + b, 0);
    const repeated = widths[0] + widths[1];
    const perPage = repeated + (all - repeated) / 3;
    expect(A4_LANDSCAPE_CHARS / perPage).toBeGreaterThanOrEqual(0.9);
    // On one page width, as before, it would print below half size.
    expect(A4_LANDSCAPE_CHARS / all).toBeLessThan(0.5);
  });

  it('keeps the narrow sheets one page wide, landscape, their header row on every page', () => {
    const xml = sheetXml('Tổng hợp');
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1"/);
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">'Tổng hợp'!\$\d+:\$\d+</);
  });
});
