/** The dossier log counted into the TTHC figures, with a case on every boundary of the rule (docs/reporting-schema.md §2). */
import { computeFigures, TIMING_RULE, timingRule } from '../../../src/core/figures';
import { toSerial } from '../../../src/core/format';
import { readResult, table } from './fixtures';
import { said } from '../../helpers/words';

const d = (y: number, m: number, day: number, hh = 0, mm = 0) => toSerial(y, m, day, hh, mm);
const COLS = { code: 'A', field: 'B', channel: 'C', receivedAt: 'D', dueAt: 'E', doneAt: 'F' };

const log = table('dossiers', 'Hồ sơ', COLS, [
  // done the due day at another time: on time by day; early (D1) / late (D2) by exact time
  { code: 'D1', field: 'Hộ tịch', channel: 'online', receivedAt: d(2023, 1, 5, 9), dueAt: d(2023, 1, 10, 17), doneAt: d(2023, 1, 10, 10) },
  { code: 'D2', field: 'Hộ tịch', channel: 'direct', receivedAt: d(2023, 1, 5, 9), dueAt: d(2023, 1, 10, 8), doneAt: d(2023, 1, 10, 10) },
  // postal counts as direct; early
  { code: 'D3', field: 'Hộ tịch', channel: 'postal', receivedAt: d(2023, 2, 1), dueAt: d(2023, 2, 5), doneAt: d(2023, 2, 3) },
  // received before the period, done inside it: carried over, resolved late
  { code: 'D4', field: 'hộ tịch', channel: 'direct', receivedAt: d(2022, 12, 20), dueAt: d(2023, 1, 3), doneAt: d(2023, 1, 4) },
  // received and done before the period: not counted at all
  { code: 'D5', field: 'Chứng thực', channel: 'direct', receivedAt: d(2022, 12, 1), dueAt: d(2022, 12, 10), doneAt: d(2022, 12, 15) },
  // pending, overdue at the period's end
  { code: 'D6', field: 'Chứng thực', channel: 'online', receivedAt: d(2023, 3, 20), dueAt: d(2023, 3, 25), doneAt: null },
  // pending, due on the period's last day at 15:00: in time by day, overdue by exact time
  { code: 'D7', field: 'Chứng thực', channel: 'direct', receivedAt: d(2023, 3, 25), dueAt: d(2023, 3, 31, 15), doneAt: null },
  // done after the period: still pending at its end, in time
  { code: 'D8', field: 'Chứng thực', channel: 'direct', receivedAt: d(2023, 3, 28), dueAt: d(2023, 4, 5), doneAt: d(2023, 4, 2) },
  // received after the period: not counted
  { code: 'D9', field: 'Chứng thực', channel: 'online', receivedAt: d(2023, 4, 3), dueAt: d(2023, 4, 8), doneAt: null },
  // received on the last day, late in the afternoon: inside the period
  { code: 'D10', field: 'Chứng thực', channel: 'direct', receivedAt: d(2023, 3, 31, 16), dueAt: d(2023, 4, 10), doneAt: null },
]);

const period = { periodStart: d(2023, 1, 1), periodEnd: d(2023, 3, 31) };

