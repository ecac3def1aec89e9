/** The pure roll-up model: ranks with ties, the majority period, totals over communes that give a figure. */
import {
  buildRollup,
  isRollupWorkbook,
  periodCheck,
  rankDescending,
  rollupStatus,
  rollupTotals,
  sameCommune,
  sameName,
  type CommuneResult,
} from '../../src/core/rollup';
import { rollupSheets } from '../../src/core/rollup/sheets';
import { EDUCATION_LEVELS, type Figures, type TthcFigures } from '../../src/core/figures/types';

const tthc = (
  received: number | null,
  online: number | null,
  resolved: number | null,
  early: number | null,
  onTime: number | null,
  late: number | null,
): TthcFigures => ({
  received,
  online,
  direct: received !== null && online !== null ? received - online : null,
  carriedOver: null,
  resolved,
  early,
  onTime,
  late,
  pending: null,
  pendingInTime: null,
  pendingOverdue: null,
  onlinePct: null,
  onTimePct: null,
  latePct: null,
  byField: [],
});
const figures = (over: Partial<Figures>): Figures => ({
  indicators: null,
  survey: null,
  documents: null,
  tthc: null,
  staff: null,
  budget: null,
  investment: null,
  ...over,
});
const commune = (file: string, f: Partial<Figures>, period: [number | null, number | null] = [45292, 45657], errors = 0): CommuneResult => ({
  file,
  agency: file.toUpperCase(),
  periodStart: period[0],
  periodEnd: period[1],
  counts: { error: errors, warning: 0, info: 0 },
  figures: figures(f),
  issues: [],
});

describe('rankDescending', () => {
  it('ranks highest first with ties equal (1, 1, 3) and leaves the unknown unranked at the end', () => {
    expect(rankDescending([80, 95.5, null, 95.5, 60]).map((r) => [r.index, r.rank])).toEqual([
      [1, 1],
      [3, 1],
      [0, 3],
      [4, 4],
      [2, null],
    ]);
  });
});

describe('periodCheck', () => {
  it('flags the communes whose period differs from the majority, and those without one', () => {
    const p = periodCheck([
      { periodStart: 100, periodEnd: 200 },
      { periodStart: 100.5, periodEnd: 200 },
      { periodStart: 50, periodEnd: 200 },
      { periodStart: null, periodEnd: null },
    ]);
    expect(p.majority).toEqual({ start: 100, end: 200 });
    expect(p.differs).toEqual([false, false, true, true]);
  });
});

