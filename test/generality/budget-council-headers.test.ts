/**
 * The council's estimate column headed the way the Budget Law words it (tester 14 finding 2): a two-row header «Dự
 * toán năm» merged over «Huyện giao | HĐND xã quyết định», and one-row headers «Dự toán năm (HĐND xã quyết định)»,
 * «Dự toán được HĐND xã phê chuẩn»: the column naming the HĐND is the council's estimate, never dropped as a second
 * superior estimate. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

type Row = (string | number | null)[];
const LINES: Row[] = [
  ['I', 'Tổng thu ngân sách xã', 7239000000, 7000000000, 1464000000],
  ['1', 'Thu cân đối ngân sách', 5763000000, 5600000000, 1095000000],
  ['2', 'Thu bổ sung có mục tiêu', 1476000000, 1400000000, 369000000],
  ['II', 'Tổng chi ngân sách xã', 6105000000, 6000000000, 1220963992],
];

function book(headerRows: Row[], merges: string[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  put(ws, 1, [['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], [null, null, null, null, 'ĐVT: đồng'], ...headerRows, ...LINES]);
  for (const m of merges) ws.mergeCells(m);
  return wb;
}

const council = { estimateSuperior: 7239000000, estimateCouncil: 7000000000, actual: 1464000000 };

describe('the council estimate column, as the Budget Law words it', () => {
  it('is read under a two-row header «Dự toán năm» over «Huyện giao | HĐND xã quyết định»', async () => {
    const a = await roundTrip(
      book(
        [
          ['STT', 'Nội dung', 'Dự toán năm', null, 'Thực hiện'],
          [null, null, 'Huyện giao', 'HĐND xã quyết định', null],
        ],
        ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4'],
      ),
    );
    expect(a.figures.budget?.revenue).toMatchObject(council);
  });

  it.each([['Dự toán năm (HĐND xã quyết định)'], ['Dự toán được HĐND xã phê chuẩn']])('is read under the one-row header %j', async (h) => {
    const a = await roundTrip(book([['STT', 'Nội dung', 'Dự toán huyện giao', h, 'Thực hiện']]));
    expect(a.figures.budget?.revenue).toMatchObject(council);
    expect(a.issues.filter((i) => i.code === 'duplicate-label' && i.table === 'budget')).toEqual([]);
  });
});
