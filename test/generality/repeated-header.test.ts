/**
 * A list printed over several pages repeats its header row (and its row of column numbers): such a row is
 * neither a record nor a new header. It is skipped and counted nowhere.
 */
import ExcelJS from 'exceljs';
import { brief, located, put, roundTrip } from './harness';

const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];
const LEVELS = ['Đại học', 'Trung cấp', 'Cao đẳng', 'Thạc sĩ'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà'];
/** The i-th person (1-based), every name different up to 140; every third a cán bộ. */
const person = (i: number) => [
  i,
  `${FAMILY[i % 7]} ${MIDDLE[Math.floor(i / 7) % 4]} ${GIVEN[Math.floor(i / 28) % 5]}`,
  'Chuyên viên',
  i % 3 === 0 ? 'Cán bộ' : 'Công chức',
  LEVELS[i % 4],
];
const staffIssues = (a: Awaited<ReturnType<typeof roundTrip>>) => a.issues.filter((i) => i.table === 'staff');

describe('a staff list whose header row is printed again inside it', () => {
  it('reads the four people of a tiny table whose header repeats at its 4th row', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [HEADER, person(1), person(2), HEADER, person(3), person(4)]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A1:E6' });
    expect(a.tables.staff?.rows.map((r) => r.row + 1)).toEqual([2, 3, 5, 6]);
    expect(a.figures.staff).toMatchObject({ total: 4, canBo: 1, congChuc: 3 });
    expect(staffIssues(a)).toEqual([]);
  });

  it('reads a hundred people whose header and column numbers repeat every 40 rows', async () => {
    const wb = new ExcelJS.Workbook();
    const NUMBERS = ['(1)', '(2)', '(3)', '(4)', '(5)'];
    const rows: (string | number)[][] = [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ'], [], HEADER, NUMBERS];
    for (let i = 1; i <= 100; i++) {
      if (i > 1 && (i - 1) % 40 === 0) rows.push(HEADER, NUMBERS);
      rows.push(person(i));
    }
    put(wb.addWorksheet('CBCC'), 1, rows);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:E108' });
    expect(a.tables.staff?.rows).toHaveLength(100);
    expect(a.figures.staff).toMatchObject({ total: 100, canBo: 33, congChuc: 67 });
    expect(Object.values(a.figures.staff?.education ?? {}).map((e) => e.count)).toEqual([25, 25, 25, 25, 0]);
    expect(staffIssues(a)).toEqual([]);
  });

  it('reads a list whose repeated header follows a blank line left at each page end', async () => {
    const wb = new ExcelJS.Workbook();
    const rows: (string | number)[][] = [HEADER];
    for (let i = 1; i <= 90; i++) {
      if (i > 1 && (i - 1) % 30 === 0) rows.push([], HEADER);
      rows.push(person(i));
    }
    put(wb.addWorksheet('CBCC'), 1, rows);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: `A1:E${rows.length}` });
    expect(a.tables.staff?.rows).toHaveLength(90);
    expect(a.figures.staff).toMatchObject({ total: 90, canBo: 30, congChuc: 60 });
    // The blank lines are said as such (info); the repeated headers are said nowhere and counted nowhere.
    expect(staffIssues(a).map((i) => `${i.code} ${i.cell}`)).toEqual(['blank-row A32:E32', 'blank-row A64:E64']);
  });

  it.each([
    ['far down the list, with its column numbers', 20, true],
    ['far down the list, alone', 20, false],
    ['early in the list (where headers are looked for)', 6, true],
  ])('skips the header repeated in other words %s (tester 6 item 9)', async (_, at, numbered) => {
    const wb = new ExcelJS.Workbook();
    const rows: (string | number)[][] = [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2023'], [], HEADER];
    for (let i = 1; i <= 30; i++) {
      if (i === at) rows.push(['TT', 'Họ tên', 'CV', 'Phân loại', 'Trình độ CM'], ...(numbered ? [[1, 2, 3, 4, 5]] : []));
      rows.push(person(i));
    }
    rows.push(['', 'Tổng cộng 30 người']);
    put(wb.addWorksheet('CBCC'), 1, rows);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: `A3:E${rows.length}` });
    expect(a.tables.staff?.rows.filter((r) => !r.isTotal)).toHaveLength(30);
    expect(a.figures.staff).toMatchObject({ total: 30, canBo: 10, congChuc: 20 });
    expect(staffIssues(a)).toEqual([]);
  });

  it('still ends a list where a table of its own, after a blank row and a title, repeats its labels', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      HEADER,
      person(1),
      person(2),
      person(3),
      [],
      ['NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH'],
      HEADER,
      [1, 'Đỗ Văn Tâm', 'Bảo vệ', 'Không chuyên trách', 'Trung cấp'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A1:E4' });
    expect(a.figures.staff).toMatchObject({ total: 3 });
  });
});

describe('a register whose two-level header repeats on every printed page', () => {
  it('counts every document once and types no header as a document', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sổ văn bản');
    const top = ['STT', 'Văn bản', null, 'Trích yếu nội dung'];
    const sub = [null, 'Số ký hiệu', 'Ngày ban hành', null];
    const rows: (string | number | null)[][] = [['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023'], []];
    const headerAt: number[] = [];
    for (let i = 1; i <= 30; i++) {
      if ((i - 1) % 12 === 0) {
        headerAt.push(rows.length + 1);
        rows.push(top, sub);
      }
      rows.push([
        i,
        `${i}/QĐ-UBND`,
        `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + Math.floor(i / 3)).padStart(2, '0')}/2023`,
        `Quyết định về việc số ${i}`,
      ]);
    }
    put(ws, 1, rows);
    for (const h of headerAt) {
      ws.mergeCells(h, 2, h, 3);
      ws.mergeCells(h, 1, h + 1, 1);
      ws.mergeCells(h, 4, h + 1, 4);
    }
    const a = await roundTrip(wb);
    expect(located(a, 'documents')).toEqual({ sheet: 'Sổ văn bản', range: `A3:D${rows.length}` });
    expect(a.figures.documents?.total).toBe(30);
    expect(brief(a).filter((l) => / documents?[^!]*Sổ văn bản!/.test(l) || l.includes('type-error'))).toEqual([]);
  });
});
