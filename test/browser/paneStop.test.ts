/**
 * «Dừng» in the task pane (the built pane in Chromium over the fake office.js, 320 px, keyboard alone):
 * while Excel has not yet answered the check's read (the fake holds its answers, as a large workbook keeps
 * Excel busy), «Dừng kiểm tra» has the focus and the pane passes axe-core; Enter stops the check: the pane
 * says so and shows no result, and once Excel answers, the stopped check asks Excel nothing more (its
 * next step is where it stops). A new check then works as before.
 */
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { checkPaneByKeyboard, describeInChromium, isFocused, LONG, officeLog, openPane, serveAndLaunch, type Served } from './pages';

describeInChromium('«Dừng» in the task pane', () => {
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    served = await serveAndLaunch('taskpane.html');
    ({ page, errors } = await openPane(served.browser, served.server.origin));
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'stops a check between Excel’s answers by keyboard; axe-clean while it runs; the next check works',
    async () => {
      // A check to the end first: how many syncs one takes.
      let before = (await officeLog(page)).syncs;
      await checkPaneByKeyboard(page);
      const perCheck = (await officeLog(page)).syncs - before;
      const counts = await page.getByText(/^Đã kiểm tra: \d+ lỗi/).innerText();

      before = (await officeLog(page)).syncs;
      await page.evaluate(() => (window as unknown as { __officeHold(): void }).__officeHold());
      const check = page.getByRole('button', { name: 'Kiểm tra lại', exact: true });
      await check.focus();
      await page.keyboard.press('Enter');
      const stop = page.getByRole('button', { name: 'Dừng kiểm tra', exact: true });
      await stop.waitFor({ timeout: LONG });
      expect(await stop.innerText()).toBe('Dừng');
      // The check's own button went off with the check: the focus is on «Dừng».
      expect(await isFocused(stop)).toBe(true);
      const box = (await stop.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      expect(await seriousViolations(page)).toEqual([]);

      await page.keyboard.press('Enter');
      await page.getByText('Đã dừng kiểm tra. Chưa có kết quả.', { exact: true }).waitFor({ timeout: LONG });
      expect(await page.getByTestId('check-result').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Tạo báo cáo', exact: true }).isEnabled()).toBe(true);

      // Excel answers now; the next check goes to its end with the same counts.
      await page.evaluate(() => (window as unknown as { __officeRelease(): void }).__officeRelease());
      await checkPaneByKeyboard(page);
      expect(await page.getByText(/^Đã kiểm tra: \d+ lỗi/).innerText()).toBe(counts);
      // The stopped check's one sync, then the new check's: it asked Excel nothing after its stop.
      expect((await officeLog(page)).syncs - before).toBe(1 + perCheck);
      expect(errors).toEqual([]);
    },
    LONG * 2,
  );
});
