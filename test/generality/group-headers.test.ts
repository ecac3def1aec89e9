/**
 * A staff list whose header groups sub-columns under one merged label («Trình độ đào tạo» over «Chuyên môn | Lý luận
 * chính trị», «Trình độ» over «Chuyên môn | Chính trị», «Ngày sinh» over «Nam | Nữ»): each sub-column is its own
 * field, never a second copy of the group's field, so no duplicate-label warning; two columns that both name the
 * same field («Trình độ chuyên môn» twice) still get one. Real .xlsx files written by exceljs and read back.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { put, roundTrip } from './harness';

type Row = (string | number | null)[];
type Merge = [number, number, number, number];

const PEOPLE: [string, string, string, string][] = [
  ['Nguyễn Văn An', 'Cán bộ', 'Đại học', 'Cao cấp'],
  ['Trần Thị Bình', 'Công chức', 'Đại học', 'Trung cấp'],
  ['Lê Văn Cường', 'Công chức', 'Trung cấp', 'Sơ cấp'],
  ['Phạm Thị Dung', 'Công chức', 'Cao đẳng', 'Trung cấp'],
  ['Hoàng Văn Em', 'Cán bộ', 'Thạc sĩ', 'Cao cấp'],
];

async function staffBook(rows: Row[], merges: Merge[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách CBCC');
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(...m);
  return roundTrip(wb);
}

const duplicates = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-label');
const columns = (a: Analysis) => a.tables.staff?.located.columns;

/** The qualification shares of PEOPLE (column «Chuyên môn»): 1 postgraduate, 2 university, 1 college, 1 secondary. */
function expectQualification(a: Analysis) {
  expect(a.figures.staff?.education).toMatchObject({
    postgraduate: { count: 1 },
    university: { count: 2 },
    college: { count: 1 },
    secondary: { count: 1 },
  });
  expect(a.figures.staff).toMatchObject({ total: 5, canBo: 2, congChuc: 3 });
}

describe('sub-columns under a merged group header', () => {
  it("«Trình độ đào tạo» merged over «Chuyên môn | Lý luận chính trị» (three header rows, the tester's layout)", async () => {
    const a = await staffBook(
      [
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ NĂM 2023'],
        [],
        ['STT', 'Họ và tên', 'Loại', 'Trình độ đào tạo'],
        [],
        [null, null, null, 'Chuyên môn', 'Lý luận chính trị'],
        ...PEOPLE.map(([n, k, e, p], i): Row => [i + 1, n, k, e, p]),
      ],
      [
        [1, 1, 1, 5],
        [3, 1, 5, 1],
        [3, 2, 5, 2],
        [3, 3, 5, 3],
        [3, 4, 4, 5],
      ],
    );
    expect(a.tables.staff?.located.range).toBe('A3:E10');
    expect(columns(a)).toMatchObject({ name: 1, category: 2, education: 3, politicalTheory: 4 });
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });

  it('«Trình độ đào tạo» over «Lý luận chính trị | Chuyên môn»: the order of the sub-columns does not matter', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Loại', 'Trình độ đào tạo'],
        [null, null, null, 'Lý luận chính trị', 'Chuyên môn'],
        ...PEOPLE.map(([n, k, e, p], i): Row => [i + 1, n, k, p, e]),
      ],
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 2, 3],
        [1, 4, 1, 5],
      ],
    );
    expect(columns(a)).toMatchObject({ education: 4, politicalTheory: 3 });
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });

  it('«Trình độ» over «Chuyên môn | Chính trị»', async () => {
    const a = await staffBook(
      [['STT', 'Họ và tên', 'Loại', 'Trình độ'], [null, null, null, 'Chuyên môn', 'Chính trị'], ...PEOPLE.map(([n, k, e, p], i): Row => [i + 1, n, k, e, p])],
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 2, 3],
        [1, 4, 1, 5],
      ],
    );
    expect(columns(a)).toMatchObject({ education: 3, politicalTheory: 4 });
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });

  it('«Trình độ đào tạo» over «Tin học | Chuyên môn | Ngoại ngữ»: the qualification is «Chuyên môn», the others no copy of it', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Loại', 'Trình độ đào tạo'],
        [null, null, null, 'Tin học', 'Chuyên môn', 'Ngoại ngữ'],
        // «Trung cấp», «Đại học» in informatics read as training levels: the values alone cannot tell the columns apart.
        ...PEOPLE.map(([n, k, e], i): Row => [i + 1, n, k, i % 2 ? 'Cơ bản' : 'Trung cấp', e, 'Tiếng Anh B1']),
      ],
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 2, 3],
        [1, 4, 1, 6],
      ],
    );
    expect(columns(a)?.education).toBe(4);
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });

  it('«Ngày sinh» merged over «Nam | Nữ» beside «Trình độ đào tạo» over «Chuyên môn | Lý luận chính trị»', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Ngày sinh', null, 'Loại', 'Trình độ đào tạo'],
        [null, null, 'Nam', 'Nữ', null, 'Chuyên môn', 'Lý luận chính trị'],
        ...PEOPLE.map(([n, k, e, p], i): Row => [i + 1, n, i % 2 ? null : `0${i + 1}/03/198${i}`, i % 2 ? `1${i}/05/199${i}` : null, k, e, p]),
      ],
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 1, 4],
        [1, 5, 2, 5],
        [1, 6, 1, 7],
      ],
    );
    expect(columns(a)).toMatchObject({ birthDateMale: 2, birthDateFemale: 3, category: 4, education: 5, politicalTheory: 6 });
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });
});

