/**
 * A sheet that shows a register by its title («SỔ ĐĂNG KÝ VĂN BẢN ĐI …») or its header's words («Trích yếu»,
 * «Người ký», «Số, ký hiệu»), from which no document could be read: one warning names the sheet and what was missing,
 * in both languages, instead of the silent «Văn bản ban hành: không tìm thấy» (tester 6 item 10). Real .xlsx files
 * written and read back.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

type Row = (string | number | null)[];

function book(rows: Row[], sheet = 'Sổ VB đi'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet(sheet), 1, rows);
  return wb;
}

const TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023';
const documentIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'documents');
const unread = (a: Analysis) => a.issues.find((i) => i.sentence === 'table-unread');

describe('a register from which no document could be read', () => {
  it('names the sheet, its title and the column whose values hold no date', async () => {
    const a = await roundTrip(
      book([
        [TITLE],
        [],
        ['STT', 'Số, ký hiệu, ngày tháng văn bản', 'Trích yếu nội dung', 'Người ký'],
        [1, '01/KH-UBND', 'Kế hoạch CCHC năm 2023', 'Lê Thị Mai'],
        [2, '02/QĐ-UBND', 'Quyết định kiện toàn tổ một cửa', 'Lê Thị Mai'],
      ]),
    );
    expect(a.tables.documents).toBeUndefined();
    expect(documentIssues(a).map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`)).toEqual(['warning missing-table Sổ VB đi!A1']);
    const i = unread(a);
    expect(said(i, 'vi')).toBe(
      'Sheet «Sổ VB đi» có vẻ chứa bảng Văn bản ban hành (tiêu đề «SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023») nhưng chưa đọc được dòng nào của bảng: phần lớn giá trị ở cột B («Số, ký hiệu, ngày tháng văn bản») không đọc được là Ngày ban hành.',
    );
    expect(said(i, 'en')).toBe(
      'Sheet «Sổ VB đi» seems to hold the table Documents issued (the title «SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023») but none of its rows could be read: most values in column B («Số, ký hiệu, ngày tháng văn bản») do not read as Date issued.',
    );
    expect(a.figures.documents).toBeNull();
  });

  it('names a header holding «Trích yếu» and «Người ký» without a title, and the column it lacks', async () => {
    const a = await roundTrip(
      book(
        [
          ['STT', 'Số', 'Ngày ban hành', 'Trích yếu', 'Người ký'],
          [1, 12, '05/01/2023', 'Kế hoạch CCHC năm 2023', 'Lê Thị Mai'],
          [2, 13, '10/01/2023', 'Quyết định kiện toàn tổ một cửa', 'Lê Thị Mai'],
        ],
        'Theo doi',
      ),
    );
    const i = unread(a);
    expect(i).toMatchObject({ severity: 'warning', sheet: 'Theo doi', cell: 'A1:E1', table: 'documents' });
    expect(said(i, 'vi')).toBe(
      'Sheet «Theo doi» có vẻ chứa bảng Văn bản ban hành (dòng tiêu đề cột có «Ngày ban hành», «Trích yếu», «Người ký») nhưng chưa đọc được dòng nào của bảng: không có cột Số ký hiệu.',
    );
  });

  it('says when the title stands over no header row, and when the header has no rows under it', async () => {
    const a = await roundTrip(book([[TITLE], [], ['Kế hoạch CCHC năm 2023'], ['Quyết định kiện toàn tổ một cửa']]));
    expect(said(unread(a), 'vi')).toContain('nhưng chưa đọc được dòng nào của bảng: không thấy dòng tiêu đề cột có Số ký hiệu, Ngày ban hành.');
    const b = await roundTrip(book([[TITLE], [], ['STT', 'Số, ký hiệu', 'Trích yếu', 'Người ký']]));
    expect(said(unread(b), 'vi')).toContain('không có cột Ngày ban hành');
  });

  it('says nothing of the kind for a workbook without a register, nor for a register read', async () => {
    const none = await roundTrip(
      book(
        [
          ['Thông tin', 'Giá trị'],
          ['Cơ quan ban hành', 'UBND xã Tân Phú'],
          ['Trích yếu', 'Báo cáo kết quả CCHC năm 2023'],
          ['Người ký', 'Nguyễn Văn An'],
          ['Nơi nhận', 'UBND huyện'],
        ],
        'Thong tin',
      ),
    );
    expect(unread(none)).toBeUndefined();
    expect(documentIssues(none).map((i) => i.sentence)).toEqual(['optional-table-not-found']);
    const read = await roundTrip(
      book([
        [TITLE],
        [],
        ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Người ký'],
        [1, '01/KH-UBND', '05/01/2023', 'Kế hoạch CCHC năm 2023', 'Lê Thị Mai'],
      ]),
    );
    expect(read.figures.documents).toMatchObject({ total: 1 });
    expect(unread(read)).toBeUndefined();
  });
});
