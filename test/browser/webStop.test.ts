/**
 * «Dừng» on the built page in Chromium, at 320 px, by keyboard alone, on a dossier log of 100 000 rows
 * (bench/workbooks.ts: seconds of checking, so it is stopped mid-way):
 * - while it checks, «Dừng» is on screen, named «Dừng kiểm tra», has the focus, and axe-core finds no
 *   serious or critical violation on the page; Enter on it ends the worker (its `close` event), the page
 *   says «Đã dừng kiểm tra. Chưa có kết quả.», shows no result and offers no download; the example chosen
 *   next is checked at once;
 * - another file chosen while the log is checked: the log's worker is ended before the new file's
 *   counts show, so its result can never replace them;
 * - opened from disk (no worker: the page does the work itself), «Dừng» stops the check between steps.
 * The file itself is handed to the picker (playwright cannot drive the system's chooser); every other
 * action is a key. No time is asserted.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Page, Worker } from 'playwright-core';
import { DIST, ROOT } from './server';
import { seriousViolations } from './axe';
import { describeInChromium, isFocused, LONG, openPage, serveAndLaunch, tabTo, type Served } from './pages';
import { dossierFile } from '../../bench/front';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');
/** The log's making takes minutes with exceljs when it is not in the temporary folder yet. */
const MAKE_LOG = 15 * 60_000;

const stopButton = (page: Page) => page.getByRole('button', { name: 'Dừng kiểm tra', exact: true });
const STOPPED = 'Đã dừng kiểm tra. Chưa có kết quả.';
const counts = async (page: Page) => Promise.all(['error', 'warning', 'info'].map((s) => page.getByTestId(`count-${s}`).innerText()));

/** The page's workers as they start, each with a promise kept once it is ended. */
function watchWorkers(page: Page): { worker: Worker; closed: Promise<void> }[] {
  const seen: { worker: Worker; closed: Promise<void> }[] = [];
  page.on('worker', (worker) => seen.push({ worker, closed: new Promise((r) => worker.once('close', () => r())) }));
  return seen;
}

/** Whether a promise is settled now (after the page's events so far have been handled). */
async function settledNow(p: Promise<void>): Promise<boolean> {
  return Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 0))]);
}

/** A page at 320 px; `holdScripts`: scripts asked for once `hold` is on wait until released (the worker's chunks, so a check stays mid-way). */
async function open(served: Served, url: string, options: { bypassCSP?: boolean } = {}) {
  let holding = false;
  const held: (() => void)[] = [];
  const opened = await openPage(served.browser, url, { viewport: { width: 320, height: 900 }, locale: 'vi-VN', ...options }, (context) =>
    context.route('**/*.js', (route) => (holding ? held.push(() => void route.continue()) : route.continue())),
  );
  return {
    ...opened,
    workers: watchWorkers(opened.page),
    hold: () => void (holding = true),
    release: () => {
      holding = false;
      held.splice(0).forEach((go) => go());
    },
  };
}

