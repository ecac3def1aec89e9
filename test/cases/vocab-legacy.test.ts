/** Legacy text converted per run of words, so that a cell mixing Unicode and TCVN3 reads right (issue 17, point 7). */
import { analyzeShared } from './vocab-helpers';
import { normalizeText } from '../../src/core/text/normalize';

describe('legacy text per run', () => {
  it('R5: "ĐVT: triÖu ®ång" gives the same budget as the pure TCVN3 control R5c', async () => {
    const [a, control] = await Promise.all([analyzeShared('cases', 'R5_tcvn3_budget_mixed_unit.xlsx'), analyzeShared('cases', 'R5c_tcvn3_budget_pure_control.xlsx')]);
    expect(a.figures.budget).toEqual(control.figures.budget);
    expect(a.figures.budget).toMatchObject({
      revenue: { estimateSuperior: 5e9, estimateCouncil: 5.2e9, actual: 1.3e9 },
      expenditure: { estimateSuperior: 4.9e9, estimateCouncil: 5.1e9, actual: 1.15e9 },
    });
  });

  it('converts the legacy runs of a mixed cell and leaves its Unicode words alone', () => {
    expect(normalizeText('ĐVT: triÖu ®ång')).toEqual({ text: 'ĐVT: triệu đồng', legacy: 'tcvn3' });
    expect(normalizeText('Ủy ban nh©n d©n x· Hßa An')).toEqual({ text: 'Ủy ban nhân dân xã Hòa An', legacy: 'tcvn3' });
  });

  it('never touches genuine Unicode Vietnamese, even with a symbol in it', () => {
    for (const t of ['Đơn vị tính: triệu đồng', 'Trần Văn Hòa', 'Đà Nẵng ©2023', 'Hòa An – Tổng số®']) {
      expect(normalizeText(t)).toEqual({ text: t, legacy: null });
    }
  });
});
