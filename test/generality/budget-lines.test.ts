/**
 * Which budget lines are the commune's figures (tester 5, items 4 and 23): the state budget collected in the area
 * («Tổng thu NSNN trên địa bàn») is not the commune budget («Tổng thu ngân sách xã»), whichever comes first; heading
 * rows «THU NGÂN SÁCH» / «CHI NGÂN SÁCH» above their lines, with the totals in «Cộng thu» / «Cộng chi», are headings,
 * not totals left blank. Real .xlsx files written and read back; the draft (.docx) states the commune's figure.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { brief, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'];

function book(lines: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thu chi NS'), 1, [['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'], [null, null, null, null, 'ĐVT: đồng'], HEADER, ...lines]);
  return wb;
}

const OWN_REVENUE: Row[] = [
  ['B', 'Tổng thu ngân sách xã', 7239000000, 7239000000, 1464000000],
  ['1', 'Thu cân đối ngân sách', 5763000000, 5763000000, 1095000000],
  ['2', 'Thu bổ sung có mục tiêu', 1476000000, 1476000000, 369000000],
];
const EXPENDITURE: Row = ['C', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992];

const draftText = async (a: Analysis) => paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');

describe('the state budget collected in the area is not the commune budget', () => {
  it.each([['Tổng thu NSNN trên địa bàn'], ['Tổng thu ngân sách nhà nước trên địa bàn xã'], ['Thu NSNN trên địa bàn'], ['Tổng thu NSNN']])(
    'takes «Tổng thu ngân sách xã», not %j above it',
    async (area) => {
      const a = await roundTrip(book([['A', area, 2000000000, 2100000000, 900000000], ...OWN_REVENUE, EXPENDITURE]));
      expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239000000, actual: 1464000000, pctSuperior: 20.2 });
      expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1220963992 });
      expect(brief(a).filter((l) => /missing-label/.test(l))).toEqual([]);
      const text = await draftText(a);
      expect(text).toContain('thực hiện 1.464.000.000 đồng, đạt 20,2%');
      expect(text).not.toContain('900.000.000');
    },
  );

  it('takes the commune line when the area line comes after it', async () => {
    const a = await roundTrip(book([...OWN_REVENUE, ['D', 'Tổng thu NSNN trên địa bàn', 2000000000, 2100000000, 900000000], EXPENDITURE]));
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000 });
  });

  it('leaves the revenue unread, and says why, when the only revenue line is the area’s', async () => {
    const a = await roundTrip(book([['A', 'Tổng thu NSNN trên địa bàn', 2000000000, 2100000000, 900000000], EXPENDITURE]));
    expect(a.figures.budget?.revenue).toMatchObject({ actual: null, pctSuperior: null });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1220963992 });
    const warn = a.issues.filter((i) => i.code === 'missing-label' && i.table === 'budget');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ severity: 'warning', sheet: 'Thu chi NS', cell: 'B4' });
    expect(brief(a).join('\n')).toMatch(/Tổng thu NSNN trên địa bàn.*không phải của ngân sách xã/);
    expect(await draftText(a)).not.toContain('900.000.000');
  });

  it('still takes a plain «Tổng thu ngân sách» line', async () => {
    const a = await roundTrip(book([['I', 'Tổng thu ngân sách', 7239000000, 7239000000, 1464000000], EXPENDITURE]));
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000 });
  });
});

describe('heading rows above their lines, the totals in «Cộng thu» / «Cộng chi»', () => {
  it('reads «THU NGÂN SÁCH» and «CHI NGÂN SÁCH» as headings, the figures from «Cộng thu» and «Cộng chi»', async () => {
    const a = await roundTrip(
      book([
        ['I', 'THU NGÂN SÁCH', null, null, null],
        ['1', 'Thu thuế, phí, lệ phí', 500000000, 500000000, 200000000],
        ['2', 'Thu bổ sung từ ngân sách cấp trên', 6739000000, 6739000000, 1264000000],
        [null, 'Cộng thu', 7239000000, 7239000000, 1464000000],
        ['II', 'CHI NGÂN SÁCH', null, null, null],
        ['1', 'Chi đầu tư phát triển', 1000000000, 1000000000, 200000000],
        ['2', 'Chi thường xuyên', 5105000000, 5105000000, 1020963992],
        [null, 'Cộng chi', 6105000000, 6105000000, 1220963992],
      ]),
    );
    expect(a.issues.filter((i) => i.table === 'budget').map((i) => `${i.code} ${i.cell}`)).toEqual([]);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239000000, actual: 1464000000, pctSuperior: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 6105000000, actual: 1220963992, pctSuperior: 20 });
    expect(await draftText(a)).toContain('thực hiện 1.464.000.000 đồng, đạt 20,2%');
  });

  it('still fills a total line left blank when no «Cộng» row follows its lines', async () => {
    const a = await roundTrip(
      book([
        ['I', 'Tổng thu ngân sách xã', null, null, null],
        ['1', 'Thu thuế, phí, lệ phí', 500000000, 500000000, 200000000],
        ['2', 'Thu bổ sung từ ngân sách cấp trên', 6739000000, 6739000000, 1264000000],
        ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
      ]),
    );
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000 });
    expect(a.issues.filter((i) => i.table === 'budget' && i.code === 'missing-cell').map((i) => i.cell)).toEqual(['C4', 'D4', 'E4']);
  });
});

describe('the settled accounts («Quyết toán») are the actual', () => {
  it.each([['Quyết toán'], ['Số quyết toán năm 2023'], ['Ước thực hiện']])('reads a budget whose actual column is headed %j', async (head) => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thu chi NS'), 1, [
      ['BẢNG TỔNG HỢP THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', head],
      ['I', 'Tổng thu ngân sách xã', 7239000000, 7239000000, 1464000000],
      ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.budget?.located).toMatchObject({ sheet: 'Thu chi NS', range: 'A2:E4' });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239000000, actual: 1464000000, pctSuperior: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1220963992 });
  });
});

describe('a part of a line is never the side’s total (tester 12 items 1 and 9)', () => {
  it('leaves the revenue unread, with its warning, when the commune’s lines are parts of the area’s line', async () => {
    const a = await roundTrip(
      book([
        ['I', 'Tổng thu NSNN trên địa bàn', 5000000000, 5200000000, 1300000000],
        ['1', 'Thu cân đối', 4000000000, 4200000000, 1000000000],
        ['2', 'Thu bổ sung có mục tiêu', 1000000000, 1000000000, 300000000],
        EXPENDITURE,
      ]),
    );
    expect(a.figures.budget?.revenue).toMatchObject({ actual: null, estimateSuperior: null });
    expect(a.issues.filter((i) => i.code === 'missing-label' && i.table === 'budget').map((i) => i.cell)).toEqual(['B4']);
    expect(await draftText(a)).not.toContain('1.000.000.000 đồng');
  });

  it('takes «Tổng thu» / «Tổng chi» below their parts on a sheet without an order column', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Ngan sach'), 1, [
      ['BÁO CÁO THU, CHI NGÂN SÁCH XÃ NĂM 2024'],
      ['Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['Thu cân đối ngân sách', 4000000000, 4100000000, 2000000000],
      ['Thu bổ sung có mục tiêu', 1000000000, 1000000000, 600000000],
      ['Tổng thu', 5000000000, 5100000000, 2600000000],
      ['Chi thường xuyên', 3800000000, 3900000000, 1800000000],
      ['Chi đầu tư phát triển', 1200000000, 1200000000, 300000000],
      ['Tổng chi', 5000000000, 5100000000, 2100000000],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 2600000000, pctSuperior: 52, pctCouncil: 51 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 2100000000, pctSuperior: 42, pctCouncil: 41.2 });
    expect(await draftText(a)).toContain('thực hiện 2.600.000.000 đồng, đạt 52%');
  });

  it('says the total line is missing, rather than taking its first part, under a heading without amounts', async () => {
    const a = await roundTrip(
      book([
        ['I', 'THU NGÂN SÁCH', null, null, null],
        ['1', 'Thu thuế, phí, lệ phí', 500000000, 500000000, 200000000],
        ['2', 'Thu bổ sung từ ngân sách cấp trên', 6739000000, 6739000000, 1264000000],
        EXPENDITURE,
      ]),
    );
    expect(a.figures.budget?.revenue.actual).not.toBe(200000000);
  });
});

describe('a budget kept as a flat list of lines, no «Tổng thu» / «Tổng chi» line (tester 16 F11)', () => {
  const FLAT: Row[] = [
    ['1', 'Thu thuế, phí', 300000000, 300000000, 250000000],
    ['2', 'Thu bổ sung', 2700000000, 2700000000, 2000000000],
    ['3', 'Chi thường xuyên', 2500000000, 2500000000, 1800000000],
    ['4', 'Chi đầu tư', 500000000, 500000000, 100000000],
  ];

  it.each([
    ['numbered', FLAT],
    ['without an order', FLAT.map((r) => [null, ...r.slice(1)])],
  ])('sums the «Thu …» lines and the «Chi …» lines (%s), and says so', async (_, lines) => {
    const a = await roundTrip(book(lines));
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 3000000000, actual: 2250000000, pctSuperior: 75 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 3000000000, actual: 1900000000, pctSuperior: 63.3 });
    const said = brief(a).filter((l) => /info missing-label/.test(l));
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/không có dòng «Tổng thu».*2 dòng «Thu thuế, phí», «Thu bổ sung».*2\.250\.000\.000/);
    expect(said[1]).toMatch(/không có dòng «Tổng chi».*«Chi thường xuyên», «Chi đầu tư»/);
    expect(a.issues.filter((i) => i.severity === 'error' && i.table === 'budget')).toEqual([]);
    const text = await draftText(a);
    expect(text).toContain('thực hiện 2.250.000.000 đồng, đạt 75%');
    expect(text).not.toContain('thực hiện 250.000.000 đồng');
  });

  it('still takes a side’s own line («Thu ngân sách xã») above unnumbered kinds of revenue', async () => {
    const a = await roundTrip(
      book([
        [null, 'Thu ngân sách xã', 3000000000, 3000000000, 2250000000],
        [null, 'Thu thuế, phí', 300000000, 300000000, 250000000],
        [null, 'Thu bổ sung', 2700000000, 2700000000, 2000000000],
        EXPENDITURE,
      ]),
    );
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 2250000000, pctSuperior: 75 });
    expect(brief(a).filter((l) => /info missing-label/.test(l))).toEqual([]);
  });
});

describe('subtotals below their parts (tester 16 F12)', () => {
  const sheet = (rows: Row[]) => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Thu chi'), 1, [['ĐVT: đồng'], ['Nội dung', 'Dự toán', 'Thực hiện'], ...rows]);
    return wb;
  };
  const LINES: Row[] = [
    ['Thu thuế, phí', 300000000, 250000000],
    ['Thu bổ sung', 2700000000, 2000000000],
    ['Tổng cộng thu', 3000000000, 2250000000],
    ['Chi thường xuyên', 2500000000, 1800000000],
    ['Chi đầu tư', 500000000, 100000000],
    ['Tổng cộng chi', 3000000000, 1900000000],
  ];

  it('checks «Tổng cộng thu» against the revenue lines and «Tổng cộng chi» against the spending lines only', async () => {
    const a = await roundTrip(sheet(LINES));
    expect(a.issues.filter((i) => i.code === 'sum-mismatch').map((i) => `${i.cell}`)).toEqual([]);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 3000000000, actual: 2250000000, pctSuperior: 75 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1900000000, pctSuperior: 63.3 });
  });

  it('still finds a subtotal that is wrong against its own lines', async () => {
    const rows = LINES.map((r) => (r[0] === 'Tổng cộng chi' ? ['Tổng cộng chi', 3000000000, 2000000000] : r));
    const a = await roundTrip(sheet(rows));
    const sums = a.issues.filter((i) => i.code === 'sum-mismatch');
    expect(sums.map((i) => i.sheet)).toEqual(['Thu chi']);
    expect(brief(a).join('\n')).toMatch(/2\.000\.000\.000.*1\.900\.000\.000/);
  });
});

describe('numbering levels I / 1 / 1.1 / a) (tester 17 B21)', () => {
  it('reads a) and b) under 1.1 as its parts, not siblings of 1.1: no false sum-mismatch', async () => {
    const a = await roundTrip(
      book([
        ['I', 'Tổng thu ngân sách xã', 3000000000, 3000000000, 2000000000],
        [1, 'Thu tại xã', 1000000000, 1000000000, 700000000],
        ['1.1', 'Thu phí, lệ phí', 400000000, 400000000, 300000000],
        ['a)', 'Phí chợ', 100000000, 100000000, 80000000],
        ['b)', 'Lệ phí chứng thực', 300000000, 300000000, 220000000],
        ['1.2', 'Thu khác', 600000000, 600000000, 400000000],
        [2, 'Thu bổ sung', 2000000000, 2000000000, 1300000000],
        ['II', 'Tổng chi ngân sách xã', 3000000000, 3000000000, 1800000000],
        [1, 'Chi thường xuyên', 3000000000, 3000000000, 1800000000],
      ]),
    );
    expect(a.issues.filter((i) => i.code === 'sum-mismatch')).toEqual([]);
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 2000000000, pctCouncil: 66.7 });
    expect(a.tables.budget?.rows.map((r) => r.level)).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 2]);
  });

  it('still checks a) and b) against 1.1, and a) directly under 1 against 1', async () => {
    const a = await roundTrip(
      book([
        ['I', 'Tổng thu ngân sách xã', 3000000000, 3000000000, 2000000000],
        [1, 'Thu tại xã', 1000000000, 1000000000, 700000000],
        ['1.1', 'Thu phí, lệ phí', 400000000, 400000000, 300000000],
        ['a)', 'Phí chợ', 100000000, 100000000, 80000000],
        ['b)', 'Lệ phí chứng thực', 300000000, 300000000, 200000000],
        ['1.2', 'Thu khác', 600000000, 600000000, 400000000],
        [2, 'Thu bổ sung', 2000000000, 2000000000, 1300000000],
        ['a)', 'Bổ sung cân đối', 1500000000, 1500000000, 1000000000],
        ['b)', 'Bổ sung có mục tiêu', 500000000, 500000000, 300000000],
        ['II', 'Tổng chi ngân sách xã', 3000000000, 3000000000, 1800000000],
      ]),
    );
    const sums = a.issues.filter((i) => i.code === 'sum-mismatch');
    expect(sums.map((i) => i.cell)).toEqual(['E6']);
    expect(a.tables.budget?.rows.map((r) => r.level)).toEqual([1, 2, 3, 4, 4, 3, 2, 3, 3, 1]);
  });
});
