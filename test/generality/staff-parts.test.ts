/**
 * A staff list kept in parts over several sheets (tester 7 item 3: «Can bo» and «Cong chuc», same header): read as
 * one list when the parts are headed by the same fields, state the same period (or none) and share no person
 * (name and date of birth); each row's issues name its own sheet. Parts that share a person or state another
 * period are not joined: the first is read as before, and a warning names the people left out. Real .xlsx files.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];
const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Loại', 'Trình độ chuyên môn'];

const CAN_BO: Row[] = [
  [1, 'Nguyễn Văn An', 1975, 'Cán bộ', 'Đại học'],
  [2, 'Trần Thị Bình', 1980, 'Cán bộ', 'Thạc sĩ'],
  [3, 'Lê Văn Cường', 1985, 'Cán bộ', 'Trung cấp'],
];
const CONG_CHUC: Row[] = [
  [1, 'Vũ Thị Giang', 1992, 'Công chức', 'Đại học'],
  [2, 'Đỗ Văn Hải', 1987, 'Công chức', 'Cao đẳng'],
  [3, 'Ngô Thị Lan', 1995, 'Công chức', 'Đang học ĐH'],
  [4, 'Bùi Văn Minh', 1983, 'Công chức', 'Đại học'],
];

async function twoSheets(second: Row[], titles = ['DANH SÁCH CÁN BỘ XÃ TÂN PHÚ', 'DANH SÁCH CÔNG CHỨC XÃ TÂN PHÚ']): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Can bo'), 1, [[titles[0]], HEADER, ...CAN_BO]);
  put(wb.addWorksheet('Cong chuc'), 1, [[titles[1]], HEADER, ...second]);
  return roundTrip(wb);
}

const counts = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.count]));
const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff').map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`);

describe('a staff list kept on two sheets', () => {
  it('is read as one list; the second sheet’s issues name its own cells', async () => {
    const a = await twoSheets(CONG_CHUC);
    expect(a.tables.staff?.rows.length).toBe(7);
    // Every part read is listed with its sheet and range, the one read first (of more evidence) first (tester 11 item 2).
    expect(a.tables.staff?.located.parts).toEqual([
      { sheet: 'Cong chuc', range: 'A2:E6' },
      { sheet: 'Can bo', range: 'A2:E5' },
    ]);
    expect(a.figures.staff).toMatchObject({ total: 7, canBo: 3, congChuc: 4, unclassified: 1 });
    expect(counts(a)).toEqual({ postgraduate: 1, university: 3, college: 1, secondary: 1, none: 0 });
    expect(staffIssues(a)).toEqual(['error constraint-error Cong chuc!E5']);
    // The sources of the shares name each sheet's own column.
    expect(a.sources['staff.education.university.pct']).toEqual(
      expect.arrayContaining([
        { sheet: 'Can bo', cell: 'E3:E5' },
        { sheet: 'Cong chuc', cell: 'E3:E6' },
      ]),
    );
  });

  it('parts naming one person (name and year of birth) are not joined: the one of more evidence is read, a warning counts the others', async () => {
    const a = await twoSheets([...CONG_CHUC, [5, 'Lê Văn Cường', 1985, 'Cán bộ', 'Trung cấp']]);
    expect(a.figures.staff?.total).toBe(5);
    expect(a.tables.staff?.located.parts).toBeUndefined();
    const w = a.issues.find((i) => i.sentence === 'staff-part-left-out')!;
    expect(`${w.severity} ${w.code} ${w.sheet}!${w.cell}`).toBe('warning duplicate-label Can bo!A2:E5');
    expect(said(w, 'vi')).toBe(
      'Danh sách ở vùng A2:E5 sheet «Can bo» cũng là bảng Cán bộ, công chức nhưng không được đọc vì có người trùng họ tên và ngày sinh với danh sách được đọc: 3 người ở đó không được tính vào số liệu cán bộ, công chức; bảng được đọc ở A2:E7 sheet «Cong chuc».',
    );
  });

  it('parts whose titles state other periods are not joined either', async () => {
    const a = await twoSheets(CONG_CHUC, ['DANH SÁCH CÁN BỘ NĂM 2024', 'DANH SÁCH CÔNG CHỨC NĂM 2023']);
    expect(a.figures.staff?.total).toBe(4);
    const w = a.issues.find((i) => i.sentence === 'staff-part-left-out')!;
    expect(`${w.severity} ${w.sheet}`).toBe('warning Can bo');
    expect(said(w, 'vi')).toContain('vì tiêu đề của nó ghi kỳ khác với danh sách được đọc: 3 người ở đó không được tính');
  });
});
