/** Prose a clerk would write (issue 10 §6): each point on the seed, or on the seed changed the way the point needs. */
import { buildWordDraft } from '../../../src/core/word';
import { readWorkbook } from '../../../src/core/read';
import { paragraphXml, paragraphs, seedAnalysis, unzipDocx } from './fixture';
import { book, sheet } from '../read/snap';
import { budgetSheet } from '../read/fixtures';
import type { Analysis } from '../../../src/core/analyze';

const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

async function docOf(change: (a: Analysis) => void = () => undefined): Promise<string> {
  const a = seedAnalysis();
  change(a);
  return unzipDocx(await buildWordDraft(a))['word/document.xml'];
}

test('whole percentages without a trailing ",0"; others keep the report\'s decimals', async () => {
  const text = paragraphs(await docOf());
  const all = text.join('\n');
  expect(all).toContain('đạt 50% so với kế hoạch vốn giao');
  expect(all).toContain('tỷ lệ giải quyết đúng hạn và trước hạn đạt 60,6%');
  expect(all).not.toMatch(/\d,0%/);
});

test('nothing pending: "không có hồ sơ tồn", not a line of zeros', async () => {
  const text = paragraphs(await docOf((a) => (a.figures.tthc = { ...a.figures.tthc!, pending: 0, pendingInTime: 0, pendingOverdue: 0 })));
  expect(text).toContain('+ Số lượng hồ sơ đang giải quyết: không có hồ sơ tồn.');
  expect(text.join('\n')).not.toContain('0 hồ sơ (trong hạn 0 hồ sơ');
  const some = paragraphs(await docOf((a) => (a.figures.tthc = { ...a.figures.tthc!, pending: 3, pendingInTime: 2, pendingOverdue: 1 })));
  expect(some).toContain('+ Số lượng hồ sơ đang giải quyết: 03 hồ sơ (trong hạn 02 hồ sơ; quá hạn 01 hồ sơ).');
});

test('a blank "Số:" is highlighted like every other placeholder', async () => {
  const doc = await docOf((a) => (a.info = { ...a.info, number: '/BC-UBND' }));
  const line = paragraphXml(doc, 'Số:');
  expect(line).toContain(HIGHLIGHT);
  expect(paragraphs(line)[0]).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND');
  expect(paragraphXml(await docOf(), 'Số:')).not.toContain(HIGHLIGHT);
});

test('the căn cứ: the info key "Căn cứ" / "Thực hiện" read from the workbook opens the draft; without it a highlighted note', async () => {
  for (const label of ['Căn cứ', 'Thực hiện']) {
    const info = sheet('Thông tin', [
      ['THÔNG TIN BÁO CÁO'],
      ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
      [label, 'Thực hiện Công văn số 412/UBND ngày 20/3/2023 của UBND huyện Ba Tơ về việc báo cáo công tác CCHC quý I năm 2023.'],
    ]);
    expect(readWorkbook(book(budgetSheet(), info)).info.basis).toBe(
      'Thực hiện Công văn số 412/UBND ngày 20/3/2023 của UBND huyện Ba Tơ về việc báo cáo công tác CCHC quý I năm 2023.',
    );
  }
  const doc = await docOf((a) => (a.info = { ...a.info, basis: 'Thực hiện Công văn số 412/UBND ngày 20/3/2023 của UBND huyện Ba Tơ.' }));
  const text = paragraphs(doc);
  // The typed date in the draft's one style (dd/mm/yyyy).
  const k = text.indexOf('Thực hiện Công văn số 412/UBND ngày 20/03/2023 của UBND huyện Ba Tơ.');
  expect(k).toBeGreaterThan(0);
  expect(text[k + 1]).toMatch(/^UBND xã Ba Bích báo cáo kết quả/);
  expect(text.join('\n')).not.toContain('Nêu căn cứ báo cáo');
  const none = await docOf();
  expect(paragraphXml(none, 'Nêu căn cứ báo cáo')).toContain(HIGHLIGHT);
});

test('counts in the prose follow one rule (text.ts proseCount, after the seed): 1–9 with a leading zero, 0 and 10 or more as they are; tables, fractions and percentages unchanged', async () => {
  const doc = await docOf((a) => {
    a.figures.staff = { ...a.figures.staff!, total: 11, canBo: 2, congChuc: 9, khongChuyenTrach: 10 };
    a.figures.tthc = { ...a.figures.tthc!, pending: 0, pendingInTime: 0, pendingOverdue: 0 };
  });
  const text = paragraphs(doc);
  const all = text.join('\n');
  // The seed's nine documents, two meetings and the staff: "09 văn bản", "02 người" beside "11 người".
  expect(all).toContain('đã ban hành 09 văn bản chỉ đạo, điều hành về CCHC');
  expect(text).toContain(
    '- Việc thực hiện các quy định về quản lý, sử dụng biên chế được giao: Số lượng cán bộ, công chức 11 người, trong đó cán bộ 02 người, công chức 09 người; những người hoạt động không chuyên trách 10 người.',
  );
  expect(text).toContain('+ Số lượng hồ sơ tiếp nhận: 289 hồ sơ (trực tuyến 08 hồ sơ, trực tiếp 281 hồ sơ).');
  expect(all).toContain('(trước hạn 175 hồ sơ; đúng hạn 0 hồ sơ; quá hạn 114 hồ sơ)');
  // No count of 1–9 without its zero anywhere in the prose: a digit alone before a word of things counted.
  expect(all).not.toMatch(/(?<![\d.,/])[1-9] (văn bản|người|hồ sơ|cuộc|kế hoạch|quyết định|công văn|lỗi|cảnh báo)/);
  // Fractions and percentages as they are: "1/21", "(8/289 hồ sơ)", "4,8%".
  expect(all).toContain('Sau đại học: 1/11, chiếm 4,8%');
  expect(all).toContain('2,8% (8/289 hồ sơ)');
  // The appendix's tables: plain figures, "8" and "1", never "08".
  const cells = text.slice(text.findIndex((t) => t.startsWith('1. Kết quả giải quyết thủ tục hành chính')));
  expect(cells).toEqual(expect.arrayContaining(['8', '1', '3']));
  expect(cells.filter((t) => /^0\d$/.test(t))).toEqual([]);
});
