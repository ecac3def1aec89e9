/**
 * Rows of a list that are not records, and the education shares (tester 5, items 5, 6, 7, 18), on real .xlsx
 * written and read back through the whole pipeline (and the Word draft where it states the shares):
 * - a header printed again inside a list, with its row of column numbers (1 2 3, (1) (2), A B C), is skipped;
 * - a total row under a list ("Cộng: 8 người", "Tổng số: 8", "Tổng cộng 08 người") is a total, not a person,
 *   and a count it states that is not the list's is said (sum-mismatch, REPORTING-SCHEMA.md §3);
 * - shares of one whole add up to 100 by largest-remainder rounding (REPORTING-SCHEMA.md §4, DOMAIN.md §2);
 * - a level being studied for is not held ("Đại học (đang học thạc sĩ)" is Đại học);
 * - a school grade "12/12" (typed as text, or turned into a date by Excel) is general education, not an error.
 */
import ExcelJS from 'exceljs';
import { brief, located, put, roundTrip } from './harness';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn', 'Ngày sinh'];
const FAMILY = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đỗ Văn', 'Bùi Thị'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Em', 'Phương', 'Giang', 'Hoa', 'Hùng', 'Lan'];
const BIRTH = new Date(Date.UTC(1985, 0, 1));
/** The i-th person (0-based; names differ up to 80): every fourth a cán bộ, every third trung cấp, the others đại học. */
const person = (i: number, level?: ExcelJS.CellValue) => [
  i + 1,
  `${FAMILY[i % 8]} ${GIVEN[Math.floor(i / 8) % 10]}`,
  'Công chức VP',
  i % 4 ? 'Công chức' : 'Cán bộ',
  level === undefined ? (i % 3 ? 'Đại học' : 'Trung cấp') : level,
  BIRTH,
];
const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff');
const staffLines = (a: Analysis) => brief(a).filter((l) => l.includes('CBCC!'));
const shares = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, [v.count, v.pct]]));

/** A staff list of `n` people whose header (and `numbers` under it, when given) is printed again every `every` rows. */
function repeatedList(n: number, every: number, numbers: ExcelJS.CellValue[] | null, numbersUnderFirst = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const rows: ExcelJS.CellValue[][] = [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ'], [], HEADER];
  if (numbersUnderFirst && numbers) rows.push(numbers);
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % every === 0) rows.push(HEADER, ...(numbers ? [numbers] : []));
    rows.push(person(i));
  }
  put(wb.addWorksheet('CBCC'), 1, rows);
  return wb;
}

