/**
 * The draft's title (tester 5 item 26): with no trích yếu, the highlighted example names the report's own
 * period (quý, 6 tháng, 9 tháng, năm; the closing dates of Nghị định 09/2019 too), never «quý I năm 2023»
 * whatever the period; a trích yếu typed «Báo cáo …» is not printed «BÁO CÁO / Báo cáo kết quả…». Checked in
 * the .docx written and read back, its title property and the HTML (the pane's copy), on real .xlsx read
 * in both languages (the command line's own run: test/cli/draftTitle.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/issues';
import { toSerial } from '../../../src/core/format';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { draftHtml, htmlToText } from '../../../src/core/word/html';
import { periodName } from '../../../src/core/word/periodName';
import { summaryLine } from '../../../src/core/word/title';
import { toTcvn3 } from '../../helpers/legacyEncoders';
import { paragraphXml, paragraphs, seedAnalysis, unzipDocx } from './fixture';

const EXAMPLE = path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx');
const HIGHLIGHT = '<w:highlight w:val="yellow"/>';
const s = toSerial;

describe('periodName: the period as a trích yếu names it', () => {
  test.each([
    [s(2023, 1, 1), s(2023, 3, 31), 'quý I năm 2023'],
    [s(2023, 4, 1), s(2023, 6, 30), 'quý II năm 2023'],
    [s(2024, 7, 1), s(2024, 9, 30), 'quý III năm 2024'],
    [s(2023, 10, 1), s(2023, 12, 31), 'quý IV năm 2023'],
    [s(2023, 1, 1), s(2023, 6, 30), '6 tháng đầu năm 2023'],
    [s(2023, 7, 1), s(2023, 12, 31), '6 tháng cuối năm 2023'],
    [s(2023, 1, 1), s(2023, 9, 30), '9 tháng đầu năm 2023'],
    [s(2023, 1, 1), s(2023, 12, 31), 'năm 2023'],
    [s(2024, 2, 1), s(2024, 2, 29), 'tháng 2 năm 2024'],
    // The closing dates of Nghị định 09/2019/NĐ-CP, Điều 12: from the 15th of the month before to the 14th.
    [s(2022, 12, 15), s(2023, 3, 14), 'quý I năm 2023'],
    [s(2023, 3, 15), s(2023, 6, 14), 'quý II năm 2023'],
    [s(2022, 12, 15), s(2023, 6, 14), '6 tháng đầu năm 2023'],
    [s(2022, 12, 15), s(2023, 9, 14), '9 tháng đầu năm 2023'],
    [s(2022, 12, 15), s(2023, 12, 14), 'năm 2023'],
    // Any other period by its dates, as the body of the draft writes it.
    [s(2022, 7, 8), s(2023, 3, 31), 'từ ngày 08/07/2022 đến ngày 31/03/2023'],
    [s(2023, 1, 1), s(2023, 2, 28), 'từ ngày 01/01/2023 đến ngày 28/02/2023'],
    [s(2022, 10, 1), s(2023, 3, 31), 'từ ngày 01/10/2022 đến ngày 31/03/2023'],
    [s(2023, 1, 5), s(2023, 3, 31), 'từ ngày 05/01/2023 đến ngày 31/03/2023'],
    [null, s(2023, 6, 30), 'đến ngày 30/06/2023'],
    [s(2023, 4, 1), null, 'từ ngày 01/04/2023'],
    [null, null, null],
  ])('%p – %p: %p', (start, end, name) => {
    expect(periodName(start, end)).toBe(name);
  });
});

describe('summaryLine: the trích yếu under «BÁO CÁO»', () => {
  test.each([
    ['Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2023', 'Kết quả thực hiện công tác cải cách hành chính quý I năm 2023'],
    ['BÁO CÁO KẾT QUẢ CÔNG TÁC CCHC NĂM 2023', 'KẾT QUẢ CÔNG TÁC CCHC NĂM 2023'],
    ['Bao cao ket qua cong tac CCHC 6 thang', 'Ket qua cong tac CCHC 6 thang'],
    ['báo  cáo:  tình hình thực hiện CCHC', 'Tình hình thực hiện CCHC'],
    ['Báo cáo - kết quả CCHC', 'Kết quả CCHC'],
    // Decomposed marks (NFD, as some keyboards type) are the same words.
    ['Báo cáo kết quả CCHC'.normalize('NFD'), 'Kết quả CCHC'],
    ['kết quả thực hiện CCHC quý II', 'Kết quả thực hiện CCHC quý II'],
    ['Sơ kết 02 năm thực hiện Chương trình số 23-CTr/HU', 'Sơ kết 02 năm thực hiện Chương trình số 23-CTr/HU'],
    // Words that only begin like it are kept.
    ['Báo cáo viên pháp luật: kết quả hoạt động', 'Báo cáo viên pháp luật: kết quả hoạt động'],
    ['Báo cáo, kết quả CCHC', 'Kết quả CCHC'],
    ['Báo cáo', null],
    ['  ', null],
    [null, null],
  ])('%p -> %p', (title, line) => {
    expect(summaryLine(title)).toBe(line);
  });
});

/** The title's two lines and the document's title property of a draft, and the same lines of its HTML. */
async function titleOf(a: ReturnType<typeof seedAnalysis>) {
  const parts = unzipDocx(await buildWordDraft(a));
  const doc = parts['word/document.xml'];
  const text = paragraphs(doc);
  const k = text.indexOf('BÁO CÁO');
  const lines = htmlToText(draftHtml(a))
    .split('\n')
    .map((l) => l.trim());
  const h = lines.indexOf('BÁO CÁO');
  return {
    heading: text[k],
    summary: text[k + 1],
    summaryXml: paragraphXml(doc, text[k + 1]),
    property: /<dc:title>([^<]*)<\/dc:title>/.exec(parts['docProps/core.xml'])![1],
    html: lines.slice(h + 1).find((l) => l !== '')!,
  };
}

