/**
 * A date written day first whose day does not exist (31/02, 29/02 of a year that is not leap, 31/04, 00/05, a
 * month 13 typed month first) is said to be so, in Vietnamese first and English second, with a hint to check the
 * date, never «write it as dd/mm/yyyy» (it is written so). It is classified by what it changes: a person's date
 * feeds no figure (a warning, not one of those that change a figure, and not in the draft's note); a register's
 * date decides which documents are counted (an error that says so). Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { bilingual } from '../helpers/words';
import { impossibleDate } from '../../src/core/read/date';
import { tierOf } from '../../src/ui/issueLines';
import { changesFigure } from '../../src/core/issues/figureWarnings';
import { openIssues } from '../../src/core/word/marks';
import { buildReport } from '../../src/core/word/report';
import type { Block, Part } from '../../src/core/word/model';

const INFO = [
  ['Thông tin', 'Giá trị'],
  ['Tên đơn vị', 'UBND xã Tân An'],
  ['Từ ngày', '01/01/2023'],
  ['Đến ngày', '31/12/2023'],
  ['Ngày báo cáo', '05/01/2024'],
];

async function book(sheet: string, rows: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, INFO);
  put(wb.addWorksheet(sheet), 1, rows);
  return roundTrip(wb);
}

/** Every text of the draft, footnotes and table cells included. */
function draftText(blocks: Block[]): string {
  const part = (p: Part): string => (typeof p === 'string' ? p : 'text' in p ? p.text : draftText(p.footnote));
  return blocks
    .map((b) => (b.kind === 'para' ? b.parts.map(part).join('') : b.rows.map((r) => r.cells.map((c) => draftText(c.paras)).join(' ')).join('\n')))
    .join('\n');
}

describe('impossibleDate', () => {
  it.each([
    ['31/02/1990', { d: 31, m: 2, y: 1990 }],
    ['29/02/2023', { d: 29, m: 2, y: 2023 }],
    ['31/04/2023', { d: 31, m: 4, y: 2023 }],
    ['00/05/1990', { d: 0, m: 5, y: 1990 }],
    ['12/13/2020', { d: 12, m: 13, y: 2020 }],
    ['31.6.2021', { d: 31, m: 6, y: 2021 }],
    ['ngày 30 tháng 2 năm 2022', { d: 30, m: 2, y: 2022 }],
  ])('%s is written as a date whose day does not exist', (text, parts) => expect(impossibleDate(text)).toEqual(parts));

  it.each([['29/02/2024'], ['31/12/2023'], ['abc'], ['1985'], ['12/2023'], ['31/02/1800'], ['']])('%s is not', (text) =>
    expect(impossibleDate(text)).toBeNull(),
  );
});

