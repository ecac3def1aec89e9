/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { IssueList, groupBySheet } from '../../src/ui/components/IssueList';
import { ISSUES, stubBrowser } from './fakes';

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
  expect(within(thuChi).getByText('Tổng thu không bằng tổng các khoản.')).toBeTruthy();
  expect(within(thuChi).getByText('Số được gõ dạng chữ.')).toBeTruthy();
  expect(within(thuChi).queryByText('Ngày văn bản sau ngày báo cáo.')).toBeNull();
  const vanBan = screen.getByRole('region', { name: 'Văn bản' });
  expect(within(vanBan).getByText('B7')).toBeTruthy();
  // An issue with no sheet goes under a general heading.
  expect(within(screen.getByRole('region', { name: '(chung)' })).getByText('Không thấy bảng khảo sát.')).toBeTruthy();
});

test('shows cell, message and hint of each item', () => {
  renderList();
  expect(screen.getByText('C9')).toBeTruthy();
  expect(screen.getByText('Kiểm tra lại đơn vị.')).toBeTruthy();
});

test('the severity filter hides and shows issues', () => {
  renderList();
  const warnings = screen.getByRole('button', { name: 'Cảnh báo (2)' });
  expect(warnings.getAttribute('aria-pressed')).toBe('true');
  fireEvent.click(warnings);
  expect(warnings.getAttribute('aria-pressed')).toBe('false');
  expect(screen.queryByText('Số được gõ dạng chữ.')).toBeNull();
  // The whole "Văn bản" group held only a warning, so it goes.
  expect(screen.queryByRole('region', { name: 'Văn bản' })).toBeNull();
  expect(screen.getByText('Tổng thu không bằng tổng các khoản.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Lỗi (1)' }));
  expect(screen.queryByText('Tổng thu không bằng tổng các khoản.')).toBeNull();
  fireEvent.click(warnings);
  expect(screen.getByText('Số được gõ dạng chữ.')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Văn bản' })).toBeTruthy();
});

test('clicking an issue calls onSelect with its sheet and cell', () => {
  const onSelect = jest.fn();
  renderList(onSelect);
  fireEvent.click(screen.getByText('Ngày văn bản sau ngày báo cáo.'));
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
