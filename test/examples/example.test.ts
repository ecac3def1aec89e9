/** The committed example (examples/ba-bich-2023.xlsx) gives the seed's figures and finds the seed's mistakes. */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { hinted, said } from '../helpers/words';

let a: Analysis;

beforeAll(async () => {
  const bytes = new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx')));
  a = analyze(await readSnapshotFromXlsx(bytes));
});

const find = (code: string, sheet: string, cell: string) => a.issues.filter((i) => i.code === code && i.sheet === sheet && i.cell === cell);

describe('the example gives the seed figures', () => {
  it('TTHC: 289 received (8 online, 281 direct), 289 resolved (175 early, 0 on time, 114 late)', () => {
    expect(a.figures.tthc).toMatchObject({ received: 289, online: 8, direct: 281, resolved: 289, early: 175, onTime: 0, late: 114, onlinePct: 2.8, onTimePct: 60.6 });
  });

  it('staff: 21 = 11 cán bộ + 10 công chức, 12 không chuyên trách; education 4,8 / 80,9 / 14,3 adding to 100', () => {
    const s = a.figures.staff;
    expect(s).toMatchObject({ total: 21, canBo: 11, congChuc: 10, khongChuyenTrach: 12 });
    expect(s?.education.postgraduate).toEqual({ count: 1, pct: 4.8 });
    expect(s?.education.university).toEqual({ count: 17, pct: 80.9 });
    expect(s?.education.secondary).toEqual({ count: 3, pct: 14.3 });
    const pcts = Object.values(s?.education ?? {}).map((e) => e.pct ?? NaN);
    expect(pcts.reduce((x, y) => x + y, 0)).toBeCloseTo(100, 9);
  });

  it('investment: 190.000.000 of 380.000.000, 50%', () => {
    expect(a.figures.investment).toEqual({ plan: 380000000, disbursed: 190000000, pct: 50 });
  });

  it("documents: the footnote's 9 (3 quyết định, 4 công văn, 2 kế hoạch)", () => {
    expect(a.figures.documents).toEqual({ total: 9, byType: { 'Quyết định': 3, 'Công văn': 4, 'Kế hoạch': 2 } });
  });

  it('finds the staff summary as the staff table, per level', () => {
    expect(a.tables.staff?.located.sheet).toBe('CBCC');
    expect(Object.keys(a.tables.staff?.located.columns ?? {}).sort()).toEqual(
      ['count', 'countCanBo', 'countCongChuc', 'countKhongChuyenTrach', 'education', 'statedPct'].sort(),
    );
  });
});

describe('the example yields the seed mistakes', () => {
  it('revenue: three zeros lost in E6 and E7 (one unit-mismatch naming both)', () => {
    const u = a.issues.filter((i) => i.code === 'unit-mismatch');
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ severity: 'error', sheet: 'Thu chi NS' });
    expect(u[0].cell.split(/[ ,]+/).sort()).toEqual(['E6', 'E7']);
  });

  it('revenue total stated 25% against 20,2% (unit-corrected)', () => {
    expect(find('percent-mismatch', 'Thu chi NS', 'F6')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('satisfaction stated 100% while the survey gives 98,23%', () => {
    const [i] = find('percent-mismatch', 'Chi tieu', 'D7');
    expect(i.severity).toBe('error');
    expect(said(i)).toContain('98,23%');
  });

  it('staff: 14,2% for 3 of 21 (14,29% rounds to 14,3%)', () => {
    const [i] = find('percent-mismatch', 'CBCC', 'E9');
    expect(i.severity).toBe('warning');
    expect(hinted(i)).toContain('14,3%');
    expect(find('percent-mismatch', 'CBCC', 'E6')).toEqual([]);
    expect(find('percent-mismatch', 'CBCC', 'E7')).toEqual([]);
  });

  it('27/BC-UBND cited in 2.7 is dated 14/07/2023, after the report of 05/04/2023', () => {
    const hits = a.issues.filter((i) => i.code === 'date-after-report');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', sheet: 'Thuyet minh', table: 'narrative' });
    expect(said(hits[0])).toBe('Văn bản số 27/BC-UBND được dẫn trong phần thuyết minh (mục 2.7) có ngày 14/07/2023, sau ngày báo cáo 05/04/2023.');
  });

  it('38/KH-UBND of 23/02/2023 (cited in 2.3) is numbered after 36/KH-UBND of 28/03/2023 (in the list)', () => {
    const hits = a.issues.filter((i) => i.code === 'number-order');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'warning', sheet: 'Thuyet minh' });
    expect(said(hits[0])).toContain('38/KH-UBND');
    expect(said(hits[0])).toContain('36/KH-UBND');
  });

  it('"08/KH-UBND xã" (cited in 2.2) is not of the standard form', () => {
    const hits = a.issues.filter((i) => i.code === 'doc-number-format');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'warning', sheet: 'Thuyet minh' });
    expect(said(hits[0])).toContain('«08/KH-UBND xã»');
    expect(hinted(hits[0])).toBe('Ghi là 08/KH-UBND.');
  });

  it('the seed mistakes sit on the paragraphs that cite them', () => {
    const text = (cell: string) => String(a.tables.narrative?.rows.find((r) => r.values.text?.cell === cell)?.values.text?.text ?? '');
    const cellOf = (code: string) => a.issues.find((i) => i.code === code)?.cell ?? '';
    expect(text(cellOf('date-after-report'))).toContain('Báo cáo số 27/BC-UBND ngày 14/7/2023');
    expect(text(cellOf('number-order'))).toContain('Kế hoạch số 38/KH-UBND ngày 23/02/2023');
    expect(text(cellOf('doc-number-format'))).toContain('Kế hoạch số 08/KH-UBND xã ngày 30/01/2023');
  });

  it('finds 4 errors in all, and no issue on the documents list', () => {
    expect(a.issues.filter((i) => i.severity === 'error')).toHaveLength(4);
    expect(a.issues.filter((i) => i.sheet === 'Van ban 2023')).toEqual([]);
  });
});
