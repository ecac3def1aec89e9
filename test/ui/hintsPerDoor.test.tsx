/** @jest-environment jsdom */
/**
 * The pane and the page word the same issues' hints for their own controls (issue 11 §3): in the pane a
 * missing table's hint names «Ghim bảng vào vùng đang chọn», which the pane shows; on the page, which has no
 * table pin, the hint sends the clerk to a header row or to Excel with the add-in, and never names that
 * button or the pane. A missing column's hint names «Ghim cột» at both, with the page's list to choose from.
 */
import { fireEvent, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { WebApp } from '../../src/web/WebApp';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { WorkerLike } from '../../src/web/client';
import type { WorkerReply } from '../../src/web/protocol';
import { issue } from '../../src/core/issues';
import { SCHEMA } from '../../src/core/schema';
import { fakeAnalysis, fakeCore, fakeHost, renderUnstyled, stubBrowser } from './fakes';

jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);

const ISSUES = [
  issue(
    'table-not-found',
    { sheet: '', cell: '', table: 'tthc' },
    { table: SCHEMA.tthc.label, orOther: '', columns: 'Tổng số hồ sơ tiếp nhận, Đã giải quyết' },
  ),
  issue(
    'column-not-found',
    { sheet: 'Thu chi', cell: 'A4:H4', table: 'budget', field: 'actual' },
    { table: SCHEMA.budget.label, column: 'Thực hiện', synonyms: 'thực hiện' },
  ),
];

const PANE_TABLE_HINT =
  'Thêm một sheet có dòng tiêu đề cột (Tổng số hồ sơ tiếp nhận, Đã giải quyết), hoặc chọn vùng bảng trên sheet (cả dòng tiêu đề), chọn tên bảng ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».';
const WEB_TABLE_HINT =
  'Thêm vào tệp một sheet có dòng tiêu đề cột (Tổng số hồ sơ tiếp nhận, Đã giải quyết) rồi mở lại tệp trên trang web; hoặc mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim bảng vào vùng của nó (trang web chưa ghim được bảng).';

test("the pane: the hint names the pane's own «Ghim bảng vào vùng đang chọn», under «Các bảng số liệu», and «Ghim cột»", async () => {
  renderUnstyled(<App host={fakeHost()} mode="addin" lang="vi" core={fakeCore(fakeAnalysis(ISSUES))} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  expect(await screen.findByText(PANE_TABLE_HINT)).toBeTruthy();
  // The controls it names are there.
  expect(screen.getByRole('button', { name: 'Ghim bảng vào vùng đang chọn' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Các bảng số liệu' })).toBeTruthy();
  expect(screen.getByText('Đặt tên cột có chữ «thực hiện», hoặc chọn một ô của cột Thực hiện trên sheet rồi bấm «Ghim cột» ở vấn đề này.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Ghim cột' })).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/trang web/);
});

/** The page over its worker, run in-process on fake file hosts (as test/ui/WebApp.test.tsx). */
function page() {
  const core = fakeCore(fakeAnalysis(ISSUES));
  const files: FileHostFactory = {
    open: jest.fn(async () => ({ ...fakeHost(), save: async () => new Uint8Array([1]) })),
    blank: () => ({ ...fakeHost(), save: async () => new Uint8Array([9]) }),
  };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: jest.fn(),
    postMessage(msg) {
      void handle(msg);
    },
  };
  const handle = createHandler((reply: WorkerReply) => worker.onmessage?.({ data: reply } as MessageEvent<WorkerReply>), files, core);
  renderUnstyled(<WebApp createWorker={() => worker} lang="vi" />);
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File(['PK'], 'so-lieu.xlsx')] } });
}

test('the page: no table pin there, so the hint says what the page and Excel offer; «Ghim cột» with the list under the issue', async () => {
  page();
  expect(await screen.findByText(WEB_TABLE_HINT)).toBeTruthy();
  expect(
    screen.getByText('Đặt tên cột có chữ «thực hiện», hoặc chọn cột Thực hiện trong danh sách dưới vấn đề này trên trang web rồi bấm «Ghim cột».'),
  ).toBeTruthy();
  // The controls it names are there; those it must not name are not, in any text of the page.
  expect(screen.getByRole('button', { name: 'Ghim cột' })).toBeTruthy();
  expect(screen.getByRole('combobox', { name: 'Cột cho Thực hiện' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Ghim bảng vào vùng đang chọn' })).toBeNull();
  expect(document.body.textContent).not.toMatch(/Ghim bảng vào vùng đang chọn|khung Báo cáo CCHC/);
});

test('the page in English says the same for its own controls', async () => {
  page();
  fireEvent.click(await screen.findByRole('button', { name: 'English' }));
  expect(
    await screen.findByText(/open the file in Excel with the CCHC report add-in to pin the table to its range \(the web page cannot pin a table\)\.$/),
  ).toBeTruthy();
  expect(document.body.textContent).not.toMatch(/Pin table to the selection|CCHC pane/);
});
