/**
 * Both TTHC forms filled (tester 14 finding 7): the results table by field (Biểu 06) says 12 received, 8 resolved, the
 * dossier list beside it gives 3 received, 2 resolved. The results table is the figure of record; a warning at the
 * list names both totals and which one the report uses, so the list's own warnings are read as not counting. When the
 * two agree nothing is said. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

function book(summary: [number, number]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/01/2024'],
    ['Đến ngày', '31/03/2024'],
    ['Ngày báo cáo', '05/04/2024'],
  ]);
  const [received, resolved] = summary;
  put(wb.addWorksheet('TTHC'), 1, [
    ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    ['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
    [1, 'Hộ tịch', received, 1, received - 1, resolved, 0, resolved, 0],
  ]);
  put(wb.addWorksheet('Hồ sơ'), 1, [
    ['DANH SÁCH HỒ SƠ'],
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ['HS001', 'Hộ tịch', 'Trực tuyến', '06/01/2024', '09/01/2024', '08/01/2024'],
    ['HS002', 'Hộ tịch', 'Trực tiếp', '10/02/2024', '13/02/2024', '13/02/2024'],
    ['HS003', 'Hộ tịch', 'Trực tiếp', '20/03/2024', '25/04/2024', null],
  ]);
  return wb;
}

describe('both TTHC forms filled', () => {
  it('warns when they disagree, naming both totals and the one used', async () => {
    const a = await roundTrip(book([12, 8]));
    expect(a.figures.tthc).toMatchObject({ received: 12, resolved: 8 });
    const w = a.issues.filter((i) => i.sentence === 'tthc-forms-disagree');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', code: 'sum-mismatch', sheet: 'Hồ sơ' });
    const text = said(w[0]);
    expect(text).toContain('bảng kết quả ghi 12 hồ sơ tiếp nhận, 8 đã giải quyết');
    expect(text).toContain('danh sách hồ sơ cho 3 tiếp nhận, 2 đã giải quyết');
    expect(text).toContain('Báo cáo dùng số liệu của bảng kết quả (sheet «TTHC»)');
    expect(said(w[0], 'en')).toContain('The report uses the results table (sheet «TTHC»)');
  });

  it('says nothing when they agree', async () => {
    const a = await roundTrip(book([3, 2]));
    expect(a.figures.tthc).toMatchObject({ received: 3, resolved: 2 });
    expect(a.issues.filter((i) => i.sentence === 'tthc-forms-disagree')).toEqual([]);
  });
});

describe('the issues of the form not used are set apart (staffmisc item 4)', () => {
  /** The list with faults of its own: a received date after the report date, a due date typed as text, a code twice. */
  function faulty(summary: [number, number]): ExcelJS.Workbook {
    const wb = book(summary);
    put(wb.getWorksheet('Hồ sơ')!, 6, [
      ['HS003', 'Hộ tịch', 'Trực tiếp', '20/05/2024', '25/05/2024', null],
      ['HS004', 'Hộ tịch', 'Trực tiếp', '21/03/2024', 'hai ngày', null],
    ]);
    return wb;
  }
  const onList = (a: Awaited<ReturnType<typeof roundTrip>>) => a.issues.filter((i) => i.table === 'dossiers' && !/^tthc-form/.test(i.sentence));

  it('the list’s errors and warnings are lowered to notes, and a note says the results table gives the figures', async () => {
    const a = await roundTrip(faulty([12, 8]));
    expect(a.figures.tthc).toMatchObject({ received: 12, resolved: 8 });
    const list = onList(a).filter((i) => i.sentence !== 'tthc-forms-disagree');
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((i) => i.severity !== 'info').map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([]);
    // The comparison of both forms keeps its warning.
    expect(a.issues.filter((i) => i.sentence === 'tthc-forms-disagree').map((i) => i.severity)).toEqual(['warning']);
    const note = a.issues.filter((i) => i.sentence === 'tthc-form-not-used-lowered');
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({ severity: 'info', code: 'duplicate-label', sheet: 'Hồ sơ', table: 'dossiers' });
    expect(said(note[0])).toContain('báo cáo dùng số liệu của bảng Kết quả giải quyết TTHC');
    expect(said(note[0])).toMatch(/nên \d+ lỗi, cảnh báo về bảng đó được hạ xuống mức lưu ý/);
    expect(a.issues.filter((i) => i.severity === 'error' && i.sheet === 'Hồ sơ')).toEqual([]);
  });

  it('agreeing forms: only the note saying which one gives the figures', async () => {
    const a = await roundTrip(book([3, 2]));
    expect(a.issues.filter((i) => i.sentence === 'tthc-form-not-used').map((i) => [i.severity, i.sheet])).toEqual([['info', 'Hồ sơ']]);
  });

  it('control: the dossier list alone keeps its errors and warnings', async () => {
    const wb = faulty([3, 2]);
    wb.removeWorksheet(wb.getWorksheet('TTHC')!.id);
    const a = await roundTrip(wb);
    expect(onList(a).some((i) => i.severity !== 'info')).toBe(true);
    expect(a.issues.filter((i) => /^tthc-form/.test(i.sentence))).toEqual([]);
  });
});
