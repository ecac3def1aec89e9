/**
 * Figures tied to an open issue are marked where they stand in the body (highlight + the issue's
 * cell), and the note on page 1 lists the warnings that change a figure too (issue 10 §4). Run on
 * the seed workbook as the clerk keeps it, errors included, through the whole core.
 */
import { analyze } from '../../../src/core/analyze';
import { buildWordDraft } from '../../../src/core/word';
import { issuesOf, openIssues } from '../../../src/core/word/marks';
import { seedBook } from '../read/seedbook';
import { paragraphXml, paragraphs, unzipDocx } from './fixture';
import type { Analysis } from '../../../src/core/analyze';

const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

async function docOf(a: Analysis): Promise<string> {
  return unzipDocx(await buildWordDraft(a))['word/document.xml'];
}

/** The runs of a paragraph: [text, highlighted]. */
function runs(pXml: string): [string, boolean][] {
  return [...pXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => [
    [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    m[1].includes(HIGHLIGHT),
  ]);
}

let a: Analysis;
let doc: string;
beforeAll(async () => {
  a = analyze(seedBook());
  doc = await docOf(a);
});

test('the seed has the errors this test is about', () => {
  expect(a.issues.find((i) => i.code === 'unit-mismatch')).toMatchObject({ severity: 'error', sheet: 'Ngân sách', cell: 'E4, E5' });
  expect(a.issues.find((i) => i.code === 'percent-mismatch' && i.table === 'indicators')).toMatchObject({ severity: 'error', cell: 'C2' });
});

test("the revenue total and its ratio are highlighted in the body, followed by the issue's cell", () => {
  const p = paragraphXml(doc, 'Thu ngân sách:');
  const r = runs(p);
  const at = r.findIndex(([t]) => t.includes('đồng'));
  expect(r[at][1]).toBe(true);
  expect(
    r
      .filter(([, lit]) => lit)
      .map(([t]) => t)
      .join(''),
  ).toMatch(/đồng, đạt \[\.\.\.\]% [^[]*\[cần xem lại: [^\]]*Ngân sách!E4, E5\]/);
  // The label before the figure is not marked.
  expect(r.find(([t]) => t.startsWith('Thu ngân sách'))![1]).toBe(false);
  expect(issuesOf(a, ['budget.revenue.actual']).map((i) => i.code)).toEqual(['unit-mismatch']);
});

test('the indicator whose actual is in error is highlighted with its cell; the others are not', () => {
  const texts = paragraphs(doc);
  const first = texts.find((t) => t.startsWith('1. ') && t.includes('chỉ tiêu ('))!;
  expect(first).toContain('[cần xem lại: Chỉ tiêu!C2]');
  expect(paragraphXml(doc, first.slice(0, 30))).toContain(HIGHLIGHT);
  const second = texts.find((t) => t.startsWith('2. ') && t.includes('chỉ tiêu ('))!;
  expect(second).not.toContain('cần xem lại');
  // C3 only holds a number written as text, read right: it changes no figure.
  expect(paragraphXml(doc, second.slice(0, 30))).not.toContain(HIGHLIGHT);
});

test('the note on page 1 lists errors and the open warnings, a malformed symbol that marks no figure counted apart', () => {
  const texts = paragraphs(doc);
  const k = texts.findIndex((t) => t.startsWith('[Lưu ý khi hoàn thiện'));
  expect(texts[k]).toMatch(/còn \d+ lỗi chưa sửa, .* Ngoài ra còn 01 cảnh báo khác không làm thay đổi số liệu trong bản nháp\./);
  const listed = texts
    .slice(k + 1)
    .filter((t) => t.startsWith('- '))
    .slice(0, 12);
  expect(listed.some((t) => t.startsWith('- Cảnh báo, không làm thay đổi số liệu trong bản nháp: ') && t.includes('(VB đi!B6)'))).toBe(true);
  expect(listed.some((t) => t.includes('dưới dạng chữ'))).toBe(false);
  expect(openIssues(a.issues).map((i) => i.code)).not.toContain('number-as-text');
});

test('a stated percentage off by rounding (a warning) is listed in the note and marks its figure', async () => {
  const b = analyze(seedBook());
  b.issues = [
    {
      code: 'percent-mismatch',
      severity: 'warning',
      sheet: 'Đầu tư',
      cell: 'D2',
      table: 'investment',
      field: 'disbursed',
      sentence: 'percent-rounding',
      params: {
        row: 'dòng Tổng',
        stated: { pct: 14.2 },
        how: 'giải ngân / kế hoạch',
        amounts: { phrase: 'amounts-over', params: { x: { n: 190 }, y: { n: 1330 } } },
        computed: { pct: 14.29 },
        places: { phrase: 'to-decimals', params: { d: 1 } },
        rounded: { pct: 14.3 },
        also: '',
      },
    },
  ];
  const d = await docOf(b);
  const texts = paragraphs(d);
  expect(texts).toContain(
    '[Lưu ý khi hoàn thiện, xóa đoạn này trước khi ký: số liệu còn 01 cảnh báo làm thay đổi số liệu, các con số liên quan trong bản nháp có thể chưa đúng và được tô màu tại chỗ, kèm ô cần xem lại. Sửa trong Excel rồi lập lại bản nháp.]',
  );
  expect(texts).toContain(
    '- Cảnh báo: Ở dòng Tổng, tỷ lệ ghi 14,2% nhưng giải ngân / kế hoạch = 190 / 1.330 = 14,29%; làm tròn đến 1 chữ số thập phân như tỷ lệ đã ghi thì là 14,3%. (Đầu tư!D2)',
  );
  const inv = texts.find((t) => t.startsWith('Tổng số kế hoạch vốn'))!;
  expect(inv).toMatch(/190\.000\.000 đồng \[cần xem lại: Đầu tư!D2\], đạt 50% \[cần xem lại: Đầu tư!D2\]/);
  expect(inv).not.toMatch(/380\.000\.000 đồng \[/);
});

test('no open issue: no note and no mark', async () => {
  const b = analyze(seedBook());
  b.issues = b.issues.filter((i) => !openIssues([i]).length);
  const texts = paragraphs(await docOf(b));
  expect(texts.some((t) => t.startsWith('[Lưu ý khi hoàn thiện'))).toBe(false);
  expect(texts.join('\n')).not.toContain('cần xem lại');
});

test("the count of documents issued is marked when a row's date cannot be read or its number is missing", async () => {
  const ExcelJS = (await import('exceljs')).default;
  const { roundTrip, put } = await import('../../generality/harness');
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Sổ CV đi'), 1, [
    ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023'],
    [],
    ['STT', 'Số CV', 'Ngày ký', 'Trích yếu'],
    [1, '01/KH-UBND', '10/01/2023', 'Kế hoạch CCHC năm 2023'],
    [2, '02/QĐ-UBND', '13/14/2023', 'Quyết định về việc kiện toàn tổ một cửa'],
    [3, '03/BC-UBND', '20/03/2023', 'Báo cáo CCHC quý I'],
  ]);
  const b = await roundTrip(wb);
  expect(b.issues.some((i) => i.severity === 'error' && i.sheet === 'Sổ CV đi' && i.cell === 'C5')).toBe(true);
  const sentence = paragraphs(await docOf(b)).find((t) => t.startsWith('- Trong kỳ báo cáo'))!;
  expect(sentence).toMatch(/đã ban hành 03 văn bản \[cần xem lại: Sổ CV đi!C5\]/);
});
