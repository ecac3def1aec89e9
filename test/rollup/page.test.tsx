/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The roll-up page (issue 14 point 3): many generated workbooks chosen at once are read by the web
 * page's own worker handler (in-process here, over the real file host), the communes' table fills in
 * per file, the broken file is listed with its reason, the totals come from summed counts, and both
 * downloads are made.
 */
import { TextDecoder, TextEncoder } from 'util';
Object.assign(globalThis, { TextDecoder, TextEncoder });
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RollupApp } from '../../src/web/rollup/RollupApp';
import { createHandler } from '../../src/web/handler';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import type { WorkerLike } from '../../src/web/client';
import type { WorkerReply } from '../../src/web/protocol';
import { formatNumberVi } from '../../src/core/format';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { stubBrowser } from '../ui/fakes';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { communeBytes, communeSpec, inBody } from './communes';

jest.setTimeout(120000);
beforeAll(stubBrowser);

function worker(): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage(msg) {
      void handle(msg);
    },
  };
  const handle = createHandler((reply: WorkerReply) => setTimeout(() => w.onmessage?.({ data: reply } as MessageEvent<WorkerReply>), 0), FileHost, defaultCore);
  return w;
}

test('rolls up the files chosen, one row per file as each is read, and offers both downloads', async () => {
  const specs = [0, 1, 2].map((k) => communeSpec(k));
  const files = [];
  for (let i = 0; i < specs.length; i++) files.push(new File([Buffer.from(await communeBytes(specs[i]))], `xa-${i + 1}.xlsx`));
  files.push(new File(['not a workbook'], 'hong.xlsx'));
  const downloads: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });

  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  expect(await screen.findAllByTestId('rollup-row')).toHaveLength(4);
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  const received = specs.reduce((a, s) => a + s.tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
  expect(totals.textContent).toContain(`Toàn tỉnh (3 xã): tiếp nhận ${formatNumberVi(received)} hồ sơ`);
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['done', 'done', 'done', 'refused']);
  expect(rows[0].textContent).toContain(inBody(specs[0].agency));
  expect(rows[3].textContent).toMatch(/hong\.xlsx.+\S/);

  fireEvent.click(screen.getByText('Tải bảng tổng hợp (.xlsx)'));
  fireEvent.click(screen.getByText('Tải báo cáo tổng hợp (Word)'));
  await waitFor(() => expect(downloads.sort()).toEqual(['tong-hop-cchc.docx', 'tong-hop-cchc.xlsx']), { timeout: 60000 });
});

