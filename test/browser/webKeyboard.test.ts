/**
 * Issue 11 §6 on the web page: its issue list is worked through by keyboard alone. Tab reaches every
 * line that names a cell, in order, each showing a visible focus ring; Enter or Space on a line copies
 * its address ('Thu chi NS'!E6) for Excel's Go To and says so. Only keyboard events drive the list
 * (the file itself is handed to the picker, as a drop would). «Đóng» on a message hands the focus on
 * to the next control, not to the page's body.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';
import { describeInChromium, focused, LONG, openPage, serveAndLaunch, tabTo, type Served } from './pages';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

describeInChromium('the web page issue list by keyboard alone', () => {
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    served = await serveAndLaunch('web.html');
    const { origin } = served.server;
    ({ page } = await openPage(served.browser, `${origin}/web.html`, { viewport: { width: 320, height: 900 }, locale: 'vi-VN' }, (context) =>
      context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
    ));
    await page.getByTestId('file-input').setInputFiles(EXAMPLE);
    await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'Tab reaches every line that names a cell, in order, each with a visible focus ring',
    async () => {
      // The lines there are: those under a sheet act; the general ones ("Chung") name no cell.
      const lines = await page
        .locator('li[data-severity]')
        .evaluateAll((els) =>
          els.map((e) => ({ button: e.querySelector(':scope > button') !== null, sheet: (e.closest('section') as HTMLElement).dataset.sheet ?? '' })),
        );
      const acting = lines.flatMap((l, n) => (l.button ? [n] : []));
      expect(acting.length).toBeGreaterThanOrEqual(5);
      expect(lines.filter((l) => l.sheet !== '' && !l.button)).toEqual([]);

      // From the first control after the counts, Tab alone to the end of the page.
      await page.getByTestId('check-result').focus();
      const reached: number[] = [];
      for (let n = 0; n < 400; n++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) break;
        if (f.lineIndex >= 0) {
          reached.push(f.lineIndex);
          // The lines' :focus-visible outline after a key (ui/components/focusRing.ts): drawn, at least 2 px.
          expect(f.ring?.by).toBe('outline');
          expect(f.ring?.width).toBeGreaterThanOrEqual(2);
        }
        if (reached.length === acting.length) break;
      }
      expect(reached).toEqual(acting);
    },
    LONG,
  );

  it(
    "Enter on a line copies its address for Excel's Go To; Space on another does the same",
    async () => {
      const buttons = page.locator('li[data-severity] > button');
      await buttons.first().focus();
      await page.keyboard.press('Enter');
      const said = page.getByText(/^Đã chép địa chỉ '/);
      await said.waitFor({ timeout: LONG });
      const first = await page.evaluate(() => navigator.clipboard.readText());
      expect(first).toMatch(/^'[^']+'![A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(await said.innerText()).toContain(`Đã chép địa chỉ ${first}. Trong Excel bấm Ctrl+G`);
      // The focus stays on the line, so the clerk goes on down the list.
      expect((await focused(page))?.lineIndex).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Tab');
      let f = await focused(page);
      // Past a line's «Ghim cột» controls, if any, to the next line.
      for (let n = 0; n < 10 && f && f.lineIndex < 0; n++) {
        await page.keyboard.press('Tab');
        f = await focused(page);
      }
      expect(f?.lineIndex).toBeGreaterThan(0);
      await page.keyboard.press('Space');
      await page.waitForFunction((before) => navigator.clipboard.readText().then((t) => t !== before), first, { timeout: LONG });
      const second = await page.evaluate(() => navigator.clipboard.readText());
      expect(second).toMatch(/^'[^']+'![A-Z]+\d+/);
      await page.getByText(`Đã chép địa chỉ ${second}.`, { exact: false }).waitFor({ timeout: LONG });
    },
    LONG,
  );

  it(
    '«Đóng» on a message by keyboard hands the focus to the next control, on the checked file and after a refused one',
    async () => {
      // The check's own message (the last copy's): next come the severity filters.
      const close = page.getByRole('button', { name: 'Đóng', exact: true });
      expect(await tabTo(page, close, 'Shift+Tab')).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText(/^Đã chép địa chỉ/).waitFor({ state: 'detached', timeout: LONG });
      expect((await focused(page))?.text).toMatch(/^Lỗi \(\d+\)$/);

      // The page's own message, on a file refused by its name: next comes «Chọn tệp khác».
      await page.getByTestId('file-input').setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
      const refused = page.getByText(/không phải tệp Excel/);
      await refused.waitFor({ timeout: LONG });
      await page.getByRole('button', { name: 'English', exact: true }).focus();
      expect(await tabTo(page, close)).toBe(true);
      await page.keyboard.press('Enter');
      await refused.waitFor({ state: 'detached', timeout: LONG });
      const f = await focused(page);
      expect(f?.text).toBe('Chọn tệp khác');
      expect(f?.ring?.width ?? 0).toBeGreaterThanOrEqual(2);
    },
    LONG,
  );
});
