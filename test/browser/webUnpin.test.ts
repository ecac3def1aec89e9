/**
 * «Bỏ ghim» on the built page in Chromium at 320 px, by keyboard alone (tester 6 item 19): a workbook whose own
 * very hidden _cchc_settings holds two pins (the TTHC table's range and its «Đã giải quyết» column) lists both
 * under the table, each with its «Bỏ ghim», within the page's width and with no serious or critical axe-core
 * violation; Tab reaches each, Enter removes that one, the focus lands on the message saying so (in view, not on
 * the page's body) and the issue the pin answered comes back. Screenshots of the view go to test-artifacts/.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { FileHost } from '../../src/hosts/file';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { ARTIFACTS } from './server';
import { seriousViolations } from './axe';
import { describeInChromium, isFocused, LONG, openPage, serveAndLaunch, tabTo, type Served } from './pages';

/** A TTHC table whose "resolved" column (E) has a header no synonym knows, pinned in the file itself. */
async function pinnedTthc(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('TTHC').addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
    ['Hộ tịch', 5, 3, 2, 4],
    ['Đất đai', 7, 1, 6, 7],
  ]);
  const host = await FileHost.open(await workbookBytes(wb));
  await host.saveOverrides({ tables: { tthc: { sheet: 'TTHC', range: 'A1:E3' } }, fields: { tthc: { resolved: 'E' } } });
  return host.save();
}

/** Where the focus is: null on the body; else its text and whether it lies within the viewport. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const r = e.getBoundingClientRect();
    return { text: e.innerText.slice(0, 200), inView: r.height > 0 && r.top < window.innerHeight && r.bottom > 0 };
  });

const TABLE = 'Kết quả giải quyết TTHC';

describeInChromium('«Bỏ ghim» on the web page at 320 px, by keyboard', () => {
  let served: Served;
  let page: Page;
  let errors: string[];
  const dir = tempDir('cchc-unpin-');

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, 'xa-da-ghim.xlsx'), await pinnedTthc());
    served = await serveAndLaunch('web.html');
    // axe-core is added as an inline script, which the page's own policy refuses.
    ({ page, errors } = await openPage(served.browser, `${served.server.origin}/web.html`, {
      viewport: { width: 320, height: 640 },
      locale: 'vi-VN',
      bypassCSP: true,
    }));
    await page.getByTestId('file-input').setInputFiles(path.join(dir, 'xa-da-ghim.xlsx'));
    await page.getByText(/^Đã kiểm tra: /).waitFor({ timeout: LONG });
  }, LONG * 3);

  afterAll(async () => {
    await served?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const shot = async (name: string) => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    // What the clerk sees: the viewport, scrolled to the pins or the message.
    await page.screenshot({ path: path.join(ARTIFACTS, name) });
  };

  it(
    'the two pins are listed under their table within the page, each with a «Bỏ ghim» named for it; axe-core passes',
    async () => {
      const pins = page.getByTestId('pins-tthc');
      await pins.waitFor({ timeout: LONG });
      expect(await pins.innerText()).toContain('bảng ghim vào TTHC!A1:E3');
      expect(await pins.innerText()).toContain('Đã giải quyết ghim vào cột E');
      const buttons = page.getByRole('button', { name: /^Bỏ ghim/ });
      expect(await buttons.count()).toBe(2);
      expect(await buttons.nth(0).getAttribute('aria-label')).toBe(`Bỏ ghim bảng ${TABLE}`);
      expect(await buttons.nth(1).getAttribute('aria-label')).toBe(`Bỏ ghim cột Đã giải quyết của bảng ${TABLE}`);
      // Nothing wider than the page: no sideways scrolling at 320 px.
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, page: document.documentElement.clientWidth }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.page);
      for (const b of await buttons.all()) expect((await b.boundingBox())!.x + (await b.boundingBox())!.width).toBeLessThanOrEqual(widths.page);
      await pins.scrollIntoViewIfNeeded();
      expect(await seriousViolations(page)).toEqual([]);
      await shot('web-320-pins.png');
      // Pinned, the column is read: nothing asks for it.
      expect(await page.getByRole('combobox', { name: 'Cột cho Đã giải quyết' }).count()).toBe(0);
    },
    LONG,
  );

  it(
    'Tab reaches each «Bỏ ghim»; Enter removes that pin, the focus goes to the message in view, and the issue it answered comes back',
    async () => {
      const unpinTable = page.getByRole('button', { name: `Bỏ ghim bảng ${TABLE}`, exact: true });
      const unpinColumn = page.getByRole('button', { name: `Bỏ ghim cột Đã giải quyết của bảng ${TABLE}`, exact: true });
      await page.getByTestId('check-result').focus();
      expect(await tabTo(page, unpinTable)).toBe(true);
      expect(await tabTo(page, unpinColumn)).toBe(true);
      await page.keyboard.press('Enter');

      const said = `Đã bỏ ghim cột Đã giải quyết của bảng «${TABLE}» và kiểm tra lại.`;
      await page.getByText(said).waitFor({ timeout: LONG });
      await page.waitForFunction((text) => document.activeElement?.textContent?.includes(text), said, { timeout: LONG });
      const f = await focusPlace(page);
      expect(f?.inView).toBe(true);
      expect(await page.getByRole('button', { name: /^Bỏ ghim/ }).count()).toBe(1);
      expect(await page.getByTestId('pins-tthc').innerText()).not.toContain('Đã giải quyết');
      // Unpinned, the column is asked for again, with «Ghim cột» to pin it anew.
      await page.getByRole('combobox', { name: 'Cột cho Đã giải quyết' }).waitFor({ timeout: LONG });
      // axe-core first: it waits for the buttons' colour transitions (off while the unpin ran) to end.
      expect(await seriousViolations(page)).toEqual([]);
      await shot('web-320-unpinned-one.png');

      // From the message, Tab reaches the remaining one; Enter removes the last pin.
      expect(await tabTo(page, unpinTable)).toBe(true);
      await page.keyboard.press('Enter');
      const last = `Đã bỏ ghim bảng «${TABLE}» và kiểm tra lại.`;
      await page.getByText(last).waitFor({ timeout: LONG });
      await page.waitForFunction((text) => document.activeElement?.textContent?.includes(text), last, { timeout: LONG });
      expect((await focusPlace(page))?.inView).toBe(true);
      expect(await page.getByRole('button', { name: /^Bỏ ghim/ }).count()).toBe(0);
      expect(await page.getByTestId('pins-tthc').count()).toBe(0);
      expect(await isFocused(page.locator('body'))).toBe(false);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    LONG,
  );
});
