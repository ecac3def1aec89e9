/** Whole workbooks with dossier exports, odd sheet names, helper columns, notes, pivots, and a labelled info block. */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip } from './harness';

const serial = (y: number, m: number, d: number, h = 0, min = 0) => (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86400000;
const dateOf = (s: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(s * 86400000));
const pad = (n: number) => String(n).padStart(2, '0');
/** "dd/mm/yyyy HH:mm" as the one-stop system exports it. */
const textOf = (s: number) => {
  const d = dateOf(s);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** A small deterministic generator, so the data is varied but the test repeatable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const CHANNELS = ['Trực tuyến', 'Trực tiếp', 'Dịch vụ bưu chính công ích'] as const;
const FIELDS = [
  ['Hộ tịch', 'Đăng ký khai sinh'],
  ['Chứng thực', 'Chứng thực bản sao từ bản chính'],
  ['Đất đai', 'Xác nhận hiện trạng đất'],
  ['Bảo trợ xã hội', 'Trợ cấp xã hội hằng tháng'],
];

describe('10. dossier export, one row per dossier (300 rows)', () => {
  it('counts what the test counts on its own', async () => {
    const start = serial(2024, 7, 1);
    const lastDay = serial(2024, 9, 30);
    const rand = rng(20240930);
    const wb = new ExcelJS.Workbook();
    const info = wb.addWorksheet('Thông tin');
    put(info, 1, [
      ['Cơ quan ban hành', 'UBND xã Ba Bích'],
      ['Từ ngày', dateOf(start)],
      ['Đến ngày', dateOf(lastDay)],
    ]);
    const ws = wb.addWorksheet('DanhSachHoSo');
    put(ws, 1, [['DANH SÁCH HỒ SƠ'], ['Xuất lúc 01/10/2024 07:45:12']]);
    put(ws, 4, [['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái']]);
    const want = {
      received: 0,
      online: 0,
      direct: 0,
      carriedOver: 0,
      resolved: 0,
      early: 0,
      onTime: 0,
      late: 0,
      pending: 0,
      pendingInTime: 0,
      pendingOverdue: 0,
    };
    for (let i = 0; i < 300; i++) {
      const carried = rand() < 0.08;
      const day = carried ? serial(2024, 6, 15) + Math.floor(rand() * 15) : start + Math.floor(rand() * (lastDay - start + 1));
      const rec = day + (7 + Math.floor(rand() * 10)) / 24 + Math.floor(rand() * 60) / 1440;
      const due = Math.floor(rec) + 1 + Math.floor(rand() * 10) + 17 / 24;
      const r = rand();
      // Done: early, the due day itself (a later hour), late, or not yet; carried dossiers finish in the period.
      let done: number | null =
        r < 0.5
          ? Math.floor(rec) + (due - rec) * rand()
          : r < 0.75
            ? Math.floor(due) + 0.4
            : r < 0.9
              ? Math.floor(due) + 1 + Math.floor(rand() * 5) + 0.5
              : null;
      if (done !== null && done < rec) done = rec + 0.01;
      if (done !== null && done >= lastDay + 1) done = null;
      const channel = CHANNELS[Math.floor(rand() * 3)];
      const [field, procedure] = FIELDS[Math.floor(rand() * FIELDS.length)];
      put(ws, 5 + i, [
        [
          i + 1,
          `000.00.23.H55-2407${pad(i % 100)}-${1000 + i}`,
          procedure,
          field,
          channel,
          textOf(rec),
          textOf(due),
          done === null ? null : dateOf(done),
          done === null ? 'Đang xử lý' : 'Đã trả kết quả',
        ],
      ]);
      if (done !== null) ws.getCell(5 + i, 8).numFmt = 'dd/mm/yyyy hh:mm';
      // The count, by docs/reporting-schema.md §2, by calendar day; a dossier finished before the period is not counted.
      if (done !== null && done < start) continue;
      if (Math.floor(rec) < start) want.carriedOver++;
      else {
        want.received++;
        if (channel === 'Trực tuyến') want.online++;
        else want.direct++;
      }
      if (done !== null) {
        want.resolved++;
        const cmp = Math.sign(Math.floor(done) - Math.floor(due));
        if (cmp < 0) want.early++;
        else if (cmp === 0) want.onTime++;
        else want.late++;
      } else {
        want.pending++;
        if (Math.floor(due) >= lastDay) want.pendingInTime++;
        else want.pendingOverdue++;
      }
    }
    want.received += want.carriedOver;
    const a = await roundTrip(wb);
    expect(located(a, 'dossiers')).toEqual({ sheet: 'DanhSachHoSo', range: 'A4:I304' });
    expect(a.tables.dossiers?.located.columns).toMatchObject({ code: 1, procedure: 2, field: 3, channel: 4, receivedAt: 5, dueAt: 6, doneAt: 7, status: 8 });
    expect(want.carriedOver).toBeGreaterThan(0);
    expect(want.late).toBeGreaterThan(0);
    expect(a.figures.tthc).toMatchObject(want);
    expect(errors(a).filter((i) => i.table === 'dossiers' || i.table === 'tthc')).toEqual([]);
    expect(a.issues.filter((i) => i.code === 'type-error')).toEqual([]);
  });
});

describe('11. odd sheet names, hidden helper columns, a notes sheet and a pivot summary', () => {
  it('finds the real tables and is not misled by the rest', async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet('Ghi chú');
    put(notes, 1, [
      ['Biểu đồ kết quả giải quyết hồ sơ năm 2023'],
      [],
      ['Ghi chú: số liệu lấy từ phần mềm một cửa, cán bộ tổng hợp kiểm tra lại trước khi ký.'],
    ]);
    const budget = wb.addWorksheet('BC thu chi 2023');
    put(budget, 1, [
      ['Nội dung', 'Mã NDKT', 'Dự toán huyện giao', 'Khóa', 'Thực hiện'],
      ['I. Tổng thu', 1000, 500000000, 'T01', 450000000],
      ['II. Tổng chi', 2000, 500000000, 'C01', 400000000],
    ]);
    budget.getColumn(2).hidden = true;
    budget.getColumn(4).hidden = true;
    const staff = wb.addWorksheet('ds cbcc');
    put(staff, 1, [
      ['STT', 'Họ tên', 'Chức danh', 'Trình độ', 'Phân loại'],
      [1, 'Nguyễn Văn A', 'Chủ tịch', 'Đại học', 'Cán bộ'],
      [2, 'Lê Thị B', 'Kế toán', 'Cao đẳng', 'Công chức'],
    ]);
    const log = wb.addWorksheet('1 cửa Q3');
    put(log, 1, [['Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']]);
    for (let i = 0; i < 6; i++) {
      put(log, 2 + i, [
        [
          `HS-${i}`,
          i < 4 ? 'Hộ tịch' : 'Chứng thực',
          i % 2 ? 'Trực tuyến' : 'Trực tiếp',
          dateOf(serial(2023, 3, 1 + i)),
          dateOf(serial(2023, 3, 5 + i)),
          dateOf(serial(2023, 3, 4 + i)),
        ],
      ]);
    }
    const pivot = wb.addWorksheet('Tổng hợp');
    put(pivot, 3, [
      ['Đếm Mã hồ sơ', 'Nhãn Cột'],
      ['Nhãn Hàng', 'Trực tiếp', 'Trực tuyến', 'Tổng Cuối'],
      ['Chứng thực', 1, 1, 2],
      ['Hộ tịch', 2, 2, 4],
      ['Tổng Cuối', 3, 3, 6],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'budget')).toEqual({ sheet: 'BC thu chi 2023', range: 'A1:E3' });
    expect(a.tables.budget?.located.columns).toMatchObject({ content: 0, estimateSuperior: 2, actual: 4 });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 5e8, actual: 4.5e8, pctSuperior: 90 });
    expect(located(a, 'staff')).toEqual({ sheet: 'ds cbcc', range: 'A1:E3' });
    expect(located(a, 'dossiers')).toEqual({ sheet: '1 cửa Q3', range: 'A1:F7' });
    expect(a.tables.tthc).toBeUndefined();
    expect(a.figures.tthc).toMatchObject({ received: 6, online: 3, direct: 3, resolved: 6, early: 6 });
    expect(Object.values(a.tables).some((t) => t?.located.sheet === 'Tổng hợp' || t?.located.sheet === 'Ghi chú')).toBe(false);
    expect(errors(a)).toEqual([]);
  });
});

