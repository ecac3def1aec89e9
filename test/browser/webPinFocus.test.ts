/**
 * Clerk-tester's report on the built page in Chromium at 320 px (webfix §1, §2):
 * - «Ghim cột» by keyboard alone (Tab to the column list, arrow to a column, Tab, Enter): once the pin
 *   and its re-check are done the focus is on the confirmation, not the page's body, and in view;
 * - a long file name does not break mid-word: its box stays within the page, the extension is shown
 *   whole and the full name is in its title.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { describeInChromium, LONG, openPage, serveAndLaunch, tabTo, type Served } from './pages';

/** A TTHC table whose "resolved" column (E) has a header no synonym knows: the check asks to pin it. */
async function tthc(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('TTHC').addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
    ['Hộ tịch', 5, 3, 2, 4],
    ['Đất đai', 7, 1, 6, 7],
  ]);
  return workbookBytes(wb);
}

/** Where the focus is: null on the body; else whether the element lies within the viewport. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const r = e.getBoundingClientRect();
    const inView = r.height > 0 && r.top < window.innerHeight && r.bottom > 0 && r.left < window.innerWidth && r.right > 0;
    return { text: e.innerText.slice(0, 200), inView };
  });

describeInChromium('the web page at 320 px: a pin by keyboard, a long file name', () => {
  let served: Served;
  let page: Page;
  const dir = tempDir('cchc-pinfocus-');
  const NAME = 'Bao_cao_so_lieu_CCHC_UBND_xa_Ba_Bich_huyen_Dong_Hung_nam_2023 ban sua lan cuoi cung.xlsx';

  beforeAll(async () => {
    fs.writeFileSync(path.join(dir, NAME), await tthc());
    served = await serveAndLaunch('web.html');
    // Short and narrow: the confirmation at the top is out of view once the clerk is down at the issue.
    ({ page } = await openPage(served.browser, `${served.server.origin}/web.html`, { viewport: { width: 320, height: 480 }, locale: 'vi-VN' }));
    await page.getByTestId('file-input').setInputFiles(path.join(dir, NAME));
    await page.getByText(/^Đã kiểm tra: /).waitFor({ timeout: LONG });
  }, LONG * 3);

  afterAll(async () => {
    await served?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'the file name wraps at spaces within the page, its extension shown, the full name in its title',
    async () => {
      const box = page.getByTestId('file-name');
      expect(await box.getAttribute('title')).toBe(NAME);
      const m = await box.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const ext = el.querySelector('[data-testid="file-ext"]') as HTMLElement;
        const e = ext.getBoundingClientRect();
        const words = [...el.querySelectorAll('span')].filter((s) => s.children.length === 0 && s !== ext);
        return {
          right: r.right,
          page: document.documentElement.clientWidth,
          scroll: document.documentElement.scrollWidth,
          ext: ext.textContent,
          extShown: e.width > 0 && e.right <= document.documentElement.clientWidth,
          // No word box is drawn wider than it is allowed to be (each breaks only at its spaces).
          wordsFit: words.every((w) => w.getBoundingClientRect().right <= document.documentElement.clientWidth),
          lines: Math.round(r.height / parseFloat(getComputedStyle(el).lineHeight || '20')),
          text: el.textContent,
        };
      });
      expect(m.text).toBe(NAME);
      expect(m.right).toBeLessThanOrEqual(m.page);
      expect(m.scroll).toBeLessThanOrEqual(m.page);
      expect(m.ext).toBe('.xlsx');
      expect(m.extShown).toBe(true);
      expect(m.wordsFit).toBe(true);
      // The words after the long one go on lines of their own: it wrapped, at a space.
      expect(m.lines).toBeGreaterThanOrEqual(2);
    },
    LONG,
  );

  it(
    'after «Ghim cột» by keyboard the focus is on the confirmation, in view, not on the body',
    async () => {
      const pick = page.getByRole('combobox', { name: 'Cột cho Đã giải quyết' });
      // Keyboard only: Tab from the result's counts to the column list.
      await page.getByTestId('check-result').focus();
      expect(await tabTo(page, pick)).toBe(true);
      // Down the list to column E.
      for (let n = 0; n < 10 && (await pick.inputValue()) !== 'E'; n++) await page.keyboard.press('ArrowDown');
      expect(await pick.inputValue()).toBe('E');
      await page.keyboard.press('Tab');
      expect((await focusPlace(page))?.text).toContain('Ghim cột');
      await page.keyboard.press('Enter');

      await page.getByText(/^Đã ghim Đã giải quyết vào cột E/).waitFor({ timeout: LONG });
      await page.waitForFunction(() => document.activeElement !== document.body && document.activeElement?.textContent?.includes('Đã ghim'), null, {
        timeout: LONG,
      });
      const f = await focusPlace(page);
      expect(f).not.toBeNull();
      expect(f!.text).toContain('Đã ghim Đã giải quyết vào cột E');
      expect(f!.inView).toBe(true);
    },
    LONG,
  );
});
