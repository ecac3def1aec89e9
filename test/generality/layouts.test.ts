/** Whole small workbooks laid out as different communes keep them, read through file host + analyze. */
import ExcelJS from 'exceljs';
import { brief, errors, located, put, roundTrip } from './harness';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

describe('1. everything on one sheet, tables stacked with titles and blank rows', () => {
  it('finds info, budget, staff, TTHC and documents on the same sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Báo cáo');
    put(ws, 1, [
      ['Cơ quan ban hành', 'UBND xã Ba Bích'],
      ['Cơ quan chủ quản', 'UBND huyện Ba Tơ'],
      ['Kỳ báo cáo', 'Năm 2023'],
      ['Từ ngày', d(2023, 1, 1)],
      ['Đến ngày', d(2023, 12, 31)],
    ]);
    put(ws, 7, [
      ['I. THU CHI NGÂN SÁCH NĂM 2023'],
      [null, null, null, null, 'ĐVT: đồng'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'Tỷ lệ (%)'],
      ['I', 'Tổng thu ngân sách', 1000000000, 1000000000, 900000000, 90],
      ['1', 'Thu bổ sung cân đối', 800000000, 800000000, 700000000, 87.5],
      ['2', 'Thu phí, lệ phí', 200000000, 200000000, 200000000, 100],
      ['II', 'Tổng chi ngân sách', 1000000000, 1000000000, 850000000, 85],
      ['1', 'Chi thường xuyên', 1000000000, 1000000000, 850000000, 85],
    ]);
    put(ws, 17, [
      ['II. DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn A', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị B', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
      [3, 'Lê Văn C', 'Tư pháp - Hộ tịch', 'Công chức', 'Trung cấp'],
      [4, 'Phạm Văn D', 'Bí thư Đảng ủy', 'Cán bộ', 'Thạc sĩ'],
    ]);
    put(ws, 25, [
      ['III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
      ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      [1, 'Hộ tịch', 100, 40, 60, 100, 50, 45, 5],
      [2, 'Chứng thực', 50, 10, 40, 50, 30, 20, 0],
      [null, 'Tổng cộng', 150, 50, 100, 150, 80, 65, 5],
    ]);
    put(ws, 32, [
      ['IV. VĂN BẢN BAN HÀNH'],
      ['STT', 'Số ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu'],
      [1, '12/QĐ-UBND', d(2023, 3, 5), 'Quyết định', 'Về việc kiện toàn tổ một cửa'],
      [2, '15/KH-UBND', d(2023, 4, 10), 'Kế hoạch', 'Kế hoạch CCHC năm 2023'],
      [3, '20/BC-UBND', d(2023, 6, 30), 'Báo cáo', 'Báo cáo CCHC 6 tháng'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'budget')).toEqual({ sheet: 'Báo cáo', range: 'A9:F14' });
    expect(located(a, 'staff')).toEqual({ sheet: 'Báo cáo', range: 'A18:E22' });
    expect(located(a, 'tthc')).toEqual({ sheet: 'Báo cáo', range: 'A26:I29' });
    expect(located(a, 'documents')).toEqual({ sheet: 'Báo cáo', range: 'A33:E36' });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 1e9, actual: 9e8, pctSuperior: 90 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 8.5e8, pctSuperior: 85 });
    expect(a.figures.staff).toMatchObject({ total: 4, canBo: 2, congChuc: 2 });
    expect(a.figures.staff?.education.university.count).toBe(2);
    expect(a.figures.tthc).toMatchObject({ received: 150, online: 50, direct: 100, resolved: 150, early: 80, onTime: 65, late: 5 });
    expect(a.figures.documents).toEqual({ total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Báo cáo': 1 } });
    expect(a.info.agency).toBe('UBND xã Ba Bích');
    expect(errors(a)).toEqual([]);
  });
});

describe('2. headers in capitals without diacritics, and headers with line breaks', () => {
  it('matches "LINH VUC", "TIEP NHAN", "DA GIAI QUYET" and "Số hồ sơ\\nđã giải quyết"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TTHC');
    put(ws, 1, [
      ['KET QUA GIAI QUYET TTHC NAM 2023'],
      [],
      ['STT', 'LINH VUC', 'TONG SO HO SO TIEP NHAN', 'TRUC TUYEN', 'TRUC TIEP', 'DA GIAI QUYET', 'TRUOC HAN', 'DUNG HAN', 'QUA HAN'],
      [1, 'Ho tich', 30, 10, 20, 30, 20, 8, 2],
      [2, 'Dat dai', 20, 5, 15, 18, 10, 8, 0],
    ]);
    const ws2 = wb.addWorksheet('Can bo');
    put(ws2, 1, [
      ['STT', 'HO VA TEN', 'CHUC VU', 'TRINH DO\nCHUYEN MON'],
      [1, 'Nguyen Van A', 'Chu tich', 'Dai hoc'],
      [2, 'Tran Thi B', 'Ke toan', 'Trung cap'],
    ]);
    const ws3 = wb.addWorksheet('Mot cua');
    put(ws3, 1, [['Lĩnh vực', 'Số hồ sơ\nnhận', 'Trong đó\ntrực tuyến', 'Số hồ sơ\nđã giải quyết', 'Đúng\nhạn', 'Quá\nhạn']]);
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A3:I5' });
    expect(a.figures.tthc).toMatchObject({ received: 50, online: 15, direct: 35, resolved: 48, early: 30, onTime: 16, late: 2 });
    expect(a.tables.staff?.located.columns).toMatchObject({ name: 1, position: 2, education: 3 });
    expect(a.figures.staff?.education.university.count).toBe(1);
    expect(a.figures.staff?.education.secondary.count).toBe(1);
    expect(errors(a).filter((i) => i.table === 'tthc' || i.table === 'staff')).toEqual([]);
  });

  it('reads a header whose words are split by line breaks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Mot cua');
    put(ws, 1, [
      ['Lĩnh vực', 'Số hồ sơ\nnhận', 'Trong đó\ntrực tuyến', 'Trực tiếp', 'Số hồ sơ\nđã giải quyết', 'Trước\nhạn', 'Đúng\nhạn', 'Quá\nhạn'],
      ['Hộ tịch', 10, 4, 6, 10, 5, 5, 0],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.tthc?.located.columns).toMatchObject({ field: 0, received: 1, online: 2, direct: 3, resolved: 4, early: 5, onTime: 6, late: 7 });
    expect(a.figures.tthc).toMatchObject({ received: 10, online: 4, resolved: 10, onTime: 5 });
  });
});

