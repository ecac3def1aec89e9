/**
 * The note on page 1 counts as «cảnh báo làm thay đổi số liệu» only the warnings that mark a figure of the draft
 * (brief draft11 item 1): the example workbook's two warnings of that kind, a malformed symbol quoted in a paragraph
 * (Thuyet minh!C13) and a stated share the draft does not write (CBCC!E9, 14,2% where the draft computes its own),
 * mark nothing, so they are counted and named apart. The workbook is written with exceljs, read back, and the .docx
 * written to disk and opened.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildExample } from '../../../scripts/make-example';
import { roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { paragraphs, unzipDocx } from './fixture';
import { tempDir } from '../../helpers/xlsx';
import type { Analysis } from '../../../src/core/analyze';

async function draftLines(a: Analysis): Promise<string[]> {
  const file = path.join(tempDir('cchc-review-note-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  return paragraphs(unzipDocx(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
}

const noteOf = (lines: string[]) => {
  const k = lines.findIndex((l) => l.startsWith('[Lưu ý khi hoàn thiện'));
  return { note: lines[k], listed: lines.slice(k + 1).filter((l) => l.startsWith('- ')) };
};

let a: Analysis;
beforeAll(async () => {
  a = await roundTrip(buildExample(), 'ba-bich.xlsx');
});

test('warnings that mark no figure are not said to change one, and are named apart', async () => {
  const kinds = a.issues.filter((i) => i.severity === 'warning' && ['doc-number-format', 'percent-mismatch'].includes(i.code));
  expect(kinds.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(['CBCC!E9', 'Thuyet minh!C13']);
  const { note, listed } = noteOf(await draftLines(a));
  expect(note).toBe(
    '[Lưu ý khi hoàn thiện, xóa đoạn này trước khi ký: số liệu còn 04 lỗi chưa sửa, các con số liên quan trong bản nháp có thể chưa đúng và được tô màu tại chỗ, kèm ô cần xem lại. Ngoài ra còn 02 cảnh báo khác không làm thay đổi số liệu trong bản nháp. Sửa trong Excel rồi lập lại bản nháp.]',
  );
  const apart = listed.filter((l) => l.startsWith('- Cảnh báo, không làm thay đổi số liệu trong bản nháp: '));
  expect(apart.map((l) => l.slice(l.lastIndexOf('(')))).toEqual(['(CBCC!E9)', '(Thuyet minh!C13)']);
  expect(listed.some((l) => l.startsWith('- Cảnh báo: '))).toBe(false);
});

test('a warning on a cell a figure is read from marks it and is counted as changing a figure, before the others', async () => {
  const b: Analysis = {
    ...a,
    issues: [
      ...a.issues,
      {
        code: 'type-error',
        severity: 'warning',
        sheet: 'Dau tu cong',
        cell: 'D6',
        table: 'investment',
        field: 'disbursed',
        sentence: 'number-style-mixed',
        params: { where: 'bảng Giải ngân', text: '«190.000.000»', value: { n: 190000000 }, cellWay: '', columnWay: '' },
      },
    ],
  };
  const lines = await draftLines(b);
  const { note, listed } = noteOf(lines);
  expect(note).toContain('số liệu còn 04 lỗi chưa sửa và 01 cảnh báo làm thay đổi số liệu,');
  expect(note).toContain('Ngoài ra còn 02 cảnh báo khác không làm thay đổi số liệu trong bản nháp.');
  expect(lines.find((l) => l.startsWith('Tổng số kế hoạch vốn'))).toContain('190.000.000 đồng [cần xem lại: Dau tu cong!D6]');
  const k = listed.findIndex((l) => l.startsWith('- Cảnh báo: ') && l.endsWith('(Dau tu cong!D6)'));
  expect(k).toBeGreaterThan(-1);
  expect(listed.findIndex((l) => l.startsWith('- Cảnh báo, không làm thay đổi'))).toBe(k + 1);
});
