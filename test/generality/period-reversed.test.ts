/**
 * «Từ ngày» and «Đến ngày» typed in each other's rows (tester 16 F9): every dossier and document fell outside the
 * period, 17 «ngoài kỳ» warnings and a draft saying «0 hồ sơ». Now one error on «Từ ngày»'s cell naming both days,
 * the period taken as unknown, and no dossier or document dropped as outside it.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

async function book(start: string, end: string) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Thông tin', 'Giá trị'],
    ['Tên cơ quan', 'UBND xã An Lạc'],
    ['Từ ngày', start],
    ['Đến ngày', end],
    ['Ngày báo cáo', '05/10/2026'],
  ]);
  put(wb.addWorksheet('Hồ sơ'), 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày trả kết quả'],
    ['HS001', 'Hộ tịch', 'Trực tuyến', '02/07/2026', '05/07/2026', '04/07/2026'],
    ['HS002', 'Hộ tịch', 'Trực tiếp', '10/08/2026', '13/08/2026', '13/08/2026'],
    ['HS003', 'Chứng thực', 'Trực tiếp', '20/09/2026', '23/09/2026', null],
  ]);
  put(wb.addWorksheet('Văn bản đi'), 1, [
    ['Số ký hiệu', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu'],
    ['12/QĐ-UBND', '15/07/2026', 'Quyết định', 'Về việc kiện toàn Tổ cải cách hành chính'],
    ['30/KH-UBND', '01/08/2026', 'Kế hoạch', 'Kế hoạch tuyên truyền cải cách hành chính'],
  ]);
  return roundTrip(wb);
}

describe('the period typed the wrong way round', () => {
  it('one error on «Từ ngày» naming both days; nothing dropped as outside the period', async () => {
    const a = await book('30/09/2026', '01/07/2026');
    const reversed = a.issues.filter((i) => i.sentence === 'period-reversed');
    expect(reversed).toHaveLength(1);
    expect(reversed[0]).toMatchObject({ severity: 'error', code: 'constraint-error', sheet: 'Thông tin', cell: 'B3', table: 'info', field: 'periodStart' });
    expect(brief(a).filter((l) => l.includes('«Từ ngày»'))).toEqual([
      'error constraint-error Thông tin!B3 «Từ ngày» 30/09/2026 sau «Đến ngày» 01/07/2026: kỳ báo cáo không đúng, nên chưa tính được số liệu theo kỳ (hồ sơ, văn bản trong kỳ).',
    ]);
    expect(a.issues.filter((i) => i.code === 'date-out-of-period')).toEqual([]);
    expect(a.info.periodStart).toBeNull();
    expect(a.info.periodEnd).toBeNull();
    expect(a.figures.tthc?.received).toBe(3);
    expect(a.figures.documents?.total).toBe(2);
  });

  it('the same dates in order: no such error, the period holds', async () => {
    const a = await book('01/07/2026', '30/09/2026');
    expect(a.issues.filter((i) => i.sentence === 'period-reversed')).toEqual([]);
    expect(a.info.periodStart).not.toBeNull();
    expect(a.figures.tthc?.received).toBe(3);
  });
});
