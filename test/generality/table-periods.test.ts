/**
 * Which table, which period (tester 5 items 2, 3, 14), on workbooks written as a commune keeps them and read
 * back: two tables of one kind on a sheet (last year's above this year's, a second one below), a table whose
 * own title or caption states another period than the report's, and rows hidden by a filter.
 */
import ExcelJS from 'exceljs';
import { brief, located, put, roundTrip } from './harness';
import { said } from '../helpers/words';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import type { Analysis } from '../../src/core/analyze';
import { TTHC_SUB, TTHC_TOP } from '../helpers/tthcHeader';

const D = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
/** This year's figures: 252 received, 15 online. */
const THIS_YEAR = [
  [1, 'Hộ tịch', 142, 5, 137, 0, 140, 88, 30, 22, 2, 2, 0],
  [2, 'Chứng thực', 98, 10, 88, 0, 98, 61, 37, 0, 0, 0, 0],
  [3, 'Đất đai', 12, 0, 12, 0, 10, 6, 0, 4, 2, 1, 1],
  [null, 'Tổng cộng', 252, 15, 237, 0, 248, 155, 67, 26, 4, 3, 1],
];
/** Last year's: 600 received over more fields (more rows: more evidence than this year's table). */
const LAST_YEAR = [
  [1, 'Hộ tịch', 200, 40, 160, 0, 200, 150, 50, 0, 0, 0, 0],
  [2, 'Chứng thực', 150, 30, 120, 0, 150, 100, 50, 0, 0, 0, 0],
  [3, 'Đất đai', 100, 10, 90, 0, 100, 60, 40, 0, 0, 0, 0],
  [4, 'Tư pháp', 80, 10, 70, 0, 80, 40, 40, 0, 0, 0, 0],
  [5, 'Xây dựng', 70, 10, 60, 0, 70, 30, 40, 0, 0, 0, 0],
  [null, 'Tổng cộng', 600, 100, 500, 0, 600, 380, 220, 0, 0, 0, 0],
];

/** The info sheet (period from..to), the staff list and the budget of a commune; TTHC is each test's own. */
function commune(from = D(1, 1, 2023), to = D(31, 12, 2023)): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['THÔNG TIN CHUNG'],
    [],
    ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
    ['Ngày báo cáo', D(15, 12, 2023)],
    ['Từ ngày', from],
    ['Đến ngày', to],
    ['Trích yếu', 'Báo cáo kết quả công tác cải cách hành chính năm 2023'],
    ['Người ký', 'Nguyễn Thị Lan'],
  ]);
  const staff = [
    ['Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
    ['Trần Thị Bình', 'Phó Chủ tịch UBND', 'Cán bộ', 'Đại học'],
    ['Lê Văn Cường', 'Chủ tịch HĐND', 'Cán bộ', 'Thạc sĩ'],
    ['Phạm Thị Dung', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
    ['Hoàng Văn Em', 'Tư pháp - Hộ tịch', 'Công chức', 'Trung cấp'],
    ['Vũ Thị Phương', 'Tài chính - Kế toán', 'Công chức', 'Cao đẳng'],
    ['Đỗ Văn Giang', 'Địa chính - Xây dựng', 'Công chức', 'Đại học'],
    ['Bùi Thị Hoa', 'Văn hóa - Xã hội', 'Công chức', 'Đại học'],
  ];
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ AN HÒA'],
    [],
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    ...staff.map((p, i) => [i + 1, ...p]),
  ]);
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
    [null, null, null, null, 'ĐVT: đồng'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', 7239000000, 7239000000, 1464000000],
    ['1', 'Thu cân đối ngân sách', 5763000000, 5763000000, 1095000000],
    ['2', 'Thu bổ sung có mục tiêu', 1476000000, 1476000000, 369000000],
    ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
  ]);
  return wb;
}

/** A TTHC table under its title lines from `top` (1-based), its two-row header merged as Biểu 06 prints it; the row after it. */
function tthcTable(ws: ExcelJS.Worksheet, top: number, titles: string[], rows: (string | number | null)[][]): number {
  const header = put(
    ws,
    top,
    titles.map((t) => [t]),
  );
  for (const [a, b] of [
    ['C', 'F'],
    ['G', 'J'],
    ['K', 'M'],
  ])
    ws.mergeCells(`${a}${header}:${b}${header}`);
  ws.mergeCells(`A${header}:A${header + 1}`);
  ws.mergeCells(`B${header}:B${header + 1}`);
  return put(ws, header, [TTHC_TOP, TTHC_SUB, ...rows]);
}

