/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { GROUP_PAGE, IssueList, issueLabel } from '../../src/ui/components/IssueList';
import { groupLines, issueLines } from '../../src/ui/issueLines';
import { ISSUES, renderUnstyled, SAID, stubBrowser } from './fakes';
import { SCHEMA } from '../../src/core/schema';
import { issue as make, issueMessage, issueText, type Issue } from '../../src/core/issues';

beforeAll(stubBrowser);

/** Groups as [sheet, issues] pairs, the lines' issues flattened. */
const groupBySheet = (issues: Issue[], order: string[] = []): [string, Issue[]][] =>
  groupLines(issueLines(issues), order).map(([sheet, lines]) => [sheet, lines.flatMap((l) => l.issues)]);

function renderList(onSelect?: (sheet: string, cell: string) => void) {
  return renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={ISSUES} lang="vi" door="pane" onSelect={onSelect} />
    </FluentProvider>,
  );
}

test('groups issues by sheet in order of first appearance', () => {
  expect(groupBySheet(ISSUES).map(([sheet, list]) => [sheet, list.length])).toEqual([
    ['Thu chi', 2],
    ['Văn bản', 1],
    ['', 1],
  ]);
  renderList();
  const thuChi = screen.getByRole('region', { name: 'Thu chi' });
  expect(within(thuChi).getByText(SAID[0])).toBeTruthy();
  expect(within(thuChi).getByText(SAID[1])).toBeTruthy();
  expect(within(thuChi).queryByText(SAID[2])).toBeNull();
  const vanBan = screen.getByRole('region', { name: 'Văn bản' });
  expect(within(vanBan).getByText('B7')).toBeTruthy();
  // An issue with no sheet goes under a general heading, labelled by its table.
  const general = screen.getByRole('region', { name: 'Chung' });
  expect(within(general).getByText(SAID[3])).toBeTruthy();
  expect(within(general).getByText(SCHEMA.survey.label.vi)).toBeTruthy();
  expect(screen.queryByText('(cả sheet)')).toBeNull();
});

test('shows cell, message and hint of each item', () => {
  renderList();
  expect(screen.getByText('C9')).toBeTruthy();
  expect(screen.getByText(issueText(ISSUES[0], 'vi', 'pane').hint!)).toBeTruthy();
});

test('the severity filter hides and shows issues', () => {
  renderList();
  const warnings = screen.getByRole('button', { name: 'Cảnh báo (2)' });
  expect(warnings.getAttribute('aria-pressed')).toBe('true');
  fireEvent.click(warnings);
  expect(warnings.getAttribute('aria-pressed')).toBe('false');
  expect(screen.queryByText(SAID[1])).toBeNull();
  // The whole "Văn bản" group held only a warning, so it goes.
  expect(screen.queryByRole('region', { name: 'Văn bản' })).toBeNull();
  expect(screen.getByText(SAID[0])).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Lỗi (1)' }));
  expect(screen.queryByText(SAID[0])).toBeNull();
  fireEvent.click(warnings);
  expect(screen.getByText(SAID[1])).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Văn bản' })).toBeTruthy();
});

test('clicking an issue calls onSelect with its sheet and cell', () => {
  const onSelect = jest.fn();
  renderList(onSelect);
  fireEvent.click(screen.getByText(SAID[2]));
  expect(onSelect).toHaveBeenCalledWith('Văn bản', 'B7');
});

test('without onSelect the items are not buttons', () => {
  renderList();
  expect(screen.queryByRole('button', { name: /C9/ })).toBeNull();
});

test('says so when there are no issues', () => {
  renderUnstyled(<IssueList issues={[]} lang="en" door="pane" />);
  expect(screen.getByText('No issues found in the data.')).toBeTruthy();
});

const issue = (severity: Issue['severity'], sheet: string, cell: string, message: string): Issue => ({
  code: sheet ? 'number-as-text' : 'missing-table',
  severity,
  sheet,
  cell,
  table: sheet ? 'budget' : 'staff',
  field: '',
  sentence: 'not-a-number',
  params: { where: message, text: '' },
});

