/**
 * @jest-environment jsdom
 *
 * «Dừng» in the page and the pane: the stop is said in plain words, nothing half-done stays on view or is
 * downloaded, and the next check works at once; another file chosen mid-check wins over the first, whose
 * late answer never replaces it. The page's worker runs in-process (one handler per worker, fake hosts).
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { WebApp } from '../../src/web/WebApp';
import { App } from '../../src/taskpane/App';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { WorkerLike } from '../../src/web/client';
import type { WorkerReply, WorkerRequest } from '../../src/web/protocol';
import { fakeAnalysis, fakeCore, fakeHost, renderUnstyled, stubBrowser } from './fakes';
import type { Analysis } from '../../src/core/analyze';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { Overrides } from '../../src/core/tables';
import { SCHEMA } from '../../src/core/schema';

jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);
afterEach(() => jest.restoreAllMocks());

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The page over in-process workers. A file whose bytes read "A" has errors, any other none. `hold(type)`
 * keeps the next request of that type waiting until released; an ended worker still answers afterwards
 * (as a message already on its way would), which the page must drop.
 */
function page(pins: Overrides = {}) {
  const core = fakeCore();
  const analyze = (snapshot: WorkbookSnapshot) => fakeAnalysis(snapshot.sheets[0]?.name === 'A' ? undefined : []);
  core.analyze.mockImplementation(analyze as () => Analysis);
  const files: FileHostFactory = {
    open: jest.fn(async (bytes: Uint8Array) => ({
      // The file's own pins (its very hidden settings sheet).
      ...fakeHost(pins),
      readSnapshot: async () => ({ sheets: [{ name: String.fromCharCode(...bytes) }] }) as never,
      save: async () => new Uint8Array([1, 2, 3]),
    })),
    blank: () => ({ ...fakeHost(), save: async () => new Uint8Array([9]) }),
  };
  const holds = new Map<WorkerRequest['type'], ReturnType<typeof deferred<void>>>();
  const workers: (WorkerLike & { ended: boolean })[] = [];
  const createWorker = () => {
    const w: WorkerLike & { ended: boolean } = {
      ended: false,
      onmessage: null,
      onerror: null,
      terminate: () => void (w.ended = true),
      postMessage(msg) {
        const held = holds.get(msg.type);
        holds.delete(msg.type);
        void (held ? held.promise : Promise.resolve()).then(() => handle(msg));
      },
    };
    const handle = createHandler((reply: WorkerReply) => w.onmessage?.({ data: reply } as MessageEvent<WorkerReply>), files, core);
    workers.push(w);
    return w;
  };
  const downloads: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
  renderUnstyled(<WebApp createWorker={createWorker} lang="vi" />);
  const hold = (type: WorkerRequest['type']) => {
    const d = deferred<void>();
    holds.set(type, d);
    return d.resolve;
  };
  return { core, workers, downloads, hold };
}

function pick(name: string, content: string) {
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [new File([content], name)] } });
}

const downloadButtons = () => [screen.getByRole('button', { name: 'Tải báo cáo Excel' }), screen.getByRole('button', { name: 'Tải bản Word' })];

