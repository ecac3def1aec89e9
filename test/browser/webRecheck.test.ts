/**
 * Issue 11 point 2 on the built page in Chromium: fix, then check again. A workbook is written, opened
 * and checked; the file on disk is then rewritten with the fix and «Kiểm tra lại» is clicked.
 * - Through the file input (browsers without the File System Access API; the picker is removed from the
 *   page so that the input is used, as playwright cannot drive the native picker): Chromium really
 *   refuses to read a File changed on disk since it was chosen; the page says so in one sentence, the
 *   downloads go off, and its «Chọn lại tệp» opens the file chooser; the file chosen again is checked.
 * - Through a FileSystemFileHandle (the picker answered with a real handle over the origin's private
 *   file system, whose file the test rewrites): the file is read again without asking.
 * In both the fixed slip is gone and the read time («Đọc lúc …») moved on; the page's «Ghim cột» pin
 * stays across readings of the same file and goes with another file; a refused file (not a workbook,
 * damaged) after a good one leaves no download enabled.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { describeInChromium, LONG, openPage, serveAndLaunch, type Served } from './pages';

/** A TTHC table whose "resolved" column has a header no synonym knows (E, to pin); `fixed`: Hộ tịch's 3 + 2 = 5 received (else 3 + 1). */
async function tthc(fixed: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('TTHC').addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
    ['Hộ tịch', 5, 3, fixed ? 2 : 1, 4],
    ['Đất đai', 7, 1, 6, 7],
  ]);
  return workbookBytes(wb);
}

const READ_AT = /^Đọc lúc (\d\d):(\d\d):(\d\d), (\d\d)\/(\d\d)\/(\d{4})$/;
/** Today as the page writes it (the test and the browser share the machine's clock and zone). */
const today = () => {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
};

/** The page's view of the check, read from the DOM. */
const lines = (page: Page) => page.locator('li[data-severity]').allInnerTexts();
const slipShown = async (page: Page) => (await lines(page)).some((t) => t.includes('B2') && t.includes('Hộ tịch'));
const asksForResolved = async (page: Page) => (await lines(page)).some((t) => t.includes('không có cột Đã giải quyết'));
const readAt = (page: Page) => page.getByTestId('read-time').innerText();
const downloads = (page: Page) => [
  page.getByRole('button', { name: 'Tải báo cáo Excel', exact: true }),
  page.getByRole('button', { name: 'Tải bản Word', exact: true }),
];
const downloadsEnabled = async (page: Page) => Promise.all(downloads(page).map((b) => b.isEnabled()));

/** Waits until `cond` holds (the page is slow on a loaded machine; no time is asserted). */
async function until(cond: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + LONG;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('the page did not get there');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until the check the page is running is over (the button is back) and the counts are shown. */
async function settled(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: LONG });
  await page.getByTestId('count-error').waitFor({ timeout: LONG });
}

/** «Kiểm tra lại», once the read time can show a later second; resolves when `done` holds. */
async function recheck(page: Page, done: () => Promise<boolean>): Promise<void> {
  await page.waitForTimeout(1100);
  await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
  await until(done);
  await settled(page);
}

/** Pins "Đã giải quyết" to column E from the issue's own «Ghim cột». */
async function pinResolved(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Cột cho Đã giải quyết' }).selectOption('E');
  await page.getByRole('button', { name: 'Ghim cột', exact: true }).click();
  await page.getByText(/^Đã ghim Đã giải quyết vào cột E/).waitFor({ timeout: LONG });
  expect(await asksForResolved(page)).toBe(false);
}