test('flags a commune of another period as left out, lists a copied file as not used and names a blank agency', async () => {
  const specs = [communeSpec(0), communeSpec(1, { start: [1, 1, 2023], end: [31, 12, 2023] }), communeSpec(2), communeSpec(3, { agency: '' })];
  const bytes = await Promise.all(specs.map((s) => communeBytes(s)));
  const files = bytes.map((b, i) => new File([Buffer.from(b)], `xa-${i + 1}.xlsx`));
  files.push(new File([Buffer.from(bytes[0])], 'xa-1 (1).xlsx'));
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  const received = [0, 2, 3].reduce((a, k) => a + specs[k].tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
  expect(totals.textContent).toContain(`Toàn tỉnh (3 xã, không cộng 1 xã khác kỳ): tiếp nhận ${formatNumberVi(received)} hồ sơ`);
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-left-out'))).toEqual([null, 'true', null, null, null]);
  expect(rows[1].textContent).toContain('không cộng vào tổng');
  expect(rows[3].textContent).toContain('(không rõ cơ quan)');
  expect(rows[4].getAttribute('data-state')).toBe('refused');
  expect(rows[4].textContent).toContain('Cùng nội dung với tệp «xa-1.xlsx»');
  // The marks tell summed (✓) from left out (✗), as the command line's list does (brief cli11 item 2); the commune
  // of unknown agency is summed but to check (!), never a silent ✓ (tester 14 finding 3).
  const marks = screen.getAllByTestId('rollup-mark');
  expect(marks.map((m) => m.textContent)).toEqual(['✓', '✗', '✓', '!', '✗']);
  expect(marks.map((m) => m.getAttribute('title'))).toEqual([
    'Đã cộng vào tổng',
    'Không cộng vào tổng',
    'Đã cộng vào tổng',
    'Đã cộng nhưng cần xem lại',
    'Không cộng vào tổng',
  ]);
  expect(screen.getByText(/^✓ đã cộng vào tổng; ! đã cộng nhưng cần xem lại/)).toBeTruthy();
});

test('periods that all differ: the latest summed, the others left out, each row says why, the totals name their period', async () => {
  const tenPct = [{ field: 'Hộ tịch', online: 1, direct: 9, early: 0, onTime: 10, late: 0 }];
  const specs = [
    communeSpec(0, { start: [1, 1, 2023], end: [31, 3, 2023], tthc: tenPct }),
    communeSpec(1, { start: [1, 4, 2023], end: [30, 6, 2023], tthc: tenPct }),
    communeSpec(2, { start: [1, 1, 2024], end: [31, 3, 2024], tthc: tenPct }),
    communeSpec(3, { noPeriod: true, tthc: tenPct }),
  ];
  const files = await Promise.all(specs.map(async (s, i) => new File([Buffer.from(await communeBytes(s))], `xa-${i + 1}.xlsx`)));
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  // Reports of different periods are never summed into one total (brief cli11 item 3).
  expect(totals.textContent).toContain('Toàn tỉnh (2 xã, không cộng 2 xã khác kỳ): tiếp nhận 20 hồ sơ, trực tuyến 10%, đúng hạn 100%');
  expect(totals.textContent).toContain('[kỳ 01/01/2024 – 31/03/2024]');
  const period = screen.getByTestId('rollup-period').textContent!;
  expect(period).toMatch(/^Kỳ báo cáo của các xã khác nhau/);
  expect(period).toContain('Số liệu tổng hợp là của kỳ 01/01/2024 – 31/03/2024, kỳ gần nhất trong các kỳ có nhiều xã nhất (1 trong 3 xã có ghi kỳ)');
  expect(period).not.toMatch(/đa số/);
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-left-out'))).toEqual(['true', 'true', null, null]);
  expect(rows[0].textContent).toContain('01/01/2023 – 31/03/2023 (khác kỳ được tổng hợp, không cộng vào tổng)');
  expect(rows[3].textContent).toContain('không ghi kỳ báo cáo (vẫn cộng vào tổng)');
  expect(screen.getAllByTestId('rollup-mark').map((m) => m.textContent)).toEqual(['✗', '✗', '✓', '!']);
});
test('two communes of one name under two districts are both summed, each row named with its district (tester 5 item 10)', async () => {
  const specs = [
    communeSpec(0, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN AN LÃO' }),
    communeSpec(1, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN HOÀI NHƠN' }),
    communeSpec(2, { agency: 'UBND xã An Hòa', superior: 'UBND huyện An Lão' }),
  ];
  const files = await Promise.all(specs.map(async (s, i) => new File([Buffer.from(await communeBytes(s))], `xa-${i + 1}.xlsx`)));
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  const received = [0, 1].reduce((a, k) => a + specs[k].tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
  expect(totals.textContent).toContain(`Toàn tỉnh (2 xã): tiếp nhận ${formatNumberVi(received)} hồ sơ`);
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['done', 'done', 'refused']);
  expect(rows[0].textContent).toContain('UBND xã An Hòa (huyện An Lão)');
  expect(rows[1].textContent).toContain('UBND xã An Hòa (huyện Hoài Nhơn)');
  expect(rows[2].textContent).toContain('đã dùng tệp «xa-1.xlsx» (đọc trước), không cộng tệp «xa-3.xlsx»');
});

test.each([
  ['en', 'Province (2 communes): 1,560 dossiers, 3.8% online, 96.2% on time', ['1,030', '2.9%', '97.1%']],
  ['vi', 'Toàn tỉnh (2 xã): tiếp nhận 1.560 hồ sơ, trực tuyến 3,8%, đúng hạn 96,2%', ['1.030', '2,9%', '97,1%']],
] as const)('writes numbers in the page’s language (%s), as the commune outputs do (tester 5 item 19)', async (lang, line, row) => {
  const specs = [
    communeSpec(0, { tthc: [{ field: 'Hộ tịch', online: 30, direct: 1000, early: 900, onTime: 100, late: 30 }] }),
    communeSpec(1, { tthc: [{ field: 'Hộ tịch', online: 30, direct: 500, early: 400, onTime: 100, late: 30 }] }),
  ];
  const files = await Promise.all(specs.map(async (s, i) => new File([Buffer.from(await communeBytes(s))], `xa-${i + 1}.xlsx`)));
  render(<RollupApp createWorker={worker} lang={lang} parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  expect(totals.textContent).toContain(line);
  const cells = [...screen.getAllByTestId('rollup-row')[0].querySelectorAll('td')].map((td) => td.textContent);
  expect(cells.slice(-3)).toEqual(row);
});

test('keeps the same copy of a commune sent twice as the command line, whatever order the browser lists the files in (tester 6 item 4)', async () => {
  const first = communeSpec(0);
  const resend = communeSpec(0, { tthc: first.tthc.map((r) => ({ ...r, direct: r.direct + 50 })) });
  const other = communeSpec(1);
  // The browser lists «xa_2.xlsx» before «xa_2_ban_sua.xlsx»; the command line, sorting as Vietnamese readers do, reads «xa_2_ban_sua.xlsx» first.
  const files = [
    new File([Buffer.from(await communeBytes(other))], 'xa_1.xlsx'),
    new File([Buffer.from(await communeBytes(first))], 'xa_2.xlsx'),
    new File([Buffer.from(await communeBytes(resend))], 'xa_2_ban_sua.xlsx'),
  ];
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  const sum = (s: typeof first) => s.tthc.reduce((b, r) => b + r.online + r.direct, 0);
  const kept = ['xa_1.xlsx', 'xa_2.xlsx', 'xa_2_ban_sua.xlsx'].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }))[1];
  expect(kept).toBe('xa_2_ban_sua.xlsx');
  expect(totals.textContent).toContain(`tiếp nhận ${formatNumberVi(sum(other) + sum(resend))} hồ sơ`);
});

test('marks a total built on a figure in question, uses a commune’s file over our report copy of it (tester 7 item 22)', async () => {
  // The example as two communes, one with a wrong TTHC total (C14 = 300, its fields sum to 289); the first with the
  // report copy `report` writes of it.
  const dir = tempDir('cchc-page-copy-');
  const example = async (agency: string, received?: number) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(__dirname, '../../examples/ba-bich-2023.xlsx'));
    wb.getWorksheet('Thong tin')!.getCell('B3').value = agency;
    if (received !== undefined) wb.getWorksheet('TTHC Q1')!.getCell('C14').value = received;
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  fs.writeFileSync(path.join(dir, 'x.xlsx'), await example('UBND XÃ BA BÍCH'));
  await runCli(['report', path.join(dir, 'x.xlsx'), '--out', dir, '--force']);
  const files = [
    new File([fs.readFileSync(path.join(dir, 'x.report.xlsx'))], 'x.report.xlsx'),
    new File([fs.readFileSync(path.join(dir, 'x.xlsx'))], 'x.xlsx'),
    new File([await example('UBND XÃ BA LÊ', 300)], 'y.xlsx'),
  ];
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  expect(totals.textContent).toMatch(
    /^Toàn tỉnh \(2 xã\): tiếp nhận 589 \[cần xem lại: UBND xã Ba Lê \(TTHC Q1!C14[^\]]*\)\] hồ sơ, trực tuyến [\d,]+% \[cần xem lại: /,
  );
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['refused', 'done', 'done']);
  expect(rows[0].textContent).toContain('bản sao báo cáo do phần mềm tạo từ x.xlsx');
});