describe('dossier log -> TTHC figures', () => {
  test('by calendar day (default)', () => {
    const { figures, issues } = computeFigures(readResult({ dossiers: log }, period));
    const t = figures.tthc!;
    expect({ received: t.received, online: t.online, direct: t.direct, carriedOver: t.carriedOver }).toEqual({
      received: 8,
      online: 2,
      direct: 5,
      carriedOver: 1,
    });
    expect({ resolved: t.resolved, early: t.early, onTime: t.onTime, late: t.late }).toEqual({ resolved: 4, early: 1, onTime: 2, late: 1 });
    expect({ pending: t.pending, inTime: t.pendingInTime, overdue: t.pendingOverdue }).toEqual({ pending: 4, inTime: 3, overdue: 1 });
    expect([t.onlinePct, t.onTimePct, t.latePct]).toEqual([25, 75, 25]);
    // balance: received = resolved + pending
    expect(t.received).toBe(t.resolved! + t.pending!);
    expect(issues).toEqual([]);
  });

  test('by exact time', () => {
    const t = computeFigures(readResult({ dossiers: log }, period), { exactTime: true }).figures.tthc!;
    expect({ early: t.early, onTime: t.onTime, late: t.late }).toEqual({ early: 2, onTime: 0, late: 2 });
    expect({ inTime: t.pendingInTime, overdue: t.pendingOverdue }).toEqual({ inTime: 2, overdue: 2 });
    expect(t.received).toBe(8);
  });

  test('by field, grouped after folding', () => {
    const t = computeFigures(readResult({ dossiers: log }, period)).figures.tthc!;
    expect(t.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(t.byField[0]).toMatchObject({ received: 4, carriedOver: 1, resolved: 4, early: 1, onTime: 2, late: 1, pending: 0 });
    expect(t.byField[1]).toMatchObject({ received: 4, online: 1, direct: 3, resolved: 0, pending: 4, pendingInTime: 3, pendingOverdue: 1 });
    expect(t.byField[1].onTimePct).toBeNull(); // nothing resolved: no share, not 0
  });

  test('sources name the date columns', () => {
    const { sources } = computeFigures(readResult({ dossiers: log }, period));
    expect(sources['tthc.received']).toEqual([{ sheet: 'Hồ sơ', cell: 'D5:D14' }]);
    expect(sources['tthc.late']).toEqual([
      { sheet: 'Hồ sơ', cell: 'F5:F14' },
      { sheet: 'Hồ sơ', cell: 'E5:E14' },
    ]);
  });

  test('unknown period: every dossier counts, the pending split is unknown, and an info issue says so', () => {
    const { figures, issues } = computeFigures(readResult({ dossiers: log }));
    const t = figures.tthc!;
    expect(t.received).toBe(10);
    expect(t.carriedOver).toBe(0);
    expect(t.resolved).toBe(6);
    expect(t.pending).toBe(4);
    expect(t.pendingInTime).toBeNull();
    expect(t.pendingOverdue).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'missing-cell', table: 'info' });
    expect(said(issues[0])).toMatch(/kỳ báo cáo/);
  });

  test('a blank channel makes online and direct null; a blank due date leaves that dossier out of the timing, said', () => {
    const t2 = table('dossiers', 'Hồ sơ', COLS, [
      { code: 'A1', channel: null, receivedAt: d(2023, 1, 5), dueAt: null, doneAt: d(2023, 1, 8) },
      { code: 'A2', channel: 'online', receivedAt: d(2023, 1, 5), dueAt: d(2023, 1, 9), doneAt: d(2023, 1, 8) },
    ]);
    const { figures, issues } = computeFigures(readResult({ dossiers: t2 }, period));
    const t = figures.tthc!;
    expect(t.received).toBe(2);
    expect(t.online).toBeNull();
    expect(t.direct).toBeNull();
    expect(t.resolved).toBe(2);
    // A1 is left out of the timing (tester 11 item 10): the share is A2's.
    expect([t.early, t.onTime, t.late, t.onTimePct]).toEqual([1, 0, 0, 100]);
    // The blank channel is said at its cell (tester 16 F16), as the blank due date is.
    expect(issues.map((i) => [i.sentence, i.params.count])).toEqual([
      ['dossiers-due-missing', 1],
      ['dossiers-channel-blank', 1],
    ]);
    expect(t.pending).toBe(0);
  });

  test('the counts table wins over the dossier log when both are there', () => {
    const counts = table('tthc', 'TTHC', { received: 'B', online: 'C', direct: 'D' }, [{ received: 3, online: 1, direct: 2 }]);
    expect(computeFigures(readResult({ dossiers: log, tthc: counts }, period)).figures.tthc!.received).toBe(3);
  });

  test('the timing rule is stated in both languages', () => {
    expect(timingRule(false)).toBe(TIMING_RULE.day);
    expect(timingRule(true).vi).toMatch(/giây/);
    expect(TIMING_RULE.day.vi).toMatch(/theo ngày/);
  });
});
