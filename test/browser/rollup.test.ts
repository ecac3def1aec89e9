/**
 * The roll-up page (dist/rollup.html) in a real Chromium (issue 14 point 3): three generated commune
 * workbooks and a broken file chosen at once are read in the page's workers, the table fills in, the
 * broken file is listed, and both downloads open (the workbook in exceljs, the summary as a zip).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describeInChromium, isFocused, LONG, openPage, serveAndLaunch, type Served } from './pages';
import { tempDir } from '../helpers/xlsx';
import { communeBytes, communeSpec } from '../rollup/communes';
import { formatNumberVi } from '../../src/core/format';
import { runCli } from '../cli/runCli';

describeInChromium('roll-up page in Chromium', () => {
  let served: Served;
  let page: Page;
  let pageErrors: string[];
  const dir = tempDir('cchc-rollup-web-');
  const specs = [0, 1, 2].map((k) => communeSpec(k));
  const files: string[] = [];
  const big: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < specs.length; i++) {
      files.push(path.join(dir, `xa-${i + 1}.xlsx`));
      fs.writeFileSync(files[i], await communeBytes(specs[i]));
    }
    files.push(path.join(dir, 'hong.xlsx'));
    fs.writeFileSync(files[3], 'not a workbook');
    // Received 1 030 and 530: 1 560 in all, 60 online (3,8%), 1 500 on time (96,2%).
    const tthc = [
      { field: 'Hộ tịch', online: 30, direct: 1000, early: 900, onTime: 100, late: 30 },
      { field: 'Hộ tịch', online: 30, direct: 500, early: 400, onTime: 100, late: 30 },
    ];
    for (let i = 0; i < tthc.length; i++) {
      big.push(path.join(dir, 'lon', `xa-${i + 1}.xlsx`));
      fs.mkdirSync(path.dirname(big[i]), { recursive: true });
      fs.writeFileSync(big[i], await communeBytes(communeSpec(i, { tthc: [tthc[i]] })));
    }
    served = await serveAndLaunch('rollup.html');
    ({ page, errors: pageErrors } = await openPage(served.browser, `${served.server.origin}/rollup.html`, {
      acceptDownloads: true,
      viewport: { width: 1200, height: 800 },
    }));
  }, LONG * 3);

  afterAll(() => served?.close());

  it(
    'rolls up the chosen files and downloads the workbook and the summary',
    async () => {
      await page.getByTestId('rollup-files').setInputFiles(files);
      const totals = page.getByTestId('rollup-totals');
      await totals.waitFor({ timeout: LONG });
      const received = specs.reduce((a, s) => a + s.tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
      expect(await totals.innerText()).toContain(`tiếp nhận ${formatNumberVi(received)} hồ sơ`);
      const states = await page.getByTestId('rollup-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      expect(states).toEqual(['done', 'done', 'done', 'refused']);

      const [xlsx] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), page.getByText('Tải bảng tổng hợp (.xlsx)').click()]);
      const xlsxPath = path.join(dir, xlsx.suggestedFilename());
      await xlsx.saveAs(xlsxPath);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(xlsxPath);
      expect(wb.worksheets.map((w) => w.name)).toContain('Tổng hợp');

      const [docx] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), page.getByText('Tải báo cáo tổng hợp (Word)').click()]);
      const docxPath = path.join(dir, docx.suggestedFilename());
      await docx.saveAs(docxPath);
      expect(fs.readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
      expect(pageErrors).toEqual([]);
    },
    LONG * 2,
  );

  it(
    'says a broken file in one sentence, its technical cause («no zip directory») only under a closed «Chi tiết» (tester 7 item 17)',
    async () => {
      const cut = path.join(dir, 'cut', 'xa-cut.xlsx');
      fs.mkdirSync(path.dirname(cut), { recursive: true });
      // A workbook cut off after its first part, as a failed download leaves it: no zip directory.
      const whole = fs.readFileSync(files[0]);
      fs.writeFileSync(cut, whole.subarray(0, 3000));
      const other = await served.browser.newPage();
      await other.goto(`${served.server.origin}/rollup.html`);
      await other.getByTestId('rollup-files').setInputFiles([files[0], cut]);
      await other.getByTestId('rollup-totals').waitFor({ timeout: LONG });
      const row = other.locator('[data-testid="rollup-row"][data-state="refused"]');
      expect(await row.innerText()).toMatch(/^✗\s+xa-cut\.xlsx\s+Tệp \.xlsx bị hỏng[^\n]*thử lại\.\s+Chi tiết$/);
      const details = row.locator('details');
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await details.locator('summary').click();
      expect(await details.innerText()).toContain('no zip directory');
      await other.close();
    },
    LONG * 2,
  );

  it(
    'uses a commune’s file over our report copy of it, and marks a total built on a figure in question (tester 7 item 22)',
    async () => {
      // The example as two communes, the second with a wrong TTHC total (C14 = 300, its fields sum to 289), the first
      // with the report copy `report` writes of it: the page's workers must carry our sheet's mark in their view.
      const copyDir = path.join(dir, 'copy');
      fs.mkdirSync(copyDir, { recursive: true });
      const example = async (file: string, agency: string, received?: number) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(path.join(__dirname, '../../examples/ba-bich-2023.xlsx'));
        wb.getWorksheet('Thong tin')!.getCell('B3').value = agency;
        if (received !== undefined) wb.getWorksheet('TTHC Q1')!.getCell('C14').value = received;
        await wb.xlsx.writeFile(path.join(copyDir, file));
        return path.join(copyDir, file);
      };
      const x = await example('x.xlsx', 'UBND XÃ BA BÍCH');
      const y = await example('y.xlsx', 'UBND XÃ BA LÊ', 300);
      await runCli(['report', x, '--out', copyDir, '--force']);
      const other = await served.browser.newPage();
      await other.goto(`${served.server.origin}/rollup.html`);
      await other.getByTestId('rollup-files').setInputFiles([path.join(copyDir, 'x.report.xlsx'), x, y]);
      const totals = other.getByTestId('rollup-totals');
      await totals.waitFor({ timeout: LONG });
      expect(await totals.innerText()).toMatch(/^Toàn tỉnh \(2 xã\): tiếp nhận 589 \[cần xem lại: UBND xã Ba Lê \(TTHC Q1!C14[^\]]*\)\] hồ sơ/);
      const states = await other.getByTestId('rollup-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      expect(states).toEqual(['refused', 'done', 'done']);
      expect(await other.getByTestId('rollup-row').first().innerText()).toContain('bản sao báo cáo do phần mềm tạo từ x.xlsx');
      await other.close();
    },
    LONG * 2,
  );

  it(
    'in English (?lang=en) the page declares its language as English, for screen readers, and writes English numbers',
    async () => {
      const english = await served.browser.newPage();
      await english.goto(`${served.server.origin}/rollup.html?lang=en`);
      await english.getByRole('heading', { name: 'Roll-up of the communes’ CCHC reports' }).waitFor({ timeout: LONG });
      expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
      // Its numbers in English style, as the commune outputs write them (tester 5 item 19): «1,560» and «3.8%».
      await english.getByTestId('rollup-files').setInputFiles(big);
      const totals = english.getByTestId('rollup-totals');
      await totals.waitFor({ timeout: LONG });
      expect(await totals.innerText()).toContain('Province (2 communes): 1,560 dossiers, 3.8% online, 96.2% on time');
      await english.close();
    },
    LONG * 2,
  );

  it(
    'offers Vietnamese buttons over hidden file inputs, reachable by keyboard, and never scrolls sideways at 320 px',
    async () => {
      const narrow = await served.browser.newPage({ viewport: { width: 320, height: 640 } });
      await narrow.goto(`${served.server.origin}/rollup.html`);
      const choose = narrow.getByRole('button', { name: 'Chọn các tệp của các xã…' });
      await choose.waitFor({ timeout: LONG });
      await expect(narrow.getByRole('button', { name: 'Chọn cả một thư mục…' }).isVisible()).resolves.toBe(true);
      // The browser's own «Choose Files / No file chosen» is never shown.
      await expect(narrow.getByTestId('rollup-files').isVisible()).resolves.toBe(false);
      await narrow.keyboard.press('Tab');
      await expect(isFocused(choose)).resolves.toBe(true);
      // The button opens the hidden input's chooser.
      // Playwright turns on its file chooser interception when the listener is added; one round trip to the page makes
      // sure it is on before the key is pressed (on a loaded machine the press could otherwise open an unseen dialog).
      const chooserEvent = narrow.waitForEvent('filechooser', { timeout: LONG });
      await narrow.evaluate(() => 0);
      await narrow.keyboard.press('Enter');
      const chooser = await chooserEvent;
      await chooser.setFiles(files);
      await narrow.getByTestId('rollup-totals').waitFor({ timeout: LONG });
      expect(await narrow.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
      // No word of the table is split over two lines («Cộ/ng», tester 12 item 12): each word lies on one line box.
      const split = await narrow.evaluate(() => {
        const out: string[] = [];
        for (const cell of document.querySelectorAll('table th, table td')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            for (const m of text.matchAll(/\S+/g)) {
              const r = document.createRange();
              r.setStart(n, m.index!);
              r.setEnd(n, m.index! + m[0].length);
              const tops = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
              if (tops.size > 1) out.push(m[0]);
            }
          }
        }
        return out;
      });
      expect(split).toEqual([]);
      await narrow.close();
    },
    LONG * 2,
  );
});
