/**
 * The pane and the page at 320 px as a keyboard and screen-reader user meets them (issue 11 §5, §6):
 * focus moves to the result after "Kiểm tra dữ liệu" and back to the opening button when a dialog
 * closes; "Tạo sheet mẫu" asks first, names the sheets, and a second click adds nothing; axe-core
 * finds no serious or critical violation; screenshots of each state (empty, checked, a dialog open, the
 * report made) go to test-artifacts/ (CI keeps the folder).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT } from './server';
import { seriousViolations } from './axe';
import { askReport, checkPaneByKeyboard, describeInChromium, LONG, officeLog, openPage, openPane, REPORT_MADE, serveAndLaunch, type Served } from './pages';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(5_000);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? document.activeElement?.textContent ?? '');

describeInChromium('the pane at 320 px, by keyboard, with axe-core', () => {
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    served = await serveAndLaunch('taskpane.html');
    ({ page, errors } = await openPane(served.browser, served.server.origin));
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'before a check: no serious or critical axe violation',
    async () => {
      await page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }).waitFor({ timeout: LONG });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pane-320-1-empty.png');
    },
    LONG,
  );

  it(
    'after "Kiểm tra dữ liệu" (Enter on the button) the focus is on the result; the list passes axe',
    async () => {
      await checkPaneByKeyboard(page);
      expect(await focusedTestId(page)).toBe('check-result');
      // The lines count every cell: a collapsed line says how many.
      const counted = await page.locator('li[data-severity]').evaluateAll((els) => els.reduce((n, e) => n + Number((e as HTMLElement).dataset.count), 0));
      const total = (await Promise.all(['error', 'warning', 'info'].map((s) => page.getByTestId(`count-${s}`).innerText()))).reduce(
        (n, t) => n + Number(t.replace(/\D+/g, '')),
        0,
      );
      expect(counted).toBe(total);
      const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(width[0]).toBeLessThanOrEqual(width[1]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pane-320-2-checked.png');
    },
    LONG,
  );

  it(
    '"Tạo sheet mẫu" asks first and names the sheets; "Không thêm" adds nothing and gives the focus back',
    async () => {
      const button = page.getByRole('button', { name: 'Tạo sheet mẫu', exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: LONG });
      await expect(dialog.innerText()).resolves.toMatch(/Sẽ thêm \d+ sheet trống/);
      expect(await dialog.locator('li').count()).toBeGreaterThanOrEqual(3);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pane-320-3-template-dialog.png');
      await dialog.getByRole('button', { name: 'Không thêm', exact: true }).click();
      await dialog.waitFor({ state: 'detached', timeout: LONG });
      await page.waitForFunction(() => document.activeElement?.textContent === 'Tạo sheet mẫu', null, { timeout: LONG });
      expect((await officeLog(page)).added).toEqual([]);
    },
    LONG,
  );

  it(
    'confirmed, it adds the sheets once; a second click says they are there and adds none',
    async () => {
      const button = page.getByRole('button', { name: 'Tạo sheet mẫu', exact: true });
      await button.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: LONG });
      const named = await dialog.locator('li').allInnerTexts();
      await dialog.getByRole('button', { name: 'Thêm các sheet này', exact: true }).click();
      await page.getByText(/^Đã thêm các sheet mẫu:/).waitFor({ timeout: LONG });
      const added = (await officeLog(page)).added;
      expect(added).toEqual(named);
      await page.waitForFunction(() => document.activeElement?.textContent === 'Tạo sheet mẫu', null, { timeout: LONG });
      await button.click();
      await page.getByText(/^Không thêm sheet mẫu nào: sổ tính đã có /).waitFor({ timeout: LONG });
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect((await officeLog(page)).added).toEqual(named);
    },
    LONG,
  );

  it(
    'the report question: cancelling gives the focus back to «Tạo báo cáo»',
    async () => {
      const dialog = await askReport(page);
      if (dialog) {
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'pane-320-3-report-dialog.png');
        await dialog.getByRole('button', { name: 'Xem lại lỗi', exact: true }).click();
        await page.waitForFunction(() => document.activeElement?.textContent === 'Tạo báo cáo', null, { timeout: LONG });
      }
      expect(errors).toEqual([]);
    },
    LONG,
  );

  it(
    'the report made: the sheet is written, the message offers to go to it, axe passes',
    async () => {
      const asked = await askReport(page);
      if (asked) await asked.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click();
      await REPORT_MADE(page).waitFor({ timeout: LONG });
      await page.getByText('Đi tới sheet', { exact: true }).waitFor({ timeout: LONG });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'pane-320-4-report-made.png');
      expect(errors).toEqual([]);
    },
    LONG,
  );
});

describeInChromium('the web page at 320 px with axe-core', () => {
  let served: Served;
  let page: Page;

  beforeAll(async () => {
    served = await serveAndLaunch('web.html');
    // bypassCSP: axe is injected as an inline script, which the page's policy (tested elsewhere) refuses.
    ({ page } = await openPage(served.browser, `${served.server.origin}/web.html`, {
      viewport: { width: 320, height: 900 },
      locale: 'vi-VN',
      bypassCSP: true,
    }));
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'before and after a file is checked: no serious or critical violation; progress and result screenshots',
    async () => {
      await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).waitFor({ timeout: LONG });
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByTestId('count-error').waitFor({ timeout: LONG });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'web-320-checked.png');
    },
    LONG,
  );
});
