/**
 * The command line writes the draft's title as the pane and the web page do (tester 5 item 26): a trích yếu typed
 * «Báo cáo kết quả…» is printed «Kết quả…» under «BÁO CÁO», in a run in Vietnamese and in English.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { tempDir } from '../helpers/xlsx';
import { runCli } from './runCli';

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');

/** The example workbook with `title` in its trích yếu cell. */
async function exampleWithTitle(title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(EXAMPLE) as unknown as ArrayBuffer);
  const info = wb.getWorksheet('Thong tin')!;
  for (let r = 1; r <= info.rowCount; r++) if (info.getCell(r, 1).text === 'Trích yếu') info.getCell(r, 2).value = title;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('the command line writes the same title, in Vietnamese and in English', async () => {
  const dir = tempDir('cchc-title-');
  const input = path.join(dir, 'tieu-de.xlsx');
  fs.writeFileSync(input, await exampleWithTitle('Báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023'));
  for (const lang of ['vi', 'en']) {
    const out = path.join(dir, lang);
    const r = await runCli(['report', input, '--out', out, '--force', '--lang', lang]);
    expect(r.code).toBeLessThan(2);
    const doc = unzipDocx(new Uint8Array(fs.readFileSync(path.join(out, 'tieu-de.report.docx'))))['word/document.xml'];
    const text = paragraphs(doc);
    expect({ lang, summary: text[text.indexOf('BÁO CÁO') + 1] }).toEqual({
      lang,
      summary: 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023',
    });
    expect(text.join('\n')).not.toMatch(/Báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng/);
  }
}, 120000);
