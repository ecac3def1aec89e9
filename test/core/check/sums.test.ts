import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import type { Issue } from '../../../src/core/issues';
import { cat, lvl, readResult, table, total } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const only = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);
const where = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell} ${i.field}`);

const TTHC_COLS = {
  field: 'A',
  received: 'B',
  online: 'C',
  direct: 'D',
  carriedOver: 'E',
  resolved: 'F',
  early: 'G',
  onTime: 'H',
  late: 'I',
  pending: 'J',
  pendingInTime: 'K',
  pendingOverdue: 'L',
};

describe('sum-mismatch in a TTHC row', () => {
  it('flags received ≠ online + direct + carried over on the received cell', () => {
    const t = table('tthc', TTHC_COLS, [['Hộ tịch', 20, 5, 10, 4, 15, 10, 0, 5, 5, 4, 1]], { sheet: 'Biểu 06' });
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['sum-mismatch error Biểu 06!B3 received']);
    expect(issues[0].table).toBe('tthc');
    expect(issues[0].message.vi).toContain('là 20');
    expect(issues[0].message.vi).toContain('5 + 10 + 4 = 19');
  });

  it('flags resolved ≠ early + on time + late, and pending ≠ in time + overdue', () => {
    const t = table('tthc', TTHC_COLS, [['Đất đai', 20, 5, 11, 4, 15, 9, 0, 5, 5, 3, 1]]);
    expect(where(checkTables(readResult([t])))).toEqual(['sum-mismatch error tthc!F3 resolved', 'sum-mismatch error tthc!J3 pending']);
  });

  it('leaves carried over out when the table has no such column', () => {
    const { carriedOver: _c, ...cols } = TTHC_COLS;
    const t = table('tthc', cols, [['Hộ tịch', 15, 5, 10, 15, 10, 0, 5, 0, 0, 0]]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });

  it('skips a sum with a blank part (the reader reports blanks)', () => {
    const t = table('tthc', TTHC_COLS, [['Hộ tịch', 20, 5, null, 4, 15, 10, 0, 5, 5, 4, 1]]);
    expect(only(checkTables(readResult([t])), 'sum-mismatch')).toEqual([]);
  });

  it('never reports a unit slip for counts', () => {
    const t = table('tthc', { field: 'A', received: 'B', online: 'C', direct: 'D' }, [['Hộ tịch', 10, 8, 2000]]);
    expect(where(checkTables(readResult([t])))).toEqual(['sum-mismatch error tthc!B3 received']);
  });
});

describe('sum-mismatch of a "Tổng cộng" row', () => {
  it('flags each column whose total is not the sum of the rows', () => {
    const t = table('tthc', { field: 'A', received: 'B', online: 'C', direct: 'D' }, [
      ['Hộ tịch', 10, 2, 8],
      ['Đất đai', 5, 1, 4],
      total(['Tổng cộng', 15, 4, 11]),
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['sum-mismatch error tthc!C5 online', 'sum-mismatch error tthc!D5 direct']);
    expect(issues[0].message.vi).toBe('Ở dòng tổng cộng, trực tuyến là 4 nhưng cộng các dòng trong bảng được 3.');
  });

  it('accepts a total row at the top of the table', () => {
    const t = table('tthc', { field: 'A', received: 'B' }, [total(['Tổng số', 15]), ['Hộ tịch', 10], ['Đất đai', 5]]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });

  it('checks a staff total row', () => {
    const t = table('staff', { education: 'A', count: 'B' }, [[cat('university', 'Đại học'), 17], [cat('secondary', 'Trung cấp'), 3], total(['Cộng', 21])]);
    expect(where(checkTables(readResult([t])))).toEqual(['sum-mismatch error staff!B5 count']);
  });
});

describe('sum-mismatch of staff counts per level', () => {
  const cols = { education: 'A', count: 'B', countCanBo: 'C', countCongChuc: 'D', countKhongChuyenTrach: 'E' };

  it('accepts count = cán bộ + công chức, or + không chuyên trách', () => {
    const t = table('staff', cols, [
      [cat('university', 'Đại học'), 17, 9, 8, 4],
      [cat('secondary', 'Trung cấp'), 7, 2, 2, 3],
    ]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });

  it('flags a count that is neither', () => {
    const t = table('staff', cols, [[cat('university', 'Đại học'), 18, 9, 8, 4]]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['sum-mismatch error staff!B3 count']);
    expect(issues[0].message.vi).toContain('9 + 8 + 4 = 21');
  });
});

describe('sum-mismatch of a budget line against its sub-lines', () => {
  it('checks level 1 against level 2 and level 2 against level 3, per amount column', () => {
    const t = table('budget', { order: 'A', content: 'B', estimateSuperior: 'C', actual: 'D' }, [
      lvl(1, ['I', 'Tổng thu', 1_000_000_000, 600_000_000]),
      lvl(2, ['1', 'Thu cân đối', 700_000_000, 400_000_000]),
      lvl(3, ['1.1', 'Thuế', 500_000_000, 300_000_000]),
      lvl(3, ['1.2', 'Phí, lệ phí', 200_000_000, 123_456_789]),
      lvl(2, ['2', 'Bổ sung có mục tiêu', 300_000_000, 200_000_000]),
      lvl(1, ['II', 'Tổng chi', 900_000_000, 500_000_000]),
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['sum-mismatch error budget!D4 actual']);
    expect(issues[0].message.vi).toBe('Ở dòng «Thu cân đối», thực hiện là 400.000.000 nhưng cộng các dòng chi tiết bên dưới được 423.456.789.');
  });

  it('tolerates one đồng', () => {
    const t = table('budget', { content: 'B', actual: 'D' }, [lvl(1, ['Tổng thu', 1_000_000_001]), lvl(2, ['a', 600_000_000]), lvl(2, ['b', 400_000_000])]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });

  it('checks an investment total row against its top-level lines', () => {
    const t = table('investment', { content: 'A', plan: 'B', disbursed: 'C' }, [
      lvl(1, ['Vốn ngân sách huyện', 380_000_000, 190_000_000]),
      lvl(2, ['Dự án A', 380_000_000, 190_000_000]),
      lvl(1, ['Vốn ngân sách xã', 120_000_000, 20_000_000]),
      total(['Tổng cộng', 500_000_000, 200_000_000]),
    ]);
    expect(where(checkTables(readResult([t])))).toEqual(['sum-mismatch error investment!C6 disbursed']);
  });
});

describe('sum-mismatch of survey shares', () => {
  const survey = (shares: number[]) =>
    table(
      'survey',
      { level: 'A', share: 'B' },
      ['veryHigh', 'high', 'neutral', 'low'].map((k, i) => [cat(k, k), shares[i]]),
    );

  it('flags shares that do not add up to 100, on the share cells', () => {
    const issues = checkTables(readResult([survey([84.8, 13.43, 1.77, 1])]));
    expect(where(issues)).toEqual(['sum-mismatch error survey!B3:B6 share']);
    expect(issues[0].message.vi).toContain('101%');
  });

  it('accepts the rounding the shares show: half a unit of their last decimal each, at least 0,01', () => {
    // No error or warning; a note (tester 16 F10) when the sum is off by a unit of the last decimal or more.
    const said = (shares: number[]) => checkTables(readResult([survey(shares)])).map((i) => i.severity);
    expect(said([33.33, 33.33, 33.33, 0])).toEqual(['info']);
    expect(said([33.3, 33.3, 33.3, 0])).toEqual(['info']);
    expect(said([33.3, 33.3, 33.2, 0])).toEqual(['info']);
    expect(said([50, 30, 19, 0])).toEqual(['info']);
    expect(said([100 / 3, 100 / 3, 100 / 3, 0])).toEqual([]);
    expect(said([40, 55, 4, 1])).toEqual([]);
  });

  it('flags a sum beyond that rounding', () => {
    expect(only(checkTables(readResult([survey([33.3, 33.3, 33.1, 0])])), 'sum-mismatch')).toHaveLength(1);
    expect(only(checkTables(readResult([survey([33.33, 33.33, 33.2, 0])])), 'sum-mismatch')).toHaveLength(1);
    expect(only(checkTables(readResult([survey([50, 30, 17, 0])])), 'sum-mismatch')).toHaveLength(1);
  });
});

describe('unit-mismatch', () => {
  it('names the one cell whose unit differs', () => {
    const t = table('investment', { content: 'A', plan: 'B', disbursed: 'C' }, [
      lvl(1, ['Tổng số', 500_000_000, 300_000_000]),
      lvl(2, ['Dự án A', 400_000_000, 250_000_000]),
      lvl(2, ['Dự án B', 100_000, 50_000_000]),
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['unit-mismatch error investment!B5 plan']);
    expect(issues[0].message.vi).toContain('nhân với 1.000');
  });

  it('prefers the cells whose stated % then agrees with their estimate (seed with estimates)', () => {
    const t = table('budget', { order: 'A', content: 'B', estimateSuperior: 'C', actual: 'D', statedPct: 'E' }, [
      lvl(1, ['I', 'Thu ngân sách', 7_236_000_000, 1_464_000, 20]),
      lvl(2, ['1', 'Thu cân đối', 5_760_000_000, 1_095_000, 19]),
      lvl(2, ['2', 'Bổ sung có mục tiêu', 1_476_000_000, 369_000_000, 25]),
    ]);
    const issues = checkTables(readResult([t]));
    // Once corrected, every stated % agrees with its amounts: one issue, no percent-mismatch.
    expect(where(issues)).toEqual(['unit-mismatch error budget!D3, D4 actual']);
  });

  it('checks the stated % with the corrected amounts and says so', () => {
    const t = table('budget', { order: 'A', content: 'B', estimateSuperior: 'C', actual: 'D', statedPct: 'E' }, [
      lvl(1, ['I', 'Thu ngân sách', 7_236_000_000, 1_464_000, 25]),
      lvl(2, ['1', 'Thu cân đối', 5_760_000_000, 1_095_000, 19]),
      lvl(2, ['2', 'Bổ sung có mục tiêu', 1_476_000_000, 369_000_000, 25]),
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['unit-mismatch error budget!D3, D4 actual', 'percent-mismatch error budget!E3 statedPct']);
    expect(issues[1].message.vi).toBe(
      'Ở dòng «Thu ngân sách», tỷ lệ ghi 25% nhưng thực hiện / dự toán cấp trên giao (theo số đã sửa đơn vị) = 1.464.000.000 / 7.236.000.000 = 20,23%; làm tròn đến hàng đơn vị như tỷ lệ đã ghi thì là 20%.',
    );
  });

  it('names cells scaled by a million', () => {
    const t = table('budget', { content: 'B', actual: 'D' }, [
      lvl(1, ['Tổng chi', 2_500]),
      lvl(2, ['Chi thường xuyên', 2_000_000_000]),
      lvl(2, ['Chi đầu tư', 500_000_000]),
    ]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['unit-mismatch error budget!D3 actual']);
    expect(issues[0].message.vi).toContain('nhân với 1.000.000');
  });

  it('is a plain sum-mismatch when no scaling makes the sum hold', () => {
    const t = table('budget', { content: 'B', actual: 'D' }, [lvl(1, ['Tổng chi', 2_600_000_000]), lvl(2, ['a', 2_000_000_000]), lvl(2, ['b', 500_000_000])]);
    expect(where(checkTables(readResult([t])))).toEqual(['sum-mismatch error budget!D3 actual']);
  });
});

describe('balance-mismatch', () => {
  it('warns when received ≠ resolved + pending', () => {
    const t = table('tthc', { field: 'A', received: 'B', resolved: 'C', pending: 'D' }, [['Hộ tịch', 20, 15, 4]]);
    const issues = checkTables(readResult([t]));
    expect(where(issues)).toEqual(['balance-mismatch warning tthc!B3 received']);
    expect(issues[0].message.vi).toContain('15 + 4 = 19');
  });

  it('derives pending from in time + overdue', () => {
    const t = table('tthc', { field: 'A', received: 'B', resolved: 'C', pendingInTime: 'D', pendingOverdue: 'E' }, [['Hộ tịch', 20, 15, 4, 1]]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });

  it('is skipped when pending is absent (the seed: 289 received, 289 resolved)', () => {
    const t = table('tthc', { field: 'A', received: 'B', resolved: 'C' }, [['Tổng', 289, 280]]);
    expect(checkTables(readResult([t]))).toEqual([]);
  });
});
