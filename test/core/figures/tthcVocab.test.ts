/**
 * One-stop summaries and dossier exports in the wordings of real forms (tester 13): «Trực tiếp» beside «Qua dịch vụ
 * bưu chính công ích» (postal dossiers are direct: the two are summed, and the sums check against both, item 6); a
 * summary with «Giải quyết đúng hạn» and «Giải quyết trễ hạn» but no «Đã giải quyết» (the two make resolved, said in
 * a note, item 8); a dossier export whose status states the timing («Đã trả kết quả quá hạn» is resolved late, never
 * pending, item 15). Workbooks written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { said } from '../../helpers/words';

/** Biểu 06 with the received dossiers split into online / at the desk / by post under «Tiếp nhận». */
function postalBook(direct: string, lastReceived = 180): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  put(ws, 1, [
    ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025'],
    [],
    ['STT', 'Lĩnh vực', 'Tiếp nhận', null, null, null, 'Đã giải quyết', null, null, null],
    ['STT', 'Lĩnh vực', 'Tổng số', 'Trực tuyến', direct, 'Qua dịch vụ bưu chính công ích', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
    [1, 'Hộ tịch', 100, 30, 60, 10, 95, 50, 40, 5],
    [2, 'Chứng thực', 80, 20, 55, 5, 80, 70, 10, 0],
    [null, 'Cộng', lastReceived, 50, 115, 15, 175, 120, 50, 5],
  ]);
  ws.mergeCells('C3:F3');
  ws.mergeCells('G3:J3');
  return wb;
}

describe('«Trực tiếp» and «Qua dịch vụ bưu chính công ích» in two columns (item 6)', () => {
  test('direct is their sum, by field too; received = online + trực tiếp + bưu chính raises no sum error', async () => {
    const a = await roundTrip(postalBook('Trực tiếp'));
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ received: 180, online: 50, direct: 130, resolved: 175 });
    expect(t.byField.map((f) => [f.field, f.direct])).toEqual([
      ['Hộ tịch', 70],
      ['Chứng thực', 60],
    ]);
    expect(a.issues.filter((i) => i.sheet === 'TTHC' && ['sum-mismatch', 'duplicate-label', 'missing-label'].includes(i.code))).toEqual([]);
    expect(a.sources['tthc.direct']!.map((s) => s.cell)).toEqual(['E7', 'F7']);
  });

  test('a wrong total is still caught, against all three parts', async () => {
    const a = await roundTrip(postalBook('Trực tiếp', 190));
    const sums = a.issues.filter((i) => i.code === 'sum-mismatch');
    // The row's parts (50 + 115 + 15 = 180) and the column's (100 + 80) both disagree with 190.
    expect(sums.map((i) => i.cell)).toEqual(['C7', 'C7']);
    expect(sums.some((i) => said(i, 'vi').includes('190') && said(i, 'vi').includes('50 + 115 + 15 = 180'))).toBe(true);
  });

  test('control: «Trực tiếp và bưu chính» already holds the post, so a postal column beside it is not added again', async () => {
    const a = await roundTrip(postalBook('Trực tiếp và bưu chính'));
    expect(a.figures.tthc!.direct).toBe(115);
  });
});

