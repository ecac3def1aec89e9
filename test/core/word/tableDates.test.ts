/**
 * The draft dates a table's figures by the table's own title when it states a period or a day (tester 6 items
 * 16 and 25): the budget's «(Số liệu … đến ngày 30/03/2023)» wins over the report period's end and is marked
 * when it differs; no stated date: the period's end; neither: the blank. A TTHC table of another period has its
 * caption and every count the draft says of it marked. Workbooks written as a commune keeps them, read back, the
 * .docx written to disk and opened.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { paragraphXml, paragraphs, unzipDocx } from './fixture';
import { tempDir } from '../../helpers/xlsx';
import type { Analysis } from '../../../src/core/analyze';
import { TTHC_SUB, TTHC_TOP } from '../../helpers/tthcHeader';

const D = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
const HIGHLIGHT = '<w:highlight w:val="yellow"/>';
const BUDGET_CAPTION = 'Kết quả thực hiện dự toán thu, chi ngân sách đến thời điểm báo cáo';
const TTHC_CAPTION = 'Tình hình, kết quả giải quyết thủ tục hành chính trong kỳ báo cáo';

/** A commune's info sheet (period `from`–`to`, none when null) and budget under `titles`. */
function commune(titles: string[], period: [Date, Date] | null): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['THÔNG TIN CHUNG'],
    [],
    ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
    ...(period
      ? [
          ['Từ ngày', period[0]],
          ['Đến ngày', period[1]],
        ]
      : []),
    ['Người ký', 'Nguyễn Thị Lan'],
  ]);
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ...titles.map((t) => [t]),
    [null, null, null, null, 'ĐVT: đồng'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', 7239000000, 7239000000, 1464000000],
    ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
  ]);
  return wb;
}

