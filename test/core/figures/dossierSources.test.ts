/** Where the dossier counts come from: the whole log and each field, read in one pass over the rows. */
import { computeFigures } from '../../../src/core/figures';
import { columnRef } from '../../../src/core/figures/common';
import { toSerial } from '../../../src/core/format';
import { readResult, table } from './fixtures';

const d = (m: number, day: number) => toSerial(2023, m, day);
const COLS = { code: 'A', field: 'B', channel: 'C', receivedAt: 'D', dueAt: 'E', doneAt: 'F' };
const row = (code: string, field: string) => ({ code, field, channel: 'online', receivedAt: d(2, 1), dueAt: d(2, 5), doneAt: d(2, 3) });

// Rows 5..10: "Hộ tịch" on rows 5, 7, 8, 10 (a range), "Đất đai" on rows 6 and 9 (listed: three rows or fewer).
const log = table('dossiers', 'Hồ sơ', COLS, [
  row('D1', 'Hộ tịch'),
  row('D2', 'Đất đai'),
  row('D3', 'hộ tịch'),
  row('D4', 'Hộ tịch'),
  row('D5', 'Đất đai'),
  row('D6', 'Hộ tịch'),
]);
const info = { periodStart: d(1, 1), periodEnd: d(12, 31) };
const cells = (refs: { cell: string }[] | undefined) => (refs ?? []).map((r) => r.cell);

describe('dossier figure sources', () => {
  const { sources } = computeFigures(readResult({ dossiers: log }, info));

  it('names the whole log by column ranges', () => {
    expect(cells(sources['tthc.received'])).toEqual(['D5:D10']);
    expect(cells(sources['tthc.online'])).toEqual(['C5:C10']);
    expect(cells(sources['tthc.early'])).toEqual(['F5:F10', 'E5:E10']);
  });

  it('names a field of many rows by the span of its rows, and a field of few rows cell by cell', () => {
    expect(cells(sources['tthc.byField.0.resolved'])).toEqual(['F5:F10']);
    expect(cells(sources['tthc.byField.0.received'])).toEqual([columnRef([log.rows[0], log.rows[2], log.rows[3], log.rows[5]], 'receivedAt')!.cell]);
    expect(cells(sources['tthc.byField.1.received'])).toEqual(['D6', 'D9']);
    expect(cells(sources['tthc.byField.1.onTimePct'])).toEqual(['F6', 'F9', 'E6', 'E9', 'F6', 'F9', 'E6', 'E9', 'F6', 'F9']); // early, on time, resolved
  });

  it('columnRef spans the rows of the first cell’s column and skips rows without the field', () => {
    expect(columnRef([], 'receivedAt')).toBeNull();
    expect(columnRef(log.rows.slice(1, 2), 'receivedAt')).toEqual({ sheet: 'Hồ sơ', cell: 'D6' });
    expect(columnRef(log.rows, 'nothing' as string)).toBeNull();
  });
});
