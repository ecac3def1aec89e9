/** Registers of documents headed the way real offices head them (issue 17, point 5; docs/reporting-schema.md §2 documents). */
import { analyzeShared, errorsOf } from './vocab-helpers';

const THREE = { total: 3, byType: { 'Công văn': 1, 'Quyết định': 1, 'Kế hoạch': 1 } };

describe('registers: "Số công văn", "Số CV", "Ngày ký", "Ngày tháng văn bản", "Tên loại và trích yếu"', () => {
  it.each([
    ['E_docs_so_cong_van_period_line.xlsx', 'B'],
    ['E2_docs_so_cong_van_no_period.xlsx', 'B'],
    ['F4_so_cv_ngay_ky.xlsx', 'B'],
    ['F1_nd30_register.xlsx', 'B'],
    ['F3_so_slash_ky_hieu.xlsx', 'B'],
  ])('%s: 3 documents, 1 công văn, 1 quyết định, 1 kế hoạch', async (file) => {
    const a = await analyzeShared('cases', file);
    expect(a.figures.documents).toEqual(THREE);
    expect(a.tables.documents?.located.columns.number).toBe(1);
    expect(errorsOf(a)).toEqual([]);
  });

  it('"Ngày đi/đến" beside "Ngày ký" is the dispatch date, not a second signing date', async () => {
    const a = await analyzeShared('cases', 'E_docs_so_cong_van_period_line.xlsx');
    const cols = a.tables.documents!.located.columns;
    expect(cols.date).toBe(3);
    expect(cols.sentOn).toBe(4);
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  });

  it('the blank register form of a real system is recognised, with no figure and no error', async () => {
    const a = await analyzeShared('realworld', 'agcongvan__loaicongvan.xlsx');
    expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, summary: 2, date: 3 });
    expect(errorsOf(a)).toEqual([]);
  });
});
