/**
 * A staff list's other trainings are never its professional level (tester 7 item 1): «Trình độ LLCT», «Trình độ lý
 * luận chính trị», «Trình độ tin học», «Trình độ ngoại ngữ», «Trình độ văn hóa» share the word «trình độ» with the
 * professional column («Trình độ chuyên môn», «Trình độ», «Trình độ đào tạo», «Bằng cấp») but are other things
 * (schema `otherHeaders`): whichever stands first, the professional column is read and no duplicate is said.
 * Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip, brief } from './harness';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function staffList(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2024'], ...rows]);
  return roundTrip(wb);
}

const counts = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.count]));
const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff').map((i) => `${i.severity} ${i.code} ${i.cell}`);

// Professional levels ĐH, ThS, ĐH, CĐ; the other trainings hold words of levels too (Trung cấp, Cao đẳng, Đại học).
const PEOPLE: [string, string, string, string][] = [
  ['Nguyễn Văn An', 'Cán bộ', 'Trung cấp', 'Đại học'],
  ['Trần Thị Bình', 'Cán bộ', 'Trung cấp', 'Thạc sĩ'],
  ['Lê Văn Cường', 'Công chức', 'Cao đẳng', 'Đại học'],
  ['Phạm Thị Dung', 'Công chức', 'Đại học', 'Cao đẳng'],
];
const RIGHT = { postgraduate: 1, university: 2, college: 1, secondary: 0, none: 0 };

describe('the professional level among other trainings', () => {
  it.each([
    ['Trình độ LLCT', 'Trình độ chuyên môn'],
    ['Trình độ lý luận chính trị', 'Trình độ'],
    ['Trình độ tin học', 'Trình độ chuyên môn'],
    ['Trình độ ngoại ngữ', 'Trình độ đào tạo'],
    ['Trình độ chính trị', 'Bằng cấp'],
    ['Trình độ văn hóa', 'Trình độ'],
    ['Trình độ QLNN', 'Trình độ chuyên môn'],
  ])('«%s» before «%s»: the professional column is read, the other is no education', async (other, professional) => {
    const a = await staffList([['STT', 'Họ và tên', 'Loại', other, professional], ...PEOPLE.map((p, i) => [i + 1, ...p])]);
    expect(a.tables.staff?.located.columns.education).toBe(4);
    expect(counts(a)).toEqual(RIGHT);
    expect(a.figures.staff?.education.university.pct).toBe(50);
    expect(staffIssues(a)).toEqual([]);
  });

  it('the professional column first, the other trainings after it: still no duplicate', async () => {
    const a = await staffList([
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn', 'Trình độ ngoại ngữ', 'Trình độ tin học'],
      ...PEOPLE.map((p, i) => [i + 1, p[0], p[1], p[3], p[2], 'Trung cấp']),
    ]);
    expect(a.tables.staff?.located.columns.education).toBe(3);
    expect(counts(a)).toEqual(RIGHT);
    expect(staffIssues(a)).toEqual([]);
  });

  it('«Trình độ đào tạo» over «Chuyên môn» | «Tin học» | «Ngoại ngữ»: the «Chuyên môn» sub-column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('CBCC');
    put(ws, 1, [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
      ['STT', 'Họ và tên', 'Loại', 'Trình độ đào tạo', null, null],
      [null, null, null, 'Tin học', 'Chuyên môn', 'Ngoại ngữ'],
      ...PEOPLE.map((p, i) => [i + 1, p[0], p[1], p[2], p[3], 'B1']),
    ]);
    ws.mergeCells('D2:F2');
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}2:${c}3`);
    const a = await roundTrip(wb);
    expect(a.tables.staff?.located.columns.education).toBe(4);
    expect(counts(a)).toEqual(RIGHT);
    expect(staffIssues(a)).toEqual([]);
  });

  it('a list with only «Trình độ tin học» has no professional level: no share is made from it', async () => {
    const a = await staffList([['STT', 'Họ và tên', 'Loại', 'Trình độ tin học'], ...PEOPLE.map((p, i) => [i + 1, p[0], p[1], p[2]])]);
    expect(a.tables.staff?.located.columns.education).toBeUndefined();
    expect(a.figures.staff?.education.university.count ?? null).toBeNull();
    expect(a.figures.staff?.total).toBe(4);
    expect(brief(a).join('\n')).not.toMatch(/tin học.*Trình độ chuyên môn/);
  });

  it('one cell naming both («Trình độ chuyên môn, lý luận chính trị») is still the professional column', async () => {
    const a = await staffList([
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn, lý luận chính trị'],
      ...PEOPLE.map((p, i) => [i + 1, p[0], p[1], `${p[3]}; Trung cấp chính trị`]),
    ]);
    expect(a.tables.staff?.located.columns.education).toBe(3);
    expect(counts(a)).toEqual(RIGHT);
  });
});
