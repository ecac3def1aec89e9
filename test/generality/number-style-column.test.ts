/**
 * A column's way of writing numbers typed as text (tester item 1 of round 5): one English-style cell
 * ("1220.96") among cells read either way ("7.239", "1.464") does not turn them into decimals; that cell is
 * read as it says and named in a warning. An actual over 10 times its estimate or under a hundredth of it
 * (one amount 1 000 times off the other, "đạt 19.999,3%") is never silent. Each on a real .xlsx written with
 * exceljs, read from its bytes, and the .docx written and read back.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { buildWordDraft } from '../../src/core/word';
import { issueMessage } from '../../src/core/issues';
import { workbookBytes } from '../helpers/xlsx';
import { paragraphs, unzipDocx } from '../core/word/fixture';

type Cell = string | number;
/** [STT, Nội dung, Dự toán cấp trên giao, Dự toán HĐND xã giao, Thực hiện] */
type Line = [string, string, Cell, Cell, Cell];

async function budgetBook(lines: Line[], unit = 'ĐVT: triệu đồng', sheetName = 'Thu chi NS'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(['BÁO CÁO THU, CHI NGÂN SÁCH XÃ NĂM 2023']);
  ws.addRow(['', '', '', '', unit]);
  ws.addRow(['STT', 'Nội dung', 'Dự toán cấp trên giao', 'Dự toán HĐND xã giao', 'Thực hiện']);
  for (const l of lines) ws.addRow(l);
  return workbookBytes(wb);
}

async function analysed(bytes: Uint8Array): Promise<Analysis> {
  return analyze(await readSnapshotFromXlsx(bytes));
}

async function draftText(a: Analysis): Promise<string> {
  return paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
}

const said = (a: Analysis) =>
  a.issues.filter((i) => i.table === 'budget' && i.code !== 'number-as-text').map((i) => `${i.code} ${i.cell} ${issueMessage(i, 'vi')}`);

/** The tester's workbook: triệu đồng typed as text with a thousands dot, one cell typed the English way. */
const TESTER: Line[] = [
  ['I', 'Tổng thu ngân sách xã', '7.239', '7.239', '1.464'],
  ['1', 'Thu cân đối', '5.763', '5.763', '1.095'],
  ['2', 'Thu bổ sung', '1.476', '1.476', '369'],
  ['II', 'Tổng chi ngân sách xã', '6.105', '6.105', '1220.96'],
];

describe('one English-style cell in a column of Vietnamese numbers typed as text', () => {
  test('the other cells keep the thousands dot; the odd cell is read as it says and named', async () => {
    const a = await analysed(await budgetBook(TESTER));
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7_239e6, estimateCouncil: 7_239e6, actual: 1_464e6, pctSuperior: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 6_105e6, actual: 1_220_960_000, pctSuperior: 20 });
    // No unit slip blamed on E6 (369), the one cell that was right all along.
    expect(a.issues.filter((i) => i.code === 'unit-mismatch')).toEqual([]);
    const mixed = a.issues.filter((i) => i.sentence === 'number-style-mixed');
    expect(mixed.map((i) => [i.sheet, i.cell, i.severity, i.code])).toEqual([['Thu chi NS', 'E7', 'warning', 'type-error']]);
    expect(issueMessage(mixed[0], 'vi')).toContain('«1220.96» theo kiểu tiếng Anh');
    expect(issueMessage(mixed[0], 'vi')).toContain('đã đọc là 1.220,96');
    expect(issueMessage(mixed[0], 'en')).toContain('English');
    const text = await draftText(a);
    expect(text).toContain('1.464.000.000 đồng');
    expect(text).toContain('1.220.960.000 đồng');
    expect(text).not.toMatch(/19\.999|1\.464\.000 đồng/);
  });

  test.each([
    ['the odd cell first, in the estimate column', 2, 0, '7239.5'],
    ['in a sub-line', 4, 1, '1095.25'],
    ['with a comma grouping', 4, 3, '1,220.96'],
  ])('%s: read as it says and named, the column kept Vietnamese', async (_what, col, row, odd) => {
    const lines = TESTER.map((l) => [...l] as Line);
    lines[3][4] = '1.221';
    lines[row][col] = odd;
    const a = await analysed(await budgetBook(lines));
    const mixed = a.issues.filter((i) => i.sentence === 'number-style-mixed');
    expect(mixed.map((i) => i.cell)).toEqual([`${'ABCDE'[col]}${row + 4}`]);
    // Every cell written either way is read with its dot as the thousands separator.
    const t = a.tables.budget!;
    for (const r of t.rows)
      for (const k of ['estimateSuperior', 'estimateCouncil', 'actual'] as const) {
        const v = r.values[k]!;
        if (/^\d\.\d{3}$/.test(v.text)) expect(v.value).toBe(Number(v.text.replace('.', '')) * 1e6);
      }
  });

  test('a column written the English way throughout is still read the English way, without a warning', async () => {
    const a = await analysed(
      await budgetBook([
        ['I', 'Tổng thu ngân sách xã', '7,239.5', '7,239.5', '1,464.25'],
        ['1', 'Thu cân đối', '5,763.5', '5,763.5', '1,095.25'],
        ['2', 'Thu bổ sung', '1,476', '1,476', '369'],
        ['II', 'Tổng chi ngân sách xã', '6,105', '6,105', '1,220.96'],
      ]),
    );
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7_239.5e6, actual: 1_464.25e6 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 6_105e6, actual: 1_220.96e6 });
    expect(a.issues.filter((i) => i.sentence === 'number-style-mixed')).toEqual([]);
  });

  test('a Vietnamese-style cell in an English column is named too', async () => {
    const a = await analysed(
      await budgetBook([
        ['I', 'Tổng thu ngân sách xã', '7,239.5', '7,239.5', '1,464.25'],
        ['1', 'Thu cân đối', '5,763.5', '5,763.5', '1.095,25'],
        ['2', 'Thu bổ sung', '1,476', '1,476', '369'],
        ['II', 'Tổng chi ngân sách xã', '6,105.5', '6,105.5', '1,220.96'],
      ]),
    );
    expect(a.tables.budget!.rows[1].values.actual!.value).toBe(1_095.25e6);
    const mixed = a.issues.filter((i) => i.sentence === 'number-style-mixed');
    expect(mixed.map((i) => i.cell)).toEqual(['E5']);
    expect(issueMessage(mixed[0], 'vi')).toContain('theo kiểu Việt Nam');
  });
});

