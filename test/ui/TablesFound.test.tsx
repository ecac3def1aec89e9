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
