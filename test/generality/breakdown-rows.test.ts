/**
 * Rows that break a row above them down («Trong đó: Nữ», «Đảng viên», «- Nữ», «Dân tộc thiểu số», «Trong đó: liên
 * thông …») are not records: not summed with the table's rows, not a field, not a level (tester 6 item 2).
 */
import ExcelJS from 'exceljs';
import { brief, errors, put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

const STAFF_HEAD = ['Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Tổng số', 'Tỷ lệ (%)'];
const STAFF_LEVELS = [
  ['Sau đại học', 0, 1, 1, 4.8],
  ['Đại học', 8, 9, 17, 81],
  ['Cao đẳng', 0, 0, 0, 0],
  ['Trung cấp', 3, 0, 3, 14.3],
  ['Chưa qua đào tạo', 0, 0, 0, 0],
  ['Tổng cộng', 11, 10, 21, 100],
];
const TTHC_HEAD = [
  'STT',
  'Lĩnh vực',
  'Tổng số hồ sơ tiếp nhận',
  'Trực tuyến',
  'Trực tiếp',
  'Đã giải quyết',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang giải quyết',
];
const HO_TICH = [1, 'Hộ tịch', 142, 5, 137, 140, 88, 30, 22, 2];
const CHUNG_THUC = [2, 'Chứng thực', 98, 10, 88, 98, 61, 37, 0, 0];
const TTHC_TOTAL = ['', 'Tổng cộng', 240, 15, 225, 238, 149, 67, 22, 2];
const LIEN_THONG = ['', 'Trong đó: liên thông khai sinh - BHYT', 20, 2, 18, 20, 15, 5, 0, 0];

async function staffCounts(below: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [['BIỂU THỐNG KÊ CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC NĂM 2023'], [], STAFF_HEAD, ...STAFF_LEVELS, ...below]);
  return roundTrip(wb);
}

/** The TTHC table's issues, said. */
const tthcIssues = (a: Analysis) => brief({ ...a, issues: a.issues.filter((i) => i.table === 'tthc') });

async function tthc(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [['KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023'], [], TTHC_HEAD, ...rows]);
  return roundTrip(wb);
}

describe('a staff counts table with rows breaking its total down', () => {
  it.each([
    [
      '«Trong đó: Nữ», «Đảng viên»',
      [
        ['Trong đó: Nữ', 4, 5, 9, 42.9],
        ['Đảng viên', 10, 8, 18, 85.7],
      ],
    ],
    ['«Trong đó:», «- Nữ», «- Dân tộc thiểu số»', [['Trong đó:'], ['- Nữ', 4, 5, 9, 42.9], ['- Dân tộc thiểu số', 1, 0, 1, 4.8]]],
    [
      '«Nữ», «Đảng viên» with no «trong đó»',
      [
        ['Nữ', 4, 5, 9, 42.9],
        ['Đảng viên', 10, 8, 18, 85.7],
      ],
    ],
  ])('counts the levels only, under %s', async (_, below) => {
    const a = await staffCounts(below);
    expect(a.figures.staff).toMatchObject({ total: 21, canBo: 11, congChuc: 10 });
    expect(a.figures.staff?.education.university).toEqual({ count: 17, pct: expect.closeTo(81, 0) });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info')).toEqual([]);
  });
});

