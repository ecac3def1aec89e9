/**
 * What the browser tests share: Debian's Chromium, the built pane (over the fake office.js) or page
 * opened in it, the keyboard focus moved by Tab and the focus ring read from the computed style, and a
 * download made past the «Số liệu còn lỗi» question. Plain functions; each test keeps its own order.
 */
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { toolsPresent } from '../helpers/tools';
import { CHROMIUM, CHROMIUM_ARGS, ensureBuilt, startServer, type StaticServer } from './server';
import { fakeOfficeJs, type FakeOfficeLog } from './fakeOfficeJs';

/** Each wait's limit: the machine is shared and slow under load (no time is asserted). */
export const LONG = 120_000;

/** describe, or describe.skip where Debian's Chromium is missing (never in CI, which installs it). */
export const describeInChromium = toolsPresent(CHROMIUM) ? describe : describe.skip;

/** Debian's Chromium, headless; `extraArgs` after the usual ones (e.g. '--lang=en-US'). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Served {
  server: StaticServer;
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** dist/`built` made if it is missing, dist/ served, Chromium launched (`extraArgs` as for launchChromium). */
export async function serveAndLaunch(built: string, extraArgs: string[] = []): Promise<Served> {
  ensureBuilt(built);
  const server = await startServer();
  const browser = await launchChromium(extraArgs);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** The page's uncaught script errors, as they come. */
  errors: string[];
}

/**
 * A new context with `options`, then `prepare` (routes, permissions, init scripts, listeners: whatever
 * must be in place before the page loads), then one page at `url`.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext, page: Page) => unknown,
): Promise<Opened> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await prepare?.(context, page);
  await page.goto(url);
  return { context, page, errors };
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

/**
 * The built task pane (`origin`/taskpane.html) with office.js answered by `script` (the fake's source;
 * null: the request fails, as offline), 320 × 900 unless `options` say otherwise.
 */
export function openPane(
  browser: Browser,
  origin: string,
  script: string | null = fakeOfficeJs(),
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext, page: Page) => unknown,
): Promise<Opened> {
  return openPage(browser, `${origin}/taskpane.html`, { viewport: { width: 320, height: 900 }, ...options }, async (context, page) => {
    await context.route(OFFICE_JS, (route) => (script === null ? route.abort() : route.fulfill({ status: 200, contentType: 'text/javascript', body: script })));
    await prepare?.(context, page);
  });
}

/** What the fake office.js recorded (selections, sheets added, marks…). */
export const officeLog = (page: Page): Promise<FakeOfficeLog> => page.evaluate(() => (window as unknown as { __office: FakeOfficeLog }).__office);

/** «Kiểm tra dữ liệu» by keyboard (focus, Enter); resolves once the summary is shown and the focus is on the result. */
export async function checkPaneByKeyboard(page: Page): Promise<void> {
  const check = page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true });
  await check.waitFor({ timeout: LONG });
  await check.focus();
  await page.keyboard.press('Enter');
  await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'check-result', null, { timeout: LONG });
}

/**
 * Clicks the pane's «Tạo báo cáo» and waits: with errors the pane asks first (the question, returned),
 * without them it writes at once (null).
 */
export async function askReport(page: Page): Promise<Locator | null> {
  await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await Promise.race([dialog.waitFor({ timeout: LONG }), REPORT_MADE(page).waitFor({ timeout: LONG })]);
  return (await dialog.isVisible()) ? dialog : null;
}

/** The pane's message once the report sheet is written. */
export const REPORT_MADE = (page: Page): Locator => page.getByText(/^Đã tạo sheet «Báo cáo»/);

export const isFocused = (target: Locator): Promise<boolean> => target.evaluate((e) => e === document.activeElement);

/** Presses `key` ('Tab', 'Shift+Tab') until `target` has the focus, `max` presses at most; whether it got there. */
export async function tabTo(page: Page, target: Locator, key = 'Tab', max = 200): Promise<boolean> {
  for (let n = 0; n < max; n++) {
    if (await isFocused(target)) return true;
    await page.keyboard.press(key);
  }
  return isFocused(target);
}

export interface Focused {
  tag: string;
  text: string;
  /** The issue line's index when the focus is on a line's button; -1 otherwise. */
  lineIndex: number;
  /** The widest indicator drawn, in px, and how: 'outline', 'box-shadow', '::after border'…; null: none. */
  ring: { width: number; by: string } | null;
}

/** What has the focus (null: the page's body) and the focus indicator drawn on it, from its computed style and its ::before/::after. */
export const focused = (page: Page): Promise<Focused | null> =>
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
      text: (e.innerText || e.getAttribute('aria-label') || '').slice(0, 80),
      lineIndex: line && e.tagName === 'BUTTON' ? [...document.querySelectorAll('li[data-severity]')].indexOf(line) : -1,
      ring: rings.sort((a, b) => b.width - a.width)[0] ?? null,
    };
  });

/**
 * The web page's download `button` («Tải báo cáo Excel», «Tải bản Word») on data with errors: the page
 * asks first, «Vẫn tạo báo cáo» answers; the file is saved in `dir`. Returns its path and the question's text.
 */
export async function downloadPastErrors(page: Page, button: string, dir: string): Promise<{ file: string; question: string }> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor({ timeout: LONG });
  const question = await dialog.innerText();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: LONG }),
    dialog.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click(),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, question };
}
