/**
 * Issue 11 §6 in the task pane (the built pane in Chromium over the fake office.js, 320 px): every
 * control Tab reaches after a check, up to and along the issue lines, shows a visible focus indicator
 * (an outline, a box shadow, or Fluent's ring drawn by a ::after border), and Enter on an issue line
 * selects its cell in Excel (the fake records the selection); «Đóng» on a message hands the focus on.
 */
import type { Page } from 'playwright-core';
import type { FakeOfficeLog } from './fakeOfficeJs';
import { checkPaneByKeyboard, describeInChromium, focused, isFocused, LONG, officeLog, openPane, serveAndLaunch, tabTo, type Served } from './pages';

describeInChromium('the pane by keyboard: a visible focus ring, Enter on an issue selects its cell', () => {
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    served = await serveAndLaunch('taskpane.html');
    ({ page } = await openPane(served.browser, served.server.origin));
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'Tab from the result reaches the issue lines; every control on the way and each line shows a ring of 1 px or more',
    async () => {
      await checkPaneByKeyboard(page);
      // The result strip itself, focused after the check, shows Fluent's ring.
      expect((await focused(page))?.ring?.width ?? 0).toBeGreaterThanOrEqual(1);

      const lines = await page.locator('li[data-severity] > button').count();
      expect(lines).toBeGreaterThanOrEqual(2);
      const unringed: string[] = [];
      const reached: number[] = [];
      for (let n = 0; n < 200 && reached.length < lines; n++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) break;
        if (!f.ring || f.ring.width < 1) unringed.push(`${f.tag} «${f.text}»`);
        if (f.lineIndex >= 0) reached.push(f.lineIndex);
      }
      expect(unringed).toEqual([]);
      expect(reached.length).toBe(lines);
    },
    LONG,
  );

  it(
    'Enter on an issue line selects its cell in Excel, and the focus stays on the line',
    async () => {
      const line = page.locator('li[data-severity] > button').filter({ hasText: '«10»' }).first();
      // Reached by keyboard: Shift+Tab back along the list to this line.
      expect(await tabTo(page, line, 'Shift+Tab', 50)).toBe(true);
      const ring = (await focused(page))?.ring;
      expect(ring?.width ?? 0).toBeGreaterThanOrEqual(1);
      const before = (await officeLog(page)).selected.length;
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window as unknown as { __office: FakeOfficeLog }).__office.selected.length > n, before, { timeout: LONG });
      expect((await officeLog(page)).selected.slice(before)).toEqual([{ sheet: 'TTHC', address: 'D6' }]);
      expect(await line.evaluate((e) => e === document.activeElement)).toBe(true);
    },
    LONG,
  );

  it(
    '«Đóng» on the message by keyboard: the message goes and the focus moves on to the next control, ringed, not the body',
    async () => {
      const status = page.getByTestId('status');
      await status.waitFor({ timeout: LONG });
      const close = status.getByRole('button', { name: 'Đóng', exact: true });
      expect(await tabTo(page, close, 'Shift+Tab')).toBe(true);
      await page.keyboard.press('Enter');
      await status.waitFor({ state: 'detached', timeout: LONG });
      const f = await focused(page);
      // After the message come the result and the tables found: the first control there is the found table's link.
      expect(f?.text).toBe('TTHC!A3:H6');
      expect(f?.ring?.width ?? 0).toBeGreaterThanOrEqual(1);
    },
    LONG,
  );

  it(
    'the language switch by keyboard: the focus stays on it, and «Tiếng Việt» fits on one line at 320 px',
    async () => {
      const english = page.getByRole('button', { name: 'English', exact: true });
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).focus();
      expect(await tabTo(page, english, 'Shift+Tab', 5)).toBe(true);
      await page.keyboard.press('Enter');
      const back = page.getByRole('button', { name: 'Tiếng Việt', exact: true });
      await back.waitFor({ timeout: LONG });
      expect(await isFocused(back)).toBe(true);
      const label = await back.evaluate((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { lines: lines.size, right: b.getBoundingClientRect().right, page: document.documentElement.clientWidth };
      });
      expect(label.lines).toBe(1);
      expect(label.right).toBeLessThanOrEqual(label.page);
      await page.keyboard.press('Enter');
      await english.waitFor({ timeout: LONG });
      expect(await isFocused(english)).toBe(true);
    },
    LONG,
  );
});
