/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { WebApp } from '../../src/web/WebApp';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { WorkerLike } from '../../src/web/client';
import type { WorkerReply } from '../../src/web/protocol';
import { fakeAnalysis, fakeCore, fakeHost, renderUnstyled, stubBrowser } from './fakes';

jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);

/** The worker, run in-process over fake file hosts. Tests with several dialogs get 3 minutes: jsdom renders Fluent's dialogs slowly on a loaded machine. */
function setup(openError?: unknown, props: { lang?: 'vi' | 'en' } = { lang: 'vi' }) {
  const core = fakeCore();
  const opened: Uint8Array[] = [];
  const files: FileHostFactory = {
    open: jest.fn(async (bytes: Uint8Array) => {
      if (openError) throw openError;
      // A file whose bytes read "HONG" is refused as damaged, as the file host would.
      if (String.fromCharCode(...bytes) === 'HONG')
        throw Object.assign(new Error('damaged'), { code: 'damaged', text: { vi: 'Tệp bị hỏng.', en: 'The file is damaged.' } });
      opened.push(bytes);
      return { ...fakeHost(), save: async () => new Uint8Array([1, 2, 3]) };
    }),
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
  const downloads: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
  const view = renderUnstyled(<WebApp createWorker={() => worker} {...props} />);
  return { core, files, opened, downloads, view, worker };
}

function pick(name: string, content = 'PK') {
  const file = new File([content], name);
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
}

afterEach(() => jest.restoreAllMocks());

test('says the file stays on this machine', () => {
  setup();
  expect(screen.getByText(/không có gì được gửi đi/)).toBeTruthy();
});

test('opening an .xlsx checks it in the worker and shows the counts', async () => {
  const { opened, core } = setup();
  pick('so-lieu.xlsx');
  expect(await screen.findByTestId('count-error')).toBeTruthy();
  expect(screen.getByTestId('file-name').parentElement?.textContent).toBe('Tệp: so-lieu.xlsx');
  expect(Array.from(opened[0])).toEqual([80, 75]);
  expect(core.analyze).toHaveBeenCalledTimes(1);
  // The web page has no live sheet: no pin, no marks.
  expect(screen.queryByRole('button', { name: 'Ghim bảng vào vùng đang chọn' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Đánh dấu ô lỗi' })).toBeNull();
});

test('the report and the Word draft are downloads named after the file', async () => {
  const { downloads, files } = setup();
  pick('so-lieu.xlsx');
  await screen.findByTestId('count-error');
  fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Excel' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Vẫn tạo báo cáo' }));
  expect(await screen.findByText(/Đã tạo sheet «Báo cáo» và tải về tệp so-lieu\.report\.xlsx/)).toBeTruthy();
  // The report is written on a fresh copy of the file (one open to check, one for the report).
  expect(files.open).toHaveBeenCalledTimes(2);
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Vẫn tạo báo cáo' }));
  expect(await screen.findByText('Đã tải về bản Word so-lieu.report.docx.')).toBeTruthy();
  expect(downloads).toEqual(['so-lieu.report.xlsx', 'so-lieu.report.docx']);
}, 180_000);

test('with errors, the Word download asks first in the words of the report question; «Xem lại lỗi» writes nothing', async () => {
  const { downloads, core } = setup();
  pick('so-lieu.xlsx');
  await screen.findByTestId('count-error');
  fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Excel' }));
  const reportAsk = (await screen.findByRole('alertdialog')).textContent;
  fireEvent.click(screen.getByRole('button', { name: 'Xem lại lỗi' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
  const wordAsk = await screen.findByRole('alertdialog');
  expect(wordAsk.textContent).toBe(reportAsk);
  expect(wordAsk.textContent).toContain('Còn 1 lỗi');
  fireEvent.click(screen.getByRole('button', { name: 'Xem lại lỗi' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(core.buildWordDraft).not.toHaveBeenCalled();
  expect(downloads).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Vẫn tạo báo cáo' }));
  expect(await screen.findByText('Đã tải về bản Word so-lieu.report.docx.')).toBeTruthy();
  expect(core.buildWordDraft).toHaveBeenCalledTimes(1);
  expect(downloads).toEqual(['so-lieu.report.docx']);
}, 180_000);

test('without errors the Word draft downloads with no question', async () => {
  const { downloads, core } = setup();
  core.analyze.mockReturnValue(fakeAnalysis([]));
  pick('so-lieu.xlsx');
  await screen.findByTestId('count-error');
  fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
  expect(await screen.findByText('Đã tải về bản Word so-lieu.report.docx.')).toBeTruthy();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(downloads).toEqual(['so-lieu.report.docx']);
});

test('a file that is no workbook by its name gets a clear message and is not opened', async () => {
  const { files } = setup();
  pick('so-lieu.pdf');
  expect((await screen.findByRole('alert')).textContent).toContain('không phải tệp Excel (.xlsx, .xls)');
  expect(files.open).not.toHaveBeenCalled();
});

test('an .xls is opened (the file host tells its format from the bytes)', async () => {
  const { files } = setup();
  pick('so-lieu.xls');
  await screen.findByTestId('count-error');
  expect(files.open).toHaveBeenCalledTimes(1);
});

test("the file host's bilingual error reaches the page", async () => {
  setup(Object.assign(new Error('damaged'), { code: 'damaged', text: { vi: 'Tệp bị hỏng.', en: 'The file is damaged.' } }));
  pick('hong.xlsx');
  expect((await screen.findByRole('alert')).textContent).toContain('Tệp bị hỏng.');
});

test('the template is a download, before any file is opened', async () => {
  const { downloads, core } = setup();
  fireEvent.click(screen.getByRole('button', { name: 'Tải tệp mẫu' }));
  await waitFor(() => expect(downloads).toEqual(['Mau-so-lieu-CCHC.xlsx']));
  expect(core.templateLayouts).toHaveBeenCalledWith('vi');
});

describe('the page language', () => {
  beforeEach(() => localStorage.clear());

  test('Vietnamese whatever the browser language; English once chosen, and remembered', async () => {
    expect(navigator.language).toMatch(/^en/); // jsdom's browser is in English
    const { view, worker } = setup(undefined, {});
    expect(screen.getByText(/không có gì được gửi đi/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(/nothing is sent/i)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en'); // screen readers read the page as English
    expect(localStorage.getItem('cchc.lang')).toBe('en');
    view.unmount();
    renderUnstyled(<WebApp createWorker={() => worker} />);
    expect(screen.getByText(/nothing is sent/i)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByText(/không có gì được gửi đi/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
  });
});

describe('after a refused file the downloads are off', () => {
  const downloadButtons = () => [screen.getByRole('button', { name: 'Tải báo cáo Excel' }), screen.getByRole('button', { name: 'Tải bản Word' })];

  test('a damaged file after a good one', async () => {
    setup();
    pick('so-lieu.xlsx');
    await screen.findByTestId('count-error');
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(false);
    pick('hong.xlsx', 'HONG');
    expect((await screen.findByRole('alert')).textContent).toContain('Tệp bị hỏng.');
    await waitFor(() => expect(screen.getByTestId('file-name').parentElement?.textContent).toBe('Tệp: hong.xlsx'));
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(true);
    pick('so-lieu.xlsx');
    await screen.findByTestId('count-error');
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(false);
  });

  test('a file refused by its name after a good one', async () => {
    setup();
    pick('so-lieu.xlsx');
    await screen.findByTestId('count-error');
    pick('so-lieu.pdf');
    await screen.findByRole('alert');
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(true);
  });
});

test('an internal error (not a FileError) is the program\'s fault, with the detail on a second line, never "damaged"', async () => {
  setup(new TypeError("Cannot read properties of undefined (reading 'rows')"));
  pick('so-lieu.xlsx');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Đã có lỗi trong chương trình');
  expect(alert.textContent).not.toMatch(/hỏng/);
  // The exception's text stands only under «Chi tiết», closed until opened.
  const detail = screen.getByText(/Chi tiết kỹ thuật: Cannot read properties of undefined/);
  expect(detail.tagName).toBe('SPAN');
  const disclosure = detail.closest('details')!;
  expect(disclosure.open).toBe(false);
  expect(disclosure.querySelector('summary')!.textContent).toBe('Chi tiết');
});

test('a copy the host cannot write (tester 6 item 17): one Vietnamese sentence; the technical cause only under «Chi tiết»', async () => {
  const { files } = setup();
  pick('so-lieu.xlsx');
  await screen.findByTestId('count-error');
  const raw = "Cannot read properties of undefined (reading 'comments')";
  (files.open as jest.Mock).mockImplementationOnce(async () => ({
    ...fakeHost(),
    save: async () => new Uint8Array([1]),
    writeReportSheet: async () => {
      throw Object.assign(new Error('x'), {
        code: 'damaged',
        text: { vi: 'Không ghi được bản sao có thêm sheet báo cáo.', en: 'The copy cannot be written.' },
        detail: raw,
      });
    },
  }));
  fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Excel' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Vẫn tạo báo cáo' }));
  const alert = await screen.findByRole('alert');
  const disclosure = alert.querySelector('details')!;
  expect(disclosure.open).toBe(false);
  expect(disclosure.textContent).toContain(raw);
  // Outside the closed «Chi tiết», no JavaScript text.
  const outside = alert.textContent!.replace(disclosure.textContent!, '');
  expect(outside).toContain('Không ghi được bản sao có thêm sheet báo cáo.');
  expect(outside).not.toMatch(/Cannot read|undefined/);
});

test("a line that names a cell is a button; Enter copies its address for Excel's Go To and says how to use it", async () => {
  const writeText = jest.fn(async () => undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  setup();
  pick('so-lieu.xlsx');
  await screen.findByTestId('count-error');
  const line = screen.getByRole('button', { name: /^(Lỗi|Cảnh báo|Lưu ý):? C9 / });
  expect(line.getAttribute('title')).toBe('Chép địa chỉ ô để mở trong Excel (Ctrl+G)');
  fireEvent.click(line);
  expect(await screen.findByText("Đã chép địa chỉ 'Thu chi'!C9. Trong Excel bấm Ctrl+G, dán (Ctrl+V) rồi Enter để tới ô đó.")).toBeTruthy();
  expect(writeText).toHaveBeenCalledWith("'Thu chi'!C9");
  // A general issue names no cell: nothing to copy, not a button.
  expect(screen.queryByRole('button', { name: /Chưa tìm thấy bảng/ })).toBeNull();
  // When the clipboard refuses, the address is shown to type.
  writeText.mockRejectedValueOnce(new Error('denied'));
  fireEvent.click(screen.getByRole('button', { name: /^(Lỗi|Cảnh báo|Lưu ý):? B7 / }));
  expect(await screen.findByText("Không chép được tự động. Địa chỉ ô: 'Văn bản'!B7; trong Excel bấm Ctrl+G, gõ địa chỉ này rồi Enter.")).toBeTruthy();
});
