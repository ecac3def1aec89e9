/** The command line's issue list reads as the sheet does: per sheet, errors first, then row by row, left to right. */
import { formatIssues } from '../../src/cli/print';
import type { Issue } from '../../src/core/issues';

const at = (cell: string, severity: Issue['severity'] = 'warning', sheet = 'TTHC'): Issue => ({
  code: 'type-error',
  severity,
  sheet,
  cell,
  table: 'tthc',
  field: '',
  sentence: 'not-a-number',
  params: { where: `Ô ${cell}`, text: '«x»' },
});

it('orders a sheet’s issues by severity, then by row and column, as the clerk reads the sheet (tester 6 item 29)', () => {
  const lines = formatIssues([at('E7'), at('D7'), at('M7'), at('L7'), at('B3:C4'), at('F2', 'error'), at('A8'), at('', 'info')], 'vi');
  const cells = lines.filter((l) => l.startsWith('  [')).map((l) => l.replace(/^ {2}\[[^\]]+\] /, '').split(' ')[0]);
  expect(cells).toEqual(['F2', 'B3:C4', 'D7', 'E7', 'L7', 'M7', 'A8', 'Ô']);
});