describe('rows skipped as «Trong đó: …» are named once per table, so the clerk knows they were not counted', () => {
  const skipped = (a: Analysis) => a.issues.filter((i) => i.sentence === 'breakdown-rows-skipped');

  it('a staff counts table: one info at the first one, naming both', async () => {
    const a = await staffCounts([
      ['Trong đó: Nữ', 4, 5, 9, 42.9],
      ['Đảng viên', 10, 8, 18, 85.7],
    ]);
    const notes = skipped(a);
    expect(notes.map((i) => [i.code, i.severity, i.sheet, i.cell, i.table])).toEqual([['blank-row', 'info', 'CBCC', 'A10', 'staff']]);
    expect(said(notes[0])).toBe(
      'Bảng Cán bộ, công chức sheet «CBCC» có 2 dòng chi tiết của dòng phía trên (dòng đầu tiên ở ô A10: «Trong đó: Nữ», «Đảng viên»); đây là phần «trong đó» nên không được cộng thêm vào số liệu.',
    );
    expect(said(notes[0], 'en')).toContain('has 2 rows breaking a row above down (the first at A10: «Trong đó: Nữ», «Đảng viên»)');
  });

  it('a TTHC table: «Trong đó: liên thông …» under «Tổng cộng», by its label cell', async () => {
    const a = await tthc([HO_TICH, CHUNG_THUC, TTHC_TOTAL, LIEN_THONG]);
    expect(skipped(a).map((i) => [i.cell, i.table])).toEqual([['B7', 'tthc']]);
    expect(said(skipped(a)[0])).toContain('có 1 dòng chi tiết');
  });

  it('more than three are named up to three, then «…»', async () => {
    const a = await staffCounts([['Trong đó:'], ['- Nữ', 4, 5, 9, 42.9], ['- Đảng viên', 10, 8, 18, 85.7], ['- Dân tộc thiểu số', 1, 0, 1, 4.8]]);
    expect(said(skipped(a)[0])).toContain('«Trong đó:», «- Nữ», «- Đảng viên», …);');
  });

  it('a table with none says nothing', async () => {
    expect(skipped(await tthc([HO_TICH, CHUNG_THUC, TTHC_TOTAL]))).toEqual([]);
  });
});

