/**
 * The report sheet as LibreOffice prints it (issue 10 §2): the seed workbook's report sheet written
 * through the file host, converted to PDF, read back word by word. Every page is A4, every word is
 * printed at 9 pt or more, the title is on each page (the page header from page 2), and no text runs past the page.
 * The report copy's own print: printCopy.test.ts, which also writes docs/report-sheet.png.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { writeLayout } from '../../../src/hosts/file/write';
import { toolsPresent } from '../../helpers/tools';
import { seedBook } from '../read/seedbook';
import { said } from '../../helpers/words';

const maybe = toolsPresent('soffice', 'pdftotext', 'pdftoppm') ? test : test.skip;

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Word {
  page: number;
  text: string;
  xMax: number;
  height: number;
}

function words(pdf: string): { pages: { width: number; height: number }[]; words: Word[] } {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const pages: { width: number; height: number }[] = [];
  const out: Word[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const m = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    pages.push({ width: Number(m[1]), height: Number(m[2]) });
    for (const w of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      out.push({ page: pages.length, text: w[5], xMax: Number(w[3]), height: Number(w[4]) - Number(w[2]) });
    }
  }
  return { pages, words: out };
}

maybe(
  'LibreOffice prints the report sheet on A4, every word at 9 pt or more, the titles on every page',
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'sheet-render-'));
    const layout = reportSheetLayout(analyze(seedBook()), 'vi', 'pane');
    expect(layout.page?.fitToWidth).toBe(true);
    expect(Object.keys(layout.rowHeights ?? {}).length).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(layout.name);
    // The exceljs writer (the copy after a job that loaded exceljs): row heights, orientation, page header, breaks.
    writeLayout(wb, ws, layout);
    const xlsx = join(dir, 'sheet.xlsx');
    await wb.xlsx.writeFile(xlsx);

    const profile = `file://${join(dir, `lo-${process.pid}-${Date.now()}`)}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toContain('sheet.pdf');
    const pdf = join(dir, 'sheet.pdf');
    const { pages, words: all } = words(pdf);

    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      // A4: 595 x 842 pt, either way round.
      expect([Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))]).toEqual([595, 842]);
    }
    expect(all.length).toBeGreaterThan(100);
    // A word's box is about 1.1 times its size: 9 pt text is at least 9 pt tall.
    const small = all.filter((w) => w.height < 9);
    expect(small.map((w) => `${w.page}: ${w.text} ${w.height.toFixed(1)}`)).toEqual([]);
    for (const w of all) expect(w.xMax).toBeLessThanOrEqual(pages[w.page - 1].width);
    for (let p = 1; p <= pages.length; p++) {
      const text = all
        .filter((w) => w.page === p)
        .map((w) => w.text)
        .join(' ');
      expect([p, text.startsWith('SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH')]).toEqual([p, true]);
    }
    // Whole messages of the issue list are printed (a row too short would cut them off).
    const printed = all.map((w) => w.text).join(' ');
    for (const i of analyze(seedBook()).issues.slice(0, 5)) {
      const lastWords = said(i).split(/\s+/).slice(-3).join(' ');
      expect(printed).toContain(lastWords);
    }
  },
  120_000,
);
