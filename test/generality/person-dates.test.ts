/**
 * A staff list's dates of a person (birth, recruitment, issue of a paper) that cannot be real or lie outside a
 * plausible range are issues with their cell; none changes a figure, so only a date after the report date
 * is an error.
 */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

type Row = (string | number | Date | null)[];
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

const INFO: Row[] = [
  ['Thông tin', 'Giá trị'],
  ['Tên đơn vị', 'UBND xã Tân An'],
  ['Từ ngày', '01/01/2023'],
  ['Đến ngày', '31/12/2023'],
  ['Ngày báo cáo', '05/01/2024'],
];

async function staffBook(rows: Row[], info = INFO, merges: [number, number, number, number][] = []) {
  const wb = new ExcelJS.Workbook();
  if (info.length) put(wb.addWorksheet('Thông tin'), 1, info);
  const ws = wb.addWorksheet('CBCC');
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(...m);
  return roundTrip(wb);
}

const personDateIssues = (a: Awaited<ReturnType<typeof roundTrip>>) =>
  a.issues.filter((i) => i.table === 'staff' && ['birthDate', 'birthDateMale', 'birthDateFemale', 'recruitedAt', 'issuedAt'].includes(i.field));
const line = (i: { code: string; severity: string; cell: string }) => `${i.severity} ${i.code} ${i.cell}`;

