/** The seed report's figures, computed by hand (docs/reporting-schema.md §4, docs/domain.md §2). */
import { computeFigures } from '../../../src/core/figures';
import { readResult, table } from './fixtures';

const tthcTotalOnly = table('tthc', 'TTHC', { field: 'A', received: 'B', online: 'C', direct: 'D', resolved: 'E', early: 'F', onTime: 'G', late: 'H' }, [
  [{ field: 'Tổng cộng', received: 289, online: 8, direct: 281, resolved: 289, early: 175, onTime: 0, late: 114 }, { isTotal: true }],
]);

function staffList() {
  const rows: Record<string, string | number | null>[] = [];
  const add = (n: number, category: string, education: string | null) => {
    for (let i = 0; i < n; i++) rows.push({ name: `${category} ${rows.length}`, category, education });
  };
  add(1, 'canBo', 'postgraduate');
  add(8, 'canBo', 'university');
  add(2, 'canBo', 'secondary');
  add(9, 'congChuc', 'university');
  add(1, 'congChuc', 'secondary');
  // Không chuyên trách: not counted in the education shares.
  add(6, 'khongChuyenTrach', 'secondary');
  add(6, 'khongChuyenTrach', 'none');
  return table('staff', 'Cán bộ', { name: 'B', category: 'C', education: 'E' }, rows);
}

const documents = table('documents', 'Văn bản', { number: 'B', date: 'C', summary: 'D' }, [
  { number: '175/QĐ-UBND', date: 44923 },
  { number: '20/QĐ-UBND', date: 44974 },
  { number: '21/QĐ-UBND', date: 44974 },
  { number: '66/UBND', date: 44826 },
  { number: '75/UBND', date: 44852 },
  { number: '17/UBND', date: 44965 },
  { number: '19/UBND', date: 44971 },
  { number: '20/KH-UBND', date: 44985 },
  { number: '36/KH-UBND', date: 45013 },
]);

const investment = table('investment', 'Đầu tư', { order: 'A', content: 'B', plan: 'C', disbursed: 'D' }, [
  [{ order: 'I', content: 'Vốn đầu tư công ngân sách huyện', plan: 380_000_000, disbursed: 190_000_000 }, { level: 1 }],
  [{ order: '1', content: 'Đường bê tông thôn', plan: 300_000_000, disbursed: 150_000_000 }, { level: 2 }],
  [{ order: '2', content: 'Nhà văn hóa', plan: 80_000_000, disbursed: 40_000_000 }, { level: 2 }],
]);

const budget = table('budget', 'Thu chi', { order: 'A', content: 'B', estimateSuperior: 'C', estimateCouncil: 'D', actual: 'E' }, [
  [{ order: 'I', content: 'Tổng thu ngân sách', estimateSuperior: 5_856_000, estimateCouncil: 5_856_000, actual: 1_464_000 }, { level: 1 }],
  [{ order: '1', content: 'Thu cân đối ngân sách', estimateSuperior: 5_763_158, estimateCouncil: 5_763_158, actual: 1_095_000 }, { level: 2 }],
  [{ order: 'II', content: 'Tổng chi ngân sách', estimateSuperior: 6_104_819_960, estimateCouncil: 6_000_000_000, actual: 1_220_963_992 }, { level: 1 }],
  [{ order: '1', content: 'Chi thường xuyên', estimateSuperior: 6_000_000_000, estimateCouncil: 6_000_000_000, actual: 1_200_000_000 }, { level: 2 }],
]);

const survey = table('survey', 'Khảo sát', { level: 'A', share: 'B' }, [
  { level: 'veryHigh', share: 84.8 },
  { level: 'high', share: 13.43 },
  { level: 'neutral', share: 1.77 },
]);

const indicators = table('indicators', 'Chỉ tiêu', { name: 'A', target: 'B', actual: 'C' }, [
  { name: 'Hồ sơ công việc xử lý trên môi trường mạng', target: 60, actual: 80 },
  { name: 'Mức độ hài lòng', target: 90, actual: 98.23 },
]);