describe('the web page', () => {
  test('«Dừng» during a check: the worker is ended, the page says so, nothing is on view or offered; a new check works at once', async () => {
    const { workers, hold, core } = page();
    hold('check');
    pick('xa.xlsx', 'A');
    const stop = await screen.findByRole('button', { name: 'Dừng kiểm tra' });
    expect(stop.textContent).toBe('Dừng');
    fireEvent.click(stop);
    expect(await screen.findByText('Đã dừng kiểm tra. Chưa có kết quả.')).toBeTruthy();
    expect(workers[0].ended).toBe(true);
    expect(screen.queryByRole('button', { name: 'Dừng kiểm tra' })).toBeNull();
    expect(screen.queryByTestId('check-result')).toBeNull();
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(true);
    // The focus is on what happened, not lost on the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('status')));
    expect(core.analyze).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    expect((await screen.findByTestId('count-error')).textContent).toBe('Lỗi: 1');
    expect(workers).toHaveLength(2);
    for (const b of downloadButtons()) expect(b.hasAttribute('disabled')).toBe(false);
  });

  test('in English, the stop is said in English', async () => {
    const { hold } = page();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    hold('check');
    pick('xa.xlsx', 'A');
    const stop = await screen.findByRole('button', { name: 'Stop the check' });
    expect(stop.textContent).toBe('Stop');
    fireEvent.click(stop);
    expect(await screen.findByText('The check was stopped. No result yet.')).toBeTruthy();
  });

  test('another file chosen mid-check wins: the first file’s late answer never replaces it, and the draft is the new file’s', async () => {
    const { workers, hold, core, downloads } = page();
    const releaseFirst = hold('check');
    pick('xa-a.xlsx', 'A');
    await screen.findByRole('button', { name: 'Dừng kiểm tra' });
    pick('xa-b.xlsx', 'B');
    expect((await screen.findByTestId('count-error')).textContent).toBe('Lỗi: 0');
    expect(workers[0].ended).toBe(true);
    expect(screen.getByTestId('file-name').textContent).toBe('xa-b.xlsx');

    // The first file's check, let go now, answers from its ended worker: nothing of it shows.
    await act(async () => {
      releaseFirst();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(core.analyze).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('count-error').textContent).toBe('Lỗi: 0');
    expect(screen.getByText('Đã kiểm tra: 0 lỗi, 0 cảnh báo, 0 lưu ý.')).toBeTruthy();
    expect(screen.queryByText(/Đã dừng/)).toBeNull();

    // The draft is made from the second file's check (no errors: no question first).
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
    expect(await screen.findByText('Đã tải về bản Word xa-b.report.docx.')).toBeTruthy();
    const drafted = (core.buildWordDraft.mock.calls as unknown as [Analysis][]).at(-1)![0];
    expect(drafted.issues).toEqual([]);
    expect(downloads).toEqual(['xa-b.report.docx']);
  });

  test('«Dừng» while the report is made: nothing downloaded, the check stays on view; the next report is made in a fresh worker', async () => {
    const { workers, hold, downloads } = page();
    pick('xa.xlsx', 'B');
    await screen.findByTestId('count-error');
    hold('report');
    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Excel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dừng tạo báo cáo' }));
    expect(await screen.findByText('Đã dừng tạo báo cáo. Chưa tải về tệp nào.')).toBeTruthy();
    expect(workers[0].ended).toBe(true);
    expect(downloads).toEqual([]);
    expect(screen.getByTestId('count-error').textContent).toBe('Lỗi: 0');

    fireEvent.click(screen.getByRole('button', { name: 'Tải báo cáo Excel' }));
    expect(await screen.findByText(/tải về tệp xa\.report\.xlsx/)).toBeTruthy();
    expect(downloads).toEqual(['xa.report.xlsx']);
    expect(workers).toHaveLength(2);
  });

  test('«Dừng» while the Word draft is made: nothing downloaded', async () => {
    const { workers, hold, downloads } = page();
    pick('xa.xlsx', 'B');
    await screen.findByTestId('count-error');
    hold('word');
    fireEvent.click(screen.getByRole('button', { name: 'Tải bản Word' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dừng soạn bản Word' }));
    expect(await screen.findByText('Đã dừng soạn bản Word. Chưa tải về tệp nào.')).toBeTruthy();
    expect(workers[0].ended).toBe(true);
    expect(downloads).toEqual([]);
  });

  test('«Dừng» while a pin is removed: the pin stays, listed, and the last check stays on view; «Bỏ ghim» then works in a fresh worker', async () => {
    const { workers, hold, core } = page({ fields: { budget: { actual: 'E' } } });
    pick('xa.xlsx', 'B');
    const unpinName = `Bỏ ghim cột Thực hiện của bảng ${SCHEMA.budget.label.vi}`;
    const unpin = await screen.findByRole('button', { name: unpinName });
    hold('unpin');
    unpin.focus();
    fireEvent.click(unpin);
    const stop = await screen.findByRole('button', { name: 'Dừng bỏ ghim' });
    // «Bỏ ghim» is off while it runs: the focus goes to «Dừng», the one control that acts.
    await waitFor(() => expect(document.activeElement).toBe(stop));
    fireEvent.click(stop);
    expect(await screen.findByText('Đã dừng bỏ ghim. Ghim vẫn giữ nguyên; kết quả bên dưới là của lần kiểm tra trước.')).toBeTruthy();
    expect(workers[0].ended).toBe(true);
    expect(screen.getByTestId('count-error').textContent).toBe('Lỗi: 0');
    expect(screen.getByTestId('pins-budget').textContent).toContain('Thực hiện ghim vào cột E');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('status')));

    // Checked again (a fresh worker): the pin still holds; removed now, it is gone from the list and the checks.
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await screen.findByText('Đã kiểm tra: 0 lỗi, 0 cảnh báo, 0 lưu ý.');
    expect(workers).toHaveLength(2);
    expect(core.analyze).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ overrides: { fields: { budget: { actual: 'E' } } } }));
    fireEvent.click(await screen.findByRole('button', { name: unpinName }));
    expect(await screen.findByText(`Đã bỏ ghim cột Thực hiện của bảng «${SCHEMA.budget.label.vi}» và kiểm tra lại.`)).toBeTruthy();
    expect(core.analyze).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ overrides: {} }));
    expect(screen.queryByTestId('pins-budget')).toBeNull();
    expect(workers).toHaveLength(2);
  });
});

