/**
 * The web page's language and refusals in a real Chromium started in English (issue 11 §1–2):
 * Vietnamese whatever the browser's language; English only once chosen, and then remembered
 * (localStorage) across a reload; a switch of language words the issues again without a new check
 * in the worker; a file refused, by its name or by its bytes, leaves no download button enabled.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';
import { describeInChromium, LONG, openPage, serveAndLaunch, type Served } from './pages';
import { tempDir } from '../helpers/xlsx';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

/** Counts the checks the page asks of its worker (each reads the workbook), by wrapping Worker#postMessage. */
const COUNT_CHECKS = `(() => {
  window.__checks = 0;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, ...rest) {
    if (msg && msg.type === 'check') window.__checks++;
    return post.call(this, msg, ...rest);
  };
})();`;

describeInChromium('web page language and refusals, in a Chromium set to English', () => {
  let served: Served;
  let page: Page;
  const dir = tempDir('cchc-web-lang-');

  beforeAll(async () => {
    served = await serveAndLaunch('web.html', ['--lang=en-US']);
    ({ page } = await openPage(served.browser, `${served.server.origin}/web.html`, { viewport: { width: 1000, height: 800 }, locale: 'en-US' }, (context) =>
      context.addInitScript(COUNT_CHECKS),
    ));
  }, LONG * 3);

  afterAll(async () => {
    await served?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const checks = () => page.evaluate(() => (window as unknown as { __checks: number }).__checks);
  const issueTexts = () => page.locator('li[data-severity]').allInnerTexts();
  const enabledDownloads = (names: string[]) =>
    Promise.all(
      names.map(async (name) => {
        const b = page.getByRole('button', { name, exact: true });
        return (await b.count()) > 0 && (await b.isEnabled()) ? name : null;
      }),
    ).then((r) => r.filter(Boolean));

  it(
    'speaks Vietnamese although the browser is in English',
    async () => {
      expect(await page.evaluate(() => navigator.language)).toBe('en-US');
      await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.evaluate(() => localStorage.getItem('cchc.lang'))).toBeNull();
    },
    LONG,
  );

  it(
    'switching to English words the issues again without a new check, and back',
    async () => {
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      expect(await checks()).toBe(1);
      const vi = await issueTexts();
      expect(vi.some((t) => /sheet «Thu chi NS»/.test(t))).toBe(true);

      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('button', { name: 'Check again', exact: true }).waitFor({ timeout: LONG });
      const en = await issueTexts();
      expect(en.length).toBe(vi.length);
      expect(en.some((t) => /on sheet «Thu chi NS»/.test(t))).toBe(true);
      expect(en.join('\n')).not.toMatch(/dưới dạng chữ/);
      expect(await checks()).toBe(1);

      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).waitFor({ timeout: LONG });
      expect(await issueTexts()).toEqual(vi);
      expect(await checks()).toBe(1);
    },
    LONG,
  );

  it(
    'a file refused by its name leaves no download enabled',
    async () => {
      const pdf = path.join(dir, 'bao-cao.pdf');
      fs.writeFileSync(pdf, '%PDF-1.4\n');
      await page.getByTestId('file-input').setInputFiles(pdf);
      await page.getByText(/không phải tệp Excel/).waitFor({ timeout: LONG });
      expect(await enabledDownloads(['Tải báo cáo Excel', 'Tải bản Word'])).toEqual([]);
    },
    LONG,
  );

  it(
    'a file refused by its bytes leaves no download enabled',
    async () => {
      const cut = path.join(dir, 'hong.xlsx');
      fs.writeFileSync(cut, fs.readFileSync(EXAMPLE).subarray(0, 4000));
      await page.getByTestId('file-input').setInputFiles(cut);
      await page.getByText('Tệp: hong.xlsx').waitFor({ timeout: LONG });
      await page
        .getByText(/hỏng|không đọc được|Không đọc được/)
        .first()
        .waitFor({ timeout: LONG });
      expect(await enabledDownloads(['Tải báo cáo Excel', 'Tải bản Word'])).toEqual([]);
    },
    LONG,
  );

  it(
    'English, once chosen, is remembered across a reload',
    async () => {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      expect(await page.evaluate(() => localStorage.getItem('cchc.lang'))).toBe('en');
      await page.reload();
      await page.getByRole('button', { name: 'Choose an Excel file', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await page.reload();
      await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    },
    LONG,
  );
});
