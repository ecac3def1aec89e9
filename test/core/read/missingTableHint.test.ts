/**
 * A table found nowhere is advised with the headings the reader looks for (tester 11 item 3): «Họ và tên», «Chức
 * vụ», «Loại», «Trình độ chuyên môn» for the staff list, the labels of the info block, in Vietnamese and, glossed,
 * in the English text; never «(các cột của bảng)». The advice works: a sheet made as it says is read.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { issueText, type FrontDoor, type Issue } from '../../../src/core/issues';
import type { Analysis } from '../../../src/core/analyze';
import { makeGrid } from '../../../src/core/read/grid';
import { columnLabels, fieldCandidates } from '../../../src/core/read/header';
import { missingTable } from '../../../src/core/read/readerIssues';
import { SCHEMA, TABLE_NAMES } from '../../../src/core/schema';

const BUDGET = [
  ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
  ['I', 'Tổng thu ngân sách', 300, 100],
];

const missing = (a: Analysis, table: string): Issue => a.issues.find((i) => i.code === 'missing-table' && i.table === table)!;
const DOORS: FrontDoor[] = ['cli', 'pane', 'web'];

describe('the hint of a missing table names real headings', () => {
  let a: Analysis;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thu chi NS'), 1, BUDGET);
    a = await roundTrip(wb);
  });

  test.each(DOORS)('the staff list, at the %s', (door) => {
    const staff = missing(a, 'staff');
    expect(staff.severity).toBe('error');
    expect(issueText(staff, 'vi', door).hint).toContain('dòng tiêu đề cột («Họ và tên», «Chức vụ», «Loại», «Trình độ chuyên môn»)');
    expect(issueText(staff, 'en', door).hint).toContain(
      'header row («Họ và tên» (name), «Chức vụ» (position), «Loại» (category), «Trình độ chuyên môn» (education))',
    );
  });

  test.each(DOORS)('the info block, a label per row, at the %s', (door) => {
    const info = missing(a, 'info');
    const vi = issueText(info, 'vi', door).hint!;
    expect(vi).toContain('mỗi dòng một thông tin («Cơ quan ban hành», «Từ ngày», «Đến ngày») và nội dung bên cạnh');
    expect(issueText(info, 'en', door).hint).toContain(
      'one item per row («Cơ quan ban hành» (issuing agency), «Từ ngày» (period start), «Đến ngày» (period end)) and its value beside it',
    );
  });

  test('no missing table is advised without its headings', () => {
    for (const name of TABLE_NAMES) {
      const i = missingTable(SCHEMA[name]);
      for (const door of DOORS)
        for (const lang of ['vi', 'en'] as const) expect(issueText(i, lang, door).hint).not.toMatch(/các cột của bảng|the table columns/);
    }
  });
});

describe('the advice works', () => {
  test.each(TABLE_NAMES.filter((n) => SCHEMA[n].shape === 'rows'))('every heading named for %s is read as its column', (name) => {
    const spec = SCHEMA[name];
    const keys = spec.headings ?? spec.fields.filter((f) => f.required).map((f) => f.key);
    for (const key of keys) {
      const label = spec.fields.find((f) => f.key === key)!.label.vi;
      const grid = makeGrid({ name: 'S', origin: { row: 0, col: 0 }, values: [[label]] });
      expect([label, fieldCandidates(spec, columnLabels(grid, 0, 1)[0]).map((c) => c.field.key)]).toEqual([label, expect.arrayContaining([key])]);
    }
  });

  test('a sheet headed as the hints say is read as the staff list, and one labelled so as the info block', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thu chi NS'), 1, BUDGET);
    put(wb.addWorksheet('Nhân sự'), 1, [
      ['Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      ['Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
      ['Trần Thị Bình', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
    ]);
    put(wb.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', 'UBND xã Tân Phú'],
      ['Từ ngày', '01/01/2024'],
      ['Đến ngày', '31/03/2024'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1 });
    expect(a.info).toMatchObject({ agency: 'UBND xã Tân Phú', periodStart: expect.any(Number), periodEnd: expect.any(Number) });
    expect(a.issues.filter((i) => i.code === 'missing-table' && (i.table === 'staff' || i.table === 'info'))).toEqual([]);
  });
});