describe('the task pane', () => {
  test('«Dừng» stops the check between steps: nothing is analysed, the pane says so and checks again at once', async () => {
    const host = fakeHost();
    const core = fakeCore();
    const snapshot = deferred<never>();
    host.readSnapshot.mockImplementationOnce(async () => snapshot.promise);
    renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dừng kiểm tra' }));
    expect(await screen.findByText('Đã dừng kiểm tra. Chưa có kết quả.')).toBeTruthy();
    // Excel's answer to the read under way comes later: the check goes no further.
    await act(async () => {
      snapshot.resolve({ sheets: [] } as never);
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(core.analyze).not.toHaveBeenCalled();
    expect(host.loadOverrides).not.toHaveBeenCalled();
    expect(screen.queryByTestId('check-result')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    expect(await screen.findByTestId('count-error')).toBeTruthy();
    expect(core.analyze).toHaveBeenCalledTimes(1);
  });

  test('writing the report sheet offers no «Dừng»: a sheet stopped half-way would stay half-written', async () => {
    const host = fakeHost();
    const core = fakeCore(fakeAnalysis([]));
    const written = deferred<string>();
    host.writeReportSheet.mockImplementationOnce(() => written.promise);
    renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo' }));
    expect(await screen.findByText('Đang ghi sheet báo cáo…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Dừng/ })).toBeNull();
    await act(async () => written.resolve('Báo cáo'));
    expect(await screen.findByText('Đã tạo sheet «Báo cáo».')).toBeTruthy();
  });

  test('«Dừng» while a pin is removed in Excel: nothing is saved, the pin and the last check stay', async () => {
    const host = fakeHost({ fields: { budget: { actual: 'E' } } });
    const core = fakeCore();
    renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    const unpin = await screen.findByRole('button', { name: `Bỏ ghim cột Thực hiện của bảng ${SCHEMA.budget.label.vi}` });
    const snapshot = deferred<never>();
    host.readSnapshot.mockImplementationOnce(async () => snapshot.promise);
    fireEvent.click(unpin);
    fireEvent.click(await screen.findByRole('button', { name: 'Dừng bỏ ghim' }));
    expect(await screen.findByText('Đã dừng bỏ ghim. Ghim vẫn giữ nguyên; kết quả bên dưới là của lần kiểm tra trước.')).toBeTruthy();
    // Excel's answer comes later: the check goes no further and the settings are not written.
    await act(async () => {
      snapshot.resolve({ sheets: [] } as never);
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(core.analyze).toHaveBeenCalledTimes(1);
    expect(host.saveOverrides).not.toHaveBeenCalled();
    expect(screen.getByTestId('pins-budget').textContent).toContain('Thực hiện ghim vào cột E');
    expect(screen.getByTestId('check-result')).toBeTruthy();
  });
});
