/**
 * `npm run example`: writes examples/ba-bich-2023.xlsx, the seed report's data (UBND xã Ba Bích,
 * April 2023) kept the way a commune keeps it: its own sheet names, title rows, unit lines, a
 * two-level merged TTHC header with a numbering row, numbers typed as text, and the seed's
 * mistakes left in (see examples/README.md). The output is byte-identical from run to run
 * (fixed dates in the workbook and in the zip).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

const FONT = 'Times New Roman';
const FIXED_DATE = new Date(Date.UTC(2023, 3, 5, 8, 0, 0));
const d = (day: number, month: number, year: number) => new Date(Date.UTC(year, month - 1, day));
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

type Row = (string | number | Date | null)[];

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait' } });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function styleRow(
  ws: ExcelJS.Worksheet,
  r: number,
  from: number,
  to: number,
  o: { bold?: boolean; italic?: boolean; border?: boolean; center?: boolean; wrap?: boolean; size?: number },
) {
  for (let c = from; c <= to; c++) {
    const cell = ws.getCell(r, c);
    cell.font = { name: FONT, size: o.size ?? 12, bold: o.bold, italic: o.italic };
    if (o.border) cell.border = BOX;
    cell.alignment = { vertical: 'middle', wrapText: o.wrap ?? o.center, horizontal: o.center ? 'center' : undefined };
  }
}

/** A title line merged across the table's width. */
function title(ws: ExcelJS.Worksheet, r: number, text: string, width: number, o: { bold?: boolean; italic?: boolean } = { bold: true }) {
  ws.getCell(r, 1).value = text;
  ws.mergeCells(r, 1, r, width);
  styleRow(ws, r, 1, 1, { ...o, center: true });
}

function table(ws: ExcelJS.Worksheet, startRow: number, rows: Row[], formats: Record<number, string> = {}) {
  rows.forEach((values, i) => {
    const r = startRow + i;
    values.forEach((v, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      else if (typeof v === 'number' && formats[c + 1]) cell.numFmt = formats[c + 1];
    });
    styleRow(ws, r, 1, values.length, { border: true, wrap: true });
  });
}

function header(ws: ExcelJS.Worksheet, r: number, labels: string[]) {
  labels.forEach((l, c) => (ws.getCell(r, c + 1).value = l));
  styleRow(ws, r, 1, labels.length, { bold: true, border: true, center: true });
}

function info(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Thong tin', [28, 90]);
  title(ws, 1, 'THÔNG TIN CHUNG CỦA BÁO CÁO', 2);
  const rows: Row[] = [
    ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
    ['Cơ quan chủ quản', 'UBND HUYỆN BA TƠ'],
    ['Số ký hiệu', '/BC-UBND'],
    ['Địa danh', 'Ba Bích'],
    ['Ngày báo cáo', d(5, 4, 2023)],
    ['Từ ngày', d(8, 7, 2022)],
    ['Đến ngày', d(31, 3, 2023)],
    [
      'Trích yếu',
      'Sơ kết 02 năm thực hiện Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy về thực hiện Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy Quảng Ngãi',
    ],
    ['Quyền hạn ký', 'TM. ỦY BAN NHÂN DÂN'],
    ['Chức vụ người ký', 'CHỦ TỊCH'],
    ['Người ký', 'Phạm Văn Lương'],
    ['Nơi nhận', '- UBND huyện;\n- Phòng Nội vụ;\n- TT Đảng ủy xã;\n- TT HĐND xã;\n- CT, PCT UBND xã;\n- Lưu: VT.'],
    ['Số chữ số thập phân', 1],
  ];
  table(ws, 3, rows);
  ws.getRow(14).height = 96;
}