describeInChromium('the web page checks the file again after a fix (issue 11 point 2)', () => {
  let served: Served;
  const dir = tempDir('cchc-recheck-');
  /** Each page's script errors. */
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    served = await serveAndLaunch('web.html');
  }, LONG);

  afterAll(async () => {
    await served?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function newPage(withoutPicker: boolean): Promise<Page> {
    const { page, errors } = await openPage(
      served.browser,
      `${served.server.origin}/web.html`,
      { viewport: { width: 1000, height: 900 }, locale: 'vi-VN' },
      (context) => (withoutPicker ? context.addInitScript(() => delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker) : undefined),
    );
    pageErrors.push(errors);
    await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).waitFor({ timeout: LONG });
    return page;
  }

  it(
    'through the file input: the changed file is refused in one sentence, the downloads go off, «Chọn lại tệp» asks for it and the saved file is checked, its pin kept',
    async () => {
      const page = await newPage(true);
      const file = path.join(dir, 'xa-input.xlsx');
      fs.writeFileSync(file, await tthc(false));
      await page.getByTestId('file-input').setInputFiles(file);
      await settled(page);
      expect(await slipShown(page)).toBe(true);
      const first = await readAt(page);
      expect(first).toMatch(READ_AT);
      expect(first.endsWith(today())).toBe(true);
      expect(await downloadsEnabled(page)).toEqual([true, true]);

      // Unchanged on disk, the File reads again: a new reading, a later time.
      await recheck(page, async () => (await readAt(page)) !== first);
      expect(await slipShown(page)).toBe(true);
      await pinResolved(page);

      // Saved with the fix: Chromium refuses the File chosen before.
      fs.writeFileSync(file, await tthc(true));
      const before = await readAt(page);
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: LONG });
      expect(await alert.innerText()).toContain(
        'Trình duyệt không cho đọc lại tệp «xa-input.xlsx» vì tệp đã được sửa hoặc chuyển đi từ lúc chọn; hãy chọn lại tệp này để kiểm tra bản đã lưu.',
      );
      // The same sentence in English under the English choice.
      await page.getByRole('button', { name: 'English', exact: true }).click();
      expect(await alert.innerText()).toContain('The browser will not read «xa-input.xlsx» again because it was changed or moved since it was chosen');
      await alert.getByRole('button', { name: 'Choose the file again', exact: true }).waitFor({ timeout: LONG });
      await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
      // Nothing stale was checked: the old reading's time, and no download from it.
      expect(await readAt(page)).toBe(before);
      expect(await downloadsEnabled(page)).toEqual([false, false]);
      // Clicked again, the same refusal (never the old bytes).
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: LONG });
      expect(await downloadsEnabled(page)).toEqual([false, false]);

      // The message's button opens the file chooser; the clerk picks the saved file.
      await page.waitForTimeout(1100);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: LONG }),
        alert.getByRole('button', { name: 'Chọn lại tệp', exact: true }).click(),
      ]);
      await chooser.setFiles(file);
      await until(async () => !(await slipShown(page)));
      await settled(page);
      expect(await readAt(page)).not.toBe(before);
      expect(await readAt(page)).toMatch(READ_AT);
      // The same file (by its name): the pin made before is kept.
      expect(await asksForResolved(page)).toBe(false);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await downloadsEnabled(page)).toEqual([true, true]);

      // Another file: the page's pins went with the first one.
      const other = path.join(dir, 'xa-khac.xlsx');
      fs.writeFileSync(other, await tthc(true));
      await page.getByTestId('file-input').setInputFiles(other);
      await page.getByText('Tệp: xa-khac.xlsx').waitFor({ timeout: LONG });
      await settled(page);
      expect(await asksForResolved(page)).toBe(true);
      await page.context().close();
    },
    LONG * 3,
  );

  it(
    'through a file handle: the saved file is read again without asking, the pin kept, and the download is made from it',
    async () => {
      const page = await newPage(false);
      // The picker answers with a real FileSystemFileHandle, over the origin's private file system.
      const write = (bytes: Uint8Array) =>
        page.evaluate(async (b64) => {
          const root = await navigator.storage.getDirectory();
          const handle = await root.getFileHandle('xa-handle.xlsx', { create: true });
          const w = await handle.createWritable();
          await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
          await w.close();
          (window as unknown as { showOpenFilePicker: () => Promise<FileSystemFileHandle[]> }).showOpenFilePicker = async () => [handle];
        }, Buffer.from(bytes).toString('base64'));
      await write(await tthc(false));
      await page.getByRole('button', { name: 'Chọn tệp Excel', exact: true }).click();
      await page.getByText('Tệp: xa-handle.xlsx').waitFor({ timeout: LONG });
      await settled(page);
      expect(await slipShown(page)).toBe(true);
      await pinResolved(page);
      const first = await readAt(page);

      await write(await tthc(true));
      await recheck(page, async () => !(await slipShown(page)));
      expect(await readAt(page)).not.toBe(first);
      expect(await readAt(page)).toMatch(READ_AT);
      expect(await asksForResolved(page)).toBe(false);
      expect(await page.getByRole('alert').count()).toBe(0);

      // The download is made from the saved file (the question is for the tables not found).
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: LONG }),
        (async () => {
          await downloads(page)[0].click();
          const dialog = page.getByRole('alertdialog');
          await dialog.waitFor({ timeout: LONG });
          await dialog.getByRole('button', { name: 'Vẫn tạo báo cáo', exact: true }).click();
        })(),
      ]);
      const out = path.join(dir, download.suggestedFilename());
      await download.saveAs(out);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
      expect(wb.getWorksheet('TTHC')!.getCell('D2').value).toBe(2);
      await page.context().close();
    },
    LONG * 2,
  );

  it(
    'a refused file after a good one leaves no download enabled: not a workbook, damaged, and the good file saved damaged',
    async () => {
      const page = await newPage(false);
      const good = path.join(dir, 'xa-tot.xlsx');
      fs.writeFileSync(good, await tthc(true));
      const open = async (file: string) => page.getByTestId('file-input').setInputFiles(file);

      await open(good);
      await settled(page);
      expect(await downloadsEnabled(page)).toEqual([true, true]);
      const pdf = path.join(dir, 'bao-cao.pdf');
      fs.writeFileSync(pdf, '%PDF-1.4');
      await open(pdf);
      await page.getByText(/không phải tệp Excel/).waitFor({ timeout: LONG });
      expect(await downloadsEnabled(page)).toEqual([false, false]);

      await open(good);
      await settled(page);
      expect(await downloadsEnabled(page)).toEqual([true, true]);
      const damaged = path.join(dir, 'hong.xlsx');
      fs.writeFileSync(damaged, 'PK\u0003\u0004 this is not a workbook');
      await open(damaged);
      await page.getByText('Tệp: hong.xlsx').waitFor({ timeout: LONG });
      await page.getByRole('alert').waitFor({ timeout: LONG });
      await page
        .getByRole('button', { name: 'Kiểm tra lại', exact: true })
        .or(page.getByRole('button', { name: 'Kiểm tra dữ liệu', exact: true }))
        .waitFor();
      expect(await downloadsEnabled(page)).toEqual([false, false]);

      // Read again through a handle after being saved damaged: the reading fails, the downloads go off.
      await page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle('xa-luu.xlsx', { create: true });
        (window as unknown as { __handle: FileSystemFileHandle }).__handle = handle;
        (window as unknown as { showOpenFilePicker: () => Promise<FileSystemFileHandle[]> }).showOpenFilePicker = async () => [handle];
      });
      const write = (bytes: Uint8Array) =>
        page.evaluate(async (b64) => {
          const w = await (window as unknown as { __handle: FileSystemFileHandle }).__handle.createWritable();
          await w.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
          await w.close();
        }, Buffer.from(bytes).toString('base64'));
      await write(await tthc(true));
      await page.getByRole('button', { name: 'Chọn tệp khác', exact: true }).click();
      await page.getByText('Tệp: xa-luu.xlsx').waitFor({ timeout: LONG });
      await settled(page);
      expect(await downloadsEnabled(page)).toEqual([true, true]);
      await write(new TextEncoder().encode('PK\u0003\u0004 cut short'));
      await page.getByRole('button', { name: 'Kiểm tra lại', exact: true }).click();
      await page.getByRole('alert').waitFor({ timeout: LONG });
      await settled(page);
      expect(await downloadsEnabled(page)).toEqual([false, false]);
      expect(pageErrors.flat()).toEqual([]);
      await page.context().close();
    },
    LONG * 2,
  );
});
