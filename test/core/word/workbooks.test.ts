/**
 * Prose a clerk would write (issue 10 §6), on real workbooks read from .xlsx bytes: the example, and a
 * workbook of our own made from it — a vice-chairman signs for the chairman, the căn cứ is kept in the
 * info sheet, the period starts on another day (all its documents inside it), and the clerk's 2.1 text repeats the sentence an earlier
 * draft generated. Each point is checked in the .docx written and read back and in the HTML render.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { draftHtml, htmlToText } from '../../../src/core/word/html';
import { paragraphXml, paragraphs, unzipDocx } from './fixture';

const EXAMPLE = path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx');
const HIGHLIGHT = '<w:highlight w:val="yellow"/>';
const MARK = '<mark style="background:yellow">';
const BASIS =
  'Thực hiện Công văn số 712/UBND ngày 10/4/2023 của UBND huyện về việc báo cáo sơ kết triển khai và thực hiện nhiệm vụ xác định tại Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy.';
/** The 2.1 sentence as an earlier draft wrote it, pasted by the clerk into the narrative sheet. */
const COPIED_21 = '- Trong kỳ báo cáo (từ ngày 01/09/2022 đến ngày 31/03/2023), UBND xã Ba Bích đã ban hành 09 văn bản chỉ đạo, điều hành về CCHC.';

async function viceBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const info = wb.getWorksheet('Thong tin')!;
  const rowOf = (label: string) => {
    for (let r = 1; r <= info.rowCount; r++) if (info.getCell(r, 1).text === label) return r;
    throw new Error(`no row ${label}`);
  };
  info.getCell(rowOf('Chức vụ người ký'), 2).value = 'Phó Chủ tịch';
  info.getCell(rowOf('Người ký'), 2).value = 'Nguyễn Văn Hùng';
  info.getCell(rowOf('Từ ngày'), 2).value = new Date(Date.UTC(2022, 8, 1));
  const last = rowOf('Số chữ số thập phân');
  info.getCell(last + 1, 1).value = 'Căn cứ';
  info.getCell(last + 1, 2).value = BASIS;
  const notes = wb.getWorksheet('Thuyet minh')!;
  const r = notes.rowCount + 1;
  notes.getRow(r).values = ['2.1', 'Kết quả', COPIED_21];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

interface Both {
  a: Analysis;
  doc: string;
  /** Paragraphs of the .docx body, then of its footnotes. */
  docx: string[];
  notes: string[];
  html: string;
  /** Lines of the HTML's text. */
  lines: string[];
  /** Lines of the HTML's footnote. */
  htmlNotes: string[];
}

async function both(bytes: Uint8Array): Promise<Both> {
  const a = analyze(await readSnapshotFromXlsx(bytes));
  const parts = unzipDocx(await buildWordDraft(a));
  const html = draftHtml(a);
  const lines = htmlToText(html).split('\n');
  return {
    a,
    doc: parts['word/document.xml'],
    docx: paragraphs(parts['word/document.xml']),
    notes: paragraphs(parts['word/footnotes.xml']).filter(Boolean),
    html,
    lines,
    htmlNotes: lines.slice(lines.findIndex((l) => l.startsWith('(1)Thống kê văn bản ban hành'))),
  };
}

const count = (list: string[], re: RegExp) => list.filter((l) => re.test(l)).length;
const at = (list: string[], re: RegExp) => list.findIndex((l) => re.test(l));

let example: Both;
let vice: Both;
beforeAll(async () => {
  example = await both(new Uint8Array(fs.readFileSync(EXAMPLE)));
  vice = await both(await viceBytes());
});

const eachFormat = (pick: () => Both) =>
  [
    ['docx', () => [...pick().docx, ...pick().notes], () => pick().notes],
    ['html', () => pick().lines, () => pick().htmlNotes],
  ] as const;

