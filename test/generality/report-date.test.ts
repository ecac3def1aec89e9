/**
 * A report dated before its period's last day (tester 7 item 13): «6 tháng đầu năm 2025» dated 15/06/2025 would say
 * its figures run to 30/06. A warning on the report date's cell, naming both days; a Nghị định 09/2019 cut-off
 * written as «Đến ngày 14/06/2025», or a report dated after the period, raises none.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

async function infoOf(rows: (string | Date)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thông tin');
  put(ws, 1, [['Thông tin', 'Giá trị'], ['Tên cơ quan', 'UBND xã An Hòa'], ...rows]);
  return roundTrip(wb);
}

const warned = (lines: string[]) => lines.filter((l) => l.includes('Ngày báo cáo'));

describe('the report date against the period', () => {
  it('a report dated 15/06 for «6 tháng đầu năm 2025»: one warning on its cell, both days named', async () => {
    const a = await infoOf([
      ['Kỳ báo cáo', '6 tháng đầu năm 2025'],
      ['Ngày báo cáo', '15/06/2025'],
    ]);
    const i = a.issues.filter((x) => x.sentence === 'report-before-period-end');
    expect(i).toHaveLength(1);
    expect(i[0]).toMatchObject({ severity: 'warning', code: 'constraint-error', sheet: 'Thông tin', cell: 'B4', table: 'info', field: 'reportDate' });
    expect(warned(brief(a))).toEqual([
      'warning constraint-error Thông tin!B4 Ngày báo cáo 15/06/2025 sớm hơn ngày cuối kỳ báo cáo 30/06/2025: số liệu chưa thể tính đến hết kỳ như báo cáo sẽ ghi.',
    ]);
  });

  it('a Nghị định 09 cut-off written as «Đến ngày 14/06/2025», or a report dated after the period: no warning', async () => {
    const cut = await infoOf([
      ['Từ ngày', '15/12/2024'],
      ['Đến ngày', '14/06/2025'],
      ['Ngày báo cáo', '15/06/2025'],
    ]);
    expect(cut.issues.filter((x) => x.sentence === 'report-before-period-end')).toEqual([]);
    const late = await infoOf([
      ['Kỳ báo cáo', '6 tháng đầu năm 2025'],
      ['Ngày báo cáo', '02/07/2025'],
    ]);
    expect(late.issues.filter((x) => x.sentence === 'report-before-period-end')).toEqual([]);
  });
});
