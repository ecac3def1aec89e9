/**
 * The standalone page (dist/web.html) in a real Chromium: open the example workbook, check it in
 * the page's worker, see the seed's mistakes listed, download the report workbook and the Word
 * draft, open both, and make sure nothing left the page's origin.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { ARTIFACTS, ROOT } from './server';
import { describeInChromium, downloadPastErrors, LONG, openPage, serveAndLaunch, type Served } from './pages';
import { loadWorkbook, tempDir } from '../helpers/xlsx';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

describeInChromium('web page in Chromium', () => {
  let served: Served;
  let page: Page;
  let pageErrors: string[];
  const foreign: string[] = [];
  const downloads = tempDir('cchc-web-');

  beforeAll(async () => {
    served = await serveAndLaunch('web.html');
    const origin = served.server.origin;
    const options = { acceptDownloads: true, viewport: { width: 1000, height: 800 }, locale: 'vi-VN' };
    ({ page, errors: pageErrors } = await openPage(served.browser, `${origin}/web.html`, options, (_context, page) => {
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin + '/') && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
      });
    }));
  }, LONG * 3);

  afterAll(() => served?.close());

  /** The text of every listed issue (one string per <li>). */
  const issueTexts = () => page.locator('li[data-severity]').allInnerTexts();

  it(
    'shows the picker and the privacy line before a file is opened',
    async () => {
      await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByText('không có gì được gửi đi').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.getByTestId('drop-zone').count()).toBe(1);
    },
    LONG,
  );

  it(
    "checks the example workbook and lists the seed report's mistakes",
    async () => {
      await page.getByTestId('file-input').setInputFiles(EXAMPLE);
      await page.getByText('Tệp: ba-bich-2023.xlsx').waitFor({ state: 'visible', timeout: 30_000 });
      // Opening a file checks it at once; wait for that, then check again with the button.
      await page.getByTestId('count-error').waitFor({ timeout: LONG });
      const recheck = page.getByRole('button', { name: 'Kiểm tra lại', exact: true });
      await recheck.waitFor({ timeout: LONG });
      await expect(recheck.isEnabled()).resolves.toBe(true);
      await recheck.click();
      await page.getByText(/^Đã kiểm tra: \d+ lỗi/).waitFor({ timeout: LONG });
      await page.getByTestId('count-error').waitFor({ timeout: LONG });

      const errors = Number((await page.getByTestId('count-error').innerText()).replace(/\D+/g, ''));
      expect(errors).toBeGreaterThanOrEqual(4);
      // Lines of one code and column stand for several cells (data-count).
      const errorCells = await page
        .locator('li[data-severity="error"]')
        .evaluateAll((els) => els.reduce((k, e) => k + Number((e as HTMLElement).dataset.count), 0));
      expect(errorCells).toBe(errors);

      const texts = await issueTexts();
      const find = (...parts: (string | RegExp)[]) => texts.filter((t) => parts.every((p) => (typeof p === 'string' ? t.includes(p) : p.test(t))));
      // Revenue total typed in thousands: a unit mismatch on the revenue cells.
      expect(find('E6', 'Tổng thu ngân sách xã', 'đơn vị')).not.toHaveLength(0);
      // Satisfaction stated 100% while the survey gives 84,80 + 13,43 = 98,23.
      expect(find('100%', '98,23')).not.toHaveLength(0);
      // 27/BC-UBND dated 14/07/2023 in a report of 05/04/2023.
      expect(find('27/BC-UBND', '14/07/2023', '05/04/2023')).not.toHaveLength(0);
      // 38/KH-UBND dated before 36/KH-UBND.
      expect(find('38/KH-UBND', '36/KH-UBND')).not.toHaveLength(0);
      // The malformed number.
      expect(find('08/KH-UBND xã')).not.toHaveLength(0);

      // Issues are grouped under their sheet's name.
      for (const sheet of ['Thu chi NS', 'Chi tieu', 'Khao sat HL', 'TTHC Q1']) {
        await page.getByRole('heading', { name: sheet, level: 3 }).waitFor({ state: 'visible', timeout: 30_000 });
      }
      // Each issue box stays inside its list (no box wider than the column).
      const overflow = await page.evaluate(
        () =>
          [...document.querySelectorAll('li[data-severity] > *')].filter(
            (e) => e.getBoundingClientRect().right > (e.closest('ul') as HTMLElement).getBoundingClientRect().right + 0.5,
          ).length,
      );
      expect(overflow).toBe(0);
      // The web page has no live sheet: a line that names a cell is a button that copies its address (webKeyboard.test.ts).
      expect(await page.locator('section[data-sheet=""] li[data-severity] button').count()).toBe(0);
      expect(await page.locator('li[data-severity] button').first().getAttribute('title')).toBe('Chép địa chỉ ô để mở trong Excel (Ctrl+G)');
      // The tables found: budget on its sheet; no dossier log, which the TTHC table makes unneeded.
      expect(await page.getByTestId('table-budget').innerText()).toContain('Thu chi NS!');
      expect(await page.getByTestId('table-dossiers').innerText()).toContain('không cần: đã có Kết quả giải quyết TTHC');
      expect(await page.getByTestId('table-dossiers').getAttribute('data-found')).toBe('false');
    },
    LONG,
  );

  it(
    'downloads the report workbook (after confirming past the errors) with a "Báo cáo" sheet',
    async () => {
      // The data still has errors: the page asks first.
      const { file, question } = await downloadPastErrors(page, 'Tải báo cáo Excel', downloads);
      expect(question).toContain('Số liệu còn lỗi');
      expect(file).toMatch(/\.xlsx$/);
      await page.getByText(/Đã tạo sheet «Báo cáo» và tải về tệp/).waitFor({ timeout: LONG });

      const wb = await loadWorkbook(new Uint8Array(fs.readFileSync(file)));
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain('Báo cáo');
      // The clerk's own sheets come along untouched in name.
      expect(names).toEqual(expect.arrayContaining(['Thu chi NS', 'TTHC Q1', 'Van ban 2023']));
      const report = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
      const text: string[] = [];
      report.eachRow((row) => row.eachCell((c) => text.push(String(c.text ?? ''))));
      expect(text.join('\n')).toMatch(/Ba Bích/i);
    },
    LONG,
  );

  it(
    'downloads the Word draft (after the same question as the report), a .docx whose body holds "BÁO CÁO"',
    async () => {
      const { file, question } = await downloadPastErrors(page, 'Tải bản Word', downloads);
      expect(question).toContain('Số liệu còn lỗi');
      expect(file).toMatch(/\.docx$/);
      const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
      expect(Object.keys(zip)).toContain('word/document.xml');
      const xml = strFromU8(zip['word/document.xml']);
      expect(xml).toContain('BÁO CÁO');
      expect(xml).toMatch(/Ba Bích/i);
      await page.getByText(/Đã tải về bản Word/).waitFor({ timeout: LONG });
    },
    LONG,
  );

  it(
    'switches to English and back',
    async () => {
      await page.getByRole('button', { name: 'English', exact: true }).click();
      await page.getByRole('button', { name: 'Check again', exact: true }).waitFor({ timeout: LONG });
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).waitFor({ timeout: LONG });
    },
    LONG,
  );

  it(
    'asked nothing from outside its own origin, and threw no script errors',
    async () => {
      expect(foreign).toEqual([]);
      expect(pageErrors).toEqual([]);
      // It did load its own pieces: the page, its bundles and the worker.
      expect(served.server.requests).toContain('/web.html');
      expect(served.server.requests.filter((r) => r.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    },
    LONG,
  );

  it(
    'saves a screenshot of the checked page',
    async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, 'web.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    },
    LONG,
  );
});
