/** @jest-environment jsdom */
/**
 * Issue 12, point 8: on Mac and iPad the pane cannot download, so the Word draft is copied as
 * formatted text. Safari lets a page write the clipboard only while the click lasts: the write must
 * start in the click, before Excel is awaited, with the contents still to come (a ClipboardItem of
 * promises). Here the pane runs over the office host on the fake Excel.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { OfficeHost } from '../../src/hosts/office';
import { installFakeExcel, uninstallFakeExcel } from '../hosts/office/fakeExcel';
import { fakeCore, stubBrowser } from '../ui/fakes';
import { draftHtml, htmlToText } from '../../src/core/word/html';
import type { Analysis } from '../../src/core/analyze';

jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);
afterEach(() => uninstallFakeExcel());

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob | Promise<Blob>>) {}
}

function clipboard(model: { syncCount: number }) {
  const calls: { syncsBefore: number; item: FakeClipboardItem }[] = [];
  const write = jest.fn(async (items: FakeClipboardItem[]) => {
    calls.push({ syncsBefore: model.syncCount, item: items[0] });
    // The browser waits for the promised contents before it answers.
    await Promise.all(Object.values(items[0].items));
  });
  Object.assign(window, { ClipboardItem: FakeClipboardItem });
  Object.assign(navigator, { clipboard: { write } });
  return calls;
}

/** jsdom's Blob has no text(): read it as the browser would paste it. */
const text = async (b: Blob | Promise<Blob>) => {
  const blob = await b;
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
};

test.each(['Mac', 'iOS'])('on %s the first click copies: the write starts before Excel is read, the contents follow', async (platform) => {
  const model = installFakeExcel();
  model.setValues('TTHC', 'A1', [
    ['Lĩnh vực', 'Tiếp nhận'],
    ['Tư pháp', 10],
  ]);
  const calls = clipboard(model);
  const core = fakeCore();
  // The real draft's HTML, as the pane's core makes it (the fake core's is a stub).
  core.draftHtml.mockImplementation(async (...args: unknown[]) => {
    const html = draftHtml(args[0] as Analysis);
    return { html, text: htmlToText(html) };
  });
  render(<App host={new OfficeHost()} mode="addin" lang="vi" platform={platform} core={core} />);
  // iPad too gets the copy button, never a download.
  expect(screen.queryByRole('button', { name: 'Tải bản Word' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Sao chép nội dung' }));
  // Synchronously in the click: the write has started and Excel has not been asked anything yet.
  expect(calls).toHaveLength(1);
  expect(calls[0].syncsBefore).toBe(0);
  expect(await screen.findByText('Đã sao chép bản nháp; mở Word và dán (⌘V).')).toBeTruthy();
  expect(model.syncCount).toBeGreaterThanOrEqual(2);
  expect(core.analyze).toHaveBeenCalledTimes(1);
  const { items } = calls[0].item;
  expect(Object.keys(items).sort()).toEqual(['text/html', 'text/plain']);
  expect(await text(items['text/html'])).toMatch(/UBND XÃ BA BÍCH/);
  expect(await text(items['text/plain'])).toMatch(/UBND XÃ BA BÍCH/);
  expect(core.buildWordDraft).not.toHaveBeenCalled();
});

test('when the check fails the copy is abandoned and the pane says why, once', async () => {
  const model = installFakeExcel();
  model.setValues('TTHC', 'A1', [['x']]);
  const calls = clipboard(model);
  const core = fakeCore();
  core.analyze.mockImplementation(() => {
    throw Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' });
  });
  render(<App host={new OfficeHost()} mode="addin" lang="vi" platform="Mac" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Sao chép nội dung' }));
  expect(calls).toHaveLength(1);
  expect(await screen.findByText(/Excel đang bận|đang sửa một ô/)).toBeTruthy();
  expect(screen.queryByText(/Đã sao chép/)).toBeNull();
});
