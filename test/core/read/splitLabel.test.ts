/**
 * A staff header whose label is split over two un-merged rows (tester 11 item 7): «Trình độ» (merged over two rows)
 * above «Chuyên môn», beside labels merged over three rows, or under a group «Thông tin công tác»; the schema's
 * multi-level header matches on its parts joined, so the list is found and read. Written with exceljs, read back.
 */
import ExcelJS from 'exceljs';
import { located, put, roundTrip } from '../../generality/harness';

const PEOPLE = [
  ['Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
  ['Trần Thị Bình', 'Phó Chủ tịch UBND', 'Cán bộ', 'Thạc sĩ'],
  ['Hoàng Văn Em', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  ['Đỗ Thị Giang', 'Tài chính - Kế toán', 'Công chức', 'Cao đẳng'],
  ['Phan Văn Minh', 'Chỉ huy trưởng Quân sự', 'Công chức', 'Trung cấp'],
];

/** Rows 3–5 hold the header: STT, Họ và tên merged A3:A5, B3:B5; `rest` writes C–E. */
function book(rest: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('CBCC');
  ws.getCell('A1').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ';
  ws.getCell('A3').value = 'STT';
  ws.mergeCells('A3:A5');
  ws.getCell('B3').value = 'Họ và tên';
  ws.mergeCells('B3:B5');
  rest(ws);
  put(
    ws,
    6,
    PEOPLE.map((p, i) => [i + 1, ...p]),
  );
  return wb;
}

describe('a label split over two un-merged header rows', () => {
  test('«Trình độ» merged over two rows above «Chuyên môn», the other labels merged over three', async () => {
    const a = await roundTrip(
      book((ws) => {
        ws.getCell('C3').value = 'Chức vụ';
        ws.mergeCells('C3:C5');
        ws.getCell('D3').value = 'Loại';
        ws.mergeCells('D3:D5');
        ws.getCell('E3').value = 'Trình độ';
        ws.mergeCells('E3:E4');
        ws.getCell('E5').value = 'Chuyên môn';
      }),
    );
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:E10' });
    expect(a.tables.staff!.located.columns.education).toBe(4);
    const s = a.figures.staff!;
    expect([s.total, s.canBo, s.congChuc]).toEqual([5, 2, 3]);
    expect(s.education.university.count).toBe(2);
  });

  test('a group «Thông tin công tác» over «Chức vụ» | «Loại» | «Trình độ» / «Chuyên môn»', async () => {
    const a = await roundTrip(
      book((ws) => {
        ws.getCell('C3').value = 'Thông tin công tác';
        ws.mergeCells('C3:E3');
        ws.getCell('C4').value = 'Chức vụ';
        ws.mergeCells('C4:C5');
        ws.getCell('D4').value = 'Loại';
        ws.mergeCells('D4:D5');
        ws.getCell('E4').value = 'Trình độ';
        ws.getCell('E5').value = 'Chuyên môn';
      }),
    );
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:E10' });
    expect(a.figures.staff!.total).toBe(5);
    expect(a.figures.staff!.education.college.count).toBe(1);
  });
});