describe('an actual 1 000 times off its estimate is never silent', () => {
  test('typed in thousands in a table in millions: "đạt 19.999,3%" is flagged and marked in the draft', async () => {
    const a = await analysed(
      await budgetBook([
        ['I', 'Tổng thu ngân sách xã', 7239, 7239, 1464],
        ['II', 'Tổng chi ngân sách xã', 6105, 6105, 1220960],
      ]),
    );
    expect(a.figures.budget?.expenditure.pctSuperior).toBeCloseTo(19999.3, 1);
    const off = a.issues.filter((i) => i.sentence === 'budget-actual-too-large');
    expect(off.map((i) => [i.cell, i.severity, i.code])).toEqual([['E5, C5, D5', 'warning', 'unit-mismatch']]);
    expect(issueMessage(off[0], 'vi')).toContain('bằng 19.999,3% dự toán cấp trên giao');
    expect(said(a).filter((s) => s.startsWith('unit-mismatch'))).toHaveLength(1);
    // The draft marks the amount where it stands and leaves its share to fill, as for any unit slip.
    const line = (await draftText(a)).split('\n').find((l) => l.startsWith('Chi ngân sách:'))!;
    expect(line).toContain('[cần xem lại: Thu chi NS!E5, C5, D5]');
    expect(line).toContain('[...]%');
    expect(line).not.toContain('19.999');
  });

  test('an actual a thousandth of its estimate is flagged; one under a hundredth of the superior estimate only names that one', async () => {
    const a = await analysed(
      await budgetBook(
        [
          ['I', 'Tổng thu ngân sách xã', 7_239_000_000, 7_239_000_000, 1_464_000],
          ['II', 'Tổng chi ngân sách xã', 6_105_000_000, 40_000_000, 500_000],
        ],
        'ĐVT: đồng',
      ),
    );
    const off = a.issues.filter((i) => i.sentence === 'budget-actual-too-small');
    expect(off.map((i) => i.cell)).toEqual(['E4, C4, D4', 'E5, C5']);
    expect(issueMessage(off[0], 'vi')).toContain('chỉ bằng 0,02% dự toán cấp trên giao');
  });

  test('ordinary execution (5% to 1 000%) and a unit slip already named by its sum are said once or not at all', async () => {
    const ok = await analysed(
      await budgetBook([
        ['I', 'Tổng thu ngân sách xã', 7239, 7239, 30000],
        ['II', 'Tổng chi ngân sách xã', 6105, 6105, 400],
      ]),
    );
    expect(ok.issues.filter((i) => /^budget-actual/.test(i.sentence))).toEqual([]);
    // 1.464.000 = 1.095.000 + 369.000.000 fails: the sum names the slip, the ratio check takes it corrected.
    const slip = await analysed(
      await budgetBook(
        [
          ['I', 'Tổng thu ngân sách xã', 7_239_000_000, 7_239_000_000, 1_464_000],
          ['1', 'Thu cân đối', 5_763_000_000, 5_763_000_000, 1_095_000],
          ['2', 'Thu bổ sung', 1_476_000_000, 1_476_000_000, 369_000_000],
          ['II', 'Tổng chi ngân sách xã', 6_105_000_000, 6_105_000_000, 1_220_963_992],
        ],
        'ĐVT: đồng',
      ),
    );
    expect(slip.issues.filter((i) => i.code === 'unit-mismatch').map((i) => i.sentence)).toEqual(['unit-slip']);
  });
});
