/**
 * Issue 11 §6 in the task pane (the built pane in Chromium over the fake office.js, 320 px): every
 * control Tab reaches after a check, up to and along the issue lines, shows a visible focus indicator
 * (an outline, a box shadow, or Fluent's ring drawn by a ::after border), and Enter on an issue line
 * selects its cell in Excel (the fake records the selection).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { toolsPresent } from '../helpers/tools';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, startServer, type StaticServer } from './server';
import { fakeOfficeJs, type FakeOfficeLog } from './fakeOfficeJs';

const LONG = 120_000;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
const run = toolsPresent(CHROMIUM) ? describe : describe.skip;

interface Focused {
  tag: string;
  text: string;
  /** The issue line's index when the focus is on a line's button; -1 otherwise. */
  lineIndex: number;
  /** The widest indicator drawn, in px, and how: 'outline', 'box-shadow' or '::after border'. */
  ring: { width: number; by: string } | null;
}

/** What has the focus and the focus indicator drawn on it, from its computed style and its ::before/::after. */
const focused = (page: Page): Promise<Focused | null> =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return null;
    const px = (v: string) => parseFloat(v) || 0;
    const rings: { width: number; by: string }[] = [];
    for (const pseudo of [null, '::before', '::after']) {
      const s = getComputedStyle(e, pseudo);
      if (pseudo && (s.content === 'none' || s.content === 'normal')) continue;
      const where = pseudo ?? '';
      if (s.outlineStyle !== 'none' && px(s.outlineWidth) > 0) rings.push({ width: px(s.outlineWidth), by: `${where}outline` });
      if (s.boxShadow && s.boxShadow !== 'none') {
        // The spread (the 4th length) or the blur draws the ring: take the largest length.
        const lengths = (s.boxShadow.match(/-?[\d.]+px/g) ?? []).map(px);
        rings.push({ width: Math.max(0, ...lengths), by: `${where}box-shadow` });
      }
      if (pseudo) {
        const border = Math.max(px(s.borderTopWidth), px(s.borderRightWidth), px(s.borderBottomWidth), px(s.borderLeftWidth));
        const visible =
          [s.borderTopStyle, s.borderLeftStyle].some((b) => b !== 'none' && b !== 'hidden') && !/rgba\(.*, 0\)$|transparent/.test(s.borderTopColor);
        if (border > 0 && visible) rings.push({ width: border, by: `${where} border` });
      }
    }
    const line = e.closest('li[data-severity]');
    return {
      tag: e.tagName,
      text: (e.innerText || e.getAttribute('aria-label') || '').slice(0, 60),
      lineIndex: line && e.tagName === 'BUTTON' ? [...document.querySelectorAll('li[data-severity]')].indexOf(line) : -1,
      ring: rings.sort((a, b) => b.width - a.width)[0] ?? null,
    };
  });

run('the pane by keyboard: a visible focus ring, Enter on an issue selects its cell', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt('taskpane.html');
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    const script = fakeOfficeJs();
    await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: script }));
    page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`);
  }, LONG * 3);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  const log = () => page.evaluate(() => (window as unknown as { __office: FakeOfficeLog }).__office);

  it(
    'Tab from the result reaches the issue lines; every control on the way and each line shows a ring of 1 px or more',
    async () => {
      const check = page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true });
      await check.waitFor({ timeout: LONG });
      await check.focus();
      await page.keyboard.press('Enter');
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'check-result', null, { timeout: LONG });
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
      for (let n = 0; n < 50; n++) {
        if (await line.evaluate((e) => e === document.activeElement)) break;
        await page.keyboard.press('Shift+Tab');
      }
      expect(await line.evaluate((e) => e === document.activeElement)).toBe(true);
      const ring = (await focused(page))?.ring;
      expect(ring?.width ?? 0).toBeGreaterThanOrEqual(1);
      const before = (await log()).selected.length;
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window as unknown as { __office: FakeOfficeLog }).__office.selected.length > n, before, { timeout: LONG });
      expect((await log()).selected.slice(before)).toEqual([{ sheet: 'TTHC', address: 'D6' }]);
      expect(await line.evaluate((e) => e === document.activeElement)).toBe(true);
    },
    LONG,
  );
});
