import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import { isRoundingOf } from '../../../src/core/check/percents';
import type { Issue } from '../../../src/core/issues';
import { cat, lvl, readResult, table, total } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const where = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell} ${i.field}`);

describe('isRoundingOf', () => {
  it('compares at the stated value’s own decimals, half away from zero', () => {
    expect(isRoundingOf(14.2, (3 / 21) * 100)).toBe(false);
    expect(isRoundingOf(14.3, (3 / 21) * 100)).toBe(true);
    expect(isRoundingOf(14.29, (3 / 21) * 100)).toBe(true);
    expect(isRoundingOf(81, (17 / 21) * 100)).toBe(true);
    expect(isRoundingOf(4.8, (1 / 21) * 100)).toBe(true);
    expect(isRoundingOf(50, 49.5)).toBe(true);
    expect(isRoundingOf(49, 49.5)).toBe(false);
  });
});

describe('percent-mismatch of a stated rate', () => {
  const budget = (rows: (number | null)[][]) =>
    table(
      'budget',
      { content: 'A', estimateSuperior: 'B', estimateCouncil: 'C', actual: 'D', statedPct: 'E' },
      rows.map((r, i) => lvl(1, [`Dòng ${i + 1}`, ...r])),
    );

  it('accepts a match with either estimate', () => {
    expect(checkTables(readResult([budget([[1000, 800, 200, 25]])]))).toEqual([]);
    expect(checkTables(readResult([budget([[1000, 800, 200, 20]])]))).toEqual([]);
  });

  it('warns when off by less than one point, on the stated cell', () => {
    const issues = checkTables(readResult([budget([[1000, null, 205, 20]])]));
    expect(where(issues)).toEqual(['percent-mismatch warning budget!E3 statedPct']);
    expect(issues[0].message.vi).toBe(
      'Ở dòng «Dòng 1», tỷ lệ ghi 20% nhưng thực hiện / dự toán cấp trên giao = 205 / 1.000 = 20,50%; làm tròn đến hàng đơn vị như tỷ lệ đã ghi thì là 21%.',
    );
  });

  it('is an error when off by one point or more', () => {
    expect(where(checkTables(readResult([budget([[1000, null, 300, 25]])])))).toEqual(['percent-mismatch error budget!E3 statedPct']);
  });

  it('checks investment disbursed / plan', () => {
    const t = table('investment', { content: 'A', plan: 'B', disbursed: 'C', statedPct: 'D' }, [lvl(1, ['Tổng', 380_000_000, 190_000_000, 55])]);
    expect(where(checkTables(readResult([t])))).toEqual(['percent-mismatch error investment!D3 statedPct']);
  });

  it('checks staff shares against the total of counts, accepting largest-remainder shares', () => {
    const rows = (pcts: number[]) =>
      table('staff', { education: 'A', count: 'B', statedPct: 'C' }, [
        [cat('postgraduate', 'Sau đại học'), 1, pcts[0]],
        [cat('university', 'Đại học'), 17, pcts[1]],
        [cat('secondary', 'Trung cấp'), 3, pcts[2]],
      ]);
    expect(checkTables(readResult([rows([4.8, 81, 14.3])]))).toEqual([]);
    expect(checkTables(readResult([rows([4.8, 80.9, 14.3])]))).toEqual([]); // largest remainder: adds up to 100
    expect(where(checkTables(readResult([rows([4.8, 81, 14.2])])))).toEqual(['percent-mismatch warning staff!C5 statedPct']);
    expect(where(checkTables(readResult([rows([5, 75, 14.3])])))).toEqual(['percent-mismatch error staff!C4 statedPct']);
  });

  it('says a share off both roundings with its counts, its plain rounding and the largest-remainder one', () => {
    const thirds = (pcts: number[]) =>
      table('staff', { education: 'A', count: 'B', statedPct: 'C' }, [
        [cat('university', 'Đại học'), 1, pcts[0]],
        [cat('college', 'Cao đẳng'), 1, pcts[1]],
        [cat('secondary', 'Trung cấp'), 1, pcts[2]],
      ]);
    // 1/3 = 33,33%: 33 by itself, 34 for the first share by largest remainder (34 + 33 + 33 = 100); both pass.
    expect(checkTables(readResult([thirds([34, 33, 33])]))).toEqual([]);
    const issues = checkTables(readResult([thirds([32, 33, 35])]));
    expect(where(issues)).toEqual(['percent-mismatch error staff!C3 statedPct', 'percent-mismatch error staff!C5 statedPct']);
    expect(issues[0].message.vi).toBe(
      'Ở dòng «Đại học», tỷ lệ ghi 32% nhưng số lượng / tổng số = 1 / 3 = 33,33%; làm tròn đến hàng đơn vị như tỷ lệ đã ghi thì là 33% (hoặc 34% nếu làm tròn để các tỷ lệ cộng lại đủ 100%).',
    );
    expect(issues[1].message.en).toBe(
      'In row «Trung cấp», the stated rate is 35% but count / total = 1 / 3 = 33.33%; rounded to a whole number, as the stated rate is, that is 33%.',
    );
  });
});

describe('percent-mismatch of a total against its parts', () => {
  const rev = (totalPct: number, parts: number[], estimates?: number[]) => {
    const cols: Record<string, string> = estimates ? { content: 'A', estimateSuperior: 'B', statedPct: 'C' } : { content: 'A', statedPct: 'C' };
    const est = (i: number) => (estimates ? [estimates[i]] : []);
    return table('budget', cols, [
      lvl(1, ['Thu ngân sách', ...(estimates ? [estimates.reduce((a, b) => a + b, 0)] : []), totalPct]),
      ...parts.map((p, i) => lvl(2, [`Khoản ${i + 1}`, ...est(i), p])),
    ]);
  };

  it('flags a total on the edge of its parts when their weights are unknown (seed: 25% with 19% and 25%)', () => {
    const issues = checkTables(readResult([rev(25, [19, 25])]));
    expect(where(issues)).toEqual(['percent-mismatch error budget!C3 statedPct']);
  });

  it('accepts a total strictly between its parts', () => {
    expect(checkTables(readResult([rev(22, [19, 25])]))).toEqual([]);
  });

  it('uses the weighted average when the parts’ estimates are known', () => {
    // 19% of 5.760 and 25% of 1.476 -> 20,2%.
    expect(checkTables(readResult([rev(20, [19, 25], [5760, 1476])]))).toEqual([]);
    const issues = checkTables(readResult([rev(24, [19, 25], [5760, 1476])]));
    expect(where(issues)).toEqual(['percent-mismatch error budget!C3 statedPct']);
    expect(issues[0].message.vi).toContain('khoảng 20,2%');
    // A negligible part lets the total sit on the boundary.
    expect(checkTables(readResult([rev(25, [19, 25], [1, 100_000])]))).toEqual([]);
  });

  it('weights the parts by the estimate their own stated % are against (tester 16 F2: 103,0, not 103,3)', () => {
    const cols = { content: 'A', estimateSuperior: 'B', estimateCouncil: 'C', actual: 'D', statedPct: 'E' };
    const rows = (total: (number | null)[]) =>
      table('budget', cols, [
        lvl(1, ['Tổng thu', ...total]),
        lvl(2, ['Thu tại xã', 1200, 1250, 1380, 110.4]),
        lvl(2, ['Thu bổ sung', 3400, 3500, 3620, 103.4]),
        lvl(2, ['Thu khác', 200, 250, 150, 60]),
      ]);
    // The total's actual unknown: only its parts can say what 105 should be.
    const issues = checkTables(readResult([rows([4800, 5000, null, 105])])).filter((i) => i.code === 'percent-mismatch');
    expect(where(issues)).toEqual(['percent-mismatch error budget!E3 statedPct']);
    expect(issues[0].message.vi).toContain('khoảng 103,0%');
    // 105 is the total's own 5.250 / 5.000: no percent-mismatch, whatever its parts.
    expect(checkTables(readResult([rows([4800, 5000, 5250, 105])])).filter((i) => i.code === 'percent-mismatch')).toEqual([]);
  });

  it('wants the parts’ rate when they are all equal', () => {
    expect(checkTables(readResult([rev(50, [50])]))).toEqual([]);
    expect(where(checkTables(readResult([rev(40, [50, 50])])))).toEqual(['percent-mismatch error budget!C3 statedPct']);
  });

  it('reports a total once when its own amounts already disagree with it', () => {
    const t = table('budget', { content: 'A', estimateSuperior: 'B', actual: 'C', statedPct: 'D' }, [
      lvl(1, ['Thu', 2000, 500, 40]),
      lvl(2, ['a', 1000, 200, 20]),
      lvl(2, ['b', 1000, 300, 30]),
    ]);
    expect(where(checkTables(readResult([t])))).toEqual(['percent-mismatch error budget!D3 statedPct']);
  });
});

describe('percent-mismatch of an indicator against the workbook', () => {
  const indicators = (rows: [string, number][]) =>
    table(
      'indicators',
      { name: 'A', target: 'B', actual: 'C' },
      rows.map(([n, a]) => [n, 50, a]),
    );
  const survey = table('survey', { level: 'A', share: 'B' }, [
    [cat('veryHigh', 'Rất hài lòng'), 84.8],
    [cat('high', 'Hài lòng'), 13.43],
    [cat('neutral', 'Bình thường'), 1.77],
  ]);
  const tthc = table('tthc', { field: 'A', received: 'B', online: 'C', direct: 'D', resolved: 'E', early: 'F', onTime: 'G', late: 'H' }, [
    ['Hộ tịch', 200, 6, 194, 200, 120, 0, 80],
    ['Đất đai', 89, 2, 87, 89, 55, 0, 34],
    total(['Tổng cộng', 289, 8, 281, 289, 175, 0, 114]),
  ]);

  it('compares satisfaction with rất hài lòng + hài lòng (seed: 100% vs 98,23%)', () => {
    const issues = checkTables(readResult([indicators([['Tỷ lệ hài lòng của người dân', 100]]), survey]));
    expect(where(issues)).toEqual(['percent-mismatch error indicators!C3 actual']);
    expect(checkTables(readResult([indicators([['Tỷ lệ hài lòng của người dân', 98.2]]), survey]))).toEqual([]);
  });

  it('compares the online and on-time shares with the TTHC counts', () => {
    const issues = checkTables(
      readResult([
        indicators([
          ['Tỷ lệ hồ sơ TTHC nộp trực tuyến', 3], // 8 / 289 = 2,77%
          ['Tỷ lệ hồ sơ giải quyết đúng hạn', 61], // 175 / 289 = 60,55%
          ['Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn', 60], // off by 0,55: warning
          ['Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến', 40], // not about dossiers: not compared
        ]),
        tthc,
      ]),
    );
    expect(where(issues)).toEqual(['percent-mismatch warning indicators!C5 actual']);
  });

  it('says nothing when the workbook has no such table', () => {
    expect(checkTables(readResult([indicators([['Tỷ lệ hài lòng', 100]])]))).toEqual([]);
  });
});
