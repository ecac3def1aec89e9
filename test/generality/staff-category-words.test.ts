/**
 * Staff category words (tester 12 item 2, tester 13 W37 / W60): «HĐKCT», «NHĐKCT», «Người HĐKCT», «Bán chuyên
 * trách» are không chuyên trách; a worker «Hợp đồng» / «Hợp đồng lao động» is none of the three, left out of the
 * staff figures with a note; and one person of an unknown category leaves only that person out: the others are
 * counted, the cell has its constraint-error and the draft marks the figures «cần xem lại» at it. A blank category
 * still leaves the figures unknown (cases 26b). Real .xlsx files written and read back, the .docx opened.
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
  put(wb.addWorksheet('DS CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TIÊN LÃNG NĂM 2024'],
    ['STT', 'Họ và tên', 'Chức vụ', 'Đối tượng', 'Trình độ chuyên môn'],
    ...rows,
  ]);
  return roundTrip(wb);
}

const PEOPLE: Row[] = [
  [1, 'Nguyễn Văn An', 'Bí thư Đảng ủy', 'CB', 'Đại học'],
  [2, 'Trần Thị Bình', 'Chủ tịch UBND', 'CB', 'Thạc sĩ'],
  [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'CC', 'Đại học'],
  [4, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', 'CC', 'Trung cấp'],
];
const one = (category: string): Row => [5, 'Hoàng Văn Em', 'Thủ quỹ', category, 'Trung cấp'];
const counts = (a: Analysis) => {
  const s = a.figures.staff!;
  return [s.total, s.canBo, s.congChuc, s.khongChuyenTrach, s.education.postgraduate.pct, s.education.university.pct, s.education.secondary.pct];
};
const staffIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'staff').map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`);
const draftText = async (a: Analysis) => paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');

describe('staff category words', () => {
  test.each(['HĐKCT', 'NHĐKCT', 'Người HĐKCT', 'Bán chuyên trách', 'Nguoi HDKCT'])('«%s» is không chuyên trách', async (word) => {
    const a = await staffList([...PEOPLE, one(word)]);
    expect(counts(a)).toEqual([4, 2, 2, 1, 25, 50, 25]);
    expect(staffIssues(a)).toEqual([]);
  });

  test.each(['Hợp đồng', 'Hợp đồng lao động', 'HĐLĐ'])('a worker «%s» is left out of the figures with a note, no error', async (word) => {
    const a = await staffList([...PEOPLE, one(word), [6, 'Vũ Thị Phương', 'Tạp vụ', word, 'Đại học']]);
    expect(counts(a)).toEqual([4, 2, 2, null, 25, 50, 25]);
    expect(staffIssues(a)).toEqual(['info constraint-error DS CBCC!D7, D8']);
    const note = a.issues.find((i) => i.table === 'staff')!;
    expect(said(note, 'vi')).toBe(
      '2 người làm việc theo hợp đồng (ô D7, D8) không phải cán bộ, công chức hay người hoạt động không chuyên trách, nên không tính vào số lượng và tỷ lệ trình độ cán bộ, công chức.',
    );
  });

  test('one person of an unknown category: the others are counted, the figures marked at that cell', async () => {
    const a = await staffList([...PEOPLE, [5, 'Hoàng Văn Em', 'Thủ quỹ', 'KCT', 'Trung cấp'], [6, 'Đỗ Văn Hải', 'Bảo vệ', 'Tạp vụ', 'Đại học']]);
    expect(counts(a)).toEqual([4, 2, 2, 1, 25, 50, 25]);
    expect(staffIssues(a)).toEqual(['error constraint-error DS CBCC!D8']);
    expect(
      said(
        a.issues.find((i) => i.table === 'staff')!,
        'vi',
      ),
    ).toContain('ghi «Tạp vụ», không thuộc loại nào đã biết, nên người này chưa được tính');
    const text = await draftText(a);
    expect(text).toMatch(/04 người[^.;]*\[cần xem lại: DS CBCC!D8\]/);
    expect(text).toContain('Đại học: 2/4, chiếm 50% [cần xem lại: DS CBCC!D8]');
  });

  test('a blank category still leaves every figure unknown (no share over part of the staff)', async () => {
    const a = await staffList([...PEOPLE, one('')]);
    expect(counts(a)).toEqual([null, null, null, null, null, null, null]);
    expect(a.issues.some((i) => i.table === 'staff' && i.severity === 'error' && i.cell === 'D7')).toBe(true);
  });
});
