/**
 * The unit of a budget stated in other words in a note line near the table: above it («Ghi chú: số liệu tính bằng
 * triệu đồng»), under it («Ghi chú: Đơn vị tính là triệu đồng»), or in a header («Thực hiện (tính bằng triệu đồng)»),
 * with or without diacritics, typed in TCVN3 or VNI. The amounts are then read in that unit, with no «quá nhỏ»
 * warning, and the draft and the report sheet state them in đồng. A line that only names an amount («kinh phí hỗ trợ
 * 5 triệu đồng/người») or one line's unit states no unit of the table. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import { buildWordDraft } from '../../src/core/word';
import { toTcvn3, toVni } from '../helpers/legacyEncoders';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { brief, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const TITLE = 'BÁO CÁO THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023';
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán', 'Thực hiện', 'Tỷ lệ (%)'];
const LINES: Row[] = [
  ['A', 'Tổng thu ngân sách xã', 5000, 5200, 104],
  ['B', 'Tổng chi ngân sách xã', 4900, 4700, 95.9],
];

/** A note line above the header (row 2, header on row 4) or under the last line (row 7), as the tester's files. */
function book(note: string, where: 'above' | 'below', font?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  put(ws, 1, [[TITLE], [], [], HEADER, ...LINES]);
  const cell = ws.getCell(where === 'above' ? 'A2' : 'A8');
  cell.value = note;
  if (font) cell.font = { name: font, size: 13 };
  return wb;
}

const unitWarnings = (a: Analysis) => brief(a).filter((l) => /unit-mismatch|đơn vị tính/.test(l));

function expectRead(a: Analysis, factor: number, cell: string) {
  expect(a.tables.budget?.located.unit).toMatchObject({ factor, source: { sheet: 'Thu chi NS', cell } });
  expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 5000 * factor, actual: 5200 * factor });
  expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 4900 * factor, actual: 4700 * factor });
  expect(unitWarnings(a)).toEqual([]);
}

describe('the unit stated in a note line in other words', () => {
  it.each([
    ['Ghi chú: số liệu tính bằng triệu đồng', 1e6],
    ['Đơn vị tính là triệu đồng', 1e6],
    ['Đơn vị tính là: nghìn đồng', 1e3],
    ['Số liệu được tính theo đơn vị triệu đồng', 1e6],
    ['Đơn vị tính: Triệu đồng', 1e6],
    ['Đơn vị: nghìn đồng', 1e3],
    ['ĐVT là triệu đồng', 1e6],
    ['(triệu đồng)', 1e6],
    ['Don vi tinh la trieu dong', 1e6],
    ['So lieu tinh bang nghin dong', 1e3],
  ])('reads %j above the table', async (note, factor) => {
    expectRead(await roundTrip(book(note, 'above')), factor, 'A2');
  });

  it.each([
    ['Ghi chú: Đơn vị tính là triệu đồng', 1e6],
    ['Số liệu tính bằng triệu đồng.', 1e6],
    ['(Đơn vị: triệu đồng)', 1e6],
    ['Ghi chú: (nghìn đồng)', 1e3],
    ['Ghi chú: Triệu đồng', 1e6],
    ['ĐVT là nghìn đồng', 1e3],
    ['Ghi chu: don vi tinh la trieu dong', 1e6],
  ])('reads %j under the table', async (note, factor) => {
    expectRead(await roundTrip(book(note, 'below')), factor, 'A8');
  });

  const LEGACY = { TCVN3: [toTcvn3, '.VnTime'], VNI: [toVni, 'VNI-Times'] } as const;
  it.each([
    ['TCVN3', 'above'],
    ['TCVN3', 'below'],
    ['VNI', 'above'],
    ['VNI', 'below'],
  ] as const)('reads the sentence typed in %s %s the table', async (legacy, where) => {
    const [enc, font] = LEGACY[legacy];
    const note = where === 'above' ? 'Ghi chú: số liệu tính bằng triệu đồng' : 'Ghi chú: đơn vị tính là triệu đồng';
    const a = await roundTrip(book(enc(note), where, font));
    expectRead(a, 1e6, where === 'above' ? 'A2' : 'A8');
  });

  it('reads the unit stated in a sentence in an amount column’s header', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thu chi NS'), 1, [
      [TITLE],
      ['STT', 'Nội dung', 'Dự toán (tính bằng triệu đồng)', 'Thực hiện (tính bằng triệu đồng)', 'Tỷ lệ (%)'],
      ...LINES,
    ]);
    expectRead(await roundTrip(wb), 1e6, 'C2');
  });

  it('states 5.200 triệu đồng as 5.200.000.000 đồng in the draft and the report sheet', async () => {
    const a = await roundTrip(book('Ghi chú: Đơn vị tính là triệu đồng', 'below'));
    const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);
    expect(text).toContain('Thu ngân sách: thực hiện 5.200.000.000 đồng, đạt 104% so với dự toán cấp trên giao.');
    expect(text).toContain('Chi ngân sách: thực hiện 4.700.000.000 đồng, đạt 95,9% so với dự toán cấp trên giao.');
    expect(text.join('\n')).not.toMatch(/5\.200 đồng/);
    const cells = reportSheetLayout(a, 'vi', 'pane').cells;
    expect(cells.find((c) => c.value === 5_200_000_000)).toMatchObject({ numFmt: '#,##0', link: { sheet: 'Thu chi NS', cell: 'D5' } });
    expect(cells.some((c) => c.value === 5200)).toBe(false);
  });
});

describe('a line that states no unit of the table', () => {
  it.each([
    ['Ghi chú: kinh phí hỗ trợ 5 triệu đồng/người', 'above'],
    ['Ghi chú: kinh phí hỗ trợ 5 triệu đồng/người', 'below'],
    ['Gồm 200 triệu đồng thu bổ sung', 'below'],
    ['Ghi chú: riêng dòng B tính bằng triệu đồng', 'above'],
    ['Ghi chú: riêng dòng B tính bằng triệu đồng', 'below'],
    ['Đơn vị tính là người', 'above'],
    ['Đơn vị: UBND xã Đồng Tâm', 'above'],
  ] as const)('%j %s the table leaves đồng assumed and the «quá nhỏ» warning', async (note, where) => {
    const a = await roundTrip(book(note, where));
    expect(a.tables.budget?.located.unit).toMatchObject({ factor: 1 });
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 5200 });
    expect(a.issues.filter((i) => i.code === 'unit-mismatch').map((i) => i.cell)).toEqual(['C5, D5', 'C6, D6']);
  });
});
