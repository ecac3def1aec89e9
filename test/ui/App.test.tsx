/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { SCHEMA } from '../../src/core/schema';
import { fakeAnalysis, fakeCore, fakeHost, ISSUES, renderUnstyled, SAID, stubBrowser } from './fakes';
import { issue, issueMessage } from '../../src/core/issues';

// The real core is not needed (and may be mid-edit): every test hands in a fake one.
jest.mock('../../src/ui/core', () => ({ defaultCore: {} }));

beforeAll(stubBrowser);

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test('the check button shows progress, then the counts', async () => {
  const host = fakeHost();
  const core = fakeCore();
  const snapshot = deferred<never>();
  host.readSnapshot.mockImplementation(async (onProgress) => {
    onProgress?.({ stage: 'read', fraction: 0.25 });
    return snapshot.promise;
  });
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  expect(await screen.findByText('Đang đọc các sheet… 25%')).toBeTruthy();
  expect(screen.getAllByRole('progressbar').map((e) => e.getAttribute('aria-valuenow'))).toContain('0.25');
  expect(screen.getByRole('button', { name: 'Tạo báo cáo' }).hasAttribute('disabled')).toBe(true);
  await act(async () => snapshot.resolve({ sheets: [] } as never));
  expect(await screen.findByTestId('count-error')).toBeTruthy();
  expect(screen.getByTestId('count-error').textContent).toBe('Lỗi: 1');
  expect(screen.getByTestId('count-warning').textContent).toBe('Cảnh báo: 2');
  expect(screen.getByTestId('count-info').textContent).toBe('Lưu ý: 1');
  expect(screen.queryByText('Đang đọc các sheet…')).toBeNull();
  expect(screen.getByText('Đã kiểm tra: 1 lỗi, 2 cảnh báo, 1 lưu ý.')).toBeTruthy();
  expect(core.analyze).toHaveBeenCalledWith({ sheets: [] }, { lang: 'vi', overrides: {}, exactTime: undefined });
  // Tables: budget found where the reader put it, tthc missing.
  expect(screen.getByTestId('table-budget').textContent).toContain('Thu chi!A4:H17');
  expect(screen.getByTestId('table-tthc').textContent).toContain('chưa tìm thấy');
});

test('clicking an issue selects its cell in the workbook', async () => {
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  fireEvent.click(await screen.findByText(SAID[0]));
  expect(host.selectCell).toHaveBeenCalledWith('Thu chi', 'C9');
});

