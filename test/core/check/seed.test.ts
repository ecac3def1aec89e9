/** The seed report's figures as a workbook would hold them: its real errors are found, and nothing else. */
import { checkTables as check } from '../../../src/core/check';
import { bilinguals } from '../../helpers/words';
import { cat, d, lvl, readResult, table, total } from './build';

/** The checks' issues with their words in both languages. */
const checkTables = (...a: Parameters<typeof check>) => bilinguals(check(...a));

const INFO = { reportDate: d('05/4/2023'), periodStart: d('08/7/2022'), periodEnd: d('31/3/2023') };

function seedTables(fix: boolean) {
  const indicators = table('indicators', { name: 'A', target: 'B', actual: 'C' }, [
    ['Hồ sơ công việc được xử lý trên môi trường mạng', 60, 80],
    ['Mức độ hài lòng của người dân, tổ chức đối với TTHC', 90, fix ? 98.2 : 100],
  ]);
  const survey = table('survey', { level: 'A', share: 'B' }, [
    [cat('veryHigh', 'Rất hài lòng'), 84.8],
    [cat('high', 'Hài lòng'), 13.43],
    [cat('neutral', 'Bình thường'), 1.77],
    [cat('low', 'Không hài lòng'), 0],
  ]);
  const documents = table('documents', { number: 'A', date: 'B', summary: 'C' }, [
    ['175/QĐ-UBND', d('28/12/2022'), 'Kế hoạch CCHC năm 2023'],
    ['20/QĐ-UBND', d('17/02/2023'), 'Phân công tham mưu'],
    ['21/QĐ-UBND', d('17/02/2023'), 'PAR INDEX'],
    ['66/UBND', d('22/9/2022'), 'Dịch vụ công trực tuyến'],
    ['75/UBND', d('18/10/2022'), 'Dịch vụ công trực tuyến'],
    ['17/UBND', d('08/02/2023'), 'Đăng nhập hồ sơ'],
    ['36/KH-UBND', d('28/3/2023'), 'Tuyên truyền CCHC'],
    ['38/KH-UBND', fix ? d('29/3/2023') : d('23/02/2023'), 'Truyền thông kiểm soát TTHC'], // row 10
    [fix ? '08/KH-UBND' : '08/KH-UBND xã', d('30/01/2023'), 'Rà soát văn bản QPPL'], // row 11
    ['27/BC-UBND', fix ? d('14/3/2023') : d('14/7/2023'), 'Khảo sát thiết bị camera'], // row 12
  ]);
  const tthc = table('tthc', { field: 'A', received: 'B', online: 'C', direct: 'D', resolved: 'E', early: 'F', onTime: 'G', late: 'H' }, [
    total(['Tổng cộng', 289, 8, 281, 289, 175, 0, 114]),
  ]);
  const staff = table('staff', { education: 'A', count: 'B', statedPct: 'C' }, [
    [cat('postgraduate', 'Sau đại học'), 1, 4.8],
    [cat('university', 'Đại học'), 17, 81],
    [cat('secondary', 'Trung cấp'), 3, fix ? 14.3 : 14.2], // row 5
  ]);
  const budget = table('budget', { order: 'A', content: 'B', actual: 'C', statedPct: 'D' }, [
    lvl(1, ['I', 'Thu ngân sách', fix ? 1_464_000_000 : 1_464_000, fix ? 20 : 25]),
    lvl(2, ['1', 'Thu cân đối ngân sách cấp trên', fix ? 1_095_000_000 : 1_095_000, 19]),
    lvl(2, ['2', 'Bổ sung có mục tiêu', 369_000_000, 25]),
    lvl(1, ['II', 'Chi ngân sách', 1_220_963_992, 20]),
  ]);
  const investment = table('investment', { content: 'A', plan: 'B', disbursed: 'C', statedPct: 'D' }, [
    lvl(1, ['Tổng số', 380_000_000, 190_000_000, 50]),
    lvl(2, ['Vốn đầu tư công ngân sách huyện', 380_000_000, 190_000_000, 50]),
  ]);
  return [indicators, survey, documents, tthc, staff, budget, investment];
}

describe('checkTables on the seed report', () => {
  const issues = checkTables(readResult(seedTables(false), INFO));
  const brief = issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.cell}`).sort();

  it('finds exactly the seed errors', () => {
    expect(brief).toEqual(
      [
        'unit-mismatch error budget!C3, C4',
        'percent-mismatch error budget!D3',
        'percent-mismatch error indicators!C4',
        'percent-mismatch warning staff!C5',
        'date-after-report error documents!B12',
        'number-order warning documents!A10',
        'doc-number-format warning documents!A11',
      ].sort(),
    );
  });

  it('names both slipped revenue cells with their corrected sum', () => {
    const u = issues.find((i) => i.code === 'unit-mismatch')!;
    expect(u.table).toBe('budget');
    expect(u.field).toBe('actual');
    expect(u.message.vi).toContain('C3 (1.464.000)');
    expect(u.message.vi).toContain('C4 (1.095.000)');
    expect(u.message.vi).toContain('1.464.000.000 = 1.095.000.000 + 369.000.000');
    expect(u.message.vi).toContain('nhân với 1.000');
  });

  it('says the revenue total % must lie between its parts', () => {
    const p = issues.find((i) => i.code === 'percent-mismatch' && i.table === 'budget')!;
    expect(p.message.vi).toContain('25%');
    expect(p.message.vi).toContain('19% và 25%');
  });

  it('says satisfaction is 98,23% by the survey', () => {
    const p = issues.find((i) => i.code === 'percent-mismatch' && i.table === 'indicators')!;
    expect(p.message.vi).toContain('100%');
    expect(p.message.vi).toContain('98,23%');
  });

  it('says 14,2% should be 14,3%', () => {
    const p = issues.find((i) => i.code === 'percent-mismatch' && i.table === 'staff')!;
    expect(p.message.vi).toContain('14,2%');
    expect(p.message.vi).toContain('14,29%');
    expect(p.hint?.vi).toContain('14,3%');
  });

  it('names the report date and KH 36, and suggests 08/KH-UBND', () => {
    expect(issues.find((i) => i.code === 'date-after-report')!.message.vi).toContain('14/07/2023, sau ngày báo cáo 05/04/2023');
    expect(issues.find((i) => i.code === 'number-order')!.message.vi).toContain('36/KH-UBND');
    expect(issues.find((i) => i.code === 'doc-number-format')!.hint?.vi).toBe('Ghi là 08/KH-UBND.');
  });

  it('gives every issue a table, a field and both languages', () => {
    for (const i of issues) {
      expect(i.table).not.toBe('');
      expect(i.field).not.toBe('');
      expect(i.message.vi.length).toBeGreaterThan(10);
      expect(i.message.en.length).toBeGreaterThan(10);
      expect(i.hint?.vi.length).toBeGreaterThan(10);
    }
  });
});

describe('checkTables on a clean dataset', () => {
  it('finds no issue at all', () => {
    expect(checkTables(readResult(seedTables(true), INFO))).toEqual([]);
  });

  it('finds no issue in an empty workbook', () => {
    expect(checkTables(readResult([]))).toEqual([]);
  });
});
