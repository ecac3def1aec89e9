/**
 * The unit of a budget's amounts where clerks write it besides a unit line above the header: at the far
 * right of the title band, or in the "Ghi chú" cell of the table's first line. A unit noted beside one
 * line further down is that line's note, not the table's unit.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện', 'Ghi chú'];
const LINES: Row[] = [
  ['I', 'Tổng thu ngân sách xã', 7239, 1464.5, null],
  ['II', 'Tổng chi ngân sách xã', 6105, 1220.96, null],
];

async function budgetOf(rows: Row[], merges: [number, number, number, number][] = []) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ngân sách');
  put(ws, 1, rows);
  for (const m of merges) ws.mergeCells(...m);
  return roundTrip(wb);
}

describe('the unit written where a clerk writes it', () => {
  it.each([
    [
      'the title band, last column of the table',
      [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023', null, null, null, 'ĐVT: triệu đồng'], HEADER, ...LINES],
      [[1, 1, 1, 4]],
    ],
    [
      'the title band, past the table after a blank column',
      [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023', null, null, null, null, null, 'Đơn vị tính: triệu đồng'], HEADER, ...LINES],
      [[1, 1, 1, 5]],
    ],
    [
      'the title band, on the title line itself',
      [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023', null, null, null, null, null, null, 'ĐVT: Tr.đ'], [], HEADER, ...LINES],
      [],
    ],
    [
      'the first line\'s "Ghi chú" cell',
      [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, [...LINES[0].slice(0, 4), 'Đơn vị tính: triệu đồng'], LINES[1]],
      [],
    ],
    [
      'the first line\'s "Ghi chú" cell, in thousands',
      [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, [...LINES[0].slice(0, 4), 'ĐVT: 1.000đ'], LINES[1]],
      [],
    ],
  ])('reads the unit from %s', async (_, rows, merges) => {
    const a = await budgetOf(rows as Row[], merges as [number, number, number, number][]);
    const factor = /1\.000đ/.test(JSON.stringify(rows)) ? 1e3 : 1e6;
    expect(a.tables.budget?.located.unit?.factor).toBe(factor);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239 * factor, actual: 1464.5 * factor });
    expect(brief(a).filter((l) => l.includes('đơn vị tính'))).toEqual([]);
  });

  it('does not take a unit noted beside a later line for the whole table', async () => {
    const a = await budgetOf([['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], HEADER, LINES[0], [...LINES[1].slice(0, 4), 'ĐVT: triệu đồng']]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239, actual: 1464.5 });
    // The clerk is told that no unit was found for the table, so đồng is assumed.
    expect(a.issues.filter((i) => i.table === 'budget' && i.code === 'missing-cell' && i.cell === 'A2')).toHaveLength(1);
  });

  it("does not take a unit named in passing in the first line's note", async () => {
    const a = await budgetOf([
      ['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
      HEADER,
      [...LINES[0].slice(0, 4), 'Gồm 200 triệu đồng thu bổ sung'],
      LINES[1],
    ]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
  });
});

describe('the unit stated in a note under the table', () => {
  const title: Row = ['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'];
  it.each([
    ['Ghi chú: số liệu tính bằng triệu đồng', 1e6],
    ['* Đơn vị tính: nghìn đồng', 1e3],
  ])("reads %j in the footnote band as the table's unit", async (note, factor) => {
    const a = await budgetOf([title, HEADER, ...LINES, [], [note as string]]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor, source: { sheet: 'Ngân sách', cell: 'A6' } });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239 * (factor as number), actual: 1464.5 * (factor as number) });
    expect(brief(a).filter((l) => /đơn vị tính|unit-mismatch/.test(l))).toEqual([]);
  });

  it("does not take a note about one line for the table's unit", async () => {
    const a = await budgetOf([title, HEADER, ...LINES, [], ['Ghi chú: riêng dòng II tính bằng triệu đồng']]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
  });

  it('does not take the note under the next table for this one', async () => {
    const a = await budgetOf([
      title,
      HEADER,
      ...LINES,
      [],
      ['DANH SÁCH CÁN BỘ'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ'],
      [1, 'Nguyễn Văn A', 'Chủ tịch', 'Cán bộ', 'Đại học'],
      [],
      ['Ghi chú: số liệu tính bằng triệu đồng'],
    ]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
  });

  it("does not take the next table's unit line for a note of this one", async () => {
    const a = await budgetOf([
      title,
      HEADER,
      ...LINES,
      [],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nguồn vốn', 'Kế hoạch vốn', 'Giải ngân'],
      [1, 'Vốn ngân sách xã', 500, 200],
    ]);
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
  });
});

describe('amounts scaled to đồng are the decimal amounts the clerk typed (tester 7 item 18)', () => {
  it('2.080,2 triệu (a number and a text with dots) is 2 080 200 000 đồng, not 2 080 199 999,9999998', async () => {
    const rows: Row[] = [
      ['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023', null, null, null, 'ĐVT: triệu đồng'],
      HEADER,
      ['I', 'Tổng thu ngân sách xã', 7239.3, 2080.2, null],
      ['II', 'Tổng chi ngân sách xã', 6105.7, '2.080,2', null],
    ];
    const a = await budgetOf(rows, [[1, 1, 1, 4]]);
    expect(2080.2 * 1e6).not.toBe(2080200000); // the binary product the reader must not keep
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239300000, actual: 2080200000 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 6105700000, actual: 2080200000 });
  });
});
