/**
 * The chosen file's name on the built page in Chromium at 320 px (leftovers item 5): a long name wraps at its
 * separators (spaces, «_», «-», «.»), so no piece of it is cut; a piece longer than the line is cut in its middle
 * («…»), its last characters and the extension shown; the name never overflows the page, and its title is the full
 * name. Each name is a real .xlsx chosen in the page's file input, one after the other.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { describeInChromium, LONG, openPage, serveAndLaunch, type Served } from './pages';
import { ARTIFACTS } from './server';

async function tthc(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('TTHC').addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp'],
    ['Hộ tịch', 5, 3, 2],
  ]);
  return workbookBytes(wb);
}

/** The name's box, each piece (a box the line never breaks inside) with whether its text is cut, and the page. */
const measure = (page: Page) =>
  page.getByTestId('file-name').evaluate((el) => {
    const width = document.documentElement.clientWidth;
    const r = el.getBoundingClientRect();
    const ext = el.querySelector('[data-testid="file-ext"]') as HTMLElement;
    const pieces = [...el.children].filter((c) => c.tagName === 'SPAN') as HTMLElement[];
    return {
      title: el.getAttribute('title'),
      text: el.textContent,
      right: r.right,
      left: r.left,
      width,
      scroll: document.documentElement.scrollWidth,
      lines: new Set(pieces.map((p) => Math.round(p.getBoundingClientRect().top))).size,
      pieces: pieces.map((p) => {
        const head = p.firstElementChild as HTMLElement;
        const b = p.getBoundingClientRect();
        return {
          text: p.textContent ?? '',
          cut: head.scrollWidth > head.clientWidth + 0.5,
          top: Math.round(b.top),
          right: b.right,
          spaceAfter: p.nextSibling?.nodeType === Node.TEXT_NODE && p.nextSibling.textContent === ' ',
          tail: (p.lastElementChild as HTMLElement).textContent,
        };
      }),
      ext: ext.textContent,
      extRight: ext.getBoundingClientRect().right,
      extWidth: ext.getBoundingClientRect().width,
    };
  });

describeInChromium('the chosen file name at 320 px', () => {
  let served: Served;
  let page: Page;
  const dir = tempDir('cchc-filename-');
  let shots = 0;

  beforeAll(async () => {
    served = await serveAndLaunch('web.html');
    ({ page } = await openPage(served.browser, `${served.server.origin}/web.html`, { viewport: { width: 320, height: 640 }, locale: 'vi-VN' }));
  }, LONG * 3);

  afterAll(async () => {
    await served?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function choose(name: string) {
    fs.writeFileSync(path.join(dir, name), await tthc());
    await page.getByTestId('file-input').setInputFiles(path.join(dir, name));
    await page.waitForFunction((n) => document.querySelector('[data-testid="file-name"]')?.getAttribute('title') === n, name, { timeout: LONG });
    await page.getByText(/^Đã kiểm tra: /).waitFor({ timeout: LONG });
    // For a look by eye: test-artifacts/web-file-name-<n>.png, the name's line at 320 px.
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.getByTestId('file-name').screenshot({ path: path.join(ARTIFACTS, `web-file-name-${++shots}.png`) });
    return measure(page);
  }

  it.each([
    ['Bao_cao_so_lieu_CCHC_UBND_xa_Ba_Bich_huyen_Dong_Hung_nam_2023_ban_sua_lan_cuoi.xlsx'],
    ['bao-cao-cai-cach-hanh-chinh.xa.ba.bich.6-thang-dau-nam-2025 (ban cuoi cung).xlsx'],
    ['Bao_cao_so_lieu_CCHC_UBND_xa_Ba_Bich_huyen_Dong_Hung_nam_2023 ban sua lan cuoi cung.xlsx'],
  ])(
    '%s wraps at its separators, no piece cut, within the page',
    async (name) => {
      const m = await choose(name);
      expect(m.title).toBe(name);
      expect(m.text).toBe(name);
      expect(m.pieces.filter((p) => p.cut)).toEqual([]);
      expect(m.pieces.filter((p) => p.right > m.width)).toEqual([]);
      // It wraps, and only after a separator: a piece that ends a line ends with «_», «-», «.» or a space after it.
      expect(m.lines).toBeGreaterThanOrEqual(2);
      const ends = m.pieces.filter((p, i) => i + 1 < m.pieces.length && m.pieces[i + 1].top > p.top);
      expect(ends.length).toBe(m.lines - 1);
      expect(ends.filter((p) => !/[_.-]$/.test(p.text) && !p.spaceAfter)).toEqual([]);
      expect(m.right).toBeLessThanOrEqual(m.width);
      expect(m.scroll).toBeLessThanOrEqual(m.width);
      expect([m.ext, m.extWidth > 0, m.extRight <= m.width]).toEqual(['.xlsx', true, true]);
    },
    LONG * 2,
  );

  it(
    'a piece longer than the line is cut in its middle: its start and last characters shown, with the extension',
    async () => {
      const name = 'BaoCaoSoLieuCaiCachHanhChinhUBNDXaBaBichHuyenDongHungNam2023.xlsx';
      const m = await choose(name);
      expect(m.title).toBe(name);
      expect(m.pieces.length).toBe(1);
      expect(m.pieces[0].cut).toBe(true);
      expect(m.pieces[0].tail).toBe('am2023.xlsx');
      expect(m.right).toBeLessThanOrEqual(m.width);
      expect(m.scroll).toBeLessThanOrEqual(m.width);
      expect([m.extWidth > 0, m.extRight <= m.width]).toEqual([true, true]);
    },
    LONG * 2,
  );
});