test('pinning a missing table calls getSelection and saveOverrides, then checks again', async () => {
  const host = fakeHost({ fields: { budget: { actual: 'E' } } });
  const core = fakeCore();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  await screen.findByTestId('table-survey');
  // One pin action for all tables: pick the table, then the button.
  expect(screen.getAllByRole('button', { name: 'Ghim bảng vào vùng đang chọn' })).toHaveLength(1);
  expect(screen.getByTestId('table-survey').querySelector('button')).toBeNull();
  const select = screen.getByRole('combobox', { name: 'Bảng cần ghim' }) as HTMLSelectElement;
  expect(select.value).toBe('info'); // the first missing table
  fireEvent.change(select, { target: { value: 'survey' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ghim bảng vào vùng đang chọn' }));
  await screen.findByText(/Đã ghim bảng/);
  expect(host.getSelection).toHaveBeenCalledTimes(1);
  const expected = { fields: { budget: { actual: 'E' } }, tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } } };
  expect(host.saveOverrides).toHaveBeenCalledWith(expected);
  expect(core.analyze).toHaveBeenCalledTimes(2);
  expect(core.analyze).toHaveBeenLastCalledWith({ sheets: [] }, { lang: 'vi', overrides: expected, exactTime: undefined });
  expect(
    screen.getByText(`Đã ghim bảng «${SCHEMA.survey.label.vi}» vào Khảo sát!B3:F9 và kiểm tra lại. Ghim được giữ trong sổ tính khi lưu tệp.`),
  ).toBeTruthy();
});

test('an issue asking for a column has «Ghim cột», which pins the field to the selected column and checks again', async () => {
  const host = fakeHost({ tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } } });
  host.getSelection.mockResolvedValue({ sheet: 'Thu chi', range: 'E4:E12' });
  const asks = issue(
    'column-not-found',
    { sheet: 'Thu chi', cell: 'A4:H4', table: 'budget', field: 'actual' },
    { table: SCHEMA.budget.label, column: 'Thực hiện', synonyms: 'thực hiện' },
  );
  const core = fakeCore(fakeAnalysis([asks, ...ISSUES]));
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  const pin = await screen.findByRole('button', { name: 'Ghim cột' });
  // Only the issue that asks for a column offers it, and says where to select.
  expect(screen.getAllByRole('button', { name: 'Ghim cột' })).toHaveLength(1);
  expect(screen.getByText('Chọn một ô của cột Thực hiện trên sheet «Thu chi» rồi bấm «Ghim cột».')).toBeTruthy();
  fireEvent.click(pin);
  await screen.findByText('Đã ghim Thực hiện vào cột E và kiểm tra lại; ghim được lưu cùng sổ tính.');
  const expected = { tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } }, fields: { budget: { actual: 'E' } } };
  expect(host.saveOverrides).toHaveBeenCalledWith(expected);
  expect(core.analyze).toHaveBeenLastCalledWith({ sheets: [] }, { lang: 'vi', overrides: expected, exactTime: undefined });
  // A selection on another sheet than the table's is refused in words, nothing saved.
  host.getSelection.mockResolvedValue({ sheet: 'Khác', range: 'C2' });
  fireEvent.click(await screen.findByRole('button', { name: 'Ghim cột' }));
  await screen.findByText('Cột cần chọn ở sheet «Thu chi», nơi có bảng; hãy chọn một ô của cột đúng ở đó rồi bấm «Ghim cột».');
  expect(host.saveOverrides).toHaveBeenCalledTimes(1);
  // A selection over several columns is refused, never its leftmost pinned (tester 6 item 6).
  host.getSelection.mockResolvedValue({ sheet: 'Thu chi', range: 'A3:H6' });
  fireEvent.click(await screen.findByRole('button', { name: 'Ghim cột' }));
  await screen.findByText('Vùng đang chọn (A3:H6) trải trên nhiều cột nên chưa ghim. Hãy chọn một ô trong đúng một cột rồi bấm «Ghim cột».');
  expect(host.saveOverrides).toHaveBeenCalledTimes(1);
  // One column, several rows, is one column.
  host.getSelection.mockResolvedValue({ sheet: 'Thu chi', range: 'F4:F9' });
  fireEvent.click(await screen.findByRole('button', { name: 'Ghim cột' }));
  await screen.findByText('Đã ghim Thực hiện vào cột F và kiểm tra lại; ghim được lưu cùng sổ tính.');
  expect(host.saveOverrides).toHaveBeenCalledTimes(2);
});