test('groups go by their most severe issue; "Chung" is one group, on top when it holds an error, else last', () => {
  const notes = [issue('info', '', '', 'Thiếu bảng A.'), issue('info', '', '', 'Thiếu bảng B.')];
  const sheets = [issue('warning', 'TTHC', 'D6', 'Chữ.'), issue('info', 'Ghi chú', 'A1', 'Ghi.'), issue('error', 'Thu chi', 'B5', 'Sai tổng.')];
  expect(groupBySheet([...notes, ...sheets]).map(([s]) => s)).toEqual(['Thu chi', 'TTHC', 'Ghi chú', '']);
  // Equal severity: workbook order when given.
  const two = [issue('warning', 'B', 'A1', 'x'), issue('warning', 'A', 'A1', 'y')];
  expect(groupBySheet(two).map(([s]) => s)).toEqual(['B', 'A']);
  expect(groupBySheet(two, ['A', 'B']).map(([s]) => s)).toEqual(['A', 'B']);
  // A missing required table is an error: its group stays on top.
  const required = issue('error', '', '', 'Thiếu bảng cán bộ.');
  expect(groupBySheet([...sheets, required]).map(([s]) => s)).toEqual(['', 'Thu chi', 'TTHC', 'Ghi chú']);
  // ...with the general notes under the same heading, after the error.
  const mixed = groupBySheet([...notes, ...sheets, required]);
  expect(mixed.map(([s, list]) => [s, list.map((i) => i.params.where)])).toEqual([
    ['', ['Thiếu bảng cán bộ.', 'Thiếu bảng A.', 'Thiếu bảng B.']],
    ['Thu chi', ['Sai tổng.']],
    ['TTHC', ['Chữ.']],
    ['Ghi chú', ['Ghi.']],
  ]);
});

test('an issue is labelled by its cell, the whole sheet, or the table it is about', () => {
  expect(issueLabel(issue('error', 'Thu chi', 'B5', ''), 'vi')).toBe('B5');
  expect(issueLabel(issue('error', 'Thu chi', '', ''), 'en')).toBe('(whole sheet)');
  expect(issueLabel(issue('info', '', '', ''), 'en')).toBe(SCHEMA.staff.label.en);
  expect(issueLabel({ ...issue('info', '', '', ''), table: '' }, 'vi')).toBe('Chung');
});

test('a long group shows its first issues and a button for the rest', () => {
  // One per column, so that none collapse.
  const many = Array.from({ length: GROUP_PAGE + 5 }, (_, n) => issue('warning', 'Văn bản', `${String.fromCharCode(65 + n)}2`, `Vấn đề số ${n}.`));
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={many} lang="vi" door="pane" />
    </FluentProvider>,
  );
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(GROUP_PAGE);
  fireEvent.click(screen.getByRole('button', { name: 'Xem thêm 5 vấn đề' }));
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(GROUP_PAGE + 5);
  // The button is gone: the focus goes to the first line it showed, not to the page's top.
  expect(document.activeElement).toBe(document.querySelectorAll('li[data-severity]')[GROUP_PAGE]);
});

test('with an action, "show more" hands the focus to the first new line\'s button, whose tooltip says what it does', () => {
  const many = Array.from({ length: GROUP_PAGE + 2 }, (_, n) => issue('warning', 'Văn bản', `${String.fromCharCode(65 + n)}2`, `Vấn đề số ${n}.`));
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={many} lang="vi" door="pane" onSelect={jest.fn()} selectAction="copy" />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Xem thêm 2 vấn đề' }));
  const focused = document.activeElement as HTMLElement;
  expect(focused.tagName).toBe('BUTTON');
  expect(focused.closest('li')).toBe(document.querySelectorAll('li[data-severity]')[GROUP_PAGE]);
  expect(focused.title).toBe('Chép địa chỉ ô để mở trong Excel (Ctrl+G)');
  expect(screen.queryByRole('button', { name: /Xem thêm/ })).toBeNull();
});

test('issues are real buttons (keyboard reaches them) with the cell in their name', () => {
  const onSelect = jest.fn();
  renderList(onSelect);
  const button = screen.getByRole('button', { name: /^Lỗi C9 Ở dòng Tổng thu/ });
  expect(button.tagName).toBe('BUTTON');
  expect(button.getAttribute('type')).toBe('button');
  // The general issue has no sheet to go to, so it is not a button.
  expect(screen.queryByRole('button', { name: /Chưa tìm thấy bảng/ })).toBeNull();
});