describe.each([
  ['the example', () => example],
  ['the vice-chairman workbook', () => vice],
])('%s', (_name, get) => {
  test.each(eachFormat(get))('%s: the 2.1 documents sentence and the staff counts are each said once', (_f, text) => {
    const t = text();
    expect(count(t, /văn bản(\(1\))? chỉ đạo, điều hành về CCHC/)).toBe(1);
    // The clerk's own words ("thường xuyên, liên tục chỉ đạo triển khai…") are not borrowed by the generated sentence.
    expect(count(t, /^- Trong kỳ báo cáo .*thường xuyên, liên tục/)).toBe(0);
    expect(count(t, /^Thực hiện các quy định, hướng dẫn của huyện về CCHC, .* thường xuyên, liên tục chỉ đạo triển khai/)).toBe(1);
    expect(count(t, /cán bộ, công chức:? 21 người/)).toBe(1);
    expect(count(t, /không chuyên trách 12 người/)).toBe(1);
    // 2.5 states the qualifications, on the headcount of 2.4.
    expect(t).toContain('- Chất lượng cán bộ, công chức: Sau đại học: 1/21, chiếm 4,8%; Đại học: 17/21, chiếm 80,9%; Trung cấp: 3/21, chiếm 14,3%.');
  });

  test.each(eachFormat(get))('%s: dates written dd/mm/yyyy; whole percentages without ",0"', (_f, text, notes) => {
    const t = text();
    const footnote = notes().slice(1);
    expect(footnote).toHaveLength(8);
    for (const l of footnote) expect(l).toMatch(/ngày \d{2}\/\d{2}\/\d{4} của UBND xã\)\.$/);
    expect(t).toContain('(Kèm theo Báo cáo số \u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND ngày 05/04/2023 của UBND xã Ba Bích)');
    expect(t.join('\n')).not.toMatch(/\d,0%/);
    expect(t.join('\n')).toContain('đạt 50% so với kế hoạch vốn giao');
  });

  test.each(eachFormat(get))('%s: the documents footnote as the seed writes it: type, subject, then (tại … của UBND xã)', (_f, _text, notes) => {
    const t = notes();
    expect(t).toContain('- Quyết định về việc Ban hành Kế hoạch cải cách hành chính năm 2023 (tại Quyết định số 175/QĐ-UBND ngày 28/12/2022 của UBND xã).');
    expect(t).toContain(
      '- Công văn về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3) (tại Công văn số 66/UBND ngày 22/09/2022 và Công văn số 75/UBND ngày 18/10/2022 của UBND xã).',
    );
    expect(t).toContain('- Kế hoạch tuyên truyền cải cách hành chính năm 2023 (tại Kế hoạch số 36/KH-UBND ngày 28/03/2023 của UBND xã).');
  });

  test.each(eachFormat(get))("%s: 2.6 in the outline's order: the clerk's text on the estimates, the lead-in, the budget, then investment", (_f, text) => {
    const t = text();
    const heading = at(t, /^2\.6\. Cải cách tài chính công$/);
    const clerk = at(t, /^Tiến độ, kết quả thực hiện thu, chi ngân sách nhà nước/);
    // The budget's own caption «(Số liệu đến ngày 30/03/2023)» dates its amounts, a day before the period's end: to check (tester 6 item 25).
    const lead = at(t, /^- Kết quả thực hiện dự toán thu, chi ngân sách đến thời điểm báo cáo \(đến ngày 30\/03\/2023 \[cần xem lại: Thu chi NS!A3\]\):$/);
    const revenue = at(t, /^Thu ngân sách: /);
    const spending = at(t, /^Chi ngân sách: /);
    const investment = at(t, /^- Kết quả thực hiện giải ngân vốn đầu tư công:$/);
    const limits = t.findIndex((l, k) => k > heading && l === 'b) Hạn chế, khó khăn, vướng mắc và nguyên nhân');
    expect([heading, clerk, lead, revenue, spending, investment, limits].every((k) => k >= 0)).toBe(true);
    expect(heading < clerk && clerk < lead && lead < revenue && revenue < spending && spending < investment && investment < limits).toBe(true);
  });

  test.each(eachFormat(get))('%s: nothing pending is said in words', (_f, text) => {
    expect(text()).toContain('+ Số lượng hồ sơ đang giải quyết: không có hồ sơ tồn.');
  });

  test('the blank "Số:" is highlighted in the header and in the appendix, in both formats', () => {
    const x = get();
    expect(paragraphXml(x.doc, 'Số:')).toContain(HIGHLIGHT);
    expect(paragraphXml(x.doc, 'Kèm theo Báo cáo số')).toContain(HIGHLIGHT);
    expect(x.html).toContain(`Số: ${MARK}\u00a0\u00a0\u00a0\u00a0\u00a0</mark>/BC-UBND`);
    expect(x.html).toContain(`(Kèm theo Báo cáo số </i><i>${MARK}\u00a0\u00a0\u00a0\u00a0\u00a0</mark></i>`);
  });
});

