/**
 * The task pane (dist/taskpane.html) in a real Chromium over a fake office.js: the CDN request is
 * intercepted and answered with test/browser/fakeOfficeJs.ts, whose in-memory workbook holds a
 * small TTHC table. Also the two plain messages: an old webview (Trident) and no Office at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS } from './server';
import { fakeOfficeJs, type FakeOfficeLog } from './fakeOfficeJs';
import { askReport, describeInChromium, LONG, officeLog, openPane as openPaneIn, REPORT_MADE, serveAndLaunch, type Opened, type Served } from './pages';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';

describeInChromium('task pane in Chromium over a fake Office', () => {
  let served: Served;

  beforeAll(async () => {
    served = await serveAndLaunch('taskpane.html');
  }, LONG * 3);

  afterAll(() => served?.close());

  /**
   * A pane 350 px wide (Excel's default) whose office.js is the fake, or aborted when `script` is null.
   * `unparsable`: every script of the build is served as text the browser cannot parse, as the
   * bundle is in IE 11 or an old WebKit.
   */
  function openPane(script: string | null, options: { userAgent?: string; unparsable?: boolean } = {}): Promise<Opened> {
    const { unparsable, ...contextOptions } = options;
    const origin = served.server.origin;
    return openPaneIn(served.browser, origin, script, { viewport: { width: 350, height: 900 }, ...contextOptions }, async (context) => {
      if (unparsable)
        await context.route(`${origin}/*.js`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/javascript', body: 'class Pane { static { let = ; } }' }),
        );
    });
  }

  describe('in Excel', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await openPane(fakeOfficeJs()));
    }, LONG);
    afterAll(() => context?.close());

    it(
      'renders the pane in Vietnamese (Office says vi-VN)',
      async () => {
        await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).waitFor({ timeout: LONG });
        await page.getByRole('heading', { name: 'Báo cáo CCHC', level: 1 }).waitFor({ state: 'visible', timeout: 30_000 });
        await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
        await page.getByRole('button', { name: 'Tải bản Word', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
        // Nothing checked yet: no counts.
        expect(await page.getByTestId('count-error').count()).toBe(0);
      },
      LONG,
    );

    it(
      'checks the workbook through Excel.run and shows the counts, the table and the issues',
      async () => {
        await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).click();
        await page.getByText(/^Đã kiểm tra: \d+ lỗi, \d+ cảnh báo/).waitFor({ timeout: LONG });
        const counts = {
          error: await page.getByTestId('count-error').innerText(),
          warning: await page.getByTestId('count-warning').innerText(),
        };
        const n = (s: string) => Number(s.replace(/\D+/g, ''));
        // "Đất đai": 2 online + 10 direct = 12 received is fine; the text "10" is a warning.
        expect(n(counts.warning)).toBeGreaterThanOrEqual(1);
        // One line per code and column, each saying how many cells it stands for (data-count).
        const cells = await page.locator('li[data-severity]').evaluateAll((els) => els.reduce((k, e) => k + Number((e as HTMLElement).dataset.count), 0));
        expect(cells).toBe(n(counts.error) + n(counts.warning) + n(await page.getByTestId('count-info').innerText()));
        expect(await page.getByTestId('table-tthc').innerText()).toContain('TTHC!A3:H6');
        const texts = await page.locator('li[data-severity]').allInnerTexts();
        expect(texts.some((t) => t.includes('D6') && t.includes('«10»'))).toBe(true);
        // Nothing sticks out of the narrow pane (a sideways scroll bar in a 350 px pane is a defect).
        const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(width[0]).toBeLessThanOrEqual(width[1]);
        // The button now reads "Kiểm tra lại".
        await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
        const log = await officeLog(page);
        expect(log.runs).toBeGreaterThanOrEqual(2); // overrides, then the sheets
        expect(log.syncs).toBeGreaterThanOrEqual(2);
      },
      LONG,
    );

    it(
      'a click on an issue selects its cell in Excel',
      async () => {
        const issue = page.locator('li[data-severity] button').filter({ hasText: '«10»' }).first();
        await issue.click();
        await page.waitForFunction(() => (window as unknown as { __office: FakeOfficeLog }).__office.selected.length > 0, null, {
          timeout: LONG,
        });
        const log = await officeLog(page);
        expect(log.selected).toEqual([{ sheet: 'TTHC', address: 'D6' }]);
        expect(log.activated).toEqual(['TTHC']);
      },
      LONG,
    );

    it(
      'marks the issue cells with conditional formats',
      async () => {
        await page.getByRole('button', { name: 'Đánh dấu ô lỗi', exact: true }).click();
        await page.getByText(/^Đã đánh dấu \d+ ô\./).waitFor({ timeout: LONG });
        const log = await officeLog(page);
        expect(log.marks.length).toBeGreaterThanOrEqual(1);
        expect(log.marks).toEqual(expect.arrayContaining([{ sheet: 'TTHC', address: 'D6', color: expect.stringMatching(/^#/) }]));
      },
      LONG,
    );

    it(
      'writes the report sheet into the workbook',
      async () => {
        // With errors the pane asks first; without, it writes at once.
        const asked = await askReport(page);
        if (asked) await asked.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click();
        await REPORT_MADE(page).waitFor({ timeout: LONG });
        const log = await officeLog(page);
        expect(log.sheets).toEqual(['TTHC', 'Ghi chú', 'Trống', 'Báo cáo']);
        // "Đi tới sheet" activates the new sheet. (waitFor: the closing dialog hides the page from the accessibility tree for a moment.)
        const goTo = page.getByRole('button', { name: 'Đi tới sheet', exact: true });
        await goTo.waitFor({ timeout: LONG });
        const before = (await officeLog(page)).selected.length;
        await goTo.click();
        await page.waitForFunction((n) => (window as unknown as { __office: FakeOfficeLog }).__office.selected.length > n, before, {
          timeout: LONG,
        });
        expect((await officeLog(page)).selected.slice(before)).toEqual([{ sheet: 'Báo cáo', address: 'A1' }]);
      },
      LONG,
    );

    it(
      'threw no script errors, and saves a screenshot',
      async () => {
        expect(errors).toEqual([]);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const file = path.join(ARTIFACTS, 'taskpane.png');
        await page.screenshot({ path: file, fullPage: true });
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      },
      LONG,
    );
  });

  it(
    "follows Office's display language: en-US gives the English pane",
    async () => {
      const { context, page } = await openPane(fakeOfficeJs(undefined, { displayLanguage: 'en-US' }));
      try {
        await page.getByRole('button', { name: 'Check data', exact: true }).waitFor({ timeout: LONG });
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in an old webview (Trident) shows the plain message pointing to web.html, and no pane',
    async () => {
      const { context, page, errors } = await openPane(fakeOfficeJs(), { userAgent: IE11 });
      try {
        const box = page.locator('#legacy-webview');
        await box.waitFor({ timeout: LONG });
        const text = await box.innerText();
        expect(text).toContain('Phiên bản Excel này chưa chạy được ngăn Báo cáo CCHC');
        expect(text).toContain('This version of Excel cannot run the CCHC report pane');
        const link = box.getByRole('link', { name: 'Mở trang Báo cáo CCHC' });
        expect(await link.getAttribute('href')).toBe('web.html');
        expect(text).toContain(`${served.server.origin}/web.html`);
        // The bundle saw the same thing and mounted nothing over the message.
        await page.waitForTimeout(500);
        expect(await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).count()).toBe(0);
        expect(await page.locator('#legacy-webview').count()).toBe(1);
        expect(errors).toEqual([]);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-legacy.png'), fullPage: true });
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in an old webview whose bundle does not even parse, the inline script still shows the message',
    async () => {
      const { context, page, errors } = await openPane(fakeOfficeJs(), { userAgent: IE11, unparsable: true });
      try {
        await page.locator('#legacy-webview[data-reason=webview]').waitFor({ timeout: LONG });
        expect(await page.getByRole('link', { name: 'Mở trang Báo cáo CCHC' }).getAttribute('href')).toBe('web.html');
        expect(errors.some((e) => /SyntaxError/.test(e))).toBe(true);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in Excel without ExcelApi 1.7 (Office 2016: 1.1 only) shows the plain message pointing to web.html, and no pane',
    async () => {
      const { context, page, errors } = await openPane(fakeOfficeJs(undefined, { apiVersion: 1 }));
      try {
        const box = page.locator('#legacy-webview[data-reason=api]');
        await box.waitFor({ timeout: LONG });
        const text = await box.innerText();
        expect(text).toContain('Phiên bản Excel này quá cũ cho ngăn Báo cáo CCHC');
        expect(text).toContain('This version of Excel is too old for the CCHC report pane');
        expect(await box.getByRole('link', { name: 'Mở trang Báo cáo CCHC' }).getAttribute('href')).toBe('web.html');
        await page.waitForTimeout(500);
        expect(await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).count()).toBe(0);
        expect(errors).toEqual([]);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-old-excel.png'), fullPage: true });
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in Excel without ExcelApi 1.7 whose bundle does not parse, Office.initialize (set inline) shows the message',
    async () => {
      const { context, page } = await openPane(fakeOfficeJs(undefined, { apiVersion: 1 }), { unparsable: true });
      try {
        await page.locator('#legacy-webview[data-reason=api]').waitFor({ timeout: LONG });
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in Excel with ExcelApi 1.7 whose bundle does not parse, the inline script leaves the page alone',
    async () => {
      const { context, page } = await openPane(fakeOfficeJs(undefined, { apiVersion: 7 }), { unparsable: true });
      try {
        await page.waitForFunction(() => typeof (window as unknown as { Office?: { initialize?: unknown } }).Office?.initialize === 'function', null, {
          timeout: LONG,
        });
        await page.waitForTimeout(500);
        expect(await page.locator('#legacy-webview').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'without office.js (offline, blocked) says the pane runs only in Excel',
    async () => {
      const { context, page } = await openPane(null);
      try {
        await page.getByText(/chỉ chạy trong Excel/).waitFor({ timeout: LONG });
        expect(await page.getByRole('link', { name: 'web.html' }).getAttribute('href')).toBe('web.html');
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    'in another Office application says the same',
    async () => {
      const { context, page } = await openPane(fakeOfficeJs(undefined, { host: 'Word' }));
      try {
        await page.getByText(/chỉ chạy trong Excel/).waitFor({ timeout: LONG });
        expect(await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});