const ofTable = (a: Analysis, sentence: string) => a.issues.filter((i) => i.sentence === sentence);

describe('two tables of one kind on a sheet (item 2)', () => {
  it("last year's table above this year's, with more rows: this year's is read by its title, last year's named", async () => {
    const wb = commune();
    const ws = wb.addWorksheet('TTHC');
    const next = tthcTable(ws, 1, ['KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2022'], LAST_YEAR);
    tthcTable(ws, next + 2, ['KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023'], THIS_YEAR);
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A13:M18' });
    expect(a.figures.tthc).toMatchObject({ received: 252, online: 15, resolved: 248 });
    const other = ofTable(a, 'table-other-period');
    expect(other.map((i) => [i.code, i.severity, i.sheet, i.cell, i.table])).toEqual([['date-out-of-period', 'info', 'TTHC', 'A2:M3', 'tthc']]);
    expect(said(other[0])).toContain('năm 2022 (ô A1)');
    expect(said(other[0])).toContain('không được dùng');
    expect(said(other[0])).toContain('A13:M18');
    // The table read names the report period: no warning on it.
    expect(a.issues.filter((i) => i.sentence === 'table-period-differs')).toEqual([]);
  });

  it("this year's table above, last year's below with more rows: this year's stays read, the other is named", async () => {
    const wb = commune();
    const ws = wb.addWorksheet('TTHC');
    const next = tthcTable(ws, 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], THIS_YEAR);
    tthcTable(ws, next + 1, ['KẾT QUẢ NĂM 2022'], LAST_YEAR);
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A2:M7' });
    expect(a.figures.tthc).toMatchObject({ received: 252, online: 15 });
    expect(ofTable(a, 'table-other-period').map((i) => i.cell)).toEqual(['A10:M11']);
  });

  it('a quarter report: the table titled with the quarter is read, the one titled with last quarter named', async () => {
    const wb = commune(D(1, 4, 2023), D(30, 6, 2023));
    const ws = wb.addWorksheet('TTHC');
    const next = tthcTable(ws, 1, ['KẾT QUẢ QUÝ I NĂM 2023', 'Từ ngày 01/01/2023 đến ngày 31/03/2023'], LAST_YEAR);
    tthcTable(ws, next + 2, ['KẾT QUẢ QUÝ II NĂM 2023', 'Từ ngày 01/04/2023 đến ngày 30/06/2023'], THIS_YEAR);
    const a = await roundTrip(wb);
    expect(a.figures.tthc).toMatchObject({ received: 252 });
    const other = ofTable(a, 'table-other-period');
    expect(other.map((i) => i.cell)).toEqual(['A3:M4']);
    expect(said(other[0])).toContain('từ 01/01/2023 đến 31/03/2023 (ô A2)');
  });

  it('two alike tables that no title tells apart: the first is read, the second named at its header', async () => {
    const wb = commune();
    const ws = wb.addWorksheet('TTHC');
    const next = tthcTable(ws, 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], THIS_YEAR);
    tthcTable(ws, next + 2, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], LAST_YEAR);
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A2:M7' });
    expect(a.figures.tthc).toMatchObject({ received: 252 });
    const second = ofTable(a, 'table-second');
    expect(second.map((i) => [i.code, i.severity, i.cell])).toEqual([['duplicate-label', 'info', 'A11:M12']]);
    expect(said(second[0])).toContain('không có gì cho biết');
    expect(ofTable(a, 'other-candidate')).toEqual([]);
  });

  it("a budget of last year under this year's, each under its title and unit line: the other is named", async () => {
    const wb = commune();
    put(wb.getWorksheet('Thu chi NS')!, 10, [
      ['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2022'],
      [null, null, null, null, 'ĐVT: đồng'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['I', 'Tổng thu ngân sách xã', 6000000000, 6000000000, 5900000000],
      ['II', 'Tổng chi ngân sách xã', 5800000000, 5800000000, 5700000000],
    ]);
    const ws = wb.addWorksheet('TTHC');
    tthcTable(ws, 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], THIS_YEAR);
    const a = await roundTrip(wb);
    expect(a.figures.budget?.revenue.actual).toBe(1464000000);
    expect(ofTable(a, 'table-other-period').map((i) => [i.sheet, i.cell])).toEqual([['Thu chi NS', 'A12:E12']]);
  });
});