describe('the period and the cut-off date as the workbook gives them', () => {
  test.each([
    ['the example', () => example, '08/07/2022', 'từ ngày 08/07/2022 đến ngày 31/03/2023'],
    // The TTHC table's own caption («từ ngày 08/7/2022 …») differs from the period now: the draft says the table's, to check.
    ['the vice-chairman workbook', () => vice, '01/09/2022', 'từ ngày 08/07/2022 đến ngày 31/03/2023 [cần xem lại: TTHC Q1!A3]'],
  ])('%s', (_name, get, start, tthcPeriod) => {
    const x = get();
    for (const t of [x.docx, x.lines]) {
      const period = `từ ngày ${start} đến ngày 31/03/2023`;
      expect(t).toContain(`UBND xã Ba Bích báo cáo kết quả thực hiện công tác cải cách hành chính trong kỳ báo cáo (${period}), như sau:`);
      expect(count(t, new RegExp(`^- Trong kỳ báo cáo \\(${period}\\), UBND xã Ba Bích đã ban hành 09 văn bản(\\(1\\))? chỉ đạo, điều hành về CCHC\\.$`))).toBe(
        1,
      );
      expect(t).toContain(`- Tình hình, kết quả giải quyết thủ tục hành chính trong kỳ báo cáo (số liệu tính ${tthcPeriod}):`);
    }
  });
});

describe('the căn cứ', () => {
  test('the example has none: a highlighted note says what belongs there, in both formats', () => {
    expect(paragraphXml(example.doc, 'Nêu căn cứ báo cáo')).toContain(HIGHLIGHT);
    expect(example.html).toContain(`${MARK}[Nêu căn cứ báo cáo`);
  });

  test('the info key "Căn cứ" opens the draft, before the sentence that introduces the body', () => {
    expect(vice.a.info.basis).toBe(BASIS);
    for (const t of [vice.docx, vice.lines]) {
      // As the draft writes it: the typed dates in one style (10/4/2023 -> 10/04/2023).
      const k = t.indexOf(BASIS.replace('10/4/2023', '10/04/2023').replace('08/7/2022', '08/07/2022'));
      expect(k).toBeGreaterThan(0);
      expect(t[k + 1]).toMatch(/^UBND xã Ba Bích báo cáo kết quả/);
      expect(t.join('\n')).not.toContain('Nêu căn cứ báo cáo');
    }
  });
});

test('a vice-chairman signs for the chairman: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, then the name', () => {
  for (const t of [vice.docx, vice.lines]) {
    const k = t.findIndex((l) => l.endsWith('TM. ỦY BAN NHÂN DÂN'));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(t.slice(k + 1, k + 4)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Hùng']);
  }
  for (const t of [example.docx, example.lines]) expect(t.join('\n')).not.toContain('KT. CHỦ TỊCH');
});
