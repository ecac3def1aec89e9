/** The info block as clerks lay it out: key-value pairs under a header row of their own ("Thông tin | Giá trị"). */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import { put, roundTrip } from './harness';
import { hinted, said } from '../helpers/words';

const PAIRS = [
  ['Tên đơn vị', 'UBND xã Tân An'],
  ['Ngày báo cáo', '05/04/2023'],
  ['Kỳ báo cáo', 'Quý I năm 2023'],
  ['Người ký', 'Nguyễn Văn An'],
  ['Nơi nhận', 'UBND huyện'],
];
const REGISTER = [
  ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu'],
  ['01/QĐ-UBND', '10/01/2023', 'Quyết định về việc A'],
  ['02/KH-UBND', '10/02/2023', 'Kế hoạch B'],
];

async function book(header: string[], pairs = PAIRS) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thông tin');
  put(ws, 1, [header, ...pairs]);
  put(wb.addWorksheet('Văn bản'), 1, REGISTER);
  return roundTrip(wb);
}

describe('an info block under a header row', () => {
  it.each([[['Thông tin', 'Giá trị']], [['Mục', 'Nội dung']], [['Nội dung', 'Giá trị']], [['Chỉ tiêu', 'Giá trị', 'Ghi chú']]])(
    'reads the pairs under %j as the report information, not as a table',
    async (header) => {
      const a = await book(header);
      expect(a.tables.info?.located).toMatchObject({ sheet: 'Thông tin', range: 'A2:B6' });
      expect(a.info).toMatchObject({
        agency: 'UBND xã Tân An',
        reportDate: toSerial(2023, 4, 5),
        periodStart: toSerial(2023, 1, 1),
        periodEnd: toSerial(2023, 3, 31),
        signer: 'Nguyễn Văn An',
        recipients: ['UBND huyện'],
      });
      // No other table is made of the pairs (a narrative of "Cơ quan ban hành", "Ngày báo cáo" …).
      expect(Object.keys(a.tables).sort()).toEqual(['documents', 'info']);
    },
  );

  it('reads them after a numbering column too', async () => {
    const a = await book(['STT', 'Thông tin', 'Giá trị'], PAIRS.map((p, i) => [i + 1, ...p]) as string[][]);
    expect(a.tables.info?.located).toMatchObject({ range: 'B2:C6' });
    expect(a.info.agency).toBe('UBND xã Tân An');
  });

  it('reads short labels clerks write: "Cơ quan", "Năm báo cáo"', async () => {
    for (const agencyLabel of ['Cơ quan', 'Cơ quan ban hành']) {
      const a = await book(
        ['Thông tin', 'Giá trị'],
        [
          [agencyLabel, 'UBND xã Ân Bình'],
          ['Địa danh', 'Ân Bình'],
          ['Năm báo cáo', 'Năm 2023'],
          ['Người ký', 'Nguyễn Văn A'],
        ],
      );
      expect(a.tables.info?.located).toMatchObject({ sheet: 'Thông tin', range: 'A2:B5' });
      expect(a.info).toMatchObject({
        agency: 'UBND xã Ân Bình',
        place: 'Ân Bình',
        periodStart: toSerial(2023, 1, 1),
        periodEnd: toSerial(2023, 12, 31),
        signer: 'Nguyễn Văn A',
      });
    }
  });

  it('says where to add the report date when its row is missing', async () => {
    const a = await book(['Thông tin', 'Giá trị'], [PAIRS[0], ['Từ ngày', '01/01/2023'], ['Đến ngày', '31/12/2023']]);
    expect(a.info).toMatchObject({ agency: 'UBND xã Tân An', periodStart: toSerial(2023, 1, 1), periodEnd: toSerial(2023, 12, 31) });
    const missing = a.issues.filter((i) => i.table === 'info' && i.field === 'reportDate');
    expect(missing.map((i) => [i.code, i.severity, i.cell])).toEqual([['missing-cell', 'warning', 'A5']]);
    expect(said(missing[0])).toBe('Bảng Thông tin báo cáo sheet «Thông tin» chưa có dòng Ngày báo cáo.');
    expect(hinted(missing[0])).toContain('ô A5 ghi «Ngày báo cáo», ô B5');
  });

  it('leaves a table whose rows open with "Thực hiện …" a table', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Chỉ tiêu'), 1, [
      ['STT', 'Tên chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'],
      [1, 'Thực hiện số hóa hồ sơ', 100, 90],
      [2, 'Thực hiện thanh toán trực tuyến', 50, 40],
      [3, 'Tỷ lệ hài lòng', 90, 95],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.indicators?.map((i) => i.achievement)).toEqual([90, 80, 105.6]);
  });
});