describe('a TTHC table with rows breaking a row down', () => {
  it('reads «Trong đó: liên thông …» under «Tổng cộng» as no field and sums nothing twice', async () => {
    const a = await tthc([HO_TICH, CHUNG_THUC, TTHC_TOTAL, LIEN_THONG]);
    expect(a.figures.tthc).toMatchObject({ received: 240, resolved: 238, pending: 2 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });

  it('reads «- Trong đó: liên thông …» under its field as part of that field, with no total row', async () => {
    const a = await tthc([HO_TICH, ['', '- Trong đó: liên thông khai sinh - BHYT', 20, 2, 18, 20, 15, 5, 0, 0], CHUNG_THUC]);
    expect(a.figures.tthc).toMatchObject({ received: 240, online: 15, resolved: 238 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });

  it('still reads a field after a «Tổng số» row written first («- Hộ tịch» lines are its fields)', async () => {
    const a = await tthc([
      ['', 'Tổng số', 240, 15, 225, 238, 149, 67, 22, 2],
      ['', '- Hộ tịch', 142, 5, 137, 140, 88, 30, 22, 2],
      ['', '- Chứng thực', 98, 10, 88, 98, 61, 37, 0, 0],
    ]);
    expect(a.figures.tthc).toMatchObject({ received: 240 });
    expect(a.figures.tthc?.byField).toHaveLength(2);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });
});

describe('a staff list closed by a total broken down', () => {
  it('counts the people only, not «Trong đó: nữ»', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị Bình', 'Công chức', 'Đại học'],
      [3, 'Lê Thị Hoa', 'Công chức', 'Trung cấp'],
      ['', 'Tổng cộng: 3 người'],
      ['', 'Trong đó: nữ 2 người'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info').map((i) => brief(a)[a.issues.indexOf(i)])).toEqual([]);
  });
});

describe('a TTHC table grouping its fields by level (Biểu 06: «A | Cấp xã», «I | Cấp huyện»)', () => {
  it('reads a level row equal to its fields as their total: counted once, no field (tester 6 item 1)', async () => {
    const a = await tthc([['A', 'Cấp xã', 240, 15, 225, 238, 149, 67, 22, 2], HO_TICH, CHUNG_THUC]);
    expect(a.figures.tthc).toMatchObject({ received: 240, online: 15, resolved: 238, pending: 2 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });

  it('sums two levels once each, under «Tổng cộng» too', async () => {
    const a = await tthc([
      ['I', 'Cấp huyện', 100, 10, 90, 100, 60, 40, 0, 0],
      [1, 'Đất đai', 100, 10, 90, 100, 60, 40, 0, 0],
      ['II', 'Cấp xã', 240, 15, 225, 238, 149, 67, 22, 2],
      HO_TICH,
      CHUNG_THUC,
      ['', 'Tổng cộng', 340, 25, 315, 338, 209, 107, 22, 2],
    ]);
    expect(a.figures.tthc).toMatchObject({ received: 340, resolved: 338 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Đất đai', 'Hộ tịch', 'Chứng thực']);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });

  it('says a level row that is not the sum of its fields (sum-mismatch), and counts the level as stated', async () => {
    const a = await tthc([['A', 'Cấp xã', 250, 15, 235, 238, 149, 67, 22, 2], HO_TICH, CHUNG_THUC]);
    const mismatch = a.issues.filter((i) => i.code === 'sum-mismatch');
    expect(mismatch.map((i) => `${i.cell} ${i.severity}`)).toEqual(['C4 error', 'E4 error']);
    expect(a.figures.tthc).toMatchObject({ received: 250 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
  });

  it('reads «Cấp xã» with no order mark as a level too', async () => {
    const a = await tthc([['', 'Cấp xã', 240, 15, 225, 238, 149, 67, 22, 2], HO_TICH, CHUNG_THUC]);
    expect(a.figures.tthc).toMatchObject({ received: 240 });
    expect(a.figures.tthc?.byField).toHaveLength(2);
  });

  it('reads «1 | Cấp xã» as a level like «A»: counted once, no field', async () => {
    const a = await tthc([
      [1, 'Cấp xã', 240, 15, 225, 238, 149, 67, 22, 2],
      ['1.1', 'Hộ tịch', ...HO_TICH.slice(2)],
      ['1.2', 'Chứng thực', ...CHUNG_THUC.slice(2)],
    ]);
    expect(a.figures.tthc).toMatchObject({ received: 240, online: 15, resolved: 238, pending: 2 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(a.issues.filter((i) => i.table === 'tthc' && i.severity !== 'info')).toEqual([]);
  });

  it('reads «1 | Cấp xã» over fields numbered 1, 2 as a level; a level not their sum is said', async () => {
    const right = await tthc([[1, 'Cấp xã', 240, 15, 225, 238, 149, 67, 22, 2], HO_TICH, CHUNG_THUC]);
    expect(right.figures.tthc).toMatchObject({ received: 240, resolved: 238 });
    expect(right.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(right.issues.filter((i) => i.table === 'tthc' && i.severity !== 'info')).toEqual([]);
    const wrong = await tthc([[1, 'Cấp xã', 250, 15, 235, 238, 149, 67, 22, 2], HO_TICH, CHUNG_THUC]);
    expect(wrong.issues.filter((i) => i.code === 'sum-mismatch').map((i) => i.cell)).toEqual(['C4', 'E4']);
  });

  it.each([
    ['«A | CẤP XÃ»', ['A', 'CẤP XÃ']],
    ['«1 | Cấp xã»', [1, 'Cấp xã']],
    ['«Cấp xã» alone', ['', 'Cấp xã']],
    ['«1. Cấp xã» in one cell', ['', '1. Cấp xã']],
    ['«I | UBND cấp huyện»', ['I', 'UBND cấp huyện']],
  ])('a level row with no numbers, %s, is a heading: not a field, not a total, no computed sum said', async (_name, level) => {
    for (const below of [[], [TTHC_TOTAL]]) {
      const a = await tthc([level, HO_TICH, CHUNG_THUC, ...below]);
      expect(a.figures.tthc).toMatchObject({ received: 240, online: 15, resolved: 238, pending: 2 });
      expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
      expect(tthcIssues(a)).toEqual([]);
    }
  });

  it('two levels with no numbers, each over its fields', async () => {
    const a = await tthc([['I', 'Cấp huyện'], [1, 'Đất đai', 100, 10, 90, 100, 60, 40, 0, 0], ['II', 'Cấp xã'], HO_TICH, CHUNG_THUC]);
    expect(a.figures.tthc).toMatchObject({ received: 340, resolved: 338 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Đất đai', 'Hộ tịch', 'Chứng thực']);
    expect(tthcIssues(a)).toEqual([]);
  });

  it('a field named by a number with counts stays a field: «1 | Hộ tịch» is no level', async () => {
    const a = await tthc([HO_TICH, CHUNG_THUC]);
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
  });
});