function indicators(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Chi tieu', [6, 70, 14, 14, 30]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 5);
  title(ws, 2, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU (QUYẾT ĐỊNH SỐ 1893/QĐ-UBND NGÀY 10/8/2022 CỦA UBND HUYỆN)', 5);
  header(ws, 4, ['STT', 'Tên chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)', 'Ghi chú']);
  table(ws, 5, [
    [1, 'Văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, được ký số chuyên dùng', 100, 100, 'Trừ văn bản mật'],
    [2, 'Hồ sơ công việc tại xã được xử lý trên môi trường mạng', 60, 80, 'Trừ văn bản mật'],
    [3, 'Mức độ hài lòng của người dân, tổ chức trong giải quyết thủ tục hành chính', '90%', '100%', 'Báo cáo số 137/BC-UBND ngày 15/8/2022'],
  ]);
}

function survey(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Khao sat HL', [6, 30, 14]);
  title(ws, 1, 'KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC VỀ MỨC ĐỘ HÀI LÒNG NĂM 2022', 3);
  title(ws, 2, '(Theo Báo cáo số 137/BC-UBND ngày 15/8/2022 của UBND xã)', 3, { italic: true });
  header(ws, 4, ['STT', 'Mức độ hài lòng', 'Tỷ lệ (%)']);
  table(ws, 5, [
    [1, 'Rất hài lòng', '84,80'],
    [2, 'Hài lòng', '13,43'],
    [3, 'Bình thường', '1,77'],
    [4, 'Không hài lòng', 0],
  ]);
}

/**
 * The clerk's list of the documents directing administrative reform in the period: the 9 of the
 * seed's footnote "Thống kê văn bản ban hành" (03 quyết định, 04 công văn, 02 kế hoạch). The seed's
 * other documents, and its three flawed ones, are cited in the narrative (see narrative()).
 */
function documents(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Van ban 2023', [6, 18, 14, 14, 90]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 5);
  title(ws, 2, 'THỐNG KÊ VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH VỀ CẢI CÁCH HÀNH CHÍNH', 5);
  title(ws, 3, '(Từ ngày 08/7/2022 đến ngày 31/3/2023)', 5, { italic: true });
  header(ws, 5, ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu nội dung']);
  const rows: [string, Date, string, string][] = [
    ['66/UBND', d(22, 9, 2022), 'Công văn', 'Về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)'],
    ['75/UBND', d(18, 10, 2022), 'Công văn', 'Về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)'],
    ['175/QĐ-UBND', d(28, 12, 2022), 'Quyết định', 'Về việc Ban hành Kế hoạch cải cách hành chính năm 2023'],
    [
      '17/UBND',
      d(8, 2, 2023),
      'Công văn',
      'Về việc tiếp tục thực hiện đăng nhập các hồ sơ tiếp nhận và trả kết quả trên Hệ thống thông tin giải quyết TTHC tỉnh',
    ],
    ['19/UBND', d(14, 2, 2023), 'Công văn', 'Về việc tiếp tục đẩy mạnh sử dụng dịch vụ công trực tuyến năm 2023'],
    ['20/QĐ-UBND', d(17, 2, 2023), 'Quyết định', 'Về việc phân công tham mưu, thực hiện nhiệm vụ UBND tỉnh giao tại kế hoạch CCHC năm 2023'],
    ['21/QĐ-UBND', d(17, 2, 2023), 'Quyết định', 'Về việc ban hành Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2023'],
    ['20/KH-UBND', d(28, 2, 2023), 'Kế hoạch', 'Tự kiểm tra việc thực hiện cải cách hành chính năm 2023'],
    ['36/KH-UBND', d(28, 3, 2023), 'Kế hoạch', 'Tuyên truyền cải cách hành chính năm 2023'],
  ];
  table(
    ws,
    6,
    rows.map(([num, date, type, summary], i) => [i + 1, num, date, type, summary]),
  );
}

function tthc(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'TTHC Q1', [6, 26, 10, 10, 12, 11, 10, 10, 10, 10, 10, 10, 10]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 13);
  title(ws, 2, 'BẢNG TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 13);
  title(ws, 3, '(Số liệu tính từ ngày 08/7/2022 đến ngày 31/3/2023)', 13, { italic: true });
  ws.getCell('M4').value = 'Đơn vị tính: Số hồ sơ';
  ws.getCell('M4').font = { name: FONT, size: 11, italic: true };
  ws.getCell('M4').alignment = { horizontal: 'right' };
  // Two-level header (Biểu 06): merged groups on row 6, their parts on row 7, column numbers on row 8.
  const top: [string, number, number][] = [
    ['STT', 1, 1],
    ['Lĩnh vực', 2, 2],
    ['Số hồ sơ nhận giải quyết', 3, 6],
    ['Số hồ sơ đã giải quyết', 7, 10],
    ['Số hồ sơ đang giải quyết', 11, 13],
  ];
  for (const [text, from, to] of top) {
    ws.getCell(6, from).value = text;
    if (from === to) ws.mergeCells(6, from, 7, from);
    else ws.mergeCells(6, from, 6, to);
  }
  const sub = [
    'Tổng số',
    'Trực tuyến',
    'Trực tiếp, bưu chính',
    'Kỳ trước chuyển sang',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
  ];
  sub.forEach((s, i) => (ws.getCell(7, i + 3).value = s));
  styleRow(ws, 6, 1, 13, { bold: true, border: true, center: true });
  styleRow(ws, 7, 1, 13, { bold: true, border: true, center: true });
  ws.getRow(7).height = 45;
  header(
    ws,
    8,
    Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
  );
  styleRow(ws, 8, 1, 13, { italic: true, border: true, center: true, size: 10 });
  const rows: Row[] = [
    [1, 'Hộ tịch', '142', 5, 137, 0, 142, 88, 0, 54, 0, 0, 0],
    [2, 'Chứng thực', 98, 0, 98, 0, 98, 61, 0, 37, 0, 0, 0],
    [3, 'Bảo trợ xã hội', 27, 2, 25, 0, 27, 14, 0, 13, 0, 0, 0],
    [4, 'Đất đai', 12, 0, 12, 0, '12', 6, 0, 6, 0, 0, 0],
    [5, 'Người có công', 10, 1, 9, 0, 10, 6, 0, 4, 0, 0, 0],
    [null, 'Tổng cộng', 289, 8, 281, 0, 289, 175, 0, 114, 0, 0, 0],
  ];
  table(ws, 9, rows);
  styleRow(ws, 14, 1, 13, { bold: true, border: true });
}

/**
 * The per-level summary a commune keeps of its cán bộ (11) and công chức (10), with the part-time
 * staff (12) beside them, and the shares as the seed printed them (4,8 / 81 / 14,2; 3/21 is 14,29%).
 */
function staff(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'CBCC', [26, 12, 12, 12, 12, 20]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 6);
  title(ws, 2, 'BIỂU THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC', 6);
  title(ws, 3, '(Tính đến ngày 31/3/2023)', 6, { italic: true });
  header(ws, 5, ['Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Tổng số', 'Tỷ lệ (%)', 'Không chuyên trách']);
  table(ws, 6, [
    ['Sau đại học', 0, 1, 1, 4.8, 0],
    ['Đại học', 8, 9, 17, 81, 1],
    ['Cao đẳng', 0, 0, 0, 0, 1],
    ['Trung cấp', 3, 0, 3, 14.2, 7],
    ['Chưa qua đào tạo', 0, 0, 0, 0, 3],
    ['Tổng cộng', 11, 10, 21, 100, 12],
  ]);
  styleRow(ws, 11, 1, 6, { bold: true, border: true });
}

function budget(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Thu chi NS', [6, 44, 18, 18, 18, 11]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 6);
  title(ws, 2, 'BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2023', 6);
  title(ws, 3, '(Số liệu đến ngày 30/03/2023)', 6, { italic: true });
  ws.getCell('F4').value = 'ĐVT: đồng';
  ws.getCell('F4').font = { name: FONT, size: 11, italic: true };
  ws.getCell('F4').alignment = { horizontal: 'right' };
  header(ws, 5, ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện quý I', 'Tỷ lệ (%)']);
  const money = { 3: '#,##0', 4: '#,##0', 5: '#,##0' };
  table(
    ws,
    6,
    [
      // The seed's unit slip: the total and its first part lost three zeros (1.464.000 and 1.095.000 against 369.000.000).
      ['I', 'Tổng thu ngân sách xã', 7239000000, 7239000000, '1.464.000', '25%'],
      ['1', 'Thu cân đối ngân sách cấp trên', 5763000000, 5763000000, 1095000, '19%'],
      ['2', 'Thu bổ sung có mục tiêu', 1476000000, 1476000000, 369000000, '25%'],
      ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992, '20%'],
    ],
    money,
  );
  styleRow(ws, 6, 1, 6, { bold: true, border: true });
  styleRow(ws, 9, 1, 6, { bold: true, border: true });
}

function investment(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Dau tu cong', [6, 44, 20, 22, 11]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 5);
  title(ws, 2, 'KẾT QUẢ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2023', 5);
  ws.getCell('E3').value = 'ĐVT: đồng';
  ws.getCell('E3').font = { name: FONT, size: 11, italic: true };
  header(ws, 5, ['STT', 'Nguồn vốn', 'Kế hoạch vốn giao năm 2023', 'Lũy kế giải ngân đến kỳ báo cáo', 'Tỷ lệ (%)']);
  table(ws, 6, [['1', 'Vốn đầu tư công ngân sách huyện', 380000000, 190000000, 50]], { 3: '#,##0', 4: '#,##0' });
}

/**
 * The seed's own paragraphs, verbatim, by section and part. They cite the seed's three flawed
 * documents (2.2: "08/KH-UBND xã"; 2.3: 38/KH-UBND of 23/02/2023; 2.7: 27/BC-UBND of 14/7/2023).
 * The opening paragraph is left out: it cites Công văn 712/UBND of 10/4/2023, after the report
 * date this example assumes (05/04/2023; the seed leaves the day blank).
 */
function narrative(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Thuyet minh', [8, 14, 120]);
  title(ws, 1, 'NỘI DUNG THUYẾT MINH BÁO CÁO', 3);
  header(ws, 3, ['Mục', 'Phần', 'Nội dung']);
  const R = 'Kết quả';
  const L = 'Hạn chế';
  const C = 'Nguyên nhân';
  const rows: [string, string | null, string][] = [
    [
      'I.1',
      R,
      'Ủy ban nhân dân xã Ba Bích đã tổ chức Hội nghị triển khai, quán triệt Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy về thực hiện Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy và Quyết định số 1893/QĐ-UBND ngày 10/8/2022 của UBND huyện đến toàn thể cán bộ, công chức, người hoạt động không chuyên trách xã.',
    ],
    [
      'I.2',
      R,
      'Thực hiện Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy về thực hiện Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy và Quyết định số 1893/QĐ-UBND ngày 10/8/2022 của UBND huyện; UBND xã đã ban hành kế hoạch CCHC năm 2023 (tại Quyết định số 175/QĐ-UBND ngày 28/12/2022), Quyết định về việc ban hành Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2023 (tại Quyết định số 21/QĐ-UBND ngày 17/02/2023 của UBND xã).',
    ],
    [
      '2.1',
      R,
      'Thực hiện các quy định, hướng dẫn của huyện về CCHC, Đảng ủy, HĐND xã, UBND xã, Chủ tịch UBND xã thường xuyên, liên tục chỉ đạo triển khai đầy đủ các kế hoạch, văn bản trong đó, xác định cụ thể từng nhiệm vụ phải thực hiện, tiến độ hoàn thành để yêu cầu bộ phận tham mưu xây dựng kế hoạch tổ chức thực hiện có hiệu quả.',
    ],
    [
      '2.1',
      R,
      'UBND xã đã tổ chức họp 02 cuộc họp định kỳ, để đánh giá thường xuyên, kịp thời, toàn diện kết quả thực hiện công tác CCHC của xã, đề ra các nhiệm vụ trọng tâm, giải pháp thiết thực, để làm cơ sở triển khai và tổ chức thực hiện.',
    ],
    [
      '2.1',
      R,
      'Có đổi mới và quyết liệt trong công tác chỉ đạo, điều hành về CCHC, trong đó: UBND xã đã bổ sung tiêu chí về kết quả thực hiện công tác cải cách hành chính và tiêu chí, kết quả hoàn thành nhiệm vụ việc cập nhật, xử lý dữ liệu hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính vào Quy chế đánh giá, xếp loại chất lượng hàng năm đối với công chức và những người hoạt động không chuyên trách thuộc thẩm quyền Chủ tịch UBND xã xếp loại chất lượng (tại Quyết định số 37/QĐ-UBND ngày 29/3/2023 của UBND xã).',
    ],
    [
      '2.1',
      L,
      'Công tác lãnh đạo, chỉ đạo thực hiện một số lĩnh vực công tác cải cách hành chính còn hạn chế, chưa quyết liệt dẫn đến trong triển khai nhiệm vụ còn chậm, kết quả đạt còn thấp so với yêu cầu quy định.',
    ],
    [
      '2.2',
      R,
      'Công tác xây dựng, ban hành văn bản quy phạm pháp luật (VBQPPL): UBND xã luôn thường xuyên quan tâm chỉ đạo công chức chuyên môn nghiên cứu các quy trình soạn thảo, thẩm định văn bản quy phạm pháp luật. Tuy nhiên, đến thời điểm báo cáo HĐND, UBND xã vẫn chưa ban hành văn bản QPPL; vì theo quy định hiện nay thì UBND cấp xã chỉ ban hành những văn bản QPPL do luật định quy định.',
    ],
    [
      '2.2',
      R,
      'Kết quả tổ chức thi hành pháp luật và theo dõi, thi hành pháp luật: UBND xã đã ban hành Kế hoạch số 25/KH-UBND ngày 13/3/2023 theo dõi tình hình thi hành pháp luật năm 2023 trên địa bàn xã Ba Bích.',
    ],
    [
      '2.2',
      R,
      'Kết quả thực hiện tuyên truyền, phổ biến giáo dục pháp luật: Công tác tuyên truyền, phổ biến giáo dục pháp luật ngày càng đáp ứng yêu cầu; UBND xã đã ban hành Kế hoạch số 10/KH-UBND ngày 03/02/2023 triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và nhiệm vụ xã đạt chuẩn tiếp cận pháp luật năm 2023;',
    ],
    [
      '2.2',
      R,
      'Kết quả kiểm tra, rà soát và hệ thống hóa văn bản QPPL: UBND xã đã ban hành Kế hoạch số 08/KH-UBND xã ngày 30/01/2023 rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2023.',
    ],
    [
      '2.3',
      R,
      'Rà soát, đơn giản hóa TTHC: UBND xã đã ban hành Quyết định số 18/QĐ-UBND ngày 10/02/2023 ban hành Kế hoạch hoạt động kiểm soát TTHC năm 2023; Kế hoạch số 13/KH-UBND ngày 13/02/2023 rà soát, đánh giá TTHC năm 2023 và Kế hoạch số 38/KH-UBND ngày 23/02/2023 truyền thông về hoạt động kiểm soát TTHC năm 2023.',
    ],
    [
      '2.3',
      R,
      'Về niêm yết công khai, minh bạch TTHC: Tất cả các TTHC, sau khi có Quyết định công bố của huyện, tỉnh đều được UBND xã triển khai tổ chức niêm yết đầy đủ bằng bảng giấy tại trụ sở cơ quan, đơn vị; đăng tải công khai trên trang điện tử xã. Việc niêm yết, công khai đầy đủ các TTHC và kịp thời cập nhật các TTHC đã được sửa đổi, bổ sung, hủy bỏ, bãi bỏ của các ngành, lĩnh vực đã tạo điều kiện thuận lợi cho các cá nhân, tổ chức, cơ quan, đơn vị trong việc tra cứu, tìm hiểu khi có nhu cầu thực hiện TTHC.',
    ],
    [
      '2.3',
      R,
      'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC: Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; UBND xã đã ban hành: Thông báo số 07/TB-UBND ngày 09/02/2023 việc tiếp nhận xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC; Quyết định số 38/QĐ-UBND ngày 30/3/2023 kiện toàn Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa tại UBND xã Ba Bích;',
    ],
    [
      '2.3',
      R,
      'Về cơ sở vật chất, trang thiết bị, phần mềm ứng dụng: Việc bố trí trang thiết bị cho Bộ phận tiếp nhận và trả kết quả tương đối đầy đủ, đã trang bị 04 máy vi tính, máy in, 01 máy scan (được cấp), ghế ngồi, bàn làm việc, quạt và một số trang thiết bị khác.',
    ],
    [
      '2.3',
      R,
      'Tổng số công chức làm việc tại Bộ phận Một cửa 04 công chức gồm: Văn phòng - Thống kê: 01; Văn hóa - Xã hội: 01; Địa chính-NN-Đ&MT: 01; Tư pháp - Hộ tịch: 01.',
    ],
    [
      '2.3',
      R,
      'Chế độ hỗ trợ cho cán bộ, công chức: Chi theo Nghị quyết số 35/2022/NQ-HĐND ngày 07/12/2022 của HĐND tỉnh; Quyết định số 132/QĐ-UBND ngày 22/02/2023 của UBND tỉnh; Công văn số 85/TCKH ngày 01/3/2023 của Phòng Tài chính - Kế hoạch về việc phân bổ kinh phí hỗ trợ cho CBCCC làm việc tại Bộ phận Một cửa các cấp trên địa bàn huyện Ba Tư năm 2023.',
    ],
    [
      '2.3',
      L,
      'Việc tiếp nhận và xử lý hồ sơ thủ tục hành chính trên Hệ thống phần mềm một cửa điện tử phiên bản 2.0 nhiều hồ sơ tuy đã xử lý xong nhưng chậm kết thúc trên phần mềm, dẫn đến hồ sơ bị xếp vào tình trạng giải quyết bị trễ hạn (hiện nay, việc xử lý hồ sơ trên phần mềm được tính theo thời gian thực giải quyết hồ sơ (giờ, phút, giây) theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ).',
    ],
    [
      '2.3',
      C,
      'Nguyên nhân khách quan: Việc xử lý hồ sơ trên hệ thống một cửa mặc dù UBND xã đã tổ chức trả văn bản giấy cho tổ chức, công dân theo đúng quy định, tuy nhiên việc xử lý hồ sơ trên phần mềm, có lúc phần mềm bị lỗi nên dẫn đến hồ sơ bị xếp vào tình trạng giải quyết bị trễ hạn.',
    ],
    ['2.3', C, 'Nguyên nhân chủ quan: Việc xử lý hồ sơ trên phần mềm của cán bộ lãnh đạo có lúc chưa kịp thời.'],
    [
      '2.4',
      R,
      'Về kết quả thực hiện các quy định về phân cấp quản lý nhà nước giữa các cấp chính quyền: Thực hiện theo quy định về phân cấp, quản lý tổ chức bộ máy, vị trí việc làm, biên chế, số lượng người làm việc trong cơ quan, đơn vị thuộc xã Ba Bích.',
    ],
    ['2.5', R, 'UBND xã đã ban hành Kế hoạch số 27/KH-UBND ngày 15/3/2023 đào tạo, bồi dưỡng cán bộ, công chức xã năm 2023.'],
    [
      '2.5',
      R,
      'Về quản lý, bố trí, sử dụng cán bộ, công chức: Việc bố trí, sử dụng cán bộ, công chức đảm bảo đúng quy định: UBND xã đã ban hành Kế hoạch số 19/KH-UBND ngày 28/02/2023 kỳ chuyển đổi vị trí công tác đối với công chức năm 2023 theo Nghị định 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ; Báo cáo số 38/BC-UBND ngày 28/02/2023 kết quả thực hiện rà soát, thực hiện chuyển đổi vị trí công tác năm 2023.',
    ],
    [
      '2.5',
      R,
      'Tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức UBND xã đã ban hành các văn bản chỉ đạo cụ thể: Quyết định số 15/QĐ-UBND ngày 01/02/2023 kiện toàn Tổ kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính; Kế hoạch số 06/KH-UBND ngày 17/01/2023 về triển khai, thực hiện quy định một số biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính năm 2023; Kế hoạch số 07/KH-UBND ngày 18/01/2023 về kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2023.',
    ],
    [
      '2.5',
      R,
      'Thực hiện Quyết định số 48/2021/QĐ-UBND ngày 22/9/2021 của Ủy ban nhân dân tỉnh Quảng Ngãi: Cán bộ, công chức xã chấp hành nghiêm túc về thời giờ làm việc đúng theo nội quy quy chế của UBND xã.',
    ],
    [
      '2.5',
      R,
      'Cán bộ, công chức xã thực hiện nghiêm túc Chỉ thị số 31-CT/TU ngày 13/6/2014 của Ban Thường vụ Tỉnh ủy; không dùng bia, rượu trong trong giờ hành chính và giờ nghỉ trưa của các ngày làm việc.',
    ],
    [
      '2.5',
      L,
      'Căn cứ các quy định thì đội ngũ cán bộ, công chức tại xã đảm bảo đạt chuẩn theo qui định, tuy nhiên trong giải quyết công việc vẫn còn một vài đồng chí chưa năng động trong công tác.',
    ],
    [
      '2.6',
      R,
      'Tiến độ, kết quả thực hiện thu, chi ngân sách nhà nước theo Kế hoạch được giao: Thực hiện quyết định số 950/QĐ-UBND ngày 16/12/2022 của UBND huyện Ba Tơ về việc giao dự toán thu ngân sách nhà nước trên địa bàn và chi ngân sách huyện năm 2023; UBND xã đã ban hành Quyết định số 176/QĐ-UBND ngày 28/12/2022 của UBND xã Ba Bích về việc giao dự toán thu ngân sách nhà nước trên địa bàn và chi ngân sách xã năm 2023; Quyết định số 13/QĐ-UBND ngày 16/01/2023 về ban hành Quy chế quản lý và sử dụng tài sản công năm 2023; Quyết định số 14/QĐ-UBND ngày 16/01/2023 về ban hành Quy chế chi tiêu nội bộ.',
    ],
    [
      '2.7',
      R,
      'Ban hành Quyết định số 161/QĐ-UBND ngày 28/11/2022 về việc phân công công chức chuyên trách, kiêm nhiệm làm công tác chuyển đổi số, công tác an toàn thông tin mạng.',
    ],
    [
      '2.7',
      R,
      'Thực hiện khảo sát hiện trạng thiết bị và đề xuất nhu cầu trang thiết bị Camera tại bộ phận một cửa: 01 giám sát tổng thể, 01 giám sát việc tiếp nhận và trả lời kết quả (Tại Báo cáo số 27/BC-UBND ngày 14/7/2023).',
    ],
    [
      '2.7',
      R,
      'UBND xã đã ban hành Kế hoạch số 28/KH-UBND ngày 16/3/2023 duy trì, cải tiến, áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 trên địa bàn xã năm 2023; Kế hoạch số 29/KH-UBND ngày 16/3/2023 ứng dụng Công nghệ thông tin trong hoạt động của UBND xã Ba Bích năm 2023.',
    ],
    [
      '2.7',
      R,
      '100% văn bản được xử lý trên môi trường mạng (trừ văn bản mật); Văn bản điện tử phát hành được ký số trên hệ thống phần mềm quản lý văn bản Office đạt tỷ lệ trên 90%; 100% cán bộ, công chức đều có tài khoản mail công vụ của tỉnh và thường xuyên sử dụng mail công vụ để trao đổi công việc.',
    ],
    [
      '2.7',
      R,
      'Ban hành Thông báo số 09/TB-UBND ngày 27/02/2023 về việc chính thức vận hành Cổng thông tin điện tử xã Ba Bích; trang thông tin điện tử xã được duy trì hoạt động tạo thuận tiện cho người dân tham gia truy cập, khai thác thông tin.',
    ],
    [
      '2.7',
      L,
      'Việc ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính của cán bộ, công chức ở địa phương vẫn còn nhiều hạn chế, chưa đồng đều, nhất kỹ năng, thao tác trong thực hiện liên quan TTHC, dịch vụ công trực tuyến, số hóa hồ sơ.',
    ],
    [
      'III',
      R,
      'Công tác CCHC được Đảng ủy, HĐND, UBND xã xác định là nội dung quan trọng, thường xuyên của cơ quan, đơn vị. Để đạt được mục tiêu đặt ra, ngay từ đầu năm 2023, UBND xã đã đổi mới công tác chỉ đạo, điều hành và tổ chức thực hiện công tác CCHC trên địa bàn xã và thường xuyên, liên tục chỉ đạo triển khai đầy đủ các văn bản, nhiệm vụ CCHC. Ban hành các văn bản để làm cơ sở triển khai thực hiện nhiệm vụ CCHC theo chương trình tổng thể CCHC giai đoạn 2021 - 2025 do tỉnh giao, huyện giao, của xã và đã đạt được những kết quả quan trọng trên các lĩnh vực, góp phần thực hiện các nhiệm vụ phát triển kinh tế - xã hội của xã.',
    ],
    [
      'III',
      L,
      'Việc tham mưu, triển khai khắc phục Chỉ số cải cách hành chính (PAR INDEX) năm 2022 đã chỉ ra triển khai chậm, chưa được tập trung thực hiện quyết liệt.',
    ],
    ['III', L, 'Đến thời điểm báo cáo xã chưa có cá nhân đăng ký mô hình, sáng kiến, giải pháp mới về lĩnh vực CCHC.'],
    [
      'III',
      L,
      'Trang thông tin điện tử cấp xã tuy đã có chuyển biến, đã được tập huấn nhưng việc triển khai cập nhật, duy trì đảm bảo quy định thực hiện tiến độ còn chậm, chưa đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định.',
    ],
    [
      'III',
      L,
      'Việc số hóa hồ sơ, kết quả giải quyết TTHC đã được triển khai thực hiện tại Bộ phận Một cửa xã, đã qua tập huấn tuy nhiên xã vẫn còn lúng túng, hiểu chưa thống nhất trong quá trình thực hiện, chưa xác định được thành phần hồ sơ cần số hóa.',
    ],
    ['III', L, 'Việc duy trì và áp dụng Hệ thống quản lý chất lượng (ISO 9001) thực hiện chưa thường xuyên, chưa thành nền nếp, chưa có hiệu quả thiết thực.'],
    [
      'III',
      C,
      'Nguyên nhân khách quan: Do đặc thù là xã miền núi, dân tộc thiểu số chiếm trên 96%, trình độ dân trí thấp, việc tiếp cận về công nghệ thông tin của người dân còn nhiều hạn chế; bên cạnh đó hệ thống phần mềm chưa hoàn thiện, công dịch vụ công đôi lúc còn lỗi, chưa đáp ứng được việc giao dịch của cơ quan với người dân, doanh nghiệp.',
    ],
    [
      'III',
      C,
      'Nguyên nhân chủ quan: Công tác lãnh đạo, chỉ đạo thực hiện một số lĩnh vực công tác cải cách hành chính còn hạn chế, chưa quyết liệt, chậm đổi mới.',
    ],
    ['III', C, 'Công tác phối hợp giữa các bộ phận tham mưu chưa nhịp nhàng, đồng bộ.'],
    [
      'III',
      C,
      'Chất lượng một số cán bộ, công chức còn hạn chế, chưa đồng đều; chưa đáp ứng yêu cầu nhiệm vụ trong tình hình (nhất kỹ năng, thao tác trong thực hiện liên quan TTHC, dịch vụ công trực tuyến, số hóa hồ sơ, ... chưa nắm kỹ, thuần thục, thậm chí có nội dung không nắm), chưa nêu cao tinh thần trách nhiệm ảnh hưởng đến chất lượng phục vụ người dân, doanh nghiệp.',
    ],
    ['IV.1', null, 'Phân đầu năm 2023, Chỉ số PAR INDEX của xã xếp thứ hạng từ 10/19 UBND các xã, thị trấn, xếp mức từ hoàn thành tốt nhiệm vụ.'],
    [
      'IV.2',
      null,
      'Tiếp tục triển khai thực hiện nhiệm vụ Kế hoạch CCHC năm 2023 do UBND tỉnh, UBND huyện giao và UBND của xã đã xác định, trong đó: Tập trung, thực hiện quyết liệt trong công tác lãnh đạo, chỉ đạo triển khai khắc phục hạn chế đã chỉ ra trong kế hoạch của UBND xã về khắc phục và nâng cao Chỉ số cải cách hành chính (PARINDEX) năm 2023 tại Quyết định số 21/QĐ-UBND ngày 17/02/2023 của UBND xã.',
    ],
    [
      'IV.2',
      null,
      'Tiếp tục triển khai tăng cường thông tin, tuyên truyền về ý nghĩa, kết quả các chỉ số PAR INDEX, các chỉ số PCI tới cán bộ, công chức, người dân, tổ chức để nâng cao nhận thức, tinh thần trách nhiệm và sự đồng thuận xã hội đối với công tác CCHC và nâng cao năng lực cạnh tranh xã, đề ra biện pháp cụ thể nhằm khắc phục những tồn tại, hạn chế và triển khai có hiệu quả các nhiệm vụ CCHC được giao, nhất là các hạn chế, khuyết điểm đã chỉ ra về chỉ số CCHC xã năm 2022.',
    ],
    [
      'IV.2',
      null,
      'Tiếp tục triển khai thực hiện có hiệu quả công tác kiểm tra, rà soát, hệ thống hóa văn bản QPPL của xã đã ban hành để kịp thời phát hiện và xử lý các quy định chồng chéo, mâu thuẫn, trái pháp luật, hết hiệu lực hoặc không còn phù hợp với tình hình thực tiễn của địa phương; thực hiện công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình thi hành pháp luật; đổi mới công tác kiểm tra, theo dõi, đánh giá việc thực hiện trách nhiệm quản lý nhà nước trong công tác tổ chức thi hành pháp luật trên địa bàn xã.',
    ],
    [
      'IV.2',
      null,
      'Thực hiện số hóa hồ sơ, kết quả giải quyết TTHC đảm bảo thời gian quy định, hạn chế thấp nhất để trễ hẹn hồ sơ; triển khai thực hiện kết nối cơ sở dữ liệu quốc gia về dân cư với hoạt động tiếp nhận hồ sơ, giải quyết TTHC và các lĩnh vực liên quan.',
    ],
    [
      'IV.2',
      null,
      'Tiếp tục đẩy mạnh việc cung cấp thông tin, dịch vụ công trực tuyến; thanh toán trực tuyến bằng những biện pháp, việc làm phù hợp điều kiện địa phương nhằm để phục vụ người dân và doanh nghiệp nhanh chóng, chính xác, thuận tiện, giảm chi phí thực hiện TTHC theo hướng thực hiện đảm bảo quy định; tập trung có giải pháp phù hợp, hiệu quả giải quyết TTHC tại Bộ phận một cửa xã kịp thời đảm bảo yêu cầu, hạn chế tối đa để quá hạn trong giải quyết TTHC; tiếp tục triển khai và thực hiện theo kế hoạch đã xác định về chuyển đổi số, các nhiệm vụ thực hiện theo Đề án 06 của Chính phủ; các nhiệm vụ huyện chỉ đạo về tái cấu trúc hoặc đổi mới mô hình, quy trình hoạt động kết hợp với áp dụng công nghệ số, dữ liệu số trong chỉ đạo, điều hành, phát triển kinh tế - xã hội.',
    ],
    [
      'V',
      null,
      'Kính đề nghị UBND huyện, Phòng Ban chuyên môn huyện tiếp tục quan tâm, giúp đỡ, hỗ trợ xã trong quá trình thực hiện một số lĩnh vực công tác cải cách hành chính còn hạn chế, chưa nắm kỹ, thuần thục nhất kỹ năng, thao tác số hóa hồ sơ.',
    ],
    [
      'V',
      null,
      'Bộ phận một cửa xã cơ bản được trang bị cơ sở vật chất phục vụ việc giải quyết TTHC cho cá nhân, tổ chức; tuy nhiên, vẫn còn chưa đảm bảo theo quy định (thiếu màn hình điện tử, Camera tại bộ phận một cửa: 01 giám sát tổng thể, 01 giám sát việc tiếp nhận và trả lời kết quả, ...) kính đề nghị UBND huyện bố trí kinh phí hàng năm cho việc thực hiện CHCC tại xã.',
    ],
  ];
  table(ws, 4, rows);
}

export function buildExample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'UBND xã Ba Bích';
  wb.lastModifiedBy = 'Văn phòng - Thống kê';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  info(wb);
  indicators(wb);
  survey(wb);
  documents(wb);
  tthc(wb);
  staff(wb);
  budget(wb);
  investment(wb);
  narrative(wb);
  return wb;
}

/** exceljs stamps zip entries with the current time: re-pack with a fixed time so the bytes repeat. */
export function repack(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipSync(files, { level: 6, mtime: FIXED_DATE });
}

export async function exampleBytes(): Promise<Uint8Array> {
  const buf = await buildExample().xlsx.writeBuffer();
  return repack(new Uint8Array(buf as ArrayBuffer));
}

async function main(): Promise<void> {
  const out = path.resolve(__dirname, '..', 'examples', 'ba-bich-2023.xlsx');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await exampleBytes());
  process.stdout.write(`Đã ghi ví dụ: ${path.relative(process.cwd(), out)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