describe('«Giải quyết đúng hạn» + «Giải quyết trễ hạn» without «Đã giải quyết» (item 8)', () => {
  const book = (withEarly: boolean) => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thống kê hồ sơ'), 1, [
      ['THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC - BỘ PHẬN MỘT CỬA XÃ'],
      ['Từ ngày 01/01/2025 đến ngày 31/03/2025'],
      [],
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Trực tuyến', ...(withEarly ? ['Giải quyết trước hạn'] : []), 'Giải quyết đúng hạn', 'Giải quyết trễ hạn', 'Đang xử lý'],
      [1, 'Hộ tịch', 100, 40, ...(withEarly ? [10] : []), 90, 5, 5],
      [2, 'Chứng thực', 50, 10, ...(withEarly ? [2] : []), 48, 0, 2],
      [null, 'Tổng', 150, 50, ...(withEarly ? [12] : []), 138, 5, 7],
    ]);
    return wb;
  };

  test('resolved is their sum, with a note (not an error) naming the columns; early stays blank', async () => {
    const a = await roundTrip(book(false));
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ resolved: 143, early: null, onTime: 138, late: 5, onTimePct: 96.5, latePct: 3.5 });
    expect(t.byField.map((f) => [f.field, f.resolved])).toEqual([
      ['Hộ tịch', 95],
      ['Chứng thực', 48],
    ]);
    const resolved = a.issues.filter((i) => i.field === 'resolved');
    expect(resolved.map((i) => [i.severity, i.code])).toEqual([['info', 'missing-label']]);
    expect(said(resolved[0], 'vi')).toContain(
      'không có cột Đã giải quyết; số liệu này được tính bằng tổng các cột «Giải quyết đúng hạn» (E) + «Giải quyết trễ hạn» (F)',
    );
    expect(a.sources['tthc.resolved']!.map((s) => s.cell)).toEqual(['E7', 'F7']);
  });

  test('with «Giải quyết trước hạn» too, resolved is early + on time + late', async () => {
    const a = await roundTrip(book(true));
    expect(a.figures.tthc).toMatchObject({ resolved: 155, early: 12, onTime: 138, late: 5 });
  });
});

describe('a dossier status that states the timing (item 15)', () => {
  const book = (third: string) => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
      ['Từ ngày', '01/01/2025'],
      ['Đến ngày', '31/03/2025'],
    ]);
    put(wb.addWorksheet('Hồ sơ'), 1, [
      ['DANH SÁCH HỒ SƠ QUÝ I/2025'],
      [],
      ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái'],
      [1, 'HS001', 'Hộ tịch', 'Trực tuyến', '05/01/2025', '08/01/2025', 'Đã trả kết quả trước hạn'],
      [2, 'HS002', 'Hộ tịch', 'Trực tiếp', '10/01/2025', '13/01/2025', 'Đã trả kết quả đúng hạn'],
      [3, 'HS003', 'Chứng thực', 'Trực tiếp', '03/02/2025', '04/02/2025', third],
      [4, 'HS004', 'Đất đai', 'Trực tuyến', '20/03/2025', '20/04/2025', 'Đang giải quyết trong hạn'],
      [5, 'HS005', 'Đất đai', 'Trực tiếp', '01/03/2025', '15/03/2025', 'Đang giải quyết quá hạn'],
    ]);
    return wb;
  };

  test('«Đã trả kết quả quá hạn» is resolved late, «Đang giải quyết quá hạn» pending overdue; a note, no warning', async () => {
    const a = await roundTrip(book('Đã trả kết quả quá hạn'));
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ received: 5, resolved: 3, early: 1, onTime: 1, late: 1, pending: 2, pendingInTime: 1, pendingOverdue: 1 });
    expect(t.onTimePct).toBe(66.7);
    expect(t.latePct).toBe(33.3);
    expect(t.byField.map((f) => [f.field, f.resolved, f.pending])).toEqual([
      ['Hộ tịch', 2, 0],
      ['Chứng thực', 1, 0],
      ['Đất đai', 0, 2],
    ]);
    const byStatus = a.issues.filter((i) => i.table === 'dossiers' && i.field === 'doneAt');
    expect(byStatus.map((i) => [i.severity, i.sentence])).toEqual([['info', 'dossiers-timed-by-status']]);
  });

  test('control: a bare «Đã trả kết quả» among them leaves the timing unknown, with the warning', async () => {
    const a = await roundTrip(book('Đã trả kết quả'));
    const t = a.figures.tthc!;
    expect(t).toMatchObject({ resolved: 3, early: null, onTime: null, late: null, pending: 2 });
    expect(a.issues.filter((i) => i.sentence === 'dossiers-counted-by-status').map((i) => i.severity)).toEqual(['warning']);
  });
});
