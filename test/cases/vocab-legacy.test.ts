/** Legacy text converted per run of words, so that a cell mixing Unicode and TCVN3 reads right (issue 17, point 7). */
import { analyzeShared } from './vocab-helpers';
import { normalizeText } from '../../src/core/text/normalize';
import { issueMessage, renderIssue } from '../../src/core/issues';

describe('legacy text per run', () => {
  it('R5: "ĐVT: triÖu ®ång" gives the same budget as the pure TCVN3 control R5c', async () => {
    const [a, control] = await Promise.all([
      analyzeShared('cases', 'R5_tcvn3_budget_mixed_unit.xlsx'),
      analyzeShared('cases', 'R5c_tcvn3_budget_pure_control.xlsx'),
    ]);
    expect(a.figures.budget).toEqual(control.figures.budget);
    expect(a.figures.budget).toMatchObject({
      revenue: { estimateSuperior: 5e9, estimateCouncil: 5.2e9, actual: 1.3e9 },
      expenditure: { estimateSuperior: 4.9e9, estimateCouncil: 5.1e9, actual: 1.15e9 },
    });
  });

  it('R5, R5c: a sheet typed in TCVN3 is one warning with its cell count and range, not one per cell', async () => {
    for (const name of ['R5_tcvn3_budget_mixed_unit.xlsx', 'R5c_tcvn3_budget_pure_control.xlsx']) {
      const a = await analyzeShared('cases', name);
      const legacy = a.issues.filter((i) => i.code === 'legacy-encoding');
      expect(legacy).toHaveLength(1);
      expect(legacy[0]).toMatchObject({ severity: 'warning', table: 'budget', cell: 'B4:E6' });
      const vi = renderIssue(legacy[0], 'vi', 'cli');
      expect(vi.message).toMatch(/^6 ô ở B4:E6 sheet «.+»(?: \(Ngân sách\))? được gõ bằng bảng mã TCVN3 \(ABC\); đã chuyển sang Unicode\.$/);
      expect(vi.hint).toBe('Ví dụ ô B4 sau khi chuyển: «Nội dung»; nên chuyển sheet này sang Unicode (Times New Roman).');
      expect(issueMessage(legacy[0], 'en')).toMatch(/^6 cells in B4:E6 on sheet/);
    }
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