describe('a list a clerk can work through (issue 11 §4)', () => {
  const asText = (cell: string, more?: number): Issue => ({
    ...make('number-as-text', { sheet: 'Thu chi', cell, table: 'budget', field: 'actual' }, { where: `Ô ${cell}`, text: '1.000', value: 1000 }),
    ...(more ? { more } : {}),
  });
  const twelve = Array.from({ length: 12 }, (_, n) => asText(`E${n + 5}`));
  const sum = make(
    'sum-of-rows',
    { sheet: 'Thu chi', cell: 'E17', table: 'budget', field: 'actual' },
    { row: 'dòng Tổng', field: 'thực hiện', totalValue: 100, sum: 90 },
    { severity: 'warning' },
  );
  const blank = make('blank-row', { sheet: 'Thu chi', cell: 'A9:H9', table: 'budget' }, { table: 'Thu chi' });
  const error = make('not-a-date', { sheet: 'Cán bộ', cell: 'D4', table: 'staff', field: 'birth' }, { where: 'Ô D4', text: '31/02/1980', effect: '' });

  it('issues of one code in one column are one line with their count and range; other codes and columns stay apart', () => {
    const lines = issueLines([...twelve, asText('F5'), sum]);
    expect(lines.map((l) => [l.range, l.count])).toEqual([
      ['E5:E16', 12],
      ['F5', 1],
      ['E17', 1],
    ]);
    // Cells the analysis left out (Issue.more) count too.
    expect(issueLines([asText('E5'), asText('E6', 40)]).map((l) => [l.range, l.count])).toEqual([['E5:E6', 42]]);
  });

  it('errors first, then the warnings that change a figure, then the rest', () => {
    const [[first], [second, lines]] = groupLines(issueLines([...twelve, blank, sum, error]), ['Thu chi', 'Cán bộ']);
    expect(first).toBe('Cán bộ');
    expect(second).toBe('Thu chi');
    expect(lines.map((l) => l.first.code)).toEqual(['sum-mismatch', 'number-as-text', 'blank-row']);
  });

  it('on screen: twelve notes in one line that selects their range, under the figure warning', () => {
    const onSelect = jest.fn();
    renderUnstyled(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={[...twelve, sum]} lang="vi" door="pane" onSelect={onSelect} sheetOrder={['Thu chi']} />
      </FluentProvider>,
    );
    const items = [...document.querySelectorAll('li[data-severity]')];
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain(issueMessage(sum, 'vi'));
    expect(items[1].textContent).toMatch(/^Cảnh báoE5:E16\(12 ô\)Ví dụ: Ô E5 ghi số dưới dạng chữ «1\.000»/);
    fireEvent.click(screen.getByRole('button', { name: /^Cảnh báo E5:E16/ }));
    expect(onSelect).toHaveBeenCalledWith('Thu chi', 'E5:E16');
    // The filter still counts cells, not lines.
    expect(screen.getByRole('button', { name: 'Cảnh báo (13)' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { name: 'Thu chi' })).toHaveLength(1);
  });
});

describe('a line groups only issues that say the same but for the cell (tester, point 2)', () => {
  const notFound = (line: string, lineWord: string) =>
    make('budget-line-not-found', { sheet: 'Sheet1', cell: 'B14:K18', table: 'budget', field: 'content' }, { line, lineWord });
  const thu = notFound('Tổng thu', 'Thu');
  const chi = notFound('Tổng chi', 'Chi');
  const asText = (cell: string) =>
    make('number-as-text', { sheet: 'Thu chi', cell, table: 'budget', field: 'actual' }, { where: `Ô ${cell}`, text: `1.00${cell.slice(1)}`, value: 1000 });
  const four = ['F6', 'F7', 'F8', 'F9'].map(asText);

  it('"Tổng thu" and "Tổng chi" not found are two lines; cells of one sentence in one column are one', () => {
    expect(issueLines([thu, chi]).map((l) => l.issues.length)).toEqual([1, 1]);
    expect(issueLines(four).map((l) => [l.range, l.count])).toEqual([['F6:F9', 4]]);
  });

  it('on screen both missing lines show, and neither offers «Ghim cột» (no column answers a missing row)', () => {
    renderUnstyled(
      <FluentProvider theme={webLightTheme}>
        <IssueList
          issues={[thu, chi]}
          lang="vi"
          door="pane"
          onPinField={jest.fn()}
          tables={
            { budget: { located: { table: 'budget', sheet: 'Sheet1', range: 'B14:K18', headerRows: [13], dataRows: [17], columns: {} }, rows: [] } } as never
          }
        />
      </FluentProvider>,
    );
    expect(screen.getByText(issueMessage(thu, 'vi'))).toBeTruthy();
    expect(screen.getByText(issueMessage(chi, 'vi'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ghim cột/ })).toBeNull();
  });

  it('a column issue still offers «Ghim cột»', () => {
    const twice = make(
      'column-named-twice',
      { sheet: 'Sheet1', cell: 'J14', table: 'budget', field: 'statedPct' },
      { column: SCHEMA.budget.label, table: SCHEMA.budget.label, kept: 'I' },
    );
    renderUnstyled(
      <FluentProvider theme={webLightTheme}>
        <IssueList
          issues={[twice]}
          lang="vi"
          door="pane"
          onPinField={jest.fn()}
          tables={
            { budget: { located: { table: 'budget', sheet: 'Sheet1', range: 'B14:K18', headerRows: [13], dataRows: [17], columns: {} }, rows: [] } } as never
          }
        />
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: /Ghim cột/ })).toBeTruthy();
  });

  it('an actual column of another period offers «Ghim cột» too (tester 6 item 5)', () => {
    const off = make(
      'column-period-differs',
      { sheet: 'Thu chi NS', cell: 'D4:D5', table: 'budget', field: 'actual' },
      { table: SCHEMA.budget.label, column: 'Thực hiện', label: 'Thực hiện quý IV', header: 'D3', period: 'năm 2023' },
    );
    renderUnstyled(
      <FluentProvider theme={webLightTheme}>
        <IssueList
          issues={[off]}
          lang="vi"
          door="pane"
          onPinField={jest.fn()}
          tables={
            { budget: { located: { table: 'budget', sheet: 'Thu chi NS', range: 'A3:E5', headerRows: [2], dataRows: [3, 4], columns: {} }, rows: [] } } as never
          }
        />
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: /Ghim cột/ })).toBeTruthy();
  });

  it("a line of four cells names them all in its hint and gives one cell's value as an example", () => {
    renderUnstyled(
      <FluentProvider theme={webLightTheme}>
        <IssueList issues={four} lang="vi" door="pane" />
      </FluentProvider>,
    );
    const [item] = [...document.querySelectorAll('li[data-severity]')];
    expect(item.textContent).toContain('Đổi các ô F6:F9 sang kiểu số');
    expect(item.textContent).not.toContain('Đổi ô F6');
    expect(item.textContent).toContain('Ví dụ: Ô F6 ghi số dưới dạng chữ «1.006»');
  });
});