describe('12. a labelled info block of a post-2025 commune', () => {
  it('reads Kính gửi, several rows of Nơi nhận, the quarter, and a province as superior', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thông tin');
    put(ws, 1, [
      ['Cơ quan chủ quản:', 'UBND TỈNH QUẢNG NGÃI'],
      ['Cơ quan ban hành:', 'UBND XÃ BA TƠ'],
      ['Số ký hiệu:', '/BC-UBND'],
      ['Kỳ báo cáo: Quý III/2024'],
      ['Kính gửi:', 'Sở Nội vụ tỉnh Quảng Ngãi'],
      ['Nơi nhận:', '- Như trên;'],
      [null, '- TT Đảng ủy, HĐND xã;'],
      [null, '- CT, các PCT UBND xã;'],
      [null, '- Lưu: VT.'],
      [],
      ['Chức vụ người ký:', 'CHỦ TỊCH'],
      ['Người ký:', 'Đinh Văn Minh'],
    ]);
    const t = wb.addWorksheet('TTHC');
    put(t, 1, [
      ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Đã giải quyết'],
      ['Hộ tịch', 5, 5],
    ]);
    const a = await roundTrip(wb);
    expect(a.info).toMatchObject({
      superior: 'UBND TỈNH QUẢNG NGÃI',
      agency: 'UBND XÃ BA TƠ',
      number: '/BC-UBND',
      addressee: 'Sở Nội vụ tỉnh Quảng Ngãi',
      periodStart: serial(2024, 7, 1),
      periodEnd: serial(2024, 9, 30),
      signerTitle: 'CHỦ TỊCH',
      signer: 'Đinh Văn Minh',
    });
    // Bullets and closing semicolons are the layout's, not the recipient's.
    expect(a.info.recipients).toEqual(['Như trên', 'TT Đảng ủy, HĐND xã', 'CT, các PCT UBND xã', 'Lưu: VT.']);
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A1:C2' });
    expect(errors(a).filter((i) => i.table === 'info' || i.table === 'tthc')).toEqual([]);
  });
});
