/**
 * A report date with its day left blank, to fill in at signing (tester 11 item 11; DOMAIN.md §4): «ngày     tháng 7
 * năm 2025» is a warning, not an error, and the draft keeps the month and year given — «ngày … tháng 7 năm 2025» in
 * the header, «ngày …/7/2025» in the appendix, the blank highlighted. The workbook is written with exceljs and read
 * back; the .docx is written to disk and opened.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { dayLeftBlank } from '../../../src/core/read/partialDate';
import { paragraphXml, paragraphs, unzipDocx } from './fixture';
import { tempDir } from '../../helpers/xlsx';
import { said } from '../../helpers/words';

const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

function book(reportDate: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ TÂN PHÚ'],
    ['Địa danh', 'Tân Phú'],
    ['Số ký hiệu', '    /BC-UBND'],
    ['Ngày báo cáo', reportDate],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/06/2025'],
  ]);
  return wb;
}

async function documentXml(reportDate: string) {
  const a = await roundTrip(book(reportDate));
  const file = path.join(tempDir('cchc-day-blank-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  return { a, xml: unzipDocx(new Uint8Array(fs.readFileSync(file)))['word/document.xml'] };
}

test('the month and year of a date whose day is blank; anything else is no such date', () => {
  expect(dayLeftBlank('ngày     tháng 7 năm 2025')).toEqual({ month: 7, year: 2025 });
  expect(dayLeftBlank('ngày … tháng 07 năm 2025')).toEqual({ month: 7, year: 2025 });
  expect(dayLeftBlank('Ngày ..... tháng ..... năm 2025')).toEqual({ month: null, year: 2025 });
  expect(dayLeftBlank('…/7/2025')).toEqual({ month: 7, year: 2025 });
  expect(dayLeftBlank('   /12/2025')).toEqual({ month: 12, year: 2025 });
  for (const no of ['ngày 5 tháng 7 năm 2025', 'ngày tháng 13 năm 2025', 'ngày tháng năm', 'tháng bảy', '5/7/2025', '']) expect(dayLeftBlank(no)).toBeNull();
});

test('«ngày     tháng 7 năm 2025»: a warning, and the draft keeps «tháng 7 năm 2025» and writes «ngày …/7/2025» in the appendix', async () => {
  const { a, xml } = await documentXml('ngày     tháng 7 năm 2025');
  const onInfo = a.issues.filter((i) => i.table === 'info');
  expect(onInfo.map((i) => [i.severity, i.sentence, i.cell])).toEqual([['warning', 'report-day-blank', 'B4']]);
  expect(said(onInfo[0], 'vi')).toContain('chưa có ngày: bản Word giữ nguyên tháng, năm đã ghi');
  expect(a.info.reportDate).toBeNull();
  const date = paragraphXml(xml, 'Tân Phú, ngày');
  expect(paragraphs(date)[0]).toMatch(/^Tân Phú, ngày \s+ tháng 7 năm 2025$/u);
  expect(date).toContain(HIGHLIGHT);
  const annex = paragraphs(paragraphXml(xml, '(Kèm theo Báo cáo số'))[0];
  expect(annex).toContain(' ngày …/7/2025 của ');
});

test('a date not read at all is still an error, and a blank one a warning with the period’s year guessed', async () => {
  const wrong = await roundTrip(book('tháng bảy'));
  expect(wrong.issues.filter((i) => i.table === 'info').map((i) => [i.severity, i.sentence])).toEqual([['error', 'not-a-date']]);
  const { a, xml } = await documentXml('');
  expect(a.issues.filter((i) => i.table === 'info').map((i) => i.severity)).toEqual(['warning']);
  expect(paragraphs(paragraphXml(xml, 'Tân Phú, ngày'))[0]).toMatch(/^Tân Phú, ngày \s+ tháng \s+ năm 2025$/u);
});