describe('a staff list with dates of birth that do not exist', () => {
  const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];
  const person = (n: number, name: string, birth: string) => [n, name, birth, 'Công chức', 'Công chức', 'Đại học'];

  it('says which part of each date does not exist, hints to check it, and counts none among the warnings that change a figure', async () => {
    const a = await book('CBCC', [
      HEADER,
      person(1, 'Nguyễn Văn An', '31/02/1990'),
      person(2, 'Trần Thị Bình', '29/02/2001'),
      person(3, 'Lê Văn Cường', '31/04/1985'),
      person(4, 'Phạm Văn Dũng', '00/05/1990'),
      person(5, 'Hoàng Thị Hà', '12/13/1990'),
      person(6, 'Võ Văn Lan', '12/05/1990'),
    ]);
    expect(a.figures.staff).toMatchObject({ total: 6, congChuc: 6 });
    const found = a.issues.filter((i) => i.table === 'staff' && i.field === 'birthDate').map((i) => bilingual(i));
    expect(found.map((i) => [i.cell, i.code, i.severity, i.sentence])).toEqual(
      ['C2', 'C3', 'C4', 'C5', 'C6'].map((c) => [c, 'type-error', 'warning', 'impossible-date']),
    );
    const where = (c: string) => `Ô ${c} sheet «CBCC» của bảng Cán bộ, công chức (cột Ngày sinh)`;
    const feedsNone = ' Cột này chỉ dùng để kiểm tra (như tuổi của từng người), không dùng để tính số liệu nào của báo cáo.';
    expect(found.map((i) => i.message.vi)).toEqual([
      `${where('C2')} ghi «31/02/1990», một ngày không có thật: tháng 2 năm 1990 không có ngày 31 (tháng này chỉ có 28 ngày).${feedsNone}`,
      `${where('C3')} ghi «29/02/2001», một ngày không có thật: tháng 2 năm 2001 không có ngày 29 (năm 2001 không phải năm nhuận, tháng 2 chỉ có 28 ngày).${feedsNone}`,
      `${where('C4')} ghi «31/04/1985», một ngày không có thật: tháng 4 năm 1985 không có ngày 31 (tháng này chỉ có 30 ngày).${feedsNone}`,
      `${where('C5')} ghi «00/05/1990», một ngày không có thật: không tháng nào có ngày 0.${feedsNone}`,
      `${where('C6')} ghi «12/13/1990», một ngày không có thật: không có tháng 13 (ngày ghi trước, tháng ghi sau: dd/mm/yyyy).${feedsNone}`,
    ]);
    expect(found[0].message.en).toBe(
      'Cell C2 on sheet «CBCC» of the table Staff (column Date of birth) holds «31/02/1990», a date that does not exist: ' +
        "February 1990 has no day 31 (it has only 28 days). This column is only checked (such as each person's age); it feeds no figure of the report.",
    );
    // The hint asks to check the date, not to write it as dd/mm/yyyy; a month written first is offered swapped.
    expect(found.map((i) => i.hint?.vi)).toEqual([
      'Kiểm tra lại ngày ở ô C2 theo giấy tờ gốc rồi sửa lại.',
      'Kiểm tra lại ngày ở ô C3 theo giấy tờ gốc rồi sửa lại.',
      'Kiểm tra lại ngày ở ô C4 theo giấy tờ gốc rồi sửa lại.',
      'Kiểm tra lại ngày ở ô C5 theo giấy tờ gốc rồi sửa lại.',
      'Nếu đây là ngày 13/12/1990 (ghi tháng trước ngày), hãy sửa thành 13/12/1990; nếu không, kiểm tra lại ngày ở ô C6 theo giấy tờ gốc.',
    ]);
    expect(found[0].hint?.en).toBe('Check the date in C2 against the source papers and correct it.');
    for (const i of found) expect(i.message.vi).not.toContain('dạng dd/mm/yyyy, ví dụ');
    // A birth date feeds no figure: not among the warnings that change one (the lists' second tier, the draft's note and marks).
    for (const i of found) {
      expect(changesFigure(i)).toBe(false);
      expect(tierOf(i)).toBe(2);
    }
    expect(openIssues(a.issues).filter((i) => i.field === 'birthDate')).toEqual([]);
    expect(draftText(buildReport(a).blocks)).not.toContain('C2');
  });
});

describe('a register with a date that does not exist', () => {
  it('is an error that says which figure the date decides', async () => {
    const a = await book('Sổ VB đi', [
      ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu'],
      ['01/QĐ-UBND', '05/01/2023', 'Quyết định về việc A'],
      ['02/KH-UBND', '31/04/2023', 'Kế hoạch cải cách hành chính B'],
    ]);
    const i = bilingual(a.issues.find((x) => x.sheet === 'Sổ VB đi' && x.cell === 'B3')!);
    expect([i.code, i.severity, i.sentence]).toEqual(['type-error', 'error', 'impossible-date']);
    expect(i.message.vi).toBe(
      'Ô B3 sheet «Sổ VB đi» của bảng Văn bản ban hành (cột Ngày ban hành) ghi «31/04/2023», một ngày không có thật: tháng 4 năm 2023 không có ngày 31 (tháng này chỉ có 30 ngày). ' +
        'Ngày này quyết định văn bản có thuộc kỳ báo cáo không; khi chưa đọc được, văn bản vẫn được tính vào số văn bản ban hành trong kỳ.',
    );
    expect(i.message.en).toContain('April 2023 has no day 31 (it has only 30 days). This date decides whether the document falls in the period');
    expect(a.figures.documents?.total).toBe(2);
    expect(tierOf(i)).toBe(0);
    expect(openIssues(a.issues)).toContainEqual(expect.objectContaining({ cell: 'B3', sentence: 'impossible-date' }));
  });

  it('a date that is no date keeps its sentence and hint, with what it does to the count', async () => {
    const a = await book('Sổ VB đi', [
      ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu'],
      ['01/QĐ-UBND', '05/01/2023', 'Quyết định về việc A'],
      ['02/KH-UBND', 'đầu tháng 3', 'Kế hoạch cải cách hành chính B'],
    ]);
    const i = bilingual(a.issues.find((x) => x.sheet === 'Sổ VB đi' && x.cell === 'B3')!);
    expect(i.sentence).toBe('not-a-date');
    expect(i.message.vi).toContain('chứa «đầu tháng 3», không đọc được thành ngày. Ngày này quyết định văn bản có thuộc kỳ báo cáo không');
    expect(i.hint?.vi).toBe('Ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/04/2023.');
  });
});
