/** Synthetic workbooks for the benchmark: a dossier log of N rows (with the other required tables), and 20 sheets. */
import ExcelJS from 'exceljs';

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Lao động - Thương binh và Xã hội', 'Tư pháp'];
const CHANNELS = ['Trực tuyến', 'Trực tiếp', 'Bưu chính'];

function addRequiredTables(wb: ExcelJS.Workbook): void {
  const info = wb.addWorksheet('Thong tin');
  info.addRows([
    ['THÔNG TIN BÁO CÁO'],
    ['Cơ quan ban hành', 'UBND XÃ THỬ NGHIỆM'],
    ['Ngày báo cáo', new Date(Date.UTC(2024, 0, 5))],
    ['Từ ngày', new Date(Date.UTC(2023, 0, 1))],
    ['Đến ngày', new Date(Date.UTC(2023, 11, 31))],
  ]);
  const budget = wb.addWorksheet('Ngan sach');
  budget.addRows([
    ['BÁO CÁO THU CHI NGÂN SÁCH'],
    ['ĐVT: đồng'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', 3_000_000_000, 3_000_000_000, 1_500_000_000],
    ['1', 'Thu cân đối', 1_000_000_000, 1_000_000_000, 500_000_000],
    ['2', 'Thu bổ sung có mục tiêu', 2_000_000_000, 2_000_000_000, 1_000_000_000],
    ['II', 'Tổng chi ngân sách xã', 3_000_000_000, 3_000_000_000, 1_200_000_000],
  ]);
  const staff = wb.addWorksheet('Can bo');
  staff.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn']);
  const levels = ['Đại học', 'Đại học', 'Trung cấp', 'Thạc sĩ', 'Cao đẳng'];
  for (let i = 1; i <= 21; i++) staff.addRow([i, `Nguyễn Văn ${i}`, 'Công chức', i <= 11 ? 'Cán bộ' : 'Công chức', levels[i % 5]]);
}

/** A workbook whose TTHC figures come from a one-stop export of `rows` dossiers. */
export async function dossierWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addRequiredTables(wb);
  const ws = wb.addWorksheet('Ho so mot cua');
  ws.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN']);
  ws.addRow(['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái']);
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < rows; i++) {
    const received = start + ((i * 7919) % 360) * 86400000 + (i % 9) * 3600000;
    const due = received + (3 + (i % 5)) * 86400000;
    const done = i % 11 === 0 ? null : received + ((i * 31) % 9) * 86400000;
    ws.addRow([
      i + 1,
      `H${String(i).padStart(8, '0')}`,
      FIELDS[i % FIELDS.length],
      'Thủ tục thử nghiệm',
      CHANNELS[i % 3],
      new Date(received),
      new Date(due),
      done === null ? null : new Date(done),
      done === null ? 'Đang xử lý' : 'Đã trả kết quả',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Twenty sheets: the required tables plus seventeen document registers of 500 rows each. */
export async function twentySheetWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addRequiredTables(wb);
  for (let s = 1; s <= 17; s++) {
    const ws = wb.addWorksheet(`So van ban ${s}`);
    ws.addRow([`SỔ ĐĂNG KÝ VĂN BẢN ĐI ${s}`]);
    ws.addRow(['STT', 'Số ký hiệu', 'Ngày ban hành', 'Trích yếu']);
    for (let i = 1; i <= 500; i++) ws.addRow([i, `${i}/QĐ-UBND`, new Date(Date.UTC(2023, 0, 1 + Math.floor(i / 2))), `Quyết định số ${i}`]);
  }
  const tthc = wb.addWorksheet('TTHC');
  tthc.addRows([
    ['Lĩnh vực', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
    ['Hộ tịch', 100, 40, 60, 100, 70, 0, 30],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