describe('4. budget in nghìn đồng with outline and stated % as text', () => {
  it('reads amounts ×1000 and raises no unit alarm', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('BC thu chi 2023');
    put(ws, 1, [
      ['BÁO CÁO THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
      ['(ĐVT: 1.000 đồng)'],
      ['TT', 'Chỉ tiêu', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'So với dự toán (%)'],
      ['I', 'Tổng thu ngân sách xã', 2000000, 2000000, 1710000, '85,5%'],
      ['1', 'Thu tại xã', 500000, 500000, 410000, '82%'],
      ['a)', 'Thuế, phí', 300000, 300000, 250000, '83,3%'],
      ['b)', 'Thu khác', 200000, 200000, 160000, '80%'],
      ['2', 'Thu bổ sung từ ngân sách cấp trên', 1500000, 1500000, 1300000, '86,7%'],
      ['II', 'Tổng chi ngân sách xã', 2000000, 2000000, 1600000, '80%'],
      ['1', 'Chi đầu tư phát triển', 400000, 400000, 300000, '75%'],
      ['2', 'Chi thường xuyên', 1600000, 1600000, 1300000, '81,3%'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'budget')).toEqual({ sheet: 'BC thu chi 2023', range: 'A3:F11' });
    expect(a.tables.budget?.located.unit?.factor).toBe(1000);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 2e9, estimateCouncil: 2e9, actual: 1.71e9, pctSuperior: 85.5 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1.6e9, pctSuperior: 80 });
    const levels = a.tables.budget?.rows.map((r) => r.level);
    expect(levels).toEqual([1, 2, 3, 3, 2, 1, 2, 2]);
    expect(a.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
    expect(errors(a).filter((i) => i.table === 'budget')).toEqual([]);
  });
});

describe('5. staff per person, columns in another order with extra columns', () => {
  it('counts by category and education', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS CBCC');
    put(ws, 1, [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC VÀ NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH'],
      [],
      ['STT', 'Trình độ chuyên môn', 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Đảng viên', 'Chức danh', 'Phân loại'],
      [1, 'ĐH Luật', 'Nguyễn Văn A', d(1975, 2, 3), 'Kinh', 'x', 'Chủ tịch UBND', 'CB'],
      [2, 'Cử nhân Kinh tế', 'Đinh Văn B', d(1980, 5, 6), 'Hrê', 'x', 'Phó Chủ tịch', 'CB'],
      [3, 'Thạc sĩ QLNN', 'Phạm Thị C', d(1985, 7, 8), 'Kinh', 'x', 'Bí thư', 'CB'],
      [4, 'TC Kế toán', 'Lê Văn D', d(1990, 1, 1), 'Kinh', null, 'Tài chính - Kế toán', 'CC'],
      [5, 'Cao đẳng SP', 'Đinh Thị E', d(1992, 3, 4), 'Hrê', null, 'Văn hóa - Xã hội', 'CC'],
      [6, 'ĐH Luật', 'Trần Văn G', d(1988, 9, 9), 'Kinh', 'x', 'Tư pháp - Hộ tịch', 'CC'],
      [7, null, 'Phạm Văn H', d(1970, 10, 10), 'Kinh', null, 'Trưởng thôn', 'Không chuyên trách'],
      [8, 'TC Kế toán', 'Đinh Văn I', d(1995, 11, 11), 'Hrê', null, 'Phó Chỉ huy trưởng quân sự', 'Không chuyên trách'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'DS CBCC', range: 'A3:H11' });
    expect(a.tables.staff?.located.columns).toMatchObject({ education: 1, name: 2, position: 6, category: 7 });
    const s = a.figures.staff;
    expect(s).toMatchObject({ canBo: 3, congChuc: 3, khongChuyenTrach: 2 });
    expect(s?.education.postgraduate.count).toBe(1);
    expect(s?.education.university.count).toBe(3);
    expect(s?.education.college.count).toBe(1);
    expect(s?.education.secondary.count).toBe(1);
    expect(errors(a).filter((i) => i.table === 'staff')).toEqual([]);
  });
});

export { brief };