describe("a staff list's dates of birth, recruitment and issue", () => {
  const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Loại', 'Trình độ chuyên môn', 'Ngày tuyển dụng', 'Số CCCD', 'Ngày cấp'];
  const person = (n: number, name: string, birth: Row[number], recruited: Row[number], issued: Row[number]): Row => [
    n,
    name,
    birth,
    'Công chức',
    'Công chức',
    'Đại học',
    recruited,
    `0340800${n}1234`,
    issued,
  ];

  it('says each impossible or implausible date at its cell, and nothing of plausible ones', async () => {
    const a = await staffBook([
      HEADER,
      person(1, 'Nguyễn Văn An', d(1980, 5, 12), d(2005, 3, 1), d(2021, 6, 1)), // plausible
      person(2, 'Trần Thị Bình', '31/02/1990', '01/09/2012', '15/07/2021'), // 31 February
      person(3, 'Lê Văn Cường', d(2010, 4, 2), null, null), // 13 at the period's end
      person(4, 'Phạm Văn Dũng', d(1948, 1, 20), d(1975, 1, 1), null), // 75
      person(5, 'Hoàng Thị Hà', d(2024, 3, 1), null, null), // born after the report date
      person(6, 'Võ Văn Lan', d(1995, 8, 8), d(2010, 8, 1), d(1990, 1, 1)), // recruited at 14; paper before birth
      person(7, 'Đặng Thị Minh', d(1990, 2, 2), d(2024, 1, 2), d(2024, 2, 2)), // recruited after the period, paper after the report
      person(8, 'Bùi Văn Nam', '30/4/1985', '1/10/2008', '3/3/2021'), // plausible, typed as text
      person(9, 'Đỗ Thị Oanh', d(2024, 1, 3), null, null), // born after the period, before the report
    ]);
    expect(a.tables.staff?.rows).toHaveLength(9);
    expect(a.figures.staff).toMatchObject({ total: 9, congChuc: 9 });
    const found = personDateIssues(a);
    expect(found.map(line).sort()).toEqual(
      [
        'warning type-error C3', // 31/02/1990
        'warning constraint-error C4', // aged 13
        'warning constraint-error C5', // aged 75
        'error date-after-report C6', // born after the report
        'warning constraint-error G7', // recruited at 14
        'warning constraint-error I7', // issued before birth
        'warning constraint-error G8', // recruited after the period
        'error date-after-report I8', // issued after the report
        'warning constraint-error C10', // born after the period
      ].sort(),
    );
    const at = (cell: string) => said(found.find((i) => i.cell === cell));
    expect(at('C3')).toContain('«31/02/1990»');
    expect(at('C4')).toBe('Người «Lê Văn Cường» có ngày sinh 02/04/2010, tức 13 tuổi tính đến 31/12/2023, ngoài độ tuổi của cán bộ, công chức (18 – 70).');
    expect(at('C5')).toContain('75 tuổi');
    expect(at('C6')).toBe('Người «Hoàng Thị Hà» (ngày sinh) có ngày 01/03/2024, sau ngày báo cáo 05/01/2024.');
    expect(at('G7')).toBe('Người «Võ Văn Lan» có ngày tuyển dụng 01/08/2010, khi mới 14 tuổi (ngày sinh 08/08/1995).');
    expect(at('I7')).toBe('Người «Võ Văn Lan» có ngày cấp 01/01/1990, trước cả ngày sinh 08/08/1995.');
    expect(at('C10')).toBe('Người «Đỗ Thị Oanh» có ngày sinh 03/01/2024, sau ngày cuối kỳ báo cáo 31/12/2023.');
    expect(at('G8')).toBe('Người «Đặng Thị Minh» có ngày tuyển dụng 02/01/2024, sau ngày cuối kỳ báo cáo 31/12/2023.');
    // The issue codes are the contract's (§3): no new code.
    expect(new Set(found.map((i) => i.code))).toEqual(new Set(['type-error', 'constraint-error', 'date-after-report']));
  });

  it('judges a birth year written alone by the year, and a birth date split into "Nam" / "Nữ" columns', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Loại', 'Trình độ chuyên môn'],
        [null, null, 'Nam', 'Nữ', null, null],
        [1, 'Nguyễn Văn An', 1980, null, 'Cán bộ', 'Đại học'],
        [2, 'Trần Thị Bình', null, '1952', 'Công chức', 'Trung cấp'], // 70 or 71 at the end of 2023: not said
        [3, 'Lê Thị Cúc', null, 1950, 'Công chức', 'Đại học'], // 72 or 73
        [4, 'Phạm Văn Dũng', d(2007, 6, 1), null, 'Công chức', 'Cao đẳng'], // 16
        [5, 'Hoàng Văn Em', '1/1/1981', null, 'Công chức', 'Đại học'],
      ],
      INFO,
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 1, 4],
        [1, 5, 2, 5],
        [1, 6, 2, 6],
      ],
    );
    const cols = a.tables.staff?.located.columns;
    expect([cols?.birthDateMale, cols?.birthDateFemale]).toEqual([2, 3]);
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
    expect(a.figures.staff).toMatchObject({ total: 5, canBo: 1, congChuc: 4 });
    const found = personDateIssues(a);
    expect(found.map(line).sort()).toEqual(['warning constraint-error C6', 'warning constraint-error D5']);
    expect(said(found.find((i) => i.cell === 'D5'))).toContain('có ngày sinh 1950, tức 72 tuổi');
  });

  it('without a period or report date, still says an impossible date and a date before birth, but no age', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Năm sinh', 'Loại', 'Trình độ', 'Ngày vào cơ quan'],
        [1, 'Nguyễn Văn An', 2015, 'Công chức', 'Đại học', '01/01/2010'],
        [2, 'Trần Văn Bình', 1990, 'Công chức', 'Đại học', '32/01/2015'],
        [3, 'Lê Văn Cường', 1990, 'Công chức', 'Đại học', 2008], // a year alone: 17 or 18 that year, not said
        [4, 'Phạm Văn Dũng', 1990, 'Công chức', 'Đại học', '2006'], // 15 or 16
      ],
      [],
    );
    expect(a.info.periodEnd).toBeNull();
    expect(personDateIssues(a).map(line).sort()).toEqual(['warning constraint-error F2', 'warning constraint-error F5', 'warning type-error F3']);
    expect(said(personDateIssues(a).find((i) => i.cell === 'F5'))).toBe('Người «Phạm Văn Dũng» có ngày tuyển dụng 2006, khi mới 16 tuổi (ngày sinh 1990).');
    expect(a.issues.filter((i) => i.severity === 'error' && i.table === 'staff')).toEqual([]);
  });
});

describe('a birth date split into "Nam" / "Nữ" under a header left unmerged', () => {
  it('takes the line of sub-labels for no person', async () => {
    const a = await staffBook([
      ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', null, 'Loại', 'Trình độ chuyên môn'],
      [null, null, 'Nam', 'Nữ', null, null],
      [1, 'Nguyễn Văn An', 1980, null, 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị Bình', null, 1985, 'Công chức', 'Trung cấp'],
    ]);
    expect(a.tables.staff?.rows.map((r) => r.row + 1)).toEqual([3, 4]);
    expect(a.figures.staff).toMatchObject({ total: 2 });
    expect(a.issues.filter((i) => i.table === 'staff')).toEqual([]);
  });
});

describe('the date read for a birth year alone', () => {
  it('is its 1 January', async () => {
    const a = await staffBook([
      ['STT', 'Họ và tên', 'Năm sinh', 'Loại', 'Trình độ'],
      [1, 'Nguyễn Văn An', 1985, 'Công chức', 'Đại học'],
    ]);
    expect(a.tables.staff?.rows[0].values.birthDate?.value).toBe(toSerial(1985, 1, 1));
  });
});