describe('computeFigures on the seed', () => {
  const { figures, sources, issues } = computeFigures(
    readResult({ tthc: tthcTotalOnly, staff: staffList(), documents, investment, budget, survey, indicators }),
  );

  test('TTHC counts and ratios', () => {
    const t = figures.tthc!;
    expect([t.received, t.online, t.direct, t.resolved, t.early, t.onTime, t.late]).toEqual([289, 8, 281, 289, 175, 0, 114]);
    expect([t.onlinePct, t.onTimePct, t.latePct]).toEqual([2.8, 60.6, 39.4]);
    // No carried-over or pending columns: those figures are unknown, not 0.
    expect([t.carriedOver, t.pending, t.pendingInTime, t.pendingOverdue]).toEqual([null, null, null, null]);
    expect(t.byField).toEqual([]);
    expect(sources['tthc.received']).toEqual([{ sheet: 'TTHC', cell: 'B5' }]);
    expect(sources['tthc.onTimePct']).toEqual([
      { sheet: 'TTHC', cell: 'F5' },
      { sheet: 'TTHC', cell: 'G5' },
      { sheet: 'TTHC', cell: 'E5' },
    ]);
  });

  test('staff headcount and education shares over cán bộ + công chức', () => {
    const s = figures.staff!;
    expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([21, 11, 10, 12]);
    expect(s.education.postgraduate).toEqual({ count: 1, pct: 4.8 });
    expect(s.education.university).toEqual({ count: 17, pct: 80.9 });
    expect(s.education.secondary).toEqual({ count: 3, pct: 14.3 });
    expect(s.education.none).toEqual({ count: 0, pct: 0 });
    expect(s.education.college).toEqual({ count: 0, pct: 0 });
    const sum = Object.values(s.education).reduce((a, e) => a + (e.pct ?? 0), 0);
    expect(Math.round(sum * 10) / 10).toBe(100);
    // A count over many person rows names the column range, not every cell.
    expect(sources['staff.education.university.count']).toEqual([{ sheet: 'Cán bộ', cell: 'E5:E37' }]);
    expect(sources['staff.total']).toEqual([{ sheet: 'Cán bộ', cell: 'C5:C37' }]);
    expect(sources['staff.education.postgraduate.count']).toEqual([{ sheet: 'Cán bộ', cell: 'E5' }]);
  });

  test('documents by type, derived from the symbol', () => {
    expect(figures.documents).toEqual({ total: 9, byType: { 'Quyết định': 3, 'Công văn': 4, 'Kế hoạch': 2 } });
    // The count rests on the numbers and on the dates that put each document in the period.
    expect(sources['documents.total']).toEqual([
      { sheet: 'Văn bản', cell: 'B5:B13' },
      { sheet: 'Văn bản', cell: 'C5:C13' },
    ]);
    expect(sources['documents.byType.Kế hoạch']).toEqual([
      { sheet: 'Văn bản', cell: 'B12' },
      { sheet: 'Văn bản', cell: 'B13' },
    ]);
  });

  test('investment: the level-1 line, 190 / 380 million = 50%', () => {
    expect(figures.investment).toEqual({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
    expect(sources['investment.plan']).toEqual([{ sheet: 'Đầu tư', cell: 'C5' }]);
  });

  test('budget: revenue and expenditure lines against both estimates', () => {
    const b = figures.budget!;
    expect(b.revenue).toEqual({ estimateSuperior: 5_856_000, estimateCouncil: 5_856_000, actual: 1_464_000, pctSuperior: 25, pctCouncil: 25 });
    expect(b.expenditure.actual).toBe(1_220_963_992);
    expect(b.expenditure.pctSuperior).toBe(20);
    expect(b.expenditure.pctCouncil).toBe(20.3); // 1 220 963 992 / 6 000 000 000 = 20.349...
    expect(sources['budget.revenue.actual']).toEqual([{ sheet: 'Thu chi', cell: 'E5' }]);
    expect(sources['budget.expenditure.pctCouncil']).toEqual([
      { sheet: 'Thu chi', cell: 'E7' },
      { sheet: 'Thu chi', cell: 'D7' },
    ]);
  });

  test('survey: satisfied = very high + high from the unrounded shares; a missing level is 0 when the rest make 100', () => {
    expect(figures.survey).toEqual({ veryHigh: 84.8, high: 13.4, neutral: 1.8, low: 0, satisfied: 98.2 });
    expect(sources['survey.satisfied']).toEqual([
      { sheet: 'Khảo sát', cell: 'B5' },
      { sheet: 'Khảo sát', cell: 'B6' },
    ]);
  });

  test('indicators: achievement = actual / target', () => {
    expect(figures.indicators!.map((i) => i.achievement)).toEqual([133.3, 109.1]);
    expect(figures.indicators![0]).toMatchObject({ name: 'Hồ sơ công việc xử lý trên môi trường mạng', target: 60, actual: 80 });
    expect(sources['indicators.0.actual']).toEqual([{ sheet: 'Chỉ tiêu', cell: 'C5' }]);
  });

  test('no issues for complete seed data', () => {
    expect(issues).toEqual([]);
  });

  test('absent tables give null blocks', () => {
    const r = computeFigures(readResult({}));
    expect(r.figures).toEqual({ indicators: null, survey: null, documents: null, tthc: null, staff: null, budget: null, investment: null });
  });

  test('two decimals when info.decimals = 2', () => {
    const r = computeFigures(readResult({ tthc: tthcTotalOnly, staff: staffList() }, { decimals: 2 }));
    expect([r.figures.tthc!.onlinePct, r.figures.tthc!.onTimePct, r.figures.tthc!.latePct]).toEqual([2.77, 60.55, 39.45]);
    expect(r.figures.staff!.education.secondary.pct).toBe(14.29);
    expect(r.figures.staff!.education.university.pct).toBe(80.95);
    expect(r.figures.staff!.education.postgraduate.pct).toBe(4.76);
  });
});
