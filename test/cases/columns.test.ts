/**
 * Columns assigned by header and values together (issue 17 point 2): synonyms match as whole words with their
 * diacritics, one generic word names a field only with the table's own words, each field's kind has a value
 * test, and values decide between sub-columns. Cases of ../shared/cases at their README's right values, then
 * the collisions and value tests one by one.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { makeGrid } from '../../src/core/read/grid';
import { columnLabels, fieldCandidates, matchHeader } from '../../src/core/read/header';
import { passes } from '../../src/core/read/fit';
import { phraseAt, wordsOf } from '../../src/core/text/fold';
import { matchCategory } from '../../src/core/read/values';
import { SCHEMA, type TableSpec } from '../../src/core/schema';
import type { CellValue } from '../../src/core/snapshot';

const SHARED = path.join(__dirname, '../../../shared');

async function analyzeCase(name: string): Promise<Analysis> {
  return analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(SHARED, 'cases', name)))));
}

const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info');

describe('cases', () => {
  test('D: "Xếp loại tốt nghiệp" beside "Loại" — the category comes from "Loại", as in the control D2', async () => {
    const a = await analyzeCase('D_staff_xep_loai_column.xlsx');
    const control = await analyzeCase('D2_staff_control.xlsx');
    expect(a.tables.staff?.located.columns.category).toBe(3);
    expect(a.figures.staff).toEqual(control.figures.staff);
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1 });
    expect(staffIssues(a)).toEqual([]);
  });

  test('H: "Ngạch công chức" holding grade codes 01.003 is no count; education from the level column', async () => {
    const a = await analyzeCase('H_staff_ngach_code.xlsx');
    expect(Object.values(a.tables.staff?.located.columns ?? {})).not.toContain(3);
    // No «Loại» column: the category is told by the position (Chủ tịch; Văn phòng - Thống kê, Địa chính).
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(a.figures.staff?.education).toMatchObject({ university: { count: 2, pct: 66.7 }, secondary: { count: 1, pct: 33.3 } });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity === 'error')).toEqual([]);
  });

  test('I: under the group "Trình độ đào tạo" the sub-column "Trình độ" holds the levels, not "Chuyên ngành"', async () => {
    const a = await analyzeCase('I_staff_group_trinh_do.xlsx');
    expect(a.tables.staff?.located.columns.education).toBe(5);
    expect(a.figures.staff?.education).toMatchObject({ university: { count: 2, pct: 66.7 }, secondary: { count: 1, pct: 33.3 } });
    expect(staffIssues(a)).toEqual([]);
  });

  test('J: "Số hiệu công chức" is an identifier — no count, no documents table', async () => {
    const a = await analyzeCase('J_staff_so_hieu_cong_chuc.xlsx');
    expect(a.tables.documents).toBeUndefined();
    expect(Object.values(a.tables.staff?.located.columns ?? {})).not.toContain(4);
    expect(a.figures.staff?.education.university).toEqual({ count: 2, pct: 100 });
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1 });
    expect(a.issues.filter((i) => i.severity === 'error' && i.code !== 'missing-table')).toEqual([]);
  });

  test('B: education from the level sub-column of a three-row header', async () => {
    const a = await analyzeCase('B_staff_three_row_header.xlsx');
    expect(a.tables.staff?.located.columns.education).toBe(5);
  });
});

const grid = (rows: CellValue[][], merges?: string[]) => makeGrid({ name: 'S', origin: { row: 0, col: 0 }, values: rows, merges });
const fieldsOf = (spec: TableSpec, header: string) => fieldCandidates(spec, columnLabels(grid([[header]]), 0, 1)[0]).map((c) => c.field.key);

describe('whole words, with their diacritics', () => {
  test.each([
    ['Hệ số lương', 'staff', 'count'],
    ['Số lượng bản', 'staff', 'count'],
    ['Xếp loại', 'staff', 'category'],
    ['Xếp loại tốt nghiệp', 'documents', 'type'],
    ['Ngày sinh', 'documents', 'date'],
    ['Ngày cấp', 'documents', 'date'],
    ['Tỷ lệ đạt', 'indicators', 'actual'],
  ] as const)('"%s" is no %s.%s', (header, table, field) => {
    expect(fieldsOf(SCHEMA[table], header)).not.toContain(field);
  });

  test.each([
    ['Số lượng', 'staff', 'count'],
    ['So luong', 'staff', 'count'],
    ['SỐ LƯỢNG (người)', 'staff', 'count'],
    ['Loại', 'staff', 'category'],
    ['Loại cán bộ', 'staff', 'category'],
    ['Ngày', 'documents', 'date'],
    ['Ngày ký văn bản', 'documents', 'date'],
    ['Đạt', 'indicators', 'actual'],
    ['Số TT', 'budget', 'order'],
    ['Luỹ kế thực hiện', 'budget', 'actual'],
  ] as const)('"%s" is %s.%s', (header, table, field) => {
    expect(fieldsOf(SCHEMA[table], header)).toContain(field);
  });

  test('marks must agree where both sides have them; a word typed without marks is compared folded', () => {
    expect(phraseAt(wordsOf('Hệ số lương'), wordsOf('số lượng'))).toEqual([]);
    expect(phraseAt(wordsOf('He so luong'), wordsOf('số lượng'))).toEqual([1]);
    // Old and new tone placement are one word.
    expect(phraseAt(wordsOf('Hoà giải'), wordsOf('hòa giải'))).toEqual([0]);
    expect(phraseAt(wordsOf('Thuỷ lợi'), wordsOf('thủy lợi'))).toEqual([0]);
    expect(phraseAt(wordsOf('Tổng số hồ sơ'), wordsOf('số hồ sơ'))).toEqual([1]);
    expect(phraseAt(wordsOf('Số hồ sơ'), wordsOf('hồ sơ nhận'))).toEqual([]);
  });
});

describe('value tests', () => {
  const field = (table: keyof typeof SCHEMA, key: string) => SCHEMA[table].fields.find((f) => f.key === key)!;
  const pass = (table: keyof typeof SCHEMA, key: string, raw: CellValue, format: string | null = null) => {
    const text = typeof raw === 'string' ? raw : String(raw);
    return passes(
      field(table, key),
      raw,
      text,
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase(),
      format,
    );
  };

  test('counts are non-negative integers; codes and coefficients are not', () => {
    expect(pass('staff', 'count', 12)).toBe(true);
    expect(pass('staff', 'count', '1.200')).toBe(true);
    expect(pass('staff', 'count', '-')).toBe(true);
    expect(pass('staff', 'count', 3.66)).toBe(false);
    expect(pass('staff', 'count', -2)).toBe(false);
    expect(pass('staff', 'count', '01.003')).toBe(false);
    expect(pass('staff', 'count', 'CC-0001')).toBe(false);
    expect(pass('staff', 'count', 45000, 'dd/mm/yyyy')).toBe(false);
  });

  test('amounts are numbers ("1.234.567" too), not codes', () => {
    expect(pass('budget', 'actual', '1.234.567')).toBe(true);
    expect(pass('budget', 'actual', 1.5)).toBe(true);
    expect(pass('budget', 'actual', '1.2.3')).toBe(false);
  });

  test('categories and levels map to their vocabulary', () => {
    expect(pass('staff', 'category', 'Công chức')).toBe(true);
    expect(pass('staff', 'category', 'Khá')).toBe(false);
    expect(pass('staff', 'education', 'Đại học')).toBe(true);
    expect(pass('staff', 'education', 'Quản lý đất đai')).toBe(false);
  });

  test('document numbers look like n/SYMBOL or n/SYMBOL-PARTS; dates are dates', () => {
    expect(pass('documents', 'number', '175/QĐ-UBND')).toBe(true);
    expect(pass('documents', 'number', '66/UBND')).toBe(true);
    expect(pass('documents', 'number', 'CC-0001')).toBe(false);
    expect(pass('documents', 'number', 'B123456')).toBe(false);
    expect(pass('documents', 'date', '05/04/2023')).toBe(true);
    expect(pass('documents', 'date', 45021, 'dd/mm/yyyy')).toBe(true);
    expect(pass('documents', 'date', 'Khá')).toBe(false);
  });

  test('the vocabulary word written last names a category: "Cán bộ KCT xã" is không chuyên trách', () => {
    const cats = field('staff', 'category').categories!;
    expect(matchCategory('can bo kct xa', cats)).toBe('khongChuyenTrach');
    expect(matchCategory('can bo khong chuyen trach', cats)).toBe('khongChuyenTrach');
    expect(matchCategory('cong chuc', cats)).toBe('congChuc');
    expect(matchCategory('sau dai hoc', SCHEMA.staff.fields.find((f) => f.key === 'education')!.categories!)).toBe('postgraduate');
  });

  test('values decide between sub-columns of one group, whatever their order', () => {
    const g = grid(
      [
        ['Họ và tên', 'Trình độ đào tạo', null, null],
        [null, 'Trình độ', 'Chuyên ngành', 'Hệ'],
        ['Người A', 'Đại học', 'Luật', 'Chính quy'],
        ['Người B', 'Trung cấp', 'Kế toán', 'Tại chức'],
      ],
      ['A1:A2', 'B1:D1'],
    );
    expect(matchHeader(g, SCHEMA.staff, 0, 2).columns).toMatchObject({ name: 0, education: 1 });
    expect(matchHeader(g, SCHEMA.staff, 0, 2).duplicates).toEqual([]);
  });
});

describe('a clear header with bad values is still that field, and its values are reported', () => {
  const HOSTILE = path.join(SHARED, 'cases/hostile');
  const log = (channel: string, received: CellValue, due: CellValue): CellValue[] => ['HS01', 'Hộ tịch', channel, received, due, 'Đã trả'];
  const LOG_HEADER: CellValue[] = ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'];
  const badLog = [
    LOG_HEADER,
    log('bồ câu đưa thư', '99/99/9999', '31/02/2023'),
    log('bồ câu đưa thư', 'hôm qua', '31/02/2023'),
    log('fax', '00/13/2023', 'mai'),
  ];

  test('a dossier log whose every date and channel is wrong keeps its columns: the header names each field whole', () => {
    const m = matchHeader(grid(badLog), SCHEMA.dossiers, 0, 1);
    expect(m.columns).toMatchObject({ code: 0, field: 1, channel: 2, receivedAt: 3, dueAt: 4, status: 5 });
    expect(m.clear).toEqual(expect.arrayContaining(['code', 'channel', 'receivedAt', 'dueAt', 'status']));
  });

  test('the same log is read as the dossier log, and its wrong values are type errors cell by cell', () => {
    const a = analyze({ sheets: [{ name: 'Ho so', origin: { row: 0, col: 0 }, values: badLog }] });
    expect(a.tables.dossiers?.located.sheet).toBe('Ho so');
    const errors = a.issues.filter((i) => i.table === 'dossiers' && i.code === 'type-error').map((i) => `${i.field}@${i.cell}`);
    expect(errors).toEqual(expect.arrayContaining(['channel@C2', 'receivedAt@D2', 'dueAt@E2', 'receivedAt@D3', 'channel@C4', 'receivedAt@D4', 'dueAt@E4']));
    expect(a.issues.some((i) => i.code === 'missing-table' && i.table === 'tthc')).toBe(false);
  });

  test('values still rule out a partial match, a group label, a one-word synonym and one of two columns naming the field', () => {
    // "Ngạch công chức" over grade codes is no count of công chức; "Loại" over ratings is no category.
    const staff = grid([
      ['Họ và tên', 'Ngạch công chức', 'Loại', 'Trình độ chuyên môn'],
      ['Người A', '01.003', 'Khá', 'Đại học'],
      ['Người B', '01.003', 'Tốt', 'Trung cấp'],
    ]);
    const s = matchHeader(staff, SCHEMA.staff, 0, 1);
    expect(s.columns).toMatchObject({ name: 0, education: 3 });
    expect(Object.values(s.columns)).not.toContain(1);
    expect(Object.values(s.columns)).not.toContain(2);
    // Two columns both headed "Trực tuyến": the values decide which is the count.
    const twice = grid([
      ['Lĩnh vực', 'Trực tuyến', 'Trực tuyến', 'Đã giải quyết'],
      ['Hộ tịch', 'Cổng DVC', 12, 10],
      ['Chứng thực', 'Cổng DVC', 3, 3],
    ]);
    const t = matchHeader(twice, SCHEMA.tthc, 0, 1);
    expect(t.columns.online).toBe(2);
    expect(t.clear).not.toContain('online');
  });

  test('"Trực tuyến" under its group keeps its column though no value is a count: NaN, Infinity, 0x10, Arabic digits are named', async () => {
    const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(HOSTILE, 'numbers-nan-infinity-text.xlsx')))));
    expect(a.tables.tthc?.located.columns.online).toBe(3);
    const named = a.issues.filter((i) => i.sheet === 'TTHC Q1' && i.field === 'online').map((i) => `${i.code}@${i.cell}`);
    expect(named).toEqual(expect.arrayContaining(['type-error@D9', 'type-error@D10', 'type-error@D11', 'type-error@D12']));
    // "1e5" is read as a number and said to be typed as text.
    expect(named).toContain('number-as-text@D13');
  });
});
