/**
 * Stated percentages of real forms, each checked against what it states (issue 17, point 5):
 * a budget "So sánh (%)" group with one sub-column per estimate, "Tỷ lệ đạt" of indicators,
 * a survey's "Số phiếu" beside its shares.
 */
import { analyze } from '../../src/core/analyze';
import { sheet } from '../core/read/snap';

const mismatches = (a: ReturnType<typeof analyze>) => a.issues.filter((i) => i.code === 'percent-mismatch').map((i) => `${i.cell} ${i.field}`);

describe('budget: "So sánh (%)" with one sub-column against each estimate', () => {
  const budget = (pctSup: number, pctCou: number) =>
    analyze({
      sheets: [
        sheet(
          'Ngân sách',
          [
            ['ĐVT: đồng'],
            ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'So sánh (%)', null],
            [null, null, null, null, null, 'Dự toán huyện giao', 'Dự toán HĐND xã giao'],
            ['I', 'Tổng thu ngân sách xã', 1000000000, 1250000000, 500000000, pctSup, pctCou],
            ['II', 'Tổng chi ngân sách xã', 800000000, 1000000000, 400000000, 50, 40],
          ],
          { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2'] },
        ),
      ],
    });

  it('reads the sub-columns as stated percentages, not as second estimates', () => {
    const a = budget(50, 40);
    expect(a.tables.budget!.located.columns).toMatchObject({ estimateSuperior: 2, estimateCouncil: 3, actual: 4, statedPctSuperior: 5, statedPctCouncil: 6 });
    expect(a.figures.budget!.revenue).toEqual({ estimateSuperior: 1e9, estimateCouncil: 1.25e9, actual: 5e8, pctSuperior: 50, pctCouncil: 40 });
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
    expect(mismatches(a)).toEqual([]);
  });

  it('checks each against its own estimate: swapped percentages are both wrong', () => {
    expect(mismatches(budget(40, 50))).toEqual(['F4 statedPctSuperior', 'G4 statedPctCouncil']);
  });
});

describe('indicators: "Tỷ lệ đạt" is the stated achievement', () => {
  const indicators = (stated: number) =>
    analyze({
      sheets: [
        sheet('Chỉ tiêu', [
          ['STT', 'Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)', 'Tỷ lệ đạt (%)'],
          [1, 'Tỷ lệ hồ sơ trực tuyến', 80, 60, stated],
        ]),
      ],
    });

  it('is never read as the actual', () => {
    const a = indicators(75);
    expect(a.tables.indicators!.located.columns).toMatchObject({ target: 2, actual: 3, statedAchievement: 4 });
    expect(a.figures.indicators).toEqual([{ name: 'Tỷ lệ hồ sơ trực tuyến', target: 80, actual: 60, achievement: 75 }]);
    expect(mismatches(a)).toEqual([]);
  });

  it('is checked against actual / target', () => {
    expect(mismatches(indicators(80))).toEqual(['E2 statedAchievement']);
  });
});

describe('survey: "Số phiếu" beside "Tỷ lệ"', () => {
  const survey = (shares: number[]) =>
    analyze({
      sheets: [
        sheet('Khảo sát', [
          ['Mức độ hài lòng', 'Số phiếu', 'Tỷ lệ (%)'],
          ['Rất hài lòng', 120, shares[0]],
          ['Hài lòng', 60, shares[1]],
          ['Bình thường', 15, shares[2]],
          ['Không hài lòng', 5, shares[3]],
        ]),
      ],
    });

  it('reads the answers as counts and the shares as the figures', () => {
    const a = survey([60, 30, 7.5, 2.5]);
    expect(a.tables.survey!.located.columns).toMatchObject({ level: 0, votes: 1, share: 2 });
    expect(a.figures.survey).toEqual({ veryHigh: 60, high: 30, neutral: 7.5, low: 2.5, satisfied: 90 });
    expect(mismatches(a)).toEqual([]);
  });

  it('checks each share against its answers', () => {
    expect(mismatches(survey([55, 35, 7.5, 2.5]))).toEqual(['C2 share', 'C3 share']);
  });
});
