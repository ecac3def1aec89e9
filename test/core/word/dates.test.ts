/**
 * Every date the Word draft writes follows dd/mm/yyyy (Nghị định 30/2020: one style): a date copied from the clerk's
 * sheet as typed («08/7/2022» in the example's narrative) is written «08/07/2022» beside the draft's own dates.
 * Read from a real .docx written to disk: its body and its footnotes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { analyze } from '../../../src/core/analyze';
import { buildWordDraft } from '../../../src/core/word';
import { draftHtml, htmlToText } from '../../../src/core/word/html';
import { oneDateStyle } from '../../../src/core/word/dates';
import { paragraphs, unzipDocx } from './fixture';
import { tempDir } from '../../helpers/xlsx';

const EXAMPLE = path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx');

describe('oneDateStyle', () => {
  it.each([
    ['Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy', 'Chương trình số 23-CTr/HU ngày 08/07/2022 của Huyện ủy'],
    ['từ 8/7/2022 đến 31/3/2023.', 'từ 08/07/2022 đến 31/03/2023.'],
    ['ngày 1-7-2019, ngày 5.4.2023;', 'ngày 01/07/2019, ngày 05/04/2023;'],
    ['(Tại Báo cáo số 27/BC-UBND ngày 14/7/2023)', '(Tại Báo cáo số 27/BC-UBND ngày 14/07/2023)'],
  ])('%s', (typed, written) => expect(oneDateStyle(typed)).toBe(written));

  it.each([
    ['Quyết định số 48/2021/QĐ-UBND ngày 22/09/2021'],
    ['Nghị định 59/2019/NĐ-CP'],
    ['giai đoạn 2021-2025, tỷ lệ 1/21 hồ sơ'],
    ['ngày 31/02/2023 (không có thật)'],
    ['ISO 9001:2015, mục 2.1.3'],
    ['số 1.234.567 đồng'],
    ['12/5/2023/NQ-HĐND'],
  ])('leaves «%s» as written', (text) => expect(oneDateStyle(text)).toBe(text));
});

test("the example's draft: the clerk's typed dates are written dd/mm/yyyy like the draft's own, in the body and the footnotes", async () => {
  const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(EXAMPLE))));
  const file = path.join(tempDir('cchc-dates-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  const parts = unzipDocx(new Uint8Array(fs.readFileSync(file)));
  const text = [...paragraphs(parts['word/document.xml']), ...paragraphs(parts['word/footnotes.xml'] ?? '')].join('\n');
  // The example's narrative types «ngày 08/7/2022», «10/8/2022», «13/3/2023», «23/4/2018».
  expect(text).toContain('Chương trình số 23-CTr/HU ngày 08/07/2022 của Huyện ủy');
  expect(text).toContain('từ ngày 08/07/2022 đến ngày 31/03/2023');
  const dates = [...text.matchAll(/(?<![\p{L}\p{N}/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?![\p{L}\p{N}/-])/gu)].map((m) => m[0]);
  expect(dates.length).toBeGreaterThan(20);
  expect(dates.filter((d) => !/^\d{2}\/\d{2}\/\d{4}$/.test(d))).toEqual([]);
  // Document numbers that hold a year are no dates and stay as typed.
  expect(text).toContain('Quyết định số 48/2021/QĐ-UBND');
  // The same model copied as formatted text (Mac, iPad) writes the same dates.
  expect(htmlToText(draftHtml(a))).toContain('ngày 08/07/2022 của Huyện ủy');
});
