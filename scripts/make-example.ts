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

function styleRow(ws: ExcelJS.Worksheet, r: number, from: number, to: number, o: { bold?: boolean; italic?: boolean; border?: boolean; center?: boolean; wrap?: boolean; size?: number }) {
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
 * The register of documents UBND xã (and its chairman) issued that the seed cites, in or around the
 * period: the 9 of the seed's footnote (group "Chỉ đạo, điều hành CCHC") and the others it names.
 */
function documents(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Van ban 2023', [6, 18, 14, 14, 80, 26]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 6);
  title(ws, 2, 'SỔ THEO DÕI VĂN BẢN BAN HÀNH VỀ CẢI CÁCH HÀNH CHÍNH', 6);
  title(ws, 3, '(Từ ngày 08/7/2022 đến ngày 31/3/2023)', 6, { italic: true });
  header(ws, 5, ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu nội dung', 'Nhóm']);
  const CD = 'Chỉ đạo, điều hành CCHC';
  const rows: [string, Date, string, string, string][] = [
    ['66/UBND', d(22, 9, 2022), 'Công văn', 'Về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)', CD],
    ['75/UBND', d(18, 10, 2022), 'Công văn', 'Về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)', CD],
    ['161/QĐ-UBND', d(28, 11, 2022), 'Quyết định', 'Phân công công chức chuyên trách, kiêm nhiệm làm công tác chuyển đổi số, an toàn thông tin mạng', 'Chính quyền điện tử'],
    ['175/QĐ-UBND', d(28, 12, 2022), 'Quyết định', 'Ban hành Kế hoạch cải cách hành chính năm 2023', CD],
    ['176/QĐ-UBND', d(28, 12, 2022), 'Quyết định', 'Giao dự toán thu ngân sách nhà nước trên địa bàn và chi ngân sách xã năm 2023', 'Tài chính công'],
    ['13/QĐ-UBND', d(16, 1, 2023), 'Quyết định', 'Ban hành Quy chế quản lý và sử dụng tài sản công năm 2023', 'Tài chính công'],
    ['14/QĐ-UBND', d(16, 1, 2023), 'Quyết định', 'Ban hành Quy chế chi tiêu nội bộ', 'Tài chính công'],
    ['06/KH-UBND', d(17, 1, 2023), 'Kế hoạch', 'Triển khai, thực hiện quy định một số biện pháp chấn chỉnh kỷ luật, kỷ cương hành chính năm 2023', 'Chế độ công vụ'],
    ['07/KH-UBND', d(18, 1, 2023), 'Kế hoạch', 'Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính năm 2023', 'Chế độ công vụ'],
    ['08/KH-UBND xã', d(30, 1, 2023), 'Kế hoạch', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2023', 'Cải cách thể chế'],
    ['15/QĐ-UBND', d(1, 2, 2023), 'Quyết định', 'Kiện toàn Tổ kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính', 'Chế độ công vụ'],
    ['10/KH-UBND', d(3, 2, 2023), 'Kế hoạch', 'Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2023', 'Cải cách thể chế'],
    ['17/UBND', d(8, 2, 2023), 'Công văn', 'Tiếp tục thực hiện đăng nhập hồ sơ tiếp nhận và trả kết quả trên Hệ thống thông tin giải quyết TTHC tỉnh', CD],
    ['07/TB-UBND', d(9, 2, 2023), 'Thông báo', 'Tiếp nhận xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC', 'Thủ tục hành chính'],
    ['18/QĐ-UBND', d(10, 2, 2023), 'Quyết định', 'Ban hành Kế hoạch hoạt động kiểm soát TTHC năm 2023', 'Thủ tục hành chính'],
    ['13/KH-UBND', d(13, 2, 2023), 'Kế hoạch', 'Rà soát, đánh giá TTHC năm 2023', 'Thủ tục hành chính'],
    ['19/UBND', d(14, 2, 2023), 'Công văn', 'Tiếp tục đẩy mạnh sử dụng dịch vụ công trực tuyến năm 2023', CD],
    ['20/QĐ-UBND', d(17, 2, 2023), 'Quyết định', 'Phân công tham mưu, thực hiện nhiệm vụ UBND tỉnh giao tại kế hoạch CCHC năm 2023', CD],
    ['21/QĐ-UBND', d(17, 2, 2023), 'Quyết định', 'Ban hành Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2023', CD],
    ['38/KH-UBND', d(23, 2, 2023), 'Kế hoạch', 'Truyền thông về hoạt động kiểm soát TTHC năm 2023', 'Thủ tục hành chính'],
    ['09/TB-UBND', d(27, 2, 2023), 'Thông báo', 'Chính thức vận hành Cổng thông tin điện tử xã Ba Bích', 'Chính quyền điện tử'],
    ['19/KH-UBND', d(28, 2, 2023), 'Kế hoạch', 'Chuyển đổi vị trí công tác đối với công chức năm 2023', 'Chế độ công vụ'],
    ['20/KH-UBND', d(28, 2, 2023), 'Kế hoạch', 'Tự kiểm tra việc thực hiện cải cách hành chính năm 2023', CD],
    ['38/BC-UBND', d(28, 2, 2023), 'Báo cáo', 'Kết quả rà soát, thực hiện chuyển đổi vị trí công tác năm 2023', 'Chế độ công vụ'],
    ['25/KH-UBND', d(13, 3, 2023), 'Kế hoạch', 'Theo dõi tình hình thi hành pháp luật năm 2023 trên địa bàn xã Ba Bích', 'Cải cách thể chế'],
    ['27/KH-UBND', d(15, 3, 2023), 'Kế hoạch', 'Đào tạo, bồi dưỡng cán bộ, công chức xã năm 2023', 'Chế độ công vụ'],
    ['28/KH-UBND', d(16, 3, 2023), 'Kế hoạch', 'Duy trì, cải tiến, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2023', 'Chính quyền điện tử'],
    ['29/KH-UBND', d(16, 3, 2023), 'Kế hoạch', 'Ứng dụng công nghệ thông tin trong hoạt động của UBND xã Ba Bích năm 2023', 'Chính quyền điện tử'],
    ['36/KH-UBND', d(28, 3, 2023), 'Kế hoạch', 'Tuyên truyền cải cách hành chính năm 2023', CD],
    ['37/QĐ-UBND', d(29, 3, 2023), 'Quyết định', 'Bổ sung tiêu chí kết quả CCHC vào Quy chế đánh giá, xếp loại chất lượng công chức và người hoạt động không chuyên trách', 'Chế độ công vụ'],
    ['38/QĐ-UBND', d(30, 3, 2023), 'Quyết định', 'Kiện toàn Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa tại UBND xã Ba Bích', 'Thủ tục hành chính'],
    ['27/BC-UBND', d(14, 7, 2023), 'Báo cáo', 'Khảo sát hiện trạng thiết bị, đề xuất nhu cầu trang thiết bị Camera tại bộ phận một cửa', 'Chính quyền điện tử'],
  ];
  table(ws, 6, rows.map(([num, date, type, summary, group], i) => [i + 1, num, date, type, summary, group]));
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
  const sub = ['Tổng số', 'Trực tuyến', 'Trực tiếp, bưu chính', 'Kỳ trước chuyển sang', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  sub.forEach((s, i) => (ws.getCell(7, i + 3).value = s));
  styleRow(ws, 6, 1, 13, { bold: true, border: true, center: true });
  styleRow(ws, 7, 1, 13, { bold: true, border: true, center: true });
  ws.getRow(7).height = 45;
  header(ws, 8, Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
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

function staff(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'CBCC', [6, 26, 44, 20, 22, 18]);
  title(ws, 1, 'UBND XÃ BA BÍCH', 6);
  title(ws, 2, 'DANH SÁCH CÁN BỘ, CÔNG CHỨC VÀ NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH', 6);
  title(ws, 3, '(Tính đến ngày 31/3/2023)', 6, { italic: true });
  header(ws, 5, ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn', 'Ghi chú']);
  const CB = 'Cán bộ';
  const CC = 'Công chức';
  const KCT = 'Không chuyên trách';
  const people: [string, string, string, string, string?][] = [
    ['Đinh Văn Thơm', 'Bí thư Đảng ủy', CB, 'Đại học'],
    ['Phạm Văn Lương', 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã', CB, 'Đại học'],
    ['Đinh Thị Hoa', 'Phó Bí thư Thường trực Đảng ủy', CB, 'Đại học'],
    ['Phạm Văn Dũng', 'Chủ tịch HĐND xã', CB, 'Đại học'],
    ['Huỳnh Văn Tài', 'Phó Chủ tịch HĐND xã', CB, 'Trung cấp'],
    ['Đinh Văn Rin', 'Phó Chủ tịch UBND xã', CB, 'Đại học'],
    ['Phạm Thị Mai', 'Chủ tịch Ủy ban MTTQ Việt Nam xã', CB, 'Đại học'],
    ['Đinh Văn Khánh', 'Bí thư Đoàn TNCS Hồ Chí Minh', CB, 'Đại học'],
    ['Phạm Thị Lan', 'Chủ tịch Hội Liên hiệp Phụ nữ', CB, 'Trung cấp'],
    ['Huỳnh Văn Bảy', 'Chủ tịch Hội Nông dân', CB, 'Đại học'],
    ['Đinh Văn Sáu', 'Chủ tịch Hội Cựu chiến binh', CB, 'Trung cấp'],
    ['Nguyễn Văn Hùng', 'Trưởng Công an xã (chính quy)', CC, 'Đại học'],
    ['Phạm Văn Tuấn', 'Chỉ huy trưởng Ban Chỉ huy Quân sự', CC, 'Đại học'],
    ['Trần Thị Thu Hà', 'Văn phòng - Thống kê', CC, 'Thạc sĩ'],
    ['Đinh Văn Nam', 'Văn phòng - Thống kê', CC, 'Đại học'],
    ['Lê Văn Phúc', 'Địa chính - Xây dựng - Nông nghiệp và Môi trường', CC, 'Kỹ sư'],
    ['Phạm Văn Hiếu', 'Địa chính - Xây dựng - Nông nghiệp và Môi trường', CC, 'Đại học'],
    ['Võ Thị Hạnh', 'Tài chính - Kế toán', CC, 'Cử nhân'],
    ['Đinh Thị Nga', 'Tư pháp - Hộ tịch', CC, 'Đại học'],
    ['Huỳnh Văn Lộc', 'Tư pháp - Hộ tịch', CC, 'Đại học'],
    ['Phạm Thị Xuân', 'Văn hóa - Xã hội', CC, 'Đại học'],
    ['Đinh Văn Tư', 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự', KCT, 'Trung cấp'],
    ['Phạm Văn Bình', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã', KCT, 'Trung cấp'],
    ['Đinh Thị Hằng', 'Phó Bí thư Đoàn TNCS Hồ Chí Minh', KCT, 'Cao đẳng'],
    ['Huỳnh Thị Liên', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ', KCT, 'Trung cấp'],
    ['Phạm Văn Tám', 'Phó Chủ tịch Hội Nông dân', KCT, 'Sơ cấp'],
    ['Đinh Văn Chín', 'Phó Chủ tịch Hội Cựu chiến binh', KCT, 'Chưa qua đào tạo'],
    ['Phạm Thị Thu', 'Văn thư - Lưu trữ - Thủ quỹ', KCT, 'Trung cấp'],
    ['Đinh Văn Mười', 'Nhân viên thú y', KCT, 'Trung cấp'],
    ['Huỳnh Văn Hòa', 'Nhân viên khuyến nông', KCT, 'Đại học'],
    ['Phạm Văn Năm', 'Chủ tịch Hội Người cao tuổi', KCT, 'Sơ cấp'],
    ['Đinh Thị Bông', 'Chủ tịch Hội Chữ thập đỏ', KCT, 'Trung cấp'],
    ['Phạm Văn Đức', 'Phụ trách Đài truyền thanh', KCT, 'Trung cấp'],
  ];
  table(ws, 6, people.map(([name, pos, cat, edu, note], i) => [i + 1, name, pos, cat, edu, note ?? null]));
  // The clerk's own summary under the list, with the shares as the seed printed them (4,8 / 81 / 14,2).
  const r0 = 6 + people.length + 2;
  title(ws, r0, 'TỔNG HỢP TRÌNH ĐỘ CHUYÊN MÔN CÁN BỘ, CÔNG CHỨC (21 người)', 6);
  header(ws, r0 + 1, ['STT', 'Trình độ', 'Số người', 'Chiếm (%)']);
  table(ws, r0 + 2, [
    [1, 'Sau đại học', 1, '4,8'],
    [2, 'Đại học', 17, '81'],
    [3, 'Trung cấp', 3, '14,2'],
  ]);
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

function narrative(wb: ExcelJS.Workbook) {
  const ws = sheet(wb, 'Thuyet minh', [8, 14, 110]);
  title(ws, 1, 'NỘI DUNG THUYẾT MINH BÁO CÁO', 3);
  header(ws, 3, ['Mục', 'Phần', 'Nội dung']);
  table(ws, 4, [
    [
      '2.3',
      'Hạn chế',
      'Việc tiếp nhận và xử lý hồ sơ thủ tục hành chính trên Hệ thống phần mềm một cửa điện tử phiên bản 2.0 nhiều hồ sơ tuy đã xử lý xong nhưng chậm kết thúc trên phần mềm, dẫn đến hồ sơ bị xếp vào tình trạng giải quyết bị trễ hạn (hiện nay, việc xử lý hồ sơ trên phần mềm được tính theo thời gian thực giải quyết hồ sơ (giờ, phút, giây) theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ).',
    ],
    [
      '2.3',
      'Nguyên nhân',
      'Nguyên nhân khách quan: có lúc phần mềm bị lỗi nên hồ sơ bị xếp vào tình trạng giải quyết trễ hạn. Nguyên nhân chủ quan: việc xử lý hồ sơ trên phần mềm của cán bộ lãnh đạo có lúc chưa kịp thời.',
    ],
    [
      'III',
      'Kết quả',
      'Công tác CCHC được Đảng ủy, HĐND, UBND xã xác định là nội dung quan trọng, thường xuyên của cơ quan, đơn vị. Ngay từ đầu năm 2023, UBND xã đã đổi mới công tác chỉ đạo, điều hành và tổ chức thực hiện công tác CCHC trên địa bàn xã và thường xuyên, liên tục chỉ đạo triển khai đầy đủ các văn bản, nhiệm vụ CCHC.',
    ],
    ['III', 'Hạn chế', 'Việc tham mưu, triển khai khắc phục Chỉ số cải cách hành chính (PAR INDEX) năm 2022 đã chỉ ra triển khai chậm, chưa được tập trung thực hiện quyết liệt.'],
    ['III', 'Hạn chế', 'Đến thời điểm báo cáo xã chưa có cá nhân đăng ký mô hình, sáng kiến, giải pháp mới về lĩnh vực CCHC.'],
    [
      'III',
      'Nguyên nhân',
      'Do đặc thù là xã miền núi, dân tộc thiểu số chiếm trên 96%, trình độ dân trí thấp, việc tiếp cận về công nghệ thông tin của người dân còn nhiều hạn chế; hệ thống phần mềm chưa hoàn thiện, cổng dịch vụ công đôi lúc còn lỗi.',
    ],
    [
      'V',
      null,
      'Kính đề nghị UBND huyện, Phòng Ban chuyên môn huyện tiếp tục quan tâm, giúp đỡ, hỗ trợ xã trong quá trình thực hiện một số lĩnh vực công tác cải cách hành chính còn hạn chế, chưa nắm kỹ, thuần thục nhất kỹ năng, thao tác số hóa hồ sơ.',
    ],
    [
      'V',
      null,
      'Bộ phận một cửa xã cơ bản được trang bị cơ sở vật chất phục vụ việc giải quyết TTHC cho cá nhân, tổ chức; tuy nhiên vẫn còn chưa đảm bảo theo quy định (thiếu màn hình điện tử, Camera tại bộ phận một cửa), kính đề nghị UBND huyện bố trí kinh phí hàng năm cho việc thực hiện CCHC tại xã.',
    ],
  ]);
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