test('each pin is listed under its table with «Bỏ ghim», which removes that pin only and checks again (tester 6 item 19)', async () => {
  const host = fakeHost({ tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } }, fields: { budget: { actual: 'E', estimate: 'C' } } });
  const core = fakeCore();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  const unpinActual = await screen.findByRole('button', { name: `Bỏ ghim cột Thực hiện của bảng ${SCHEMA.budget.label.vi}` });
  expect(screen.getByTestId('pins-budget').textContent).toContain('Thực hiện ghim vào cột E');
  expect(screen.getByTestId('pins-survey').textContent).toContain('bảng ghim vào Khảo sát!B3:F9');
  expect(screen.getAllByRole('button', { name: /^Bỏ ghim/ })).toHaveLength(3);
  // A button: Tab reaches it, Enter and Space press it.
  expect(unpinActual.tagName).toBe('BUTTON');
  expect(unpinActual.textContent).toBe('Bỏ ghim');
  fireEvent.click(unpinActual);
  await screen.findByText(`Đã bỏ ghim cột Thực hiện của bảng «${SCHEMA.budget.label.vi}» và kiểm tra lại.`);
  const left = { tables: { survey: { sheet: 'Khảo sát', range: 'B3:F9' } }, fields: { budget: { estimate: 'C' } } };
  expect(host.saveOverrides).toHaveBeenLastCalledWith(left);
  expect(core.analyze).toHaveBeenLastCalledWith({ sheets: [] }, { lang: 'vi', overrides: left, exactTime: undefined });
  expect(screen.getAllByRole('button', { name: /^Bỏ ghim/ })).toHaveLength(2);
  fireEvent.click(screen.getByRole('button', { name: `Bỏ ghim bảng ${SCHEMA.survey.label.vi}` }));
  await screen.findByText(`Đã bỏ ghim bảng «${SCHEMA.survey.label.vi}» và kiểm tra lại.`);
  expect(host.saveOverrides).toHaveBeenLastCalledWith({ fields: { budget: { estimate: 'C' } } });
  expect(screen.queryByTestId('pins-survey')).toBeNull();
});

test('«Bỏ ghim» in English: the list, the button names and the message are English; the last pin leaves no setting behind', async () => {
  const host = fakeHost({ fields: { budget: { actual: 'E' } } });
  const core = fakeCore();
  renderUnstyled(<App host={host} mode="addin" lang="en" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Check data' }));
  const actual = SCHEMA.budget.fields.find((f) => f.key === 'actual')!.label.en;
  const unpin = await screen.findByRole('button', { name: `Unpin the ${actual} column of the table ${SCHEMA.budget.label.en}` });
  expect(unpin.textContent).toBe('Unpin');
  expect(screen.getByTestId('pins-budget').textContent).toContain(`${actual} pinned to column E`);
  fireEvent.click(unpin);
  await screen.findByText(`Unpinned the ${actual} column of the table «${SCHEMA.budget.label.en}» and checked again.`);
  expect(host.saveOverrides).toHaveBeenLastCalledWith({});
  expect(screen.queryByTestId('pins-budget')).toBeNull();
  expect(screen.queryByRole('button', { name: /^Unpin/ })).toBeNull();
});

test('with errors, "Tạo báo cáo" asks before writing; cancel writes nothing', async () => {
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo' }));
  const dialog = await screen.findByRole('alertdialog');
  expect(dialog.textContent).toContain('Còn 1 lỗi');
  fireEvent.click(screen.getByRole('button', { name: 'Xem lại lỗi' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  expect(host.writeReportSheet).not.toHaveBeenCalled();
});

test('confirming writes the report sheet and offers to go to it', async () => {
  const host = fakeHost();
  const core = fakeCore();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo' }));
  await screen.findByRole('alertdialog');
  fireEvent.click(screen.getByRole('button', { name: 'Vẫn tạo báo cáo' }));
  expect(await screen.findByText(/Đã tạo sheet «Báo cáo»\./)).toBeTruthy();
  expect(host.writeReportSheet).toHaveBeenCalledTimes(1);
  expect(core.reportSheetLayout).toHaveBeenCalledWith(expect.objectContaining({ issues: ISSUES }), 'vi', 'pane');
  fireEvent.click(screen.getByText('Đi tới sheet'));
  expect(host.selectCell).toHaveBeenCalledWith('Báo cáo', 'A1');
});

test('without errors the report is written with no question', async () => {
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore(fakeAnalysis(ISSUES.filter((i) => i.severity !== 'error')))} />);
  fireEvent.click(screen.getByRole('button', { name: 'Tạo báo cáo' }));
  expect(await screen.findByText(/Đã tạo sheet «Báo cáo»/)).toBeTruthy();
  expect(screen.queryByRole('alertdialog')).toBeNull();
  expect(host.writeReportSheet).toHaveBeenCalledTimes(1);
});

test('an error from the host becomes a clear message, not a blank pane', async () => {
  const host = fakeHost();
  host.readSnapshot.mockRejectedValue(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }));
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Excel đang bận');
  expect(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }).hasAttribute('disabled')).toBe(false);
});

