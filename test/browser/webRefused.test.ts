/**
 * Two refused files in a row on the built page (tester 7 item 30): a Word document named .xlsx is opened and its
 * check refused; then a file the page refuses by its name (.docx). Only one red box stays, about the last file: the
 * refused workbook is closed, not left beside it with its own box. A good file open then keeps its place when a
 * wrongly named one is picked.
 */
import * as fs from 'fs';
import * as path from 'path';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { ROOT } from './server';
import { describeInChromium, LONG, openPage, serveAndLaunch, type Served } from './pages';
import { tempDir } from '../helpers/xlsx';

const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');

describeInChromium('refused files on the web page', () => {
  let served: Served;
  let page: Page;
  const dir = tempDir('cchc-refused-');
  const word = zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  });
  const wordAsXlsx = path.join(dir, 'nham-tep.xlsx');
  const draft = path.join(dir, 'bao-cao.docx');

  beforeAll(async () => {
    fs.writeFileSync(wordAsXlsx, word);
    fs.writeFileSync(draft, word);
    served = await serveAndLaunch('web.html');
    ({ page } = await openPage(served.browser, `${served.server.origin}/web.html`, {
      viewport: { width: 1000, height: 800 },
      locale: 'vi-VN',
      bypassCSP: true,
    }));
  }, LONG * 3);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    return served?.close();
  });

  const alerts = async () => (await page.getByRole('alert').allInnerTexts()).map((t) => t.trim()).filter(Boolean);

  it(
    'a refused workbook then a wrongly named file: one red box, about the last file',
    async () => {
      await page.getByTestId('file-input').setInputFiles(wordAsXlsx);
      await page
        .getByText(/tài liệu Word/)
        .first()
        .waitFor({ timeout: LONG });
      await page.getByTestId('file-input').first().setInputFiles(draft);
      await page
        .getByText(/bao-cao\.docx/)
        .first()
        .waitFor({ timeout: LONG });
      const boxes = await alerts();
      expect(boxes).toHaveLength(1);
      expect(boxes[0]).toContain('bao-cao.docx');
      expect(boxes[0]).not.toMatch(/tài liệu Word/);
    },
    LONG,
  );

  it(
    'a good file stays open when a wrongly named file is picked after it',
    async () => {
      await page.getByTestId('file-input').first().setInputFiles(EXAMPLE);
      await page.getByTestId('count-error').waitFor({ timeout: LONG });
      await page.getByTestId('file-input').first().setInputFiles(draft);
      await page
        .getByText(/bao-cao\.docx/)
        .first()
        .waitFor({ timeout: LONG });
      expect(await page.getByTestId('count-error').count()).toBe(1);
      expect(await page.getByText('ba-bich-2023.xlsx').count()).toBeGreaterThan(0);
    },
    LONG,
  );
});
