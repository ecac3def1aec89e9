/**
 * One person whose education level is unknown («Đang học ĐH», a typo) does not wipe the breakdown (tester 7 item
 * 11): that cell gets its constraint-error (REPORTING-SCHEMA §3: an unknown education level), saying the person is
 * left out of the shares; the shares are over the others, `staff.unclassified` counts those left out, and the
 * draft says how many, marked with their cells. Real .xlsx files written and read back, the .docx opened.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function staffList(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('DS CBCC'), 1, [['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ HÒA AN NĂM 2024'], ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ'], ...rows]);
  return roundTrip(wb);
}

const counts = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.count]));
const shares = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.pct]));
const draftText = async (a: Analysis) => paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');

const PEOPLE: Row[] = [
  [1, 'Nguyễn Văn An', 'Bí thư', 'Cán bộ', 'Cử nhân Luật'],
  [2, 'Trần Thị Bình', 'Chủ tịch', 'Cán bộ', 'Thạc sỹ'],
  [3, 'Lê Văn Cường', 'PCT', 'Cán bộ', 'Kỹ sư nông nghiệp'],
  [4, 'Phạm Thị Dung', 'VP-TK', 'Công chức', 'Đang học ĐH'],
  [5, 'Hoàng Văn Em', 'TP-HT', 'Công chức', 'Trung cấp kế toán'],
  [6, 'Vũ Thị Giang', 'VH-XH', 'Công chức', 'Sơ cấp'],
  [7, 'Đỗ Văn Hải', 'Bảo vệ', 'Không chuyên trách', 'Chưa qua đào tạo'],
];

describe('a person whose education level is unknown', () => {
  it('is left out of the shares, said at the cell; the others keep their shares', async () => {
    const a = await staffList(PEOPLE);
    expect(a.figures.staff?.total).toBe(6);
    expect(counts(a)).toEqual({ postgraduate: 1, university: 2, college: 0, secondary: 1, none: 1 });
    expect(shares(a)).toEqual({ postgraduate: 20, university: 40, college: 0, secondary: 20, none: 20 });
    expect(a.figures.staff?.unclassified).toBe(1);
    const staff = a.issues.filter((i) => i.table === 'staff');
    expect(staff.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`)).toEqual(['error constraint-error DS CBCC!E6']);
    expect(said(staff[0], 'vi')).toBe(
      'Ô E6 sheet «DS CBCC» của bảng Cán bộ, công chức (cột Trình độ chuyên môn) ghi «Đang học ĐH», không phải trình độ chuyên môn nào đã biết, nên người này chưa được tính vào tỷ lệ trình độ (tỷ lệ tính trên những người còn lại).',
    );
    const text = await draftText(a);
    expect(text).toContain(
      'Chất lượng cán bộ, công chức: Sau đại học: 1/5, chiếm 20%; Đại học: 2/5, chiếm 40%; Trung cấp: 1/5, chiếm 20%; Chưa qua đào tạo: 1/5, chiếm 20%; chưa xác định được trình độ: 1 người [cần xem lại: DS CBCC!E6] (không tính vào tỷ lệ).',
    );
    expect(text).toContain('Chưa xác định được trình độ (không tính vào tỷ lệ)');
  });

  it('two people of unknown level: both left out, counted together', async () => {
    const a = await staffList([...PEOPLE, [8, 'Mai Văn Phúc', 'CHT QS', 'Công chức', 'Đạii hoc']]);
    expect(a.figures.staff?.unclassified).toBe(2);
    expect(counts(a)).toEqual({ postgraduate: 1, university: 2, college: 0, secondary: 1, none: 1 });
    expect(a.issues.filter((i) => i.table === 'staff').map((i) => i.cell)).toEqual(['E6', 'E10']);
  });

  it('a part-time worker of unknown level changes nothing: part-time workers are in no share', async () => {
    const rows = PEOPLE.map((r) => (r[0] === 4 ? [4, 'Phạm Thị Dung', 'VP-TK', 'Công chức', 'Đại học'] : r));
    const a = await staffList([...rows, [8, 'Mai Văn Phúc', 'Bảo vệ', 'Không chuyên trách', 'xyz']]);
    expect(a.figures.staff?.unclassified).toBe(0);
    expect(counts(a)).toEqual({ postgraduate: 1, university: 3, college: 0, secondary: 1, none: 1 });
  });

  it('when nobody’s level is known, no share is made', async () => {
    const a = await staffList([
      [1, 'Nguyễn Văn An', 'Bí thư', 'Cán bộ', 'abc'],
      [2, 'Trần Thị Bình', 'Chủ tịch', 'Công chức', 'Đang học ĐH'],
    ]);
    expect(shares(a)).toEqual({ postgraduate: null, university: null, college: null, secondary: null, none: null });
  });
});