describe("a table's own period against the report's (item 3)", () => {
  async function clash(): Promise<Analysis> {
    const wb = commune();
    wb.getWorksheet('Thu chi NS')!.getCell('A1').value = 'BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I';
    const ws = wb.addWorksheet('TTHC');
    tthcTable(ws, 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', '(Số liệu từ ngày 01/01/2023 đến ngày 31/03/2023)'], THIS_YEAR);
    return roundTrip(wb);
  }

  it('a caption and a title naming the first quarter in a year report: a warning on each line, the period kept', async () => {
    const a = await clash();
    const w = ofTable(a, 'table-period-differs');
    expect(w.map((i) => [i.code, i.severity, i.sheet, i.cell, i.table])).toEqual([
      ['date-out-of-period', 'warning', 'TTHC', 'A2', 'tthc'],
      ['date-out-of-period', 'warning', 'Thu chi NS', 'A1', 'budget'],
    ]);
    expect(said(w[0])).toBe(
      'Dòng tiêu đề ở ô A2 sheet «TTHC» ghi bảng Kết quả giải quyết TTHC là số liệu từ 01/01/2023 đến 31/03/2023, khác kỳ báo cáo (năm 2023): số liệu của một kỳ đang được báo cáo cho kỳ khác.',
    );
    // The report period stays what the info sheet says.
    expect([a.info.periodStart, a.info.periodEnd]).toEqual([44927, 45291]);
    expect(a.figures.tthc).toMatchObject({ received: 252 });
  });

  it("the Word draft lists both warnings in its note on page 1 and marks each table's figures with the title's cell", async () => {
    const a = await clash();
    const xml = unzipDocx(await buildWordDraft(a))['word/document.xml'];
    const text = paragraphs(xml).join('\n');
    expect(text).toContain('(TTHC!A2)');
    expect(text).toContain('(Thu chi NS!A1)');
    expect(text).toContain('khác kỳ báo cáo (năm 2023)');
    expect(text).toContain('Số lượng hồ sơ tiếp nhận: 252 hồ sơ [cần xem lại: TTHC!A2]');
    expect(text).toMatch(/Thu ngân sách: thực hiện 1\.464\.000\.000 đồng, đạt 20,2% [^\n]*\[cần xem lại: Thu chi NS!A1\]/);
    // The period the draft states stays the info sheet's.
    expect(text).toContain('từ ngày 01/01/2023 đến ngày 31/12/2023');
  });

  it('titles that state the report period, or its whole year, raise nothing', async () => {
    const wb = commune(D(1, 1, 2023), D(31, 3, 2023));
    // A quarter's report under tables titled with the year ("… NĂM 2023") and with the quarter itself.
    const ws = wb.addWorksheet('TTHC');
    tthcTable(ws, 1, ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2023', '(Số liệu từ ngày 01/01/2023 đến ngày 31/03/2023)'], THIS_YEAR);
    const a = await roundTrip(wb);
    expect(ofTable(a, 'table-period-differs')).toEqual([]);
    expect(a.issues.filter((i) => i.code === 'date-out-of-period')).toEqual([]);
  });

  it("a table titled with last year's whole year in this year's report is said", async () => {
    const wb = commune();
    const ws = wb.addWorksheet('TTHC');
    tthcTable(ws, 1, ['KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2022'], THIS_YEAR);
    const a = await roundTrip(wb);
    const w = ofTable(a, 'table-period-differs');
    expect(w.map((i) => i.cell)).toEqual(['A1']);
    expect(said(w[0])).toContain('là số liệu năm 2022, khác kỳ báo cáo (năm 2023)');
  });
});

describe('rows hidden by a filter (item 14)', () => {
  it('are counted as Excel counts them, and one note says how many, at the first one', async () => {
    const wb = commune();
    tthcTable(wb.addWorksheet('TTHC'), 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], THIS_YEAR);
    const ws = wb.getWorksheet('CBCC')!;
    ws.autoFilter = 'A3:E11';
    for (let r = 7; r <= 11; r++) ws.getRow(r).hidden = true;
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
    const notes = a.issues.filter((i) => i.sentence === 'hidden-rows');
    expect(notes.map((i) => [i.code, i.severity, i.sheet, i.cell, i.table])).toEqual([['blank-row', 'info', 'CBCC', 'A7', 'staff']]);
    expect(said(notes[0])).toContain('có 5 dòng đang bị ẩn');
    expect(said(notes[0])).toContain('vẫn được đọc và tính vào số liệu');
    expect(brief(a).filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('a sheet with no hidden row gets no such note', async () => {
    const wb = commune();
    tthcTable(wb.addWorksheet('TTHC'), 1, ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], THIS_YEAR);
    const a = await roundTrip(wb);
    expect(a.issues.filter((i) => i.sentence === 'hidden-rows')).toEqual([]);
  });
});

describe('a list that stands at a day outside the period, and the TTHC caption (tester 6 item 16)', () => {
  async function asOf(staffTitle: string, tthcTitle = 'KẾT QUẢ GIẢI QUYẾT TTHC (Từ ngày 01/01/2023 đến ngày 30/09/2023)'): Promise<Analysis> {
    const wb = commune();
    wb.getWorksheet('CBCC')!.getCell('A1').value = staffTitle;
    tthcTable(wb.addWorksheet('TTHC'), 1, [tthcTitle], THIS_YEAR);
    return roundTrip(wb);
  }
  const draftOf = async (a: Analysis) => paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);

  it('a staff list «Tính đến ngày 31/12/2022» in a 2023 report gets the warning other tables get, and its headcount is marked', async () => {
    const a = await asOf('DANH SÁCH CBCC (Tính đến ngày 31/12/2022)');
    const staff = ofTable(a, 'table-period-differs').filter((i) => i.table === 'staff');
    expect(staff.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([['date-out-of-period', 'warning', 'CBCC', 'A1']]);
    expect(said(staff[0])).toContain('là số liệu tính đến 31/12/2022, khác kỳ báo cáo (năm 2023)');
    expect(said(staff[0], 'en')).toContain('as of 31/12/2022');
    const draft = await draftOf(a);
    expect(draft.find((p) => p.includes('Số lượng cán bộ, công chức'))).toContain('08 người [cần xem lại: CBCC!A1]');
  });

  it('the TTHC caption «(số liệu tính từ … đến …)» and the pending count are marked when the table states another period', async () => {
    const a = await asOf('DANH SÁCH CBCC (Tính đến ngày 31/12/2023)');
    expect(ofTable(a, 'table-period-differs').map((i) => [i.table, i.cell])).toEqual([['tthc', 'A1']]);
    const draft = await draftOf(a);
    expect(draft.find((p) => p.includes('(số liệu tính'))).toContain('từ ngày 01/01/2023 đến ngày 30/09/2023 [cần xem lại: TTHC!A1])');
    expect(draft.find((p) => p.includes('hồ sơ đang giải quyết'))).toContain('04 hồ sơ [cần xem lại: TTHC!A1]');
    // The list standing at the period's last day is the period's: no warning, no mark.
    expect(draft.find((p) => p.includes('Số lượng cán bộ, công chức'))).not.toContain('cần xem lại');
  });

  it('a day within the period is the period; a table whose title states the period marks nothing', async () => {
    const a = await asOf('DANH SÁCH CBCC (tính đến 30/6/2023)', 'KẾT QUẢ GIẢI QUYẾT TTHC NĂM 2023');
    expect(ofTable(a, 'table-period-differs')).toEqual([]);
    const draft = await draftOf(a);
    expect(draft.find((p) => p.includes('(số liệu tính'))).not.toContain('cần xem lại');
    expect(draft.find((p) => p.includes('hồ sơ đang giải quyết'))).not.toContain('cần xem lại');
  });
});