describe('rollupTotals', () => {
  it('sums each count over the communes that give it and each ratio over those giving all its parts', () => {
    const { totals, contributors } = rollupTotals([
      figures({ tthc: tthc(100, 90, 100, 50, 40, 10) }),
      figures({ tthc: tthc(10, 1, 10, 2, 3, 5) }),
      figures({ tthc: tthc(50, null, 40, 20, null, 0) }),
    ]);
    expect(totals.tthc!.received).toBe(160);
    expect(totals.tthc!.online).toBe(91);
    // Online share from the two communes that give both: 91 / 110, not 91 / 160 nor the mean of 90% and 10%.
    expect(totals.tthc!.onlinePct).toBe(82.7);
    expect(contributors['tthc.onlinePct']).toBe(2);
    expect(totals.tthc!.onTimePct).toBe(86.4); // (50 + 40 + 2 + 3) / 110
    expect(totals.tthc!.latePct).toBe(10); // (10 + 5 + 0) / 150
    expect(totals.staff).toBeNull();
    expect(totals.budget).toBeNull();
  });

  it('gives education shares of the summed counts that add up to 100', () => {
    const staff = (counts: number[]) => ({
      total: counts.reduce((a, b) => a + b, 0),
      canBo: 2,
      congChuc: counts.reduce((a, b) => a + b, 0) - 2,
      khongChuyenTrach: 1,
      education: Object.fromEntries(EDUCATION_LEVELS.map((l, i) => [l, { count: counts[i], pct: null }])) as never,
    });
    const { totals } = rollupTotals([figures({ staff: staff([1, 5, 1, 2, 0]) }), figures({ staff: staff([0, 7, 2, 2, 1]) })]);
    const e = totals.staff!.education;
    expect(e.university).toEqual({ count: 12, pct: 57.1 });
    expect(EDUCATION_LEVELS.reduce((a, l) => a + e[l].pct!, 0)).toBeCloseTo(100, 6);
    expect(totals.staff!.total).toBe(21);
  });

  it('sums each field over the communes that report it, however each commune writes its name', () => {
    const withFields = (t: TthcFigures, byField: [string, TthcFigures][]): TthcFigures => ({ ...t, byField: byField.map(([field, c]) => ({ field, ...c })) });
    const { totals, contributors } = rollupTotals([
      figures({
        tthc: withFields(tthc(30, 10, 30, 20, 5, 5), [
          ['Hộ tịch', tthc(20, 10, 20, 15, 3, 2)],
          ['Chứng thực', tthc(10, 0, 10, 5, 2, 3)],
        ]),
      }),
      figures({ tthc: withFields(tthc(8, 4, 8, 8, 0, 0), [['1. HỘ TỊCH (3)', tthc(8, 4, 8, 8, 0, 0)]]) }),
      figures({
        tthc: withFields(tthc(5, 5, 4, 2, 1, 1), [
          ['Lĩnh vực Đất đai', tthc(3, 3, 2, 1, 0, 1)],
          ['Ho tich', tthc(2, 2, 2, 1, 1, 0)],
        ]),
      }),
      figures({ tthc: tthc(7, 7, 7, 7, 0, 0) }), // only a total row: in the total, in no field
    ]);
    const byField = totals.tthc!.byField;
    expect(byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực', 'Lĩnh vực Đất đai']);
    expect(byField[0]).toMatchObject({ received: 30, online: 16, resolved: 30, early: 24, onTime: 4, late: 2, onlinePct: 53.3, onTimePct: 93.3 });
    expect(byField[1]).toMatchObject({ received: 10, online: 0, late: 3, onTimePct: 70 });
    expect(byField[2]).toMatchObject({ received: 3, online: 3, resolved: 2 });
    expect([contributors['tthc.byField.0.field'], contributors['tthc.byField.1.field'], contributors['tthc.byField.2.field']]).toEqual([3, 1, 1]);
    expect(contributors['tthc.byField.0.received']).toBe(3);
    expect(totals.tthc!.received).toBe(50);
  });
});

describe('buildRollup', () => {
  it('ranks, checks periods and gives the exit status', () => {
    const r = buildRollup(
      [
        commune('a', { tthc: { ...tthc(10, 5, 10, 9, 0, 1), onTimePct: 90, onlinePct: 50 } }),
        commune('b', { tthc: { ...tthc(10, 2, 10, 9, 0, 1), onTimePct: 90, onlinePct: 20 } }, [45000, 45100]),
        commune('c', { tthc: { ...tthc(10, 9, 10, 10, 0, 0), onTimePct: 100, onlinePct: 90 } }),
      ],
      [],
    );
    expect(r.ranking.onTimePct.map((p) => [r.communes[p.index].file, p.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', null],
    ]);
    expect(r.period.differs).toEqual([false, true, false]);
    // b reports another period: listed and flagged, left out of the totals and the rankings.
    expect(r.leftOut).toEqual([false, true, false]);
    expect(r.totals.tthc!.received).toBe(20);
    expect(rollupStatus(r)).toBe(0);
    expect(rollupStatus(buildRollup([commune('a', {}, undefined, 1)], []))).toBe(1);
    expect(rollupStatus(buildRollup([], [{ file: 'x', error: { code: 'not-xlsx', message: 'x' } }]))).toBe(2);
  });
});

describe('an earlier roll-up among the inputs is known by the sheets the roll-up writes', () => {
  const rollup = buildRollup([], []);
  it.each(['vi', 'en'] as const)('every sheet written (%s) is in the recognised set, beside the list of communes', (lang) => {
    const [communes, ...others] = rollupSheets(rollup, lang).map((s) => s.name);
    expect(others.length).toBeGreaterThan(0);
    expect(isRollupWorkbook([communes, ...others])).toBe(true);
    for (const other of others) {
      // Each sheet, with the communes' list, is recognised (a roll-up the officer cut down to two sheets).
      expect(isRollupWorkbook([communes, other])).toBe(true);
      expect(isRollupWorkbook([other])).toBe(false);
    }
    // Without the list of communes it is no roll-up (a commune's own workbook may have a sheet «Tổng hợp»).
    expect(isRollupWorkbook(others)).toBe(false);
  });
});

describe('who a commune is (tester 5 item 10)', () => {
  it('compares agency names as words: «UBND»/«Ủy ban nhân dân», case and tone placement aside, marks where both have them', () => {
    expect(sameName('UBND XÃ AN HÒA', 'Ủy ban nhân dân xã An Hoà')).toBe(true);
    expect(sameName('UBND XÃ AN HÒA', 'UBND XA AN HOA')).toBe(true);
    expect(sameName('UBND xã An Hà', 'UBND xã An Hạ')).toBe(false);
    expect(sameName('UBND xã Tân Hòa', 'UBND xã Tân Hóa')).toBe(false);
    expect(sameName('UBND xã An Hòa', 'UBND xã An Hòa Đông')).toBe(false);
  });

  it('tells namesakes apart by their superior when both state one', () => {
    const who = (agency: string, superior: string | null) => ({ agency, superior });
    expect(sameCommune(who('UBND XÃ AN HÒA', 'UBND HUYỆN AN LÃO'), who('UBND XÃ AN HÒA', 'UBND HUYỆN HOÀI NHƠN'))).toBe(false);
    expect(sameCommune(who('UBND XÃ AN HÒA', 'UBND HUYỆN AN LÃO'), who('UBND xã An Hòa', 'Ủy ban nhân dân huyện An Lão'))).toBe(true);
    expect(sameCommune(who('UBND XÃ AN HÒA', 'UBND HUYỆN AN LÃO'), who('UBND XÃ AN HÒA', null))).toBe(true);
    expect(sameCommune(who('', null), who('', null))).toBe(false);
  });

  const named = (file: string, agency: string, superior: string | null, received: number): CommuneResult => ({
    ...commune(file, { tthc: tthc(received, 1, received, received, 0, 0) }),
    agency,
    superior,
  });

  it('sums namesakes of two provinces, each named with its own, and says so in every language', () => {
    const r = buildRollup([named('a.xlsx', 'UBND XÃ AN HÒA', 'UBND TỈNH GIA LAI', 10), named('b.xlsx', 'UBND XÃ AN HÒA', 'UBND TỈNH QUẢNG NGÃI', 20)], []);
    expect(r.refused).toEqual([]);
    expect(r.totals.tthc!.received).toBe(30);
    expect(r.communes.map((c) => c.name)).toEqual(['UBND xã An Hòa (tỉnh Gia Lai)', 'UBND xã An Hòa (tỉnh Quảng Ngãi)']);
    for (const lang of ['vi', 'en'] as const) {
      const ranking = rollupSheets(r, lang)[2];
      expect(ranking.rows.map((row) => row[2].v)).toEqual(expect.arrayContaining(['UBND xã An Hòa (tỉnh Gia Lai)', 'UBND xã An Hòa (tỉnh Quảng Ngãi)']));
    }
  });

  it('takes a namesake without a superior for the same commune: the first file used, both named, the way to part them said', () => {
    const r = buildRollup([named('a.xlsx', 'UBND XÃ AN HÒA', 'UBND HUYỆN AN LÃO', 10), named('b.xlsx', 'UBND XÃ AN HÒA', null, 10)], [], 1, 'en');
    expect(r.communes.map((c) => [c.file, c.name])).toEqual([['a.xlsx', 'UBND xã An Hòa']]);
    expect(r.totals.tthc!.received).toBe(10);
    expect(r.refused).toEqual([
      {
        file: 'b.xlsx',
        error: {
          code: 'duplicate',
          message:
            'The same commune as «a.xlsx» (same agency «UBND XÃ AN HÒA», same period): «a.xlsx» (read first) was used, «b.xlsx» not summed. ' +
            'If «b.xlsx» is a corrected resend, take «a.xlsx» out and roll up again; if they are two communes, state «Cơ quan chủ quản» (the superior agency) in the information of both files.',
        },
      },
    ]);
  });

  it('names a namesake without a superior by its file when both are kept (two periods)', () => {
    const other = { ...named('b.xlsx', 'UBND XÃ AN HÒA', null, 5), periodStart: 45000, periodEnd: 45100 };
    const r = buildRollup([named('x/a.xlsx', 'UBND XÃ AN HÒA', 'UBND HUYỆN AN LÃO', 10), other], []);
    expect(r.communes.map((c) => c.name)).toEqual(['UBND xã An Hòa (huyện An Lão)', 'UBND xã An Hòa (b.xlsx)']);
  });
});
