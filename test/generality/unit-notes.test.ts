/**
 * A budget's unit written only in an Excel note or comment on the title or a header cell ("ĐVT: triệu đồng" under
 * Review → Note): the figures are read in that unit, not 1 000 000 times too small. A unit in a cell's own text wins
 * over a note. Real .xlsx files: notes written by exceljs, a threaded comment (Excel 365) built as Excel writes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file/read';
import { tempDir, workbookBytes } from '../helpers/xlsx';
import { brief, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const TITLE = 'BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023';
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện', 'Ghi chú'];
const LINES: Row[] = [
  ['I', 'Tổng thu ngân sách xã', 7239, 1464.5, null],
  ['II', 'Tổng chi ngân sách xã', 6105, 1220.96, null],
];

function budgetBook(rows: Row[], notes: Record<string, ExcelJS.Comment | string>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ngân sách');
  put(ws, 1, rows);
  for (const [cell, note] of Object.entries(notes)) ws.getCell(cell).note = note;
  return wb;
}

describe('the unit written in a note', () => {
  it.each([
    ['on the title', { A1: 'ĐVT: triệu đồng' }, 1e6, 'A1'],
    [
      'on the title, after the author Excel writes first',
      { A1: { texts: [{ font: { bold: true }, text: 'Nguyễn Thị Lan:' }, { text: '\nĐơn vị tính: nghìn đồng' }] } },
      1e3,
      'A1',
    ],
    ['on the "Nội dung" header cell', { B2: 'Số liệu tính bằng triệu đồng' }, 1e6, 'B2'],
    ["on an amount column's header, alone", { D2: 'Triệu đồng' }, 1e6, 'D2'],
  ] as [string, Record<string, ExcelJS.Comment | string>, number, string][])('reads it %s', async (_, notes, factor, cell) => {
    const a = await roundTrip(budgetBook([[TITLE], HEADER, ...LINES], notes));
    expect(a.tables.budget?.located.unit).toMatchObject({ factor, source: { sheet: 'Ngân sách', cell } });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239 * factor, actual: 1464.5 * factor });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1220.96 * factor });
    expect(brief(a).filter((l) => l.includes('unit'))).toEqual([]);
  });

  it("leaves a unit written in a cell as it is: the cell's text wins over a note", async () => {
    const a = await roundTrip(
      budgetBook([[TITLE], ['ĐVT: đồng'], HEADER, ...LINES.map((l) => l.map((v) => (typeof v === 'number' ? v * 1e6 : v)))], { A1: 'ĐVT: triệu đồng' }),
    );
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1, source: { cell: 'A2' } });
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464.5e6 });
  });

  it("does not take a note about one line, nor one on a data cell, for the table's unit", async () => {
    const a = await roundTrip(budgetBook([[TITLE], HEADER, ...LINES], { A1: 'Riêng dòng II tính bằng triệu đồng', D3: 'ĐVT: triệu đồng' }));
    expect(a.tables.budget?.located.unit?.factor).toBe(1);
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464.5 });
  });
});

/** The workbook's bytes with a threaded comment on `cell` of the first sheet, as Excel 365 writes one (and its reply). */
function withThreadedComment(bytes: Uint8Array, cell: string, texts: string[], placeholder: boolean): Uint8Array {
  const files = unzipSync(bytes);
  const id = (k: number) => `{0000000${k}-0000-0000-0000-000000000000}`;
  const thread = texts
    .map(
      (t, k) =>
        `<threadedComment ref="${cell}" dT="2026-11-30T08:00:00.00" personId="{00000000-0000-0000-0000-0000000000AA}" id="${id(k + 1)}"${k ? ` parentId="${id(1)}"` : ''}><text>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></threadedComment>`,
    )
    .join('');
  files['xl/threadedComments/threadedComment1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${thread}</ThreadedComments>`,
  );
  const rels = 'xl/worksheets/_rels/sheet1.xml.rels';
  const threadRel =
    '<Relationship Id="rIdT1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>';
  let commentRel = '';
  if (placeholder) {
    files['xl/comments9.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>tc=${id(1)}</author></authors><commentList><comment ref="${cell}" authorId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${texts[0]}</t></text></comment></commentList></comments>`,
    );
    commentRel = '<Relationship Id="rIdC9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/>';
  }
  const relsXml = files[rels]
    ? strFromU8(files[rels]).replace('</Relationships>', `${threadRel}${commentRel}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${threadRel}${commentRel}</Relationships>`;
  files[rels] = strToU8(relsXml);
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        (placeholder ? '<Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' : '') +
        '</Types>',
    ),
  );
  return zipSync(files);
}

describe('the unit written in a threaded comment (Excel 365)', () => {
  it("reads the thread's text, the comment and its reply, on the title", async () => {
    const bytes = withThreadedComment(
      await workbookBytes(budgetBook([[TITLE], HEADER, ...LINES], {})),
      'A1',
      ['Số liệu chị xem giúp', 'ĐVT: triệu đồng'],
      false,
    );
    const file = path.join(tempDir('cchc-thread-'), 'threaded.xlsx');
    fs.writeFileSync(file, bytes);
    const snapshot = await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(file)));
    expect(snapshot.sheets[0].notes).toEqual([{ row: 0, col: 0, text: 'Số liệu chị xem giúp\nĐVT: triệu đồng' }]);
    const a = analyze(snapshot);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1e6, source: { cell: 'A1' } });
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464.5e6 });
  });

  it("takes the thread's own text over the placeholder Excel writes for older versions", async () => {
    const bytes = withThreadedComment(await workbookBytes(budgetBook([[TITLE], HEADER, ...LINES], {})), 'D2', ['ĐVT: nghìn đồng'], true);
    const snapshot = await readSnapshotFromXlsx(bytes);
    expect(snapshot.sheets[0].notes).toEqual([{ row: 1, col: 3, text: 'ĐVT: nghìn đồng' }]);
    expect(analyze(snapshot).figures.budget?.revenue).toMatchObject({ actual: 1464.5e3 });
  });
});
