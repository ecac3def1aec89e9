/**
 * The standalone page opened from disk (file://dist/web.html, as a clerk double-clicks it on a USB
 * stick), with the browser offline: Chrome will not start a worker there, so the page does the work
 * itself. Open the example workbook, see the seed's mistakes, download the report workbook and the
 * Word draft (the docx chunk loads on demand from disk), and make sure nothing was asked of any
 * network and the Content-Security-Policy blocked nothing.
 */
import { toolsPresent } from '../helpers/tools';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, DIST, ensureBuilt, ROOT } from './server';
import { loadWorkbook, tempDir } from '../helpers/xlsx';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');
const LONG = 120_000;

const run = toolsPresent(CHROMIUM) ? describe : describe.skip;

run('web page opened from file:// with no network', () => {
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const downloads = tempDir('cchc-web-offline-');

  beforeAll(async () => {
    ensureBuilt('web.html');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 800 }, locale: 'vi-VN' });
    await context.setOffline(true);
    page = await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // Anything the page's CSP blocks (a chunk, the icon, an inline style) is collected here.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(path.join(DIST, 'web.html')).href);
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
      await page.getByRole('button', { name: 'Tải báo cáo Excel', exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor({ timeout: LONG });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: LONG }),
        dialog.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click(),
      ]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      expect(file).toMatch(/\.xlsx$/);
      const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Báo cáo', 'Thu chi NS', 'TTHC Q1']));
    },
    LONG,
  );

  it(
    'downloads the Word draft, loading the docx code from disk',
    async () => {
      await page.getByRole('button', { name: 'Tải bản Word', exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor({ timeout: LONG });
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: LONG }),
        dialog.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click(),
      ]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
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
