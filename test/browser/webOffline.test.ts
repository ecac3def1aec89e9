/**
 * The standalone page opened from disk (file://dist/web.html, as a clerk double-clicks it on a USB
 * stick), with the browser offline: Chrome will not start a worker there, so the page does the work
 * itself. Open the example workbook, see the seed's mistakes, download the report workbook and the
 * Word draft (the docx chunk loads on demand from disk), and make sure nothing was asked of any
 * network and the Content-Security-Policy blocked nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, DIST, ensureBuilt, ROOT } from './server';
import { describeInChromium, downloadPastErrors, launchChromium, LONG, openPage } from './pages';
import { loadWorkbook, tempDir } from '../helpers/xlsx';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

describeInChromium('web page opened from file:// with no network', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  const requested: string[] = [];
  const downloads = tempDir('cchc-web-offline-');

  beforeAll(async () => {
    ensureBuilt('web.html');
    browser = await launchChromium();
    const options = { acceptDownloads: true, viewport: { width: 1000, height: 800 }, locale: 'vi-VN' };
    ({ page, errors: pageErrors } = await openPage(browser, pathToFileURL(path.join(DIST, 'web.html')).href, options, async (context, page) => {
      await context.setOffline(true);
      page.on('request', (r) => requested.push(r.url()));
      // Anything the page's CSP blocks (a chunk, the icon, an inline style) is collected here.
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
    }));
  }, LONG * 3);

  afterAll(async () => {
    await browser?.close();
  });

  it(
    "checks the example workbook in the page and lists the seed report's mistakes",
    async () => {
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText('Tệp: ba-bich-2023.xlsx').waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      const errors = Number((await page.getByTestId('count-error').innerText()).replace(/\D+/g, ''));
      expect(errors).toBeGreaterThanOrEqual(4);
      // Chrome refused the worker on file://: the page did the work itself.
      expect(page.workers()).toEqual([]);

      const texts = await page.locator('li[data-severity]').allInnerTexts();
      const find = (...parts: string[]) => texts.filter((t) => parts.every((p) => t.includes(p)));
      expect(find('E6', 'Tổng thu ngân sách xã', 'đơn vị')).not.toHaveLength(0);
      expect(find('100%', '98,23')).not.toHaveLength(0);
      expect(find('27/BC-UBND', '14/07/2023', '05/04/2023')).not.toHaveLength(0);
      expect(find('38/KH-UBND', '36/KH-UBND')).not.toHaveLength(0);
      expect(find('08/KH-UBND xã')).not.toHaveLength(0);
    },
    LONG,
  );

  it(
    'downloads the report workbook with a "Báo cáo" sheet',
    async () => {
      const { file } = await downloadPastErrors(page, 'Tải báo cáo Excel', downloads);
      expect(file).toMatch(/\.xlsx$/);
      const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Báo cáo', 'Thu chi NS', 'TTHC Q1']));
    },
    LONG,
  );

  it(
    'downloads the Word draft, loading the docx code from disk',
    async () => {
      const { file } = await downloadPastErrors(page, 'Tải bản Word', downloads);
      expect(file).toMatch(/\.docx$/);
      const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
      expect(xml).toContain('BÁO CÁO');
      expect(xml).toMatch(/Ba Bích/i);
      // The docx library is a chunk of its own, fetched from the same folder only now.
      expect(requested.some((u) => /\/docx\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    },
    LONG,
  );

  it(
    'asked for nothing but its own files, and the CSP blocked nothing',
    async () => {
      const foreign = requested.filter((u) => !/^(file|blob|data):/.test(u));
      expect(foreign).toEqual([]);
      expect(requested.filter((u) => u.startsWith('file:') && u.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
    LONG,
  );

  it(
    'saves a screenshot of the checked page',
    async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, 'web-offline.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    },
    LONG,
  );
});