test('mark and unmark call the host with the issues that name a cell', async () => {
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  await screen.findByTestId('count-error');
  fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu ô lỗi' }));
  expect(await screen.findByText('Đã đánh dấu 3 ô.')).toBeTruthy();
  expect(host.markIssues).toHaveBeenCalledWith(ISSUES.slice(0, 3));
  fireEvent.click(screen.getByRole('button', { name: 'Bỏ đánh dấu' }));
  expect(await screen.findByText('Đã bỏ các đánh dấu của tiện ích.')).toBeTruthy();
  expect(host.clearMarks).toHaveBeenCalledTimes(1);
});

describe('the Word draft', () => {
  const createObjectURL = jest.fn(() => 'blob:draft');
  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  });

  test('on Windows and the web it is a download', async () => {
    const clicks: string[] = [];
    const spy = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const core = fakeCore();
    renderUnstyled(<App host={fakeHost()} mode="addin" lang="vi" platform="PC" core={core} />);
    expect(screen.queryByRole('button', { name: 'Sao chép nội dung' })).toBeNull();
    // By keyboard: the button has the focus, and has it again once the draft is downloaded (not the page's body).
    const word = screen.getByRole('button', { name: 'Tải bản Word' });
    word.focus();
    fireEvent.click(word);
    // The fake data holds an error: asked as for the report, same words.
    expect((await screen.findByRole('alertdialog')).textContent).toContain('Còn 1 lỗi');
    expect(core.buildWordDraft).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Vẫn tạo báo cáo' }));
    expect(await screen.findByText(/Đã tải về bản Word/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tải bản Word' })));
    expect(core.buildWordDraft).toHaveBeenCalledTimes(1);
    expect(clicks).toEqual(['Bao-cao-CCHC.docx']);
    spy.mockRestore();
  });

  test('on Mac it offers to copy the contents instead, and copies formatted text', async () => {
    const write = jest.fn(async () => undefined);
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    Object.assign(window, { ClipboardItem: FakeClipboardItem });
    Object.assign(navigator, { clipboard: { write } });
    const core = fakeCore();
    renderUnstyled(<App host={fakeHost()} mode="addin" lang="vi" platform="Mac" core={core} />);
    expect(screen.queryByRole('button', { name: 'Tải bản Word' })).toBeNull();
    expect(screen.getByText(/mở Word rồi dán/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sao chép nội dung' }));
    expect(await screen.findByText('Đã sao chép bản nháp; mở Word và dán (⌘V).')).toBeTruthy();
    expect(core.buildWordDraft).not.toHaveBeenCalled();
    expect(core.draftHtml).toHaveBeenCalledWith(core.analyze.mock.results[0].value);
    const item = (write.mock.calls[0] as unknown as [FakeClipboardItem[]])[0][0];
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
  });
});

test('the language switch turns the pane into English and rewords the issues without checking again', async () => {
  const core = fakeCore();
  renderUnstyled(<App host={fakeHost()} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  await screen.findByTestId('count-error');
  expect(screen.getByText(SAID[0])).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toBeTruthy();
  expect(await screen.findByText(issueMessage(ISSUES[0], 'en'))).toBeTruthy();
  expect(screen.queryByText(SAID[0])).toBeNull();
  expect(core.analyze).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('Checked: 1 error, 2 warnings, 1 note.')).toBeTruthy();
});

test('after a language switch the last message stays, reworded, and is not replaced by the check summary', async () => {
  const core = fakeCore();
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  await screen.findByTestId('count-error');
  fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu ô lỗi' }));
  expect(await screen.findByText('Đã đánh dấu 3 ô.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByText('3 cells marked.')).toBeTruthy();
  expect(core.analyze).toHaveBeenCalledTimes(1);
  expect(screen.queryByText(/^Checked\./)).toBeNull();
  // The message has a dismiss icon button (named for screen readers), not a second line.
  fireEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByText('3 cells marked.')).toBeNull();
});

test('a found table is a link that selects its range', async () => {
  const host = fakeHost();
  renderUnstyled(<App host={host} mode="addin" lang="vi" core={fakeCore()} />);
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
  const budget = await screen.findByTestId('table-budget');
  expect(budget.getAttribute('data-found')).toBe('true');
  expect(screen.getByTestId('table-survey').getAttribute('data-found')).toBe('false');
  fireEvent.click(screen.getByText('Thu chi!A4:H17'));
  expect(host.selectCell).toHaveBeenCalledWith('Thu chi', 'A4:H17');
});

describe('"Tạo sheet mẫu" (issue 11 §5)', () => {
  const layout = (name: string) => ({ name, cells: [], merges: [], columnWidths: [] });

  it('asks first, naming only the sheets the workbook lacks; cancelling adds nothing; with all there it adds none', async () => {
    const host = fakeHost();
    const core = {
      ...fakeCore({ ...fakeAnalysis(), sheets: ['Thu chi', 'Ghi chú'] }),
      templateLayouts: jest.fn(() => [layout('Thu chi'), layout('Cán bộ'), layout('TTHC')]),
    };
    renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sheet mẫu' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Sẽ thêm 2 sheet trống');
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Cán bộ', 'TTHC']);
    expect(dialog.textContent).toContain('Sổ tính đã có, không thêm lại: Thu chi (đã có sheet «Thu chi», chứa bảng Thu, chi ngân sách).');
    fireEvent.click(screen.getByRole('button', { name: 'Không thêm' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(host.addTemplateSheets).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Tạo sheet mẫu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm các sheet này' }));
    await screen.findByText(/^Đã thêm các sheet mẫu/);
    expect(host.addTemplateSheets).toHaveBeenCalledWith([layout('Cán bộ'), layout('TTHC')]);

    // The workbook now has them all: a second click says so and adds nothing.
    core.analyze.mockReturnValue({ ...fakeAnalysis(), sheets: ['Thu chi', 'Ghi chú', 'Cán bộ', 'TTHC'] });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await screen.findByText(/^Đã kiểm tra/);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sheet mẫu' }));
    await screen.findByText(
      'Không thêm sheet mẫu nào: sổ tính đã có Thu chi (đã có sheet «Thu chi», chứa bảng Thu, chi ngân sách); ' +
        'Cán bộ (đã có sheet «Cán bộ» nhưng chưa thấy bảng số liệu trên đó); TTHC (đã có sheet «TTHC» nhưng chưa thấy bảng số liệu trên đó).',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(host.addTemplateSheets).toHaveBeenCalledTimes(1);
  });

  it('a template sheet whose table was found on a sheet of another name is not offered (the staff list on «CBCC»)', async () => {
    const host = fakeHost();
    const a = fakeAnalysis();
    const staff = { located: { table: 'staff' as const, sheet: 'CBCC', range: 'A3:F40', headerRows: [2], dataRows: [3], columns: {} }, rows: [] };
    const core = {
      ...fakeCore({ ...a, sheets: ['Thu chi', 'CBCC'], tables: { ...a.tables, staff } }),
      templateLayouts: jest.fn(() => [
        { ...layout('Ngân sách'), table: 'budget' as const },
        { ...layout('Cán bộ'), table: 'staff' as const },
        { ...layout('TTHC'), table: 'tthc' as const },
      ]),
    };
    renderUnstyled(<App host={host} mode="addin" lang="vi" core={core} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo sheet mẫu' }));
    const dialog = await screen.findByRole('dialog');
    expect([...dialog.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['TTHC']);
    expect(dialog.textContent).toContain('Sổ tính đã có, không thêm lại: Ngân sách (sheet «Thu chi»); Cán bộ (sheet «CBCC»).');
  });

  it('after "Kiểm tra dữ liệu" the focus is on the result', async () => {
    renderUnstyled(<App host={fakeHost()} mode="addin" lang="vi" core={fakeCore()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra dữ liệu' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('check-result')));
  });
});