describe('a real duplicate column', () => {
  it('two «Trình độ chuyên môn» columns: the first is read, the second is said to name the same field', async () => {
    const a = await staffBook(
      [['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn', 'Trình độ chuyên môn'], ...PEOPLE.map(([n, k, e], i): Row => [i + 1, n, k, e, e])],
      [],
    );
    expect(columns(a)?.education).toBe(3);
    expect(duplicates(a).map((i) => [i.severity, i.sheet, i.cell, i.field])).toEqual([['warning', 'Danh sách CBCC', 'E1', 'education']]);
    expectQualification(a);
  });

  it('«Trình độ đào tạo» over two «Chuyên môn» sub-columns is a duplicate too', async () => {
    const a = await staffBook(
      [
        ['STT', 'Họ và tên', 'Loại', 'Trình độ đào tạo'],
        [null, null, null, 'Chuyên môn', 'Chuyên môn'],
        ...PEOPLE.map(([n, k, e], i): Row => [i + 1, n, k, e, e]),
      ],
      [
        [1, 1, 2, 1],
        [1, 2, 2, 2],
        [1, 3, 2, 3],
        [1, 4, 1, 5],
      ],
    );
    expect(duplicates(a).map((i) => [i.cell, i.field])).toEqual([['E2', 'education']]);
  });
});

describe('one-level headers that name the political-theory level', () => {
  const rows = (header: Row, cells: (p: (typeof PEOPLE)[number]) => Row) => [header, ...PEOPLE.map((p, i): Row => [i + 1, ...cells(p)])];

  it('«Trình độ chuyên môn | Trình độ chính trị»: two fields, no duplicate', async () => {
    const a = await staffBook(
      rows(['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn', 'Trình độ chính trị'], ([n, k, e, p]) => [n, k, e, p]),
      [],
    );
    expect(columns(a)).toMatchObject({ education: 3, politicalTheory: 4 });
    expect(duplicates(a)).toEqual([]);
    expectQualification(a);
  });

  it('one cell naming both («Trình độ chuyên môn, lý luận chính trị») over levels stays the education column', async () => {
    const a = await staffBook(
      rows(['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn, lý luận chính trị'], ([n, k, e]) => [n, k, e]),
      [],
    );
    expect(columns(a)?.education).toBe(3);
    expect(columns(a)?.politicalTheory).toBeUndefined();
    expectQualification(a);
  });

  it('«Chức vụ chính trị» stays the position', async () => {
    const a = await staffBook(
      rows(['STT', 'Họ và tên', 'Chức vụ chính trị', 'Loại', 'Trình độ chuyên môn'], ([n, k, e]) => [n, 'Bí thư chi bộ', k, e]),
      [],
    );
    expect(columns(a)).toMatchObject({ position: 2, category: 3, education: 4 });
    expect(columns(a)?.politicalTheory).toBeUndefined();
  });
});
