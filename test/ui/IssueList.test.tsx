/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { GROUP_PAGE, IssueList, groupBySheet, issueLabel } from '../../src/ui/components/IssueList';
import { ISSUES, SAID, stubBrowser } from './fakes';
import { SCHEMA } from '../../src/core/schema';
import { issueText, type Issue } from '../../src/core/issues';

beforeAll(stubBrowser);

function renderList(onSelect?: (sheet: string, cell: string) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={ISSUES} lang="vi" onSelect={onSelect} />
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
  expect(screen.getByText(issueText(ISSUES[0], 'vi').hint!)).toBeTruthy();
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
  render(<IssueList issues={[]} lang="en" />);
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

test('groups go by their most severe issue; general notes last, a general error first', () => {
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
  // ...and only the error goes up: the general notes stay last.
  const mixed = groupBySheet([...notes, ...sheets, required]);
  expect(mixed.map(([s, list]) => [s, list.length])).toEqual([['', 1], ['Thu chi', 1], ['TTHC', 1], ['Ghi chú', 1], ['', 2]]);
});

test('an issue is labelled by its cell, the whole sheet, or the table it is about', () => {
  expect(issueLabel(issue('error', 'Thu chi', 'B5', ''), 'vi')).toBe('B5');
  expect(issueLabel(issue('error', 'Thu chi', '', ''), 'en')).toBe('(whole sheet)');
  expect(issueLabel(issue('info', '', '', ''), 'en')).toBe(SCHEMA.staff.label.en);
  expect(issueLabel({ ...issue('info', '', '', ''), table: '' }, 'vi')).toBe('Chung');
});

test('a long group shows its first issues and a button for the rest', () => {
  const many = Array.from({ length: GROUP_PAGE + 5 }, (_, n) => issue('warning', 'Văn bản', `C${n + 2}`, `Vấn đề số ${n}.`));
  render(
    <FluentProvider theme={webLightTheme}>
      <IssueList issues={many} lang="vi" />
    </FluentProvider>,
  );
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(GROUP_PAGE);
  fireEvent.click(screen.getByRole('button', { name: 'Xem thêm 5 vấn đề' }));
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(GROUP_PAGE + 5);
  expect(screen.queryByRole('button', { name: /Xem thêm/ })).toBeNull();
});

test('issues are real buttons (keyboard reaches them) with the cell in their name', () => {
  const onSelect = jest.fn();
  renderList(onSelect);
  const button = screen.getByRole('button', { name: /^C9 Ở dòng Tổng thu/ });
  expect(button.tagName).toBe('BUTTON');
  expect(button.getAttribute('type')).toBe('button');
  // The general issue has no sheet to go to, so it is not a button.
  expect(screen.queryByRole('button', { name: /Chưa tìm thấy bảng/ })).toBeNull();
});
