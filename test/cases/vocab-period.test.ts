/** A period given only in a table's title line serves when `info` has none (issue 17, point 7). */
import { periodFromTitle } from '../../src/core/read/periodTitle';
import { toSerial } from '../../src/core/format';
import { analyze } from '../../src/core/analyze';
import { sheet } from '../core/read/snap';

const p = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) => ({ start: toSerial(y1, m1, d1), end: toSerial(y2, m2, d2) });

describe('periodFromTitle', () => {
  it.each([
    ['BÁO CÁO DANH SÁCH HỒ SƠ\nTừ ngày 01/01/2025 đến ngày 31/03/2025', p(2025, 1, 1, 2025, 3, 31)],
    ['Từ ngày: 01/01/2023 Đến ngày: 31/03/2023', p(2023, 1, 1, 2023, 3, 31)],
    ['Báo cáo kết quả CCHC quý I năm 2023', p(2023, 1, 1, 2023, 3, 31)],
    ['Báo cáo quý 3 năm 2024', p(2024, 7, 1, 2024, 9, 30)],
    ['BÁO CÁO 6 THÁNG ĐẦU NĂM 2024', p(2024, 1, 1, 2024, 6, 30)],
    ['Báo cáo 6 tháng cuối năm 2024', p(2024, 7, 1, 2024, 12, 31)],
    ['Báo cáo 9 tháng năm 2024', p(2024, 1, 1, 2024, 9, 30)],
    ['Báo cáo tháng 2 năm 2024', p(2024, 2, 1, 2024, 2, 29)],
    ['Báo cáo thu, chi ngân sách năm 2023', p(2023, 1, 1, 2023, 12, 31)],
    // A caption in brackets or closed by a full stop, "ngày" left out (tester 5 item 3).
    ['(Số liệu từ ngày 01/01/2023 đến ngày 31/03/2023)', p(2023, 1, 1, 2023, 3, 31)],
    ['Số liệu tính từ 01/04/2023 đến 30/06/2023.', p(2023, 4, 1, 2023, 6, 30)],
  ])('%s', (title, want) => expect(periodFromTitle(title)).toEqual(want));

  it.each([['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023'], ['Từ ngày …/…/… Đến ngày …/…/…'], ['Hậu Giang, ngày 05 tháng 04 năm 2025'], ['Danh sách cán bộ']])(
    'names no period: %s',
    (title) => expect(periodFromTitle(title)).toBeNull(),
  );
});

describe('the title period in the pipeline', () => {
  const log = (infoRows: (string | null)[][]) =>
    analyze({
      sheets: [
        sheet('Hồ sơ', [
          ['BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ QUÝ I NĂM 2025'],
          ['Đơn vị: Bộ phận một cửa UBND xã'],
          ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
          ['H1', '06/01/2025', '07/01/2025', '07/01/2025'],
          ['H2', '20/12/2024', '05/01/2025', '10/01/2025'],
          ['H3', '05/04/2025', '07/04/2025', '07/04/2025'],
        ]),
        ...(infoRows.length ? [sheet('Thông tin', infoRows)] : []),
      ],
    });

  it('counts a dossier log over the quarter its title names, and says so', () => {
    const a = log([]);
    expect(a.info.periodStart).toBe(toSerial(2025, 1, 1));
    expect(a.info.periodEnd).toBe(toSerial(2025, 3, 31));
    // H3 falls after the quarter; H2 is carried over.
    expect(a.figures.tthc).toMatchObject({ received: 2, carriedOver: 1, resolved: 2, onTime: 1, late: 1 });
    expect(a.issues.some((i) => i.severity === 'info' && i.field === 'periodStart' && i.cell === 'A1')).toBe(true);
  });

  it('never overrides a period the information sheet gives', () => {
    const a = log([
      ['Từ ngày', '01/01/2025'],
      ['Đến ngày', '30/06/2025'],
    ]);
    expect(a.info.periodEnd).toBe(toSerial(2025, 6, 30));
    expect(a.figures.tthc).toMatchObject({ received: 3, carriedOver: 1 });
  });
});