/** The draft of `a` written to disk and opened: its body's paragraphs' text and XML. */
async function draft(a: Analysis): Promise<{ text: string; xml: string }> {
  const file = path.join(tempDir('cchc-table-dates-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  const xml = unzipDocx(new Uint8Array(fs.readFileSync(file)))['word/document.xml'];
  return { text: paragraphs(xml).join('\n'), xml };
}

/** The lines between the appendix's TTHC heading and its table's first header cell. */
const appendixLines = (text: string): string[] => {
  const lines = text.split('\n');
  const from = lines.indexOf('1. Kết quả giải quyết thủ tục hành chính');
  return lines.slice(from + 1, lines.indexOf('Lĩnh vực', from)).filter((l) => l.trim() !== '');
};
const line = (text: string, start: string) => text.split('\n').find((l) => l.includes(start));

describe("the budget's date (item 25)", () => {
  it('a caption stating the day the figures stand at wins over the period end, highlighted with its cell', async () => {
    const a = await roundTrip(
      commune(
        ['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2023', '(Số liệu từ ngày 01/01/2023 đến ngày 30/03/2023)'],
        [D(1, 1, 2023), D(31, 3, 2023)],
      ),
    );
    const { text, xml } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày 30/03/2023 [cần xem lại: Thu chi NS!A2]):`);
    expect(paragraphXml(xml, BUDGET_CAPTION)).toContain(HIGHLIGHT);
    // The period the report states stays the info sheet's.
    expect(text).toContain('từ ngày 01/01/2023 đến ngày 31/03/2023');
  });

  it("a quarter's title ending on the period's end: that date, not highlighted", async () => {
    const a = await roundTrip(commune(['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2023'], [D(8, 7, 2022), D(31, 3, 2023)]));
    const { text, xml } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày 31/03/2023):`);
    expect(paragraphXml(xml, BUDGET_CAPTION)).not.toContain(HIGHLIGHT);
  });

  it("no date in the budget's title: the report period's end, never the blank", async () => {
    const a = await roundTrip(commune(['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ'], [D(1, 1, 2023), D(30, 6, 2023)]));
    const { text } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày 30/06/2023):`);
  });

  it("a plan's whole year in the title of a quarter's report: the period's end", async () => {
    const a = await roundTrip(commune(['THU CHI NGÂN SÁCH XÃ NĂM 2023'], [D(1, 1, 2023), D(31, 3, 2023)]));
    const { text } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày 31/03/2023):`);
  });

  it("no period anywhere but the title's year («NĂM 2023», budget_header_c): the year's end, to check", async () => {
    const a = await roundTrip(commune(['THU CHI NGÂN SÁCH XÃ NĂM 2023'], null));
    expect(a.info.periodEnd).toBeNull();
    const { text, xml } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày 31/12/2023 [cần xem lại: Thu chi NS!A1]):`);
    expect(paragraphXml(xml, BUDGET_CAPTION)).toContain(HIGHLIGHT);
  });

  it('neither a period nor a date: the blank stays', async () => {
    const a = await roundTrip(commune(['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ'], null));
    const { text } = await draft(a);
    expect(line(text, BUDGET_CAPTION)).toBe(`- ${BUDGET_CAPTION} (đến ngày [.../.../...]):`);
  });
});

describe('a TTHC table of another period (item 16, the draft)', () => {
  // The tester's workbook: a 2023 report whose TTHC title states 01/01/2023 to 30/09/2023.
  const FILE = '/work/tester-files/t6/files/staff_as_of_2022_tthc_9months.xlsx';
  const ROWS = [
    [1, 'Hộ tịch', 142, 5, 137, 0, 140, 88, 30, 22, 2, 2, 0],
    [2, 'Đất đai', 110, 10, 100, 0, 108, 67, 37, 4, 2, 1, 1],
    [null, 'Tổng cộng', 252, 15, 237, 0, 248, 155, 67, 26, 4, 3, 1],
  ];

  async function nineMonths(caption: string): Promise<Analysis> {
    const wb = commune(['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], [D(1, 1, 2023), D(31, 12, 2023)]);
    const ws = wb.addWorksheet('TTHC');
    put(ws, 1, [[caption], TTHC_TOP, TTHC_SUB, ...ROWS]);
    ws.mergeCells('C2:F2');
    ws.mergeCells('G2:J2');
    ws.mergeCells('K2:M2');
    return roundTrip(wb);
  }

  it("the caption says the table's own period and every count of it is marked with the title's cell", async () => {
    const a = await nineMonths('KẾT QUẢ GIẢI QUYẾT TTHC TỪ NGÀY 01/01/2023 ĐẾN NGÀY 30/09/2023');
    expect(a.issues.filter((i) => i.sentence === 'table-period-differs').map((i) => `${i.sheet}!${i.cell}`)).toEqual(['TTHC!A1']);
    const { text, xml } = await draft(a);
    expect(line(text, TTHC_CAPTION)).toBe(`- ${TTHC_CAPTION} (số liệu tính từ ngày 01/01/2023 đến ngày 30/09/2023 [cần xem lại: TTHC!A1]):`);
    expect(paragraphXml(xml, TTHC_CAPTION)).toContain(HIGHLIGHT);
    expect(text).toContain('Số lượng hồ sơ tiếp nhận: 252 hồ sơ [cần xem lại: TTHC!A1]');
    expect(text).toContain(
      'Số lượng hồ sơ đang giải quyết: 04 hồ sơ [cần xem lại: TTHC!A1] (trong hạn 03 hồ sơ [cần xem lại: TTHC!A1]; quá hạn 01 hồ sơ [cần xem lại: TTHC!A1]).',
    );
    expect(paragraphXml(xml, 'Số lượng hồ sơ đang giải quyết')).toContain(HIGHLIGHT);
    expect(text).toMatch(/được tiếp nhận trực tuyến: [\d,]+% \(15\/252 hồ sơ\) \[cần xem lại: TTHC!A1\]\./);
    // The appendix's table is read apart from the text: its own period, marked, under its heading.
    expect(appendixLines(text)).toEqual(['(Số liệu tính từ ngày 01/01/2023 đến ngày 30/09/2023 [cần xem lại: TTHC!A1])', 'Đơn vị tính: hồ sơ']);
    expect(paragraphXml(xml, '(Số liệu tính từ ngày 01/01/2023')).toContain(HIGHLIGHT);
  });

  it('a title stating the report period itself: the caption says it, nothing marked', async () => {
    const a = await nineMonths('KẾT QUẢ GIẢI QUYẾT TTHC TỪ NGÀY 01/01/2023 ĐẾN NGÀY 31/12/2023');
    const { text, xml } = await draft(a);
    expect(line(text, TTHC_CAPTION)).toBe(`- ${TTHC_CAPTION} (số liệu tính từ ngày 01/01/2023 đến ngày 31/12/2023):`);
    expect(paragraphXml(xml, TTHC_CAPTION)).not.toContain(HIGHLIGHT);
    expect(text).toContain('Số lượng hồ sơ đang giải quyết: 04 hồ sơ (trong hạn');
    expect(appendixLines(text)).toEqual(['Đơn vị tính: hồ sơ']);
  });

  (fs.existsSync(FILE) ? it : it.skip)("the tester's workbook (staff_as_of_2022_tthc_9months.xlsx)", async () => {
    const { readSnapshotFromXlsx } = await import('../../../src/hosts/file');
    const { analyze } = await import('../../../src/core/analyze');
    const { text } = await draft(analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(FILE)))));
    expect(line(text, TTHC_CAPTION)).toContain('từ ngày 01/01/2023 đến ngày 30/09/2023 [cần xem lại: TTHC!A1]');
    expect(text).toContain('đang giải quyết: 04 hồ sơ [cần xem lại: TTHC!A1]');
  });
});
