/**
 * Tester 6 item 27: the report copy as printed. The copy (the user's package with our sheet added) is reopened as raw
 * XML and by exceljs: the print titles are the issue list's header row, beside the user's own defined names, the page
 * breaks and the page header are in our sheet. Then LibreOffice prints the example's copy: every figures table on one
 * page, the issue list's header at the top of each later page of the list, the title in the page header from page 2.
 * With UPDATE_DOCS=1 it also writes docs/report-sheet.png (page 1), shown in the README.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import type { SheetLayout } from '../../../src/core/layout/types';
import { FileHost } from '../../../src/hosts/file';
import { toolsPresent } from '../../helpers/tools';
import { loadWorkbook, workbookBytes } from '../../helpers/xlsx';

const EXAMPLE = join(__dirname, '../../../examples/ba-bich-2023.xlsx');

/** The report copy of `input` as the command line makes it, with the layout written. */
async function reportCopy(input: Uint8Array): Promise<{ bytes: Uint8Array; layout: SheetLayout }> {
  const host = await FileHost.open(input);
  const layout = reportSheetLayout(analyze(await host.readSnapshot()), 'vi', 'cli');
  await host.writeReportSheet(layout);
  return { bytes: await host.save(), layout };
}

function part(files: Record<string, Uint8Array>, re: RegExp): string {
  const name = Object.keys(files).find((n) => re.test(n));
  if (!name) throw new Error(`no part ${re}`);
  return strFromU8(files[name]);
}

/** The worksheet part holding the report sheet's title. */
function reportPart(files: Record<string, Uint8Array>): string {
  const name = Object.keys(files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n) && strFromU8(files[n]).includes('SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH'));
  return strFromU8(files[name!]);
}

test("the copy's print titles are the issue list's header, the user's defined names kept; page breaks and header in the sheet", async () => {
  // A user's workbook with names of its own: a workbook-level range and print titles on its own sheet.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  ws.addRow(['Nội dung', 'Dự toán', 'Thực hiện']);
  ws.addRow(['Tổng thu ngân sách', 7239000000, 1464000000]);
  ws.pageSetup.printTitlesRow = '1:1';
  wb.definedNames.add("'Thu chi NS'!$B$2", 'DuToan');
  const { bytes, layout } = await reportCopy(await workbookBytes(wb));

  const files = unzipSync(bytes);
  const book = part(files, /^xl\/workbook\.xml$/);
  const names = [...book.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => `${m[1].trim()} = ${m[2].replace(/&apos;/g, "'")}`);
  const header = layout.printTitleRows![0];
  expect(layout.cells.find((c) => c.row === header && c.col === 0)?.value).toBe('Nội dung');
  expect(names).toEqual(
    expect.arrayContaining([
      'name="DuToan" = \'Thu chi NS\'!$B$2',
      'name="_xlnm.Print_Titles" localSheetId="0" = \'Thu chi NS\'!$1:$1',
      'name="_cchc_report_sheet" = \'Báo cáo\'!$A$1',
      `name="_xlnm.Print_Titles" localSheetId="1" = 'Báo cáo'!$${header + 1}:$${header + 1}`,
    ]),
  );
  expect(names).toHaveLength(4);

  const sheet = reportPart(files);
  const breaks = [...sheet.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]));
  expect(breaks).toEqual(layout.rowBreaks);
  expect(sheet).toMatch(/<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;10&amp;&quot;Times New Roman,Bold&quot;SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH\n/);
  // Every row's height is written.
  const rows = [...sheet.matchAll(/<row r="(\d+)" ht="[\d.]+" customHeight="1">/g)].length;
  expect(rows).toBe(Math.max(...layout.cells.map((c) => c.row)) + 1);

  // exceljs reads the copy: our print titles and page header, the user's sheet's own titles and name.
  const back = await loadWorkbook(bytes);
  expect(back.getWorksheet('Báo cáo')!.pageSetup.printTitlesRow).toBe(`${header + 1}:${header + 1}`);
  expect(back.getWorksheet('Báo cáo')!.headerFooter.differentFirst).toBe(true);
  expect(back.getWorksheet('Thu chi NS')!.pageSetup.printTitlesRow).toBe('1:1');
  expect(back.getWorksheet('Thu chi NS')!.getCell('B2').names).toContain('DuToan');
});

const maybe = toolsPresent('soffice', 'pdftotext', 'pdftoppm') ? test : test.skip;

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Line {
  page: number;
  y: number;
  text: string;
}