describe('item 6: a header printed again inside a list, with its row of column numbers', () => {
  // 45 people: 12 cán bộ, 33 công chức; 15 trung cấp, 30 đại học.
  const EXPECTED = { total: 45, canBo: 12, congChuc: 33 };

  it.each([
    ['1 2 3 … as numbers', [1, 2, 3, 4, 5, 6]],
    ['(1) (2) (3) … as text', ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']],
    ['A B C … as letters', ['A', 'B', 'C', 'D', 'E', 'F']],
    ['1 2 3 … typed as text', ['1', '2', '3', '4', '5', '6']],
  ])('skips the repeated header and its numbers %s, though the first header has none', async (_, numbers) => {
    const a = await roundTrip(repeatedList(45, 20, numbers));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:F52' });
    expect(a.tables.staff?.rows).toHaveLength(45);
    expect(a.figures.staff).toMatchObject(EXPECTED);
    expect(shares(a)).toMatchObject({ university: [30, 66.7], secondary: [15, 33.3] });
    expect(staffLines(a)).toEqual([]);
  });

  it('skips a repeated row of numbers written otherwise than the first one', async () => {
    // The first header numbered "(1)".."(6)", the pages after it 1..6.
    const wb = new ExcelJS.Workbook();
    const rows: ExcelJS.CellValue[][] = [HEADER, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']];
    for (let i = 0; i < 30; i++) {
      if (i > 0 && i % 12 === 0) rows.push(HEADER, [1, 2, 3, 4, 5, 6]);
      rows.push(person(i));
    }
    put(wb.addWorksheet('CBCC'), 1, rows);
    const a = await roundTrip(wb);
    expect(a.tables.staff?.rows).toHaveLength(30);
    expect(a.figures.staff).toMatchObject({ total: 30, canBo: 8, congChuc: 22 });
    expect(staffLines(a)).toEqual([]);
  });

  it('still reads a person whose row follows a repeated header (the row is no numbering)', async () => {
    const a = await roundTrip(repeatedList(25, 10, null));
    expect(a.tables.staff?.rows).toHaveLength(25);
    expect(a.tables.staff?.rows[10].values.name?.text).toBe(`${FAMILY[10 % 8]} ${GIVEN[1]}`);
  });

  it('skips them in a TTHC table by field too (any table)', async () => {
    const wb = new ExcelJS.Workbook();
    const header = ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];
    const numbers = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
    put(wb.addWorksheet('TTHC'), 1, [
      ['TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
      header,
      [1, 'Hộ tịch', 142, 5, 137, 140, 88, 30, 22],
      [2, 'Chứng thực', 98, 10, 88, 98, 61, 37, 0],
      header,
      numbers,
      [3, 'Đất đai', 12, 0, 12, 10, 6, 0, 4],
      ['', 'Tổng cộng', 252, 15, 237, 248, 155, 67, 26],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.tthc?.rows.map((r) => r.row + 1)).toEqual([3, 4, 7, 8]);
    expect(a.figures.tthc).toMatchObject({ received: 252, online: 15, resolved: 248, late: 26 });
    expect(brief(a).filter((l) => l.includes('TTHC!'))).toEqual([]);
  });
});

/** The 8 people of a small list (3 cán bộ, 5 công chức), then `tail` rows under it. */
function listWithTotal(tail: ExcelJS.CellValue[][], persons = 8): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const rows: ExcelJS.CellValue[][] = [HEADER];
  for (let i = 0; i < persons; i++) rows.push([i + 1, `${FAMILY[i % 8]} ${GIVEN[i]}`, 'Chuyên viên', i < 3 ? 'Cán bộ' : 'Công chức', 'Đại học', BIRTH]);
  put(wb.addWorksheet('CBCC'), 1, [...rows, ...tail]);
  return wb;
}

describe('item 7: a total row under a list of people', () => {
  it.each([
    ['Cộng: 8 người', ['', 'Cộng: 8 người', '', '', '', '']],
    ['Cộng', ['', 'Cộng']],
    ['Tổng số: 8', ['', 'Tổng số: 8']],
    ['Tổng cộng 08 người', ['', 'Tổng cộng 08 người']],
    ['TỔNG SỐ 8 NGƯỜI', ['', 'TỔNG SỐ 8 NGƯỜI']],
    ['Cộng 8 (3 cán bộ, 5 công chức)', ['', 'Cộng 8 (3 cán bộ, 5 công chức)']],
    ['Cộng | 8 người, in two cells', ['', 'Cộng', '8 người']],
    ['Tổng cộng: 8 người in the STT column', ['Tổng cộng: 8 người']],
  ])('«%s» is a total, not a person: the figures are the list’s and nothing is said', async (_, total) => {
    const a = await roundTrip(listWithTotal([total]));
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
    expect(shares(a)).toMatchObject({ university: [8, 100] });
    expect(a.tables.staff?.rows.filter((r) => !r.isTotal)).toHaveLength(8);
    expect(a.tables.staff?.rows.filter((r) => r.isTotal).map((r) => r.row + 1)).toEqual([10]);
    expect(staffLines(a)).toEqual([]);
  });

  it('a total merged over the first columns states its count too', async () => {
    const wb = listWithTotal([['Cộng: 8 người']]);
    wb.getWorksheet('CBCC')!.mergeCells('A10:C10');
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
    expect(staffLines(a)).toEqual([]);
  });

  it.each([
    ['Cộng: 9 người', ['', 'Cộng: 9 người'], 'B10', 9],
    ['Tổng số: 7', ['', 'Tổng số: 7'], 'B10', 7],
    ['Tổng cộng: 10 người in the STT column', ['Tổng cộng: 10 người'], 'A10', 10],
    ['Cộng | 12 người', ['', 'Cộng', '12 người'], 'C10', 12],
  ])('«%s» under 8 people: the figures are the list’s, and the disagreement is said at the total', async (_, total, cell, stated) => {
    const a = await roundTrip(listWithTotal([total]));
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
    const s = staffIssues(a);
    expect(s.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`)).toEqual([`warning sum-mismatch CBCC!${cell}`]);
    expect(said(s[0])).toContain(`${stated} người`);
    expect(said(s[0])).toContain('8 người');
    expect(said(s[0], 'en')).toMatch(/8 (?:people|persons)/);
  });

  it('words that begin like a total are people or categories, not totals', async () => {
    // "Công chức" (category), "Tổng Văn Cường" (a family name), "Cống Thị Hoa": people.
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      HEADER,
      [1, 'Tổng Văn Cường', 'Chủ tịch', 'Cán bộ', 'Đại học', BIRTH],
      [2, 'Cống Thị Hoa', 'Văn phòng', 'Công chức', 'Trung cấp', BIRTH],
      [3, 'Cộng Văn Hòa', 'Địa chính', 'Công chức', 'Đại học', BIRTH],
      ['', 'Cộng: 3 người'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(staffLines(a)).toEqual([]);
  });

  it('a register’s total row «Tổng số: 3 văn bản» is checked against its documents', async () => {
    const wb = new ExcelJS.Workbook();
    const docs = [
      ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu nội dung'],
      [1, '05/QĐ-UBND', '10/01/2023', 'Quyết định ban hành kế hoạch CCHC'],
      [2, '12/KH-UBND', '15/01/2023', 'Kế hoạch CCHC năm 2023'],
      [3, '20/UBND', '20/02/2023', 'Công văn về việc rà soát TTHC'],
    ];
    put(wb.addWorksheet('So van ban'), 1, [...docs, ['', 'Tổng số: 3 văn bản']]);
    const right = await roundTrip(wb);
    expect(right.figures.documents?.total).toBe(3);
    expect(brief(right).filter((l) => l.includes('sum-mismatch'))).toEqual([]);

    const wb2 = new ExcelJS.Workbook();
    put(wb2.addWorksheet('So van ban'), 1, [...docs, ['', 'Tổng số: 4 văn bản']]);
    const wrong = await roundTrip(wb2);
    expect(wrong.figures.documents?.total).toBe(3);
    const s = wrong.issues.filter((i) => i.code === 'sum-mismatch');
    expect(s.map((i) => `${i.severity} ${i.sheet}!${i.cell}`)).toEqual(['warning So van ban!B5']);
    expect(said(s[0])).toContain('3 văn bản');
  });
});

describe('item 5: education shares of one whole, and a level being studied for', () => {
  // The tester's list: ĐH, CĐ, TC, ThS, "Đại học (đang học thạc sĩ)", Cử nhân Luật, Kỹ sư nông nghiệp,
  // Trung cấp, Sơ cấp; three cán bộ, six công chức.
  const LEVELS = ['ĐH', 'CĐ', 'TC', 'ThS', 'Đại học (đang học thạc sĩ)', 'Cử nhân Luật', 'Kỹ sư nông nghiệp', 'Trung cấp', 'Sơ cấp'];

  function eduBook(levels: string[]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [HEADER, ...levels.map((l, i) => [i + 1, `${FAMILY[i % 8]} ${GIVEN[i]}`, 'CV', i < 3 ? 'Cán bộ' : 'Công chức', l, BIRTH])]);
    return wb;
  }

  it('shares of one whole add up to 100 (largest remainder, REPORTING-SCHEMA.md §4): 3/9 three times is 33,4 + 33,3 + 33,3', async () => {
    const a = await roundTrip(eduBook(['ĐH', 'ĐH', 'ĐH', 'CĐ', 'CĐ', 'CĐ', 'TC', 'TC', 'TC']));
    expect(shares(a)).toEqual({ postgraduate: [0, 0], university: [3, 33.4], college: [3, 33.3], secondary: [3, 33.3], none: [0, 0] });
    const docx = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);
    const line = docx.find((p) => p.includes('Đại học: 3/9'));
    expect(line).toContain('Đại học: 3/9, chiếm 33,4%; Cao đẳng: 3/9, chiếm 33,3%; Trung cấp: 3/9, chiếm 33,3%.');
  });

  it('reads "Đại học (đang học thạc sĩ)" as Đại học: the level studied for is not held', async () => {
    const a = await roundTrip(eduBook(LEVELS));
    // university: ĐH, Đại học (đang học thạc sĩ), Cử nhân Luật, Kỹ sư nông nghiệp.
    expect(shares(a)).toEqual({
      postgraduate: [1, 11.1],
      university: [4, 44.5], // 44,4 + the 0,1 that largest remainder gives to the largest remainder
      college: [1, 11.1],
      secondary: [2, 22.2],
      none: [1, 11.1],
    });
    expect(staffLines(a)).toEqual([]);
  });

  it.each([
    ['ĐH, đang học ThS', 'university'],
    ['Đại học; đang theo học Thạc sĩ', 'university'],
    ['Trung cấp (đang học đại học)', 'secondary'],
    ['Đại học, Thạc sĩ (đang học)', 'university'],
    ['Cao đẳng - đang học ĐH', 'college'],
    ['Thạc sĩ', 'postgraduate'],
    ['Thạc sĩ (đã tốt nghiệp)', 'postgraduate'],
  ])('"%s" is %s', async (text, level) => {
    const a = await roundTrip(eduBook(['Đại học', 'Đại học', text]));
    const counts = shares(a);
    const expected: Record<string, number> = { postgraduate: 0, university: 2, college: 0, secondary: 0, none: 0 };
    expected[level]++;
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v[0]]))).toEqual(expected);
    expect(staffLines(a)).toEqual([]);
  });

  it('a level only being studied for, with none held, is said once and leaves that person out of the shares (tester 7 item 11)', async () => {
    const a = await roundTrip(eduBook(['Đại học', 'Trung cấp', 'Đang học đại học']));
    expect(staffIssues(a).map((i) => `${i.code} ${i.cell}`)).toEqual(['constraint-error E4']);
    expect(a.figures.staff?.education.university).toEqual({ count: 1, pct: 50 });
    expect(a.figures.staff?.unclassified).toBe(1);
  });
});

describe('item 18: a school grade "12/12" in "Trình độ chuyên môn"', () => {
  function gradeBook(grades: ExcelJS.CellValue[], format?: string): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('CBCC');
    const levels: ExcelJS.CellValue[] = ['Đại học', 'Đại học', 'Trung cấp', ...grades];
    put(ws, 1, [HEADER, ...levels.map((l, i) => person(i, l))]);
    if (format) for (let r = 5; r < 5 + grades.length; r++) ws.getCell(r, 5).numFmt = format;
    return wb;
  }

  it.each([
    ['"12/12" typed as text', ['12/12']],
    ['"9/12", "10/10", "12/12 THPT"', ['9/12', '10/10', '12/12 THPT']],
    ['"Lớp 12"', ['Lớp 12']],
  ])('%s is general education (no professional level), not an error', async (_, grades) => {
    const a = await roundTrip(gradeBook(grades));
    expect(staffLines(a)).toEqual([]);
    const counts = Object.fromEntries(Object.entries(shares(a)).map(([k, v]) => [k, v[0]]));
    // person(i): every fourth a cán bộ, the others công chức: all count.
    expect(counts).toEqual({ postgraduate: 0, university: 2, college: 0, secondary: 1, none: grades.length });
    expect(a.figures.staff?.education.university.pct).not.toBeNull();
  });

  it('"12/12" that Excel turned into a date (12 December) is read as the grade, not as a date', async () => {
    const a = await roundTrip(gradeBook([new Date(Date.UTC(2023, 11, 12)), new Date(Date.UTC(2023, 11, 9))], 'dd/mm'));
    expect(staffLines(a)).toEqual([]);
    expect(shares(a)).toMatchObject({ university: [2, 40], secondary: [1, 20], none: [2, 40] });
  });

  it('a date that is no grade in the education column (05/03/2020) is still an error', async () => {
    const a = await roundTrip(gradeBook([new Date(Date.UTC(2020, 2, 5))], 'dd/mm/yyyy'));
    expect(staffIssues(a).map((i) => `${i.code} ${i.cell}`)).toEqual(['constraint-error E5']);
  });
});