test('each line says its severity in words, beside a shape, not only by its border colour (tester, point 5)', () => {
  renderList();
  const items = [...document.querySelectorAll('li[data-severity]')];
  for (const li of items) {
    const word = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' }[li.getAttribute('data-severity') as 'error'];
    expect(li.textContent!.startsWith(word)).toBe(true);
    expect(li.querySelector('svg')).not.toBeNull();
  }
  expect(items.map((li) => li.getAttribute('data-severity')).sort()).toEqual(['error', 'info', 'warning', 'warning']);
});

test('a sheet named in a legacy font (TCVN3) heads its group as written, then its reading; Go To gets the name as written', () => {
  const legacy = 'B¶ng l\u00ad¬ng';
  const i = make('number-as-text', { sheet: legacy, cell: 'C5', table: 'budget', field: 'actual' }, { where: 'Ô C5', text: '1.000', value: 1000 });
  const selected: string[] = [];
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={[i]} lang="vi" door="pane" onSelect={(sheet) => selected.push(sheet)} />
    </FluentProvider>,
  );
  const group = screen.getByRole('region', { name: `${legacy} (Bảng lương)` });
  expect(within(group).getByRole('heading').textContent).toBe(`${legacy} (Bảng lương)`);
  fireEvent.click(within(group).getAllByRole('button')[0]);
  expect(selected).toEqual([legacy]);
});
