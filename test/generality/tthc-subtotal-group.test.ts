/**
 * A subtotal group inside the received group (tester 13 item 33e, W78): «Số hồ sơ nhận giải quyết» over «Tổng số |
 * Từ kỳ trước chuyển sang | Mới tiếp nhận», and «Mới tiếp nhận» over «Tổng số | Trực tuyến | Trực tiếp». The inner
 * «Tổng số» is the newly received total (online + direct), not a second received column: no duplicate-label warning,
 * and the sum it must equal is checked. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

function biểu06(newLabel: string, hoTichNew = 120): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [
    ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025'],
    [],
    ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
    [null, null, 'Tổng số', 'Từ kỳ trước chuyển sang', newLabel, null, null, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    [null, null, null, null, 'Tổng số', 'Trực tuyến', 'Trực tiếp', null, null, null, null, null, null, null],
    [1, 'Hộ tịch', 125, 5, hoTichNew, 20, 100, 120, 60, 55, 5, 5, 4, 1],
    [2, 'Chứng thực', 200, 0, 200, 10, 190, 200, 150, 50, 0, 0, 0, 0],
  ]);
  for (const m of ['A3:A5', 'B3:B5', 'C3:G3', 'H3:K3', 'L3:N3', 'C4:C5', 'D4:D5', 'E4:G4', 'H4:H5', 'I4:I5', 'J4:J5', 'K4:K5', 'L4:L5', 'M4:M5', 'N4:N5'])
    ws.mergeCells(m);
  return wb;
}

describe('«Tổng số» of a subtotal group under the received group', () => {
  it.each(['Mới tiếp nhận', 'Tiếp nhận trong kỳ'])('«%s / Tổng số» is the newly received total, no duplicate warning', async (label) => {
    const a = await roundTrip(biểu06(label));
    expect(a.tables.tthc?.located.columns).toMatchObject({ received: 2, carriedOver: 3, receivedInPeriod: 4, online: 5, direct: 6 });
    expect(a.figures.tthc).toMatchObject({
      received: 325,
      carriedOver: 5,
      online: 30,
      direct: 290,
      onlinePct: 9.2,
      resolved: 320,
      early: 210,
      onTime: 105,
      late: 5,
    });
    expect(a.figures.tthc!.byField.map((f) => [f.field, f.received, f.online, f.direct])).toEqual([
      ['Hộ tịch', 125, 20, 100],
      ['Chứng thực', 200, 10, 190],
    ]);
    expect(a.issues.filter((i) => i.table === 'tthc' && i.severity !== 'info').map((i) => `${i.code} ${i.cell} ${said(i)}`)).toEqual([]);
  });

  it('a subtotal that is not online + direct is still caught at its cell', async () => {
    const a = await roundTrip(biểu06('Mới tiếp nhận', 121));
    const sums = a.issues.filter((i) => i.table === 'tthc' && i.code === 'sum-mismatch');
    expect(sums.map((i) => i.cell)).toContain('E6');
    expect(a.issues.filter((i) => i.code === 'duplicate-label')).toEqual([]);
  });
});