test('a commune with no superior named like communes of two districts is not summed, its row naming both (tester 7 item 23)', async () => {
  const specs = [
    communeSpec(0, { agency: 'UBND XÃ AN HÒA' }),
    communeSpec(1, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN AN LÃO' }),
    communeSpec(2, { agency: 'UBND XÃ AN HÒA', superior: 'UBND HUYỆN HOÀI NHƠN' }),
  ];
  const files = await Promise.all(specs.map(async (s, i) => new File([Buffer.from(await communeBytes(s))], `xa-${i + 1}.xlsx`)));
  render(<RollupApp createWorker={worker} lang="vi" parallel={2} />);
  fireEvent.change(screen.getByTestId('rollup-files'), { target: { files } });
  const totals = await screen.findByTestId('rollup-totals', {}, { timeout: 90000 });
  const received = [1, 2].reduce((a, k) => a + specs[k].tthc.reduce((b, r) => b + r.online + r.direct, 0), 0);
  expect(totals.textContent).toContain(`Toàn tỉnh (2 xã): tiếp nhận ${formatNumberVi(received)} hồ sơ`);
  const rows = screen.getAllByTestId('rollup-row');
  expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['refused', 'done', 'done']);
  expect(rows[0].textContent).toContain('UBND xã An Hòa (huyện An Lão) (tệp «xa-2.xlsx») và UBND xã An Hòa (huyện Hoài Nhơn) (tệp «xa-3.xlsx»)');
});