describe('the .docx with no trích yếu: the example names the period, highlighted', () => {
  test.each([
    [s(2023, 4, 1), s(2023, 6, 30), 'quý II năm 2023'],
    [s(2023, 1, 1), s(2023, 6, 30), '6 tháng đầu năm 2023'],
    [s(2023, 1, 1), s(2023, 9, 30), '9 tháng đầu năm 2023'],
    [s(2023, 1, 1), s(2023, 12, 31), 'năm 2023'],
    [s(2022, 12, 15), s(2023, 3, 14), 'quý I năm 2023'],
    [s(2022, 7, 8), s(2023, 3, 31), 'từ ngày 08/07/2022 đến ngày 31/03/2023'],
  ])('%p – %p: «%s»', async (periodStart, periodEnd, period) => {
    const a = seedAnalysis();
    a.info = { ...a.info, title: null, periodStart, periodEnd };
    const t = await titleOf(a);
    const want = `[Trích yếu nội dung báo cáo, ví dụ: Kết quả thực hiện công tác cải cách hành chính ${period}]`;
    expect(t.heading).toBe('BÁO CÁO');
    expect(t.summary).toBe(want);
    expect(t.summaryXml).toContain(HIGHLIGHT);
    expect(t.summaryXml).toContain('<w:b/>');
    expect(t.html).toBe(want);
    // Only the quarter it is named: a 6-month, 9-month or year report never says «quý I».
    if (!period.startsWith('quý I ')) expect(t.summary).not.toMatch(/quý I\b/);
  });

  test('no period known: the kinds of period, no quarter of its own', async () => {
    const a = seedAnalysis();
    a.info = { ...a.info, title: null, periodStart: null, periodEnd: null };
    const t = await titleOf(a);
    expect(t.summary).toBe('[Trích yếu nội dung báo cáo, ví dụ: Kết quả thực hiện công tác cải cách hành chính (quý, 6 tháng, 9 tháng hoặc năm) năm …]');
    expect(t.summaryXml).toContain(HIGHLIGHT);
  });
});

test('the .docx: a trích yếu typed «Báo cáo kết quả…» is printed «Kết quả…» under «BÁO CÁO», not highlighted; the property says it once', async () => {
  const a = seedAnalysis();
  a.info = { ...a.info, title: 'báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023' };
  const t = await titleOf(a);
  expect(t.summary).toBe('Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023');
  expect(t.summaryXml).not.toContain(HIGHLIGHT);
  expect(t.html).toBe(t.summary);
  expect(t.property).toBe('Báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023');
  // A trích yếu in capitals keeps them; the property does not make «kẾT».
  a.info = { ...a.info, title: 'BÁO CÁO KẾT QUẢ CCHC NĂM 2023' };
  const caps = await titleOf(a);
  expect(caps.summary).toBe('KẾT QUẢ CCHC NĂM 2023');
  expect(caps.property).toBe('Báo cáo KẾT QUẢ CCHC NĂM 2023');
});

/** The example workbook with its trích yếu cell (and its font) and its period set; `title` undefined: the cell emptied. */
async function exampleWith(title: { text: string; font?: string } | null, period?: [Date, Date]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const info = wb.getWorksheet('Thong tin')!;
  const rowOf = (label: string) => {
    for (let r = 1; r <= info.rowCount; r++) if (info.getCell(r, 1).text === label) return r;
    throw new Error(`no row ${label}`);
  };
  const cell = info.getCell(rowOf('Trích yếu'), 2);
  cell.value = title ? title.text : null;
  if (title?.font) cell.font = { name: title.font, size: 13 };
  if (period) {
    info.getCell(rowOf('Từ ngày'), 2).value = period[0];
    info.getCell(rowOf('Đến ngày'), 2).value = period[1];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('on real workbooks, in both languages', () => {
  const cases: [string, () => Promise<Uint8Array>, string][] = [
    [
      'a trích yếu «BÁO CÁO Kết quả…» in Unicode',
      () => exampleWith({ text: 'BÁO CÁO Kết quả thực hiện công tác cải cách hành chính năm 2023' }),
      'Kết quả thực hiện công tác cải cách hành chính năm 2023',
    ],
    [
      'a trích yếu «Báo cáo kết quả…» typed in TCVN3 (.VnTime)',
      () => exampleWith({ text: toTcvn3('Báo cáo kết quả thực hiện công tác cải cách hành chính quý II năm 2023'), font: '.VnTime' }),
      'Kết quả thực hiện công tác cải cách hành chính quý II năm 2023',
    ],
    [
      'no trích yếu, a 9-month period',
      () => exampleWith(null, [day(2023, 1, 1), day(2023, 9, 30)]),
      '[Trích yếu nội dung báo cáo, ví dụ: Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2023]',
    ],
  ];

  test.each(cases)('%s', async (_what, make, want) => {
    const bytes = await make();
    for (const lang of ['vi', 'en'] as Lang[]) {
      const a = analyze(await readSnapshotFromXlsx(bytes), { lang });
      const t = await titleOf(a);
      expect({ lang, summary: t.summary, html: t.html }).toEqual({ lang, summary: want, html: want });
      expect(t.property).not.toMatch(/^Báo cáo báo cáo/i);
    }
  });
});
