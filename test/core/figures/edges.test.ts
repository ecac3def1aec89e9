/** Figures whose inputs are partly missing, totals vs sums, per-level staff, and the issues that say why. */
import { computeFigures } from '../../../src/core/figures';
import { documentType } from '../../../src/core/figures/documents';
import { readResult, table } from './fixtures';
import { said } from '../../helpers/words';

describe('tthc counts table', () => {
  const cols = { field: 'A', online: 'B', direct: 'C', carriedOver: 'D', early: 'E', onTime: 'F', late: 'G' };

  test('without a total row: the sum of the field rows; totals derived from parts when their column is absent', () => {
    const t = table('tthc', 'TTHC', cols, [
      { field: 'Hộ tịch', online: 2, direct: 10, carriedOver: 1, early: 8, onTime: 1, late: 2 },
      { field: 'Chứng thực', online: 0, direct: 20, carriedOver: 0, early: 20, onTime: 0, late: 0 },
    ]);
    const { figures, sources } = computeFigures(readResult({ tthc: t }));
    const f = figures.tthc!;
    expect(f.received).toBe(33);
    expect(f.resolved).toBe(31);
    expect(f.pending).toBeNull(); // no pending columns at all
    expect(f.byField.map((b) => [b.field, b.received, b.resolved])).toEqual([
      ['Hộ tịch', 13, 11],
      ['Chứng thực', 20, 20],
    ]);
    expect(f.onlinePct).toBe(6.1); // 2 / 33
    expect(sources['tthc.online']).toEqual([{ sheet: 'TTHC', cell: 'B5:B6' }]);
    expect(sources['tthc.byField.0.received']).toEqual([
      { sheet: 'TTHC', cell: 'B5' },
      { sheet: 'TTHC', cell: 'C5' },
      { sheet: 'TTHC', cell: 'D5' },
    ]);
  });

  test('a blank part makes its total and the ratios null, never 0', () => {
    const t = table('tthc', 'TTHC', cols, [{ field: 'Hộ tịch', online: null, direct: 10, carriedOver: 0, early: 8, onTime: 1, late: 2 }]);
    const f = computeFigures(readResult({ tthc: t })).figures.tthc!;
    expect(f.online).toBeNull();
    expect(f.received).toBeNull();
    expect(f.onlinePct).toBeNull();
    expect(f.resolved).toBe(11);
  });

  test('a total row is used as it is, not added to the field rows', () => {
    const t = table('tthc', 'TTHC', { field: 'A', received: 'B', resolved: 'C' }, [
      { field: 'Hộ tịch', received: 10, resolved: 9 },
      { field: 'Chứng thực', received: 5, resolved: 5 },
      [{ field: 'Tổng cộng', received: 15, resolved: 14 }, { isTotal: true }],
    ]);
    const f = computeFigures(readResult({ tthc: t })).figures.tthc!;
    expect([f.received, f.resolved]).toEqual([15, 14]);
    expect(f.byField).toHaveLength(2);
  });
});