/** The PDF's lines of text, page by page, top to bottom (words within 2 pt of a line's top are on it), left to right. */
function lines(pdf: string): { pages: { width: number; height: number }[]; lines: Line[] } {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const pages: { width: number; height: number }[] = [];
  const out: Line[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const m = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    pages.push({ width: Number(m[1]), height: Number(m[2]) });
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)]
      .map((w) => ({ x: Number(w[1]), y: Number(w[2]), text: w[3] }))
      .sort((a, b) => a.y - b.y || a.x - b.x);
    const rows: { y: number; words: { x: number; text: string }[] }[] = [];
    for (const w of words) {
      const row = rows.find((r) => Math.abs(r.y - w.y) <= 2);
      if (row) row.words.push(w);
      else rows.push({ y: w.y, words: [w] });
    }
    for (const r of rows)
      out.push({
        page: pages.length,
        y: r.y,
        text: r.words
          .sort((a, b) => a.x - b.x)
          .map((w) => w.text)
          .join(' '),
      });
  }
  return { pages, lines: out };
}

/** The copy with every sheet but the report hidden: what a clerk prints from the report sheet. */
function reportOnly(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const book = strFromU8(files['xl/workbook.xml']).replace(/<sheet\b[^>]*\/>/g, (el) =>
    el.includes('name="Báo cáo"') ? el : el.replace(/\sstate="[^"]*"/, '').replace('<sheet ', '<sheet state="hidden" '),
  );
  return zipSync({ ...files, 'xl/workbook.xml': strToU8(book) });
}

maybe(
  "LibreOffice prints the example's report: tables whole, the issue list's header on each of its pages, the title on every page",
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'copy-render-'));
    const { bytes, layout } = await reportCopy(new Uint8Array(readFileSync(EXAMPLE)));
    const xlsx = join(dir, 'report.xlsx');
    writeFileSync(xlsx, reportOnly(bytes));
    const profile = `file://${join(dir, `lo-${process.pid}-${Date.now()}`)}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toContain('report.pdf');
    const pdf = join(dir, 'report.pdf');
    const { pages, lines: all } = lines(pdf);

    // As many pages as the layout's breaks make, each A4 landscape.
    expect(pages.length).toBe(layout.rowBreaks!.length + 1);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);

    // Each page starts with the title: the sheet's own on page 1, the page header's after (above 0,6 in), with the
    // agency and period and the page number.
    const HEADER_END = 43;
    const header = (p: number) => all.filter((l) => l.page === p && l.y < HEADER_END).map((l) => l.text);
    const body = (p: number) => all.filter((l) => l.page === p && l.y >= HEADER_END).map((l) => l.text);
    expect(header(1)).toEqual([]);
    expect(body(1)[0]).toBe('SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH');
    for (let p = 2; p <= pages.length; p++) {
      expect([p, ...header(p)]).toEqual([
        p,
        'SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH',
        `${p}/${pages.length}`,
        'UBND XÃ BA BÍCH · Kỳ báo cáo: từ ngày 08/07/2022 đến ngày 31/03/2023',
      ]);
    }

    // Each row's first cell found in print, in order: the page it is printed on.
    const pageOfRow = new Map<number, number>();
    let at = 0;
    const firstCells = layout.cells.filter((c) => c.col === 0 && typeof c.value === 'string' && c.value.trim() !== '').sort((a, b) => a.row - b.row);
    for (const c of firstCells) {
      const start = (c.value as string).trim().split(/\s+/).slice(0, 3).join(' ');
      const i = all.findIndex((l, k) => k >= at && l.text.startsWith(start));
      if (i < 0) continue;
      pageOfRow.set(c.row, all[i].page);
      at = i + 1;
    }
    expect(pageOfRow.size).toBeGreaterThan(firstCells.length * 0.9);

    // Every figures table (its header row to its last bordered row) is printed on one page.
    const titles = layout.printTitleRows![0];
    const bordered = (row: number) => layout.cells.some((c) => c.row === row && c.border);
    const heads = [...new Set(layout.cells.filter((c) => c.fill === 'DDEBF7').map((c) => c.row))].filter((h) => h !== titles);
    expect(heads.length).toBeGreaterThanOrEqual(8);
    for (const h of heads) {
      let end = h;
      while (bordered(end + 1)) end++;
      expect([h, pageOfRow.get(end)]).toEqual([h, pageOfRow.get(h)]);
    }

    // The issue list spans pages; its header row is the first line under the page header on each later page.
    const first = pageOfRow.get(titles)!;
    expect(pageOfRow.get(titles + 1)).toBe(first);
    expect(first).toBeLessThan(pages.length);
    for (let p = first + 1; p <= pages.length; p++) expect([p, body(p)[0]]).toEqual([p, 'Nội dung Mức độ Sheet Ô Cách sửa']);

    if (process.env.UPDATE_DOCS) {
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
      copyFileSync(join(dir, 'page.png'), join(__dirname, '../../../docs/report-sheet.png'));
    }
  },
  180_000,
);
