/**
 * The draft as LibreOffice lays it out: converted to PDF, then read back page by page.
 * Page 1 has no number at the top, page 2 starts with "2"; the seed's figures read as written.
 * With UPDATE_DOCS=1 it also writes docs/draft-page1.png (page 1), shown in the README.
 */
import { toolsPresent } from '../../helpers/tools';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWordDraft } from '../../../src/core/word';
import { seedAnalysis } from './fixture';

const hasTools = toolsPresent('soffice', 'pdftotext');
const maybe = hasTools ? test : test.skip;

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pageText(pdf: string, page: number): string {
  const r = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

maybe(
  'LibreOffice renders the seed: numbered from page 2, figures as written',
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'word-render-'));
    const docx = join(dir, 'seed.docx');
    writeFileSync(docx, await buildWordDraft(seedAnalysis()));
    const profile = `file://${join(dir, `lo-${process.pid}-${Date.now()}`)}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(readdirSync(dir)).toContain('seed.pdf');
    expect(r.status).toBe(0);
    const pdf = join(dir, 'seed.pdf');

    const lines = (t: string) =>
      t
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const page1 = lines(pageText(pdf, 1));
    const page2 = lines(pageText(pdf, 2));
    expect(page1[0]).toBe('UBND HUYỆN BA TƠ');
    expect(page1.slice(0, 3).some((l) => /^\d+$/.test(l))).toBe(false);
    expect(page2[0]).toBe('2');

    const all = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['289 hồ sơ', '60,6%', '1.220.963.992 đồng', '133,3%', '80,9%', 'Ba Bích, ngày 05 tháng 4 năm 2023', 'Số: 05/BC-UBND', 'PHỤ LỤC']) {
      expect(all).toContain(s);
    }
    // The closing line stays on the page of the signature block.
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? '0');
    const pageOf = (needle: string) => {
      for (let p = 1; p <= pages; p++) if (pageText(pdf, p).replace(/\s+/g, ' ').includes(needle)) return p;
      return -1;
    };
    expect(pageOf('Kính báo cáo UBND huyện')).toBe(pageOf('Nơi nhận:'));
    expect(pageOf('PHỤ LỤC')).toBeGreaterThan(pageOf('Nơi nhận:'));

    // UPDATE_DOCS=1: page 1 as the README shows it.
    if (process.env.UPDATE_DOCS) {
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
      copyFileSync(join(dir, 'page.png'), join(__dirname, '../../../docs/draft-page1.png'));
    }
  },
  120_000,
);