describeInChromium('«Dừng» on the web page', () => {
  let served: Served;
  let log: string;
  let exampleCounts: string[];

  beforeAll(async () => {
    log = await dossierFile(100_000);
    served = await serveAndLaunch('web.html');
    const { page, context } = await open(served, `${served.server.origin}/web.html`);
    await page.getByTestId('file-input').setInputFiles(EXAMPLE);
    await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
    exampleCounts = await counts(page);
    await context.close();
  }, MAKE_LOG);

  afterAll(() => served?.close());

  it(
    'Enter on «Dừng» while the worker reads the log: the worker ends, the page says so and offers nothing; the next file is checked',
    async () => {
      const { page, errors, workers } = await open(served, `${served.server.origin}/web.html`, { bypassCSP: true });
      await page.getByTestId('file-input').setInputFiles(log);
      const stop = stopButton(page);
      await stop.waitFor({ timeout: LONG });
      // The choice's button went with the first screen: the focus is on «Dừng», the one control that acts.
      expect(await isFocused(stop)).toBe(true);
      // The worker is at the log (its reading's percentage shows), and still at it.
      await page.getByText(/^Đang (đọc các sheet|kiểm tra số liệu)… \d+%$/).waitFor({ timeout: LONG });
      await page.keyboard.press('Enter');
      await page.getByText(STOPPED, { exact: true }).waitFor({ timeout: LONG });
      await workers[0].closed;
      expect(await page.getByTestId('check-result').count()).toBe(0);
      expect(await page.getByTestId('count-error').count()).toBe(0);
      for (const name of ['Tải báo cáo Excel', 'Tải bản Word']) expect(await page.getByRole('button', { name, exact: true }).isDisabled()).toBe(true);
      // The message has the focus, so a screen reader reads it and Tab goes on from there.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('status');
      expect(await seriousViolations(page)).toEqual([]);

      // A new file right after: checked in a fresh worker.
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      expect(await counts(page)).toEqual(exampleCounts);
      expect(workers).toHaveLength(2);
      expect(await page.getByText(STOPPED).count()).toBe(0);

      // «Kiểm tra lại» by keyboard works as before: the same counts.
      const recheck = page.getByRole('button', { name: 'Kiểm tra lại', exact: true });
      expect(await tabTo(page, recheck, 'Shift+Tab')).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      expect(await counts(page)).toEqual(exampleCounts);
      expect(errors).toEqual([]);
    },
    LONG * 3,
  );

  it(
    'while a check runs, «Dừng» is within 320 px, named «Dừng kiểm tra», and the page passes axe-core; Enter stops it',
    async () => {
      // The worker's code is held back, so the check stays mid-way however fast the machine is.
      const { page, errors, hold, release } = await open(served, `${served.server.origin}/web.html`, { bypassCSP: true });
      hold();
      await page.getByTestId('file-input').setInputFiles(log);
      const stop = stopButton(page);
      await stop.waitFor({ timeout: LONG });
      expect(await stop.innerText()).toBe('Dừng');
      const box = (await stop.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await stop.isVisible()).toBe(true);
      expect(await isFocused(stop)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByText(STOPPED, { exact: true }).waitFor({ timeout: LONG });
      // (Its worker never got its code: the test above sees a working worker ended.)
      release();
      expect(errors).toEqual([]);
    },
    LONG * 2,
  );

  it(
    'another file chosen while the log is checked: the log’s worker is ended first, the new file’s counts stay',
    async () => {
      const { page, errors, workers } = await open(served, `${served.server.origin}/web.html`);
      await page.getByTestId('file-input').setInputFiles(log);
      await page.getByText(/^Đang (đọc các sheet|kiểm tra số liệu)… \d+%$/).waitFor({ timeout: LONG });
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      // Ended before the example's counts showed: no answer of the log can come any more.
      expect(await settledNow(workers[0].closed)).toBe(true);
      expect(await counts(page)).toEqual(exampleCounts);
      expect(await page.getByTestId('file-name').textContent()).toBe('ba-bich-2023.xlsx');
      expect(await page.getByRole('button', { name: 'Tải bản Word', exact: true }).isEnabled()).toBe(true);
      expect(errors).toEqual([]);
    },
    LONG * 2,
  );

  it(
    'opened from disk (the page checks in itself), «Dừng» stops between steps and the page is free again',
    async () => {
      const { page, errors } = await open(served, pathToFileURL(path.join(DIST, 'web.html')).href);
      await page.getByTestId('file-input').setInputFiles(log);
      const stop = stopButton(page);
      await stop.waitFor({ timeout: LONG });
      // At once: the page's thread is about to read the log in long steps; the key is handled between two.
      await page.keyboard.press('Enter');
      await page.getByText(STOPPED, { exact: true }).waitFor({ timeout: LONG });
      expect(await page.getByTestId('count-error').count()).toBe(0);
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      expect(await counts(page)).toEqual(exampleCounts);
      expect(errors).toEqual([]);
    },
    LONG * 3,
  );
});
