/** @jest-environment jsdom */
/** The tables list's "required" badge agrees with the counts (issue 11 §4). */
import { screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TablesFound } from '../../src/ui/components/TablesFound';
import { issue } from '../../src/core/issues';
import { SCHEMA } from '../../src/core/schema';
import type { AnalysisView } from '../../src/ui/analysisView';
import { renderUnstyled, stubBrowser } from './fakes';

beforeAll(stubBrowser);

const dossiers = {
  located: { table: 'dossiers', sheet: 'Hồ sơ', range: 'A3:H40', headerRows: [2], columns: {} },
} as unknown as NonNullable<AnalysisView['tables']['dossiers']>;
const missingBudget = issue(
  'table-not-found',
  { sheet: '', cell: '', table: 'budget' },
  { table: SCHEMA.budget.label, orOther: '', columns: 'Nội dung, Dự toán' },
  { severity: 'error' },
);

test('a dossier log stands in for the TTHC table: no red, no "bắt buộc"; a missing table counted as an error has both', () => {
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <TablesFound tables={{ dossiers }} issues={[missingBudget]} lang="vi" />
    </FluentProvider>,
  );
  const tthc = screen.getByTestId('table-tthc');
  expect(tthc.dataset.found).toBe('false');
  expect(tthc.textContent).toContain('không cần: đã có Danh sách hồ sơ TTHC');
  expect(tthc.textContent).not.toContain('bắt buộc');
  expect(screen.getByTestId('table-budget').textContent).toContain('bắt buộc');
  // A separator between the state and the badge (was read "chưa tìm thấy bắt buộc" as one phrase).
  expect(screen.getByTestId('table-budget').textContent).toContain('chưa tìm thấy, bắt buộc');
  // Exactly as many badges as errors for missing tables.
  expect(screen.getAllByText('bắt buộc')).toHaveLength(1);
});

test('a table read from several sheets lists every part, each a link to its own range (tester 11 item 2)', () => {
  const staff = {
    located: {
      table: 'staff',
      sheet: 'Cán bộ',
      range: 'A2:E5',
      headerRows: [1],
      columns: {},
      parts: [
        { sheet: 'Cán bộ', range: 'A2:E5' },
        { sheet: 'Công chức', range: 'A2:E6' },
      ],
    },
  } as unknown as NonNullable<AnalysisView['tables']['staff']>;
  const selected: string[] = [];
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <TablesFound tables={{ staff }} issues={[]} lang="vi" onSelect={(sheet, range) => selected.push(`${sheet}!${range}`)} />
    </FluentProvider>,
  );
  const line = screen.getByTestId('table-staff');
  expect(line.textContent).toContain('Cán bộ!A2:E5; Công chức!A2:E6');
  const links = line.querySelectorAll('a, button');
  const parts = [...links].filter((l) => /!A2/.test(l.textContent ?? ''));
  expect(parts.map((l) => l.textContent)).toEqual(['Cán bộ!A2:E5', 'Công chức!A2:E6']);
  (parts[1] as HTMLElement).click();
  expect(selected).toEqual(['Công chức!A2:E6']);
});

test('without a live selection (the web page) the parts are listed as text', () => {
  const budget = {
    located: {
      table: 'budget',
      sheet: 'Thu NS',
      range: 'A1:D3',
      headerRows: [0],
      columns: {},
      parts: [
        { sheet: 'Thu NS', range: 'A1:D3' },
        { sheet: 'Chi NS', range: 'A1:D2' },
      ],
    },
  } as unknown as NonNullable<AnalysisView['tables']['budget']>;
  renderUnstyled(
    <FluentProvider theme={webLightTheme}>
      <TablesFound tables={{ budget }} issues={[]} lang="en" />
    </FluentProvider>,
  );
  expect(screen.getByTestId('table-budget').textContent).toContain('Thu NS!A1:D3; Chi NS!A1:D2');
});
