/**
 * Biểu 06's received group in the wordings of tester 15 items 11 and 14: «Trực tiếp» joined to any postal wording
 * («Trực tiếp, dịch vụ bưu chính», «Trực tiếp hoặc qua dịch vụ bưu chính công ích») is the direct column, never the
 * postal one; «Từ kỳ trước» is the carried-over column, so «Tổng số» = online + direct + carried over holds (no false
 * sum error). A «Tỷ lệ đúng hạn (%)» column beside the counts is a stated percent, no second «Đúng hạn» (T7). Real
 * .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { errors, put, roundTrip } from './harness';

type Row = (string | number | null)[];

function bieu06(direct: string, carried: string, extra?: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu 06');
  const more = (r: Row, v: string | number | null) => (extra === undefined ? r : [...r, v]);
  put(ws, 1, [
    ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'],
    more(['STT', 'Lĩnh vực giải quyết', 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết', null, null, null, null, null, null], extra ?? null),
    more([null, null, 'Tổng số', 'Trong đó', null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null], null),
    more([null, null, null, 'Trực tuyến', direct, carried, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'], null),
    more(['1', 'Hộ tịch', 125, 30, 90, 5, 120, 60, 57, 3, 5, 4, 1], 97.5),
    more(['2', 'Chứng thực', 202, 10, 190, 2, 200, 150, 50, 0, 2, 2, 0], 100),
  ]);
  for (const m of ['A2:A4', 'B2:B4', 'C2:F2', 'D3:F3', 'C3:C4', 'G2:M2', 'G3:J3', 'K3:M3']) ws.mergeCells(m);
  if (extra !== undefined) ws.mergeCells('N2:N4');
  return wb;
}

const RIGHT = { received: 327, online: 40, direct: 280, carriedOver: 7, resolved: 320, onTime: 107, pending: 7 };

describe('Biểu 06: direct and carried-over columns in the forms’ wordings', () => {
  it.each([
    ['Trực tiếp', 'Từ kỳ trước'],
    ['Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước'],
    ['Trực tiếp, dịch vụ bưu chính', 'Kỳ trước chuyển qua'],
    ['Trực tiếp hoặc qua dịch vụ bưu chính công ích', 'Tồn kỳ trước'],
    ['Trực tiếp và qua bưu điện', 'Chuyển từ kỳ trước'],
  ])('%s / %s', async (direct, carried) => {
    const a = await roundTrip(bieu06(direct, carried));
    expect(a.tables.tthc?.located.columns).toMatchObject({ received: 2, online: 3, direct: 4, carriedOver: 5 });
    expect(a.tables.tthc?.located.columns).not.toHaveProperty('postal');
    expect(a.figures.tthc).toMatchObject(RIGHT);
    expect(a.figures.tthc?.byField.map((f) => [f.field, f.direct, f.carriedOver])).toEqual([
      ['Hộ tịch', 90, 5],
      ['Chứng thực', 190, 2],
    ]);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'tthc' && i.severity === 'warning')).toEqual([]);
  });
});

describe('Biểu 06 with a «Tỷ lệ đúng hạn (%)» column', () => {
  it('reads it as no second «Đúng hạn» column (needs the header rule of the budgetcols branch)', async () => {
    const a = await roundTrip(bieu06('Trực tiếp', 'Từ kỳ trước', 'Tỷ lệ đúng hạn (%)'));
    expect(a.tables.tthc?.located.columns).toMatchObject({ onTime: 8 });
    expect(a.figures.tthc).toMatchObject(RIGHT);
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  });
});
