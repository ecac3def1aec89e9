/**
 * Issue 11 §6 on the web page: its issue list is worked through by keyboard alone. Tab reaches every
 * line that names a cell, in order, each showing a visible focus ring; Enter or Space on a line copies
 * its address ('Thu chi NS'!E6) for Excel's Go To and says so. Only keyboard events drive the list
 * (the file itself is handed to the picker, as a drop would).
 */
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { toolsPresent } from '../helpers/tools';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, ROOT, startServer, type StaticServer } from './server';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');
const LONG = 120_000;
const run = toolsPresent(CHROMIUM) ? describe : describe.skip;

/** What has the focus: its kind, its text, whether it is a line's button, and its outline as drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const line = e.closest('li[data-severity]');
    const style = getComputedStyle(e);
    return {
      tag: e.tagName,
      text: (e.innerText || e.getAttribute('aria-label') || '').slice(0, 80),
      lineIndex: line && e.tagName === 'BUTTON' ? [...document.querySelectorAll('li[data-severity]')].indexOf(line) : -1,
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0 },
    };
  });

run('the web page issue list by keyboard alone', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt('web.html');
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'vi-VN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await context.newPage();
    await page.goto(`${server.origin}/web.html`);
    await page.getByTestId('file-input').setInputFiles(EXAMPLE);
    await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
  }, LONG * 3);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

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
          // Chromium's own :focus-visible after a key: the ring is drawn, at least 2 px.
          expect(f.outline.style).not.toBe('none');
          expect(f.outline.width).toBeGreaterThanOrEqual(2);
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
});
