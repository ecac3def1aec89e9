/** One-stop systems' summary wording (issue 17, point 7; docs/reporting-schema.md §2 tthc). */
import { analyzeShared, errorsOf } from './vocab-helpers';

describe('one-stop summaries: "Số đầu kỳ", "Tiếp nhận trong kỳ", "Hồ sơ giải quyết xong", "Sớm hạn", "Tổng số trễ hạn"', () => {
  it('R1: every count read from its own column', async () => {
    const a = await analyzeShared('cases', 'R1_tthc_opencps_vocab.xlsx');
    expect(a.figures.tthc).toMatchObject({
      received: 97,
      carriedOver: 2,
      resolved: 91,
      early: 40,
      onTime: 49,
      late: 2,
      pending: 6,
      pendingInTime: 5,
      pendingOverdue: 1,
      onTimePct: 97.8,
      latePct: 2.2,
    });
    // "Tổng số trễ hạn" (late + pending overdue) is its own column, never the late count.
    const cols = a.tables.tthc!.located.columns;
    expect(cols.late).toBe(8);
    expect(cols.lateTotal).toBe(12);
    expect(cols.receivedInPeriod).toBe(4);
    expect(errorsOf(a)).toEqual([]);
    expect(a.issues.filter((i) => i.code === 'duplicate-label' || i.code === 'sum-mismatch')).toEqual([]);
  });

  it('the real OpenCPS report, filled', async () => {
    const a = await analyzeShared('realworld', 'opencps_dossiercount1_filled.xlsx');
    expect(a.figures.tthc).toMatchObject({
      received: 112,
      carriedOver: 5,
      resolved: 101,
      early: 41,
      onTime: 55,
      late: 5,
      pending: 11,
      pendingInTime: 9,
      pendingOverdue: 2,
      onTimePct: 95,
      latePct: 5,
    });
    expect(a.figures.tthc!.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực', 'Đất đai']);
    expect(errorsOf(a)).toEqual([]);
  });

  it('the real OpenCPS template: every count column mapped, its tags are blanks, not type errors', async () => {
    const a = await analyzeShared('realworld', 'opencps__statisticmgt-dossiercount1.xlsx');
    expect(a.tables.tthc!.located.columns).toMatchObject({
      received: 2,
      carriedOver: 3,
      receivedInPeriod: 4,
      resolved: 5,
      early: 6,
      onTime: 7,
      late: 8,
      pending: 9,
      pendingInTime: 10,
      pendingOverdue: 11,
      lateTotal: 12,
    });
    expect(a.issues.filter((i) => i.code === 'type-error')).toEqual([]);
  });
});
