/**
 * A register that keeps the document's number in two columns, as Nghị định 30's register lays it out: «Số» (12) beside
 * «Ký hiệu» (QĐ-UBND). The number is read joined as the decree writes it, 12/QĐ-UBND, its type from the symbol; a
 * «Tổng số: 5 văn bản» row is a total, not a document (tester 6 item 10). Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import type { Analysis } from '../../src/core/analyze';
import { brief, put, roundTrip } from './harness';

type Row = (string | number | null)[];

function register(header: string[], rows: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('VB đi'), 1, [['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023'], [], header, ...rows]);
  return wb;
}

const numbers = (a: Analysis) => a.tables.documents?.rows.filter((r) => !r.isTotal).map((r) => r.values.number?.value);
const documentIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'documents' && i.severity !== 'info').map((i) => `${i.code} ${i.cell}`);

const ROWS: Row[] = [
  [1, 12, 'QĐ-UBND', '05/01/2023', 'Kiện toàn tổ một cửa', 'Lê Thị Mai'],
  [2, 13, 'KH-UBND', '10/01/2023', 'Kế hoạch CCHC năm 2023', 'Lê Thị Mai'],
  [3, 14, 'UBND', '15/02/2023', 'Về dịch vụ công trực tuyến', 'Lê Thị Mai'],
];

describe('«Số» and «Ký hiệu» in two columns', () => {
  it('reads «12 | QĐ-UBND» as the number 12/QĐ-UBND, its type from the symbol', async () => {
    const a = await roundTrip(register(['STT', 'Số', 'Ký hiệu', 'Ngày ban hành', 'Trích yếu nội dung', 'Người ký'], ROWS));
    expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, symbol: 2, date: 3, summary: 4 });
    expect(numbers(a)).toEqual(['12/QĐ-UBND', '13/KH-UBND', '14/UBND']);
    expect(a.tables.documents?.rows[0].values.number?.cell).toBe('B4');
    expect(a.tables.documents?.rows.map((r) => r.values.date?.value)).toEqual([toSerial(2023, 1, 5), toSerial(2023, 1, 10), toSerial(2023, 2, 15)]);
    expect(a.figures.documents).toMatchObject({ total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1 } });
    expect(documentIssues(a)).toEqual([]);
  });

  it('takes «Tổng số: 5 văn bản» under «Số» for a total, not a document, and says its count is not the list’s', async () => {
    const rows: Row[] = [...ROWS, [4, 15, 'BC-UBND', '20/03/2023', 'Báo cáo CCHC quý I', 'Lê Thị Mai'], [null, 'Tổng số: 5 văn bản']];
    const a = await roundTrip(register(['STT', 'Số', 'Ký hiệu', 'Ngày tháng', 'Trích yếu nội dung', 'Người ký'], rows));
    expect(numbers(a)).toEqual(['12/QĐ-UBND', '13/KH-UBND', '14/UBND', '15/BC-UBND']);
    expect(a.figures.documents).toMatchObject({ total: 4, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1, 'Báo cáo': 1 } });
    // The total's own count (5) is said against the list's (4); the total is no malformed number.
    expect(documentIssues(a)).toEqual(['sum-mismatch B8']);
  });

  it('joins a number typed with a leading zero and a symbol typed with its slash; a symbol written whole is taken as written', async () => {
    const a = await roundTrip(
      register(
        ['STT', 'Số văn bản', 'Ký hiệu văn bản', 'Ngày ban hành', 'Trích yếu'],
        [
          [1, '05', '/QĐ-UBND', '05/01/2023', 'Kiện toàn tổ một cửa'],
          [2, 6, '6/KH-UBND', '10/01/2023', 'Kế hoạch CCHC năm 2023'],
          [3, 7, null, '15/02/2023', 'Về dịch vụ công trực tuyến'],
        ],
      ),
    );
    expect(numbers(a)).toEqual(['05/QĐ-UBND', '6/KH-UBND', '7']);
    // A number without its symbol is said, as any number not of the decree's form, and its type is unknown.
    expect(documentIssues(a)).toEqual(['doc-number-format B6', 'missing-cell B6']);
  });

  it('keeps «Số, ký hiệu» one column: the number as written', async () => {
    const a = await roundTrip(
      register(
        ['STT', 'Số, ký hiệu', 'Ngày tháng', 'Trích yếu nội dung', 'Người ký'],
        ROWS.map((r) => [r[0], `${r[1]}/${r[2]}`, r[3], r[4], r[5]]),
      ),
    );
    expect(a.tables.documents?.located.columns.symbol).toBeUndefined();
    expect(numbers(a)).toEqual(['12/QĐ-UBND', '13/KH-UBND', '14/UBND']);
    expect(brief(a).filter((x) => x.includes('documents'))).toEqual([]);
  });
});