describe('staff per level', () => {
  test('split by category: education over cán bộ + công chức; the total row not added twice', () => {
    const t = table('staff', 'Trình độ', { education: 'A', count: 'B', countCanBo: 'C', countCongChuc: 'D', countKhongChuyenTrach: 'E' }, [
      { education: 'postgraduate', count: 1, countCanBo: 1, countCongChuc: 0, countKhongChuyenTrach: 0 },
      { education: 'university', count: 20, countCanBo: 8, countCongChuc: 9, countKhongChuyenTrach: 3 },
      { education: 'secondary', count: 12, countCanBo: 2, countCongChuc: 1, countKhongChuyenTrach: 9 },
      [{ education: null, count: 33, countCanBo: 11, countCongChuc: 10, countKhongChuyenTrach: 12 }, { isTotal: true }],
    ]);
    const { figures, sources } = computeFigures(readResult({ staff: t }));
    const s = figures.staff!;
    expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([21, 11, 10, 12]);
    expect([s.education.postgraduate.pct, s.education.university.pct, s.education.secondary.pct]).toEqual([4.8, 80.9, 14.3]);
    expect(sources['staff.education.university.count']).toEqual([
      { sheet: 'Trình độ', cell: 'C6' },
      { sheet: 'Trình độ', cell: 'D6' },
    ]);
  });

  test('one count column: the level counts as given, categories unknown', () => {
    const t = table('staff', 'Trình độ', { education: 'A', count: 'B' }, [
      { education: 'university', count: 17 },
      { education: 'postgraduate', count: 1 },
      { education: 'secondary', count: 3 },
    ]);
    const s = computeFigures(readResult({ staff: t })).figures.staff!;
    expect(s.total).toBe(21);
    expect(s.canBo).toBeNull();
    expect(s.education.university).toEqual({ count: 17, pct: 80.9 });
  });

  test('a person whose category cannot be read leaves the category counts and the education shares null', () => {
    const t = table('staff', 'CB', { name: 'A', category: 'B', education: 'C' }, [
      { name: 'A', category: 'canBo', education: 'university' },
      { name: 'B', category: null, education: 'university' },
    ]);
    const s = computeFigures(readResult({ staff: t })).figures.staff!;
    expect(s.total).toBeNull();
    expect(s.canBo).toBeNull();
    // Education counts cán bộ + công chức; B may be either, so no share is computed over part of the staff.
    expect(s.education.university).toEqual({ count: null, pct: null });
  });

  test('without a category column, a warning says the education shares count everyone', () => {
    const t = table('staff', 'CB', { name: 'A', education: 'C' }, [{ name: 'A', education: 'university' }]);
    const { figures, issues } = computeFigures(readResult({ staff: t }));
    expect(figures.staff!.total).toBeNull();
    expect(figures.staff!.education.university).toEqual({ count: 1, pct: 100 });
    expect(issues.map((i) => [i.code, i.severity, i.field])).toEqual([['missing-label', 'warning', 'category']]);
  });
});

describe('budget', () => {
  test('revenue line not found: nulls and a warning', () => {
    const t = table('budget', 'NS', { content: 'B', actual: 'E' }, [
      { content: 'Chỉ tiêu', actual: null },
      { content: 'Tổng chi', actual: 100 },
    ]);
    const { figures, issues } = computeFigures(readResult({ budget: t }));
    expect(figures.budget!.revenue.actual).toBeNull();
    expect(figures.budget!.expenditure.actual).toBe(100);
    expect(figures.budget!.expenditure.pctSuperior).toBeNull(); // no estimate column
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'missing-label', severity: 'warning', table: 'budget', sheet: 'NS' });
    expect(said(issues[0])).toContain('Tổng thu');
  });

  test('the first level-1 line wins over an earlier sub-line; an order written in the content is ignored', () => {
    const t = table('budget', 'NS', { content: 'B', estimateSuperior: 'C', actual: 'E' }, [
      [{ content: 'a) Thu phí, lệ phí', estimateSuperior: 10, actual: 5 }, { level: 3 }],
      [{ content: 'I. THU NGÂN SÁCH XÃ', estimateSuperior: 200, actual: 50 }, { level: 1 }],
      [{ content: 'Thuế', estimateSuperior: 1, actual: 1 }, { level: 2 }],
    ]);
    const b = computeFigures(readResult({ budget: t })).figures.budget!;
    expect(b.revenue.actual).toBe(50);
    expect(b.revenue.pctSuperior).toBe(25);
  });

  test('an estimate of 0 gives a null share and a warning', () => {
    const t = table('budget', 'NS', { content: 'B', estimateSuperior: 'C', actual: 'E' }, [
      { content: 'Tổng thu', estimateSuperior: 0, actual: 5 },
      { content: 'Tổng chi', estimateSuperior: 10, actual: 5 },
    ]);
    const { figures, issues } = computeFigures(readResult({ budget: t }));
    expect(figures.budget!.revenue.pctSuperior).toBeNull();
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['missing-cell', 'C5']]);
  });
});

describe('indicators, investment, documents, survey', () => {
  test('target 0: achievement null with a warning on the target cell', () => {
    const t = table('indicators', 'CT', { name: 'A', target: 'B', actual: 'C' }, [{ name: 'X', target: 0, actual: 50 }]);
    const { figures, issues } = computeFigures(readResult({ indicators: t }));
    expect(figures.indicators![0].achievement).toBeNull();
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([['missing-cell', 'warning', 'B5']]);
  });

  test('investment: a total row, else the sum of flat rows', () => {
    const withTotal = table('investment', 'ĐT', { content: 'A', plan: 'B', disbursed: 'C' }, [
      { content: 'Dự án 1', plan: 100, disbursed: 30 },
      [{ content: 'Tổng cộng', plan: 100, disbursed: 30 }, { isTotal: true }],
    ]);
    expect(computeFigures(readResult({ investment: withTotal })).figures.investment).toEqual({ plan: 100, disbursed: 30, pct: 30 });
    const flat = table('investment', 'ĐT', { content: 'A', plan: 'B', disbursed: 'C' }, [
      { content: 'Dự án 1', plan: 100, disbursed: 30 },
      { content: 'Dự án 2', plan: 200, disbursed: 60 },
    ]);
    expect(computeFigures(readResult({ investment: flat })).figures.investment).toEqual({ plan: 300, disbursed: 90, pct: 30 });
  });

  test('documents: the type column wins; a number without a symbol is "Khác" with a warning', () => {
    const t = table('documents', 'VB', { number: 'A', type: 'B', summary: 'C' }, [
      { number: '12/UBND', type: 'Thông báo', summary: 'x' },
      { number: 'không số', type: null, summary: 'y' },
    ]);
    const { figures, issues } = computeFigures(readResult({ documents: t }));
    expect(figures.documents).toEqual({ total: 2, byType: { 'Thông báo': 1, Khác: 1 } });
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['missing-cell', 'A6']]);
  });

  test('documentType reads the symbol', () => {
    expect(documentType('175/QĐ-UBND')).toBe('Quyết định');
    expect(documentType('08/KH-UBND xã')).toBe('Kế hoạch');
    expect(documentType('07/TB-UBND')).toBe('Thông báo');
    expect(documentType('49/CV-UBND xã')).toBe('Công văn');
    expect(documentType('12/TTr-UBND')).toBe('Tờ trình');
    expect(documentType('66/UBND')).toBe('Công văn');
    expect(documentType('66')).toBeNull();
  });

  test('survey: a missing level when the rest do not make 100 stays null with a warning', () => {
    const t = table('survey', 'KS', { level: 'A', share: 'B' }, [
      { level: 'veryHigh', share: 60 },
      { level: 'high', share: 30 },
    ]);
    const { figures, issues } = computeFigures(readResult({ survey: t }));
    expect(figures.survey).toEqual({ veryHigh: 60, high: 30, neutral: null, low: null, satisfied: 90 });
    expect(issues).toHaveLength(2);
  });
});

describe('documents typed by the shared number parser', () => {
  test('malformed symbols and other Nghị định 30 types', () => {
    const t = table('documents', 'VB', { number: 'A', summary: 'B' }, [
      { number: '08/KH-UBND xã', summary: 'x' },
      { number: '35/2022/NQ-HĐND', summary: 'y' },
      { number: '66/UBND', summary: 'z' },
    ]);
    expect(computeFigures(readResult({ documents: t })).figures.documents).toEqual({
      total: 3,
      byType: { 'Kế hoạch': 1, 'Nghị quyết': 1, 'Công văn': 1 },
    });
  });
});

describe('empty tables', () => {
  test('a table found without data rows gives a null block; a blank counts table yields to the dossier log', () => {
    const blank = (name: 'staff' | 'tthc') => ({ ...table(name, 'S', { name: 'A', received: 'B' }, []), rows: [] });
    const log = table('dossiers', 'Hồ sơ', { code: 'A', channel: 'B', receivedAt: 'C', dueAt: 'D', doneAt: 'E' }, [
      { code: 'X', channel: 'online', receivedAt: 45000, dueAt: 45002, doneAt: 45001 },
    ]);
    const r = computeFigures(readResult({ staff: blank('staff'), tthc: blank('tthc'), dossiers: log }, { periodStart: 44990, periodEnd: 45010 }));
    expect(r.figures.staff).toBeNull();
    expect(r.figures.tthc).toMatchObject({ received: 1, online: 1, early: 1 });
  });
});
