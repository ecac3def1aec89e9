/**
 * Percentages written as fractions of 1 in a percent column (tester item 13 of round 5): "0.9" beside "90%"
 * is 90 %, decided per column from its other values or the sheet's % format and said in an info issue;
 * without such a sign the values are left as written. On real .xlsx written with exceljs, read from bytes.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { issueMessage } from '../../src/core/issues';
import { workbookBytes } from '../helpers/xlsx';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';

type Cell = string | number | { v: number; fmt: string } | { t: string; fmt: string };

async function indicators(rows: [string, Cell, Cell][], heads = ['Kế hoạch (%)', 'Thực hiện (%)']): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chi tieu');
  ws.addRow(['STT', 'Tên chỉ tiêu', ...heads]);
  rows.forEach(([name, a, b], k) => {
    const r = ws.addRow([k + 1, name]);
    [a, b].forEach((x, j) => {
      const cell = r.getCell(3 + j);
      if (typeof x === 'object' && 'v' in x) [cell.value, cell.numFmt] = [x.v, x.fmt];
      else if (typeof x === 'object') [cell.value, cell.numFmt] = [x.t, x.fmt];
      else cell.value = x;
    });
  });
  return analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
}

const fractions = (a: Analysis) => a.issues.filter((i) => i.sentence === 'percent-as-fraction');
const lone = (a: Analysis) => a.issues.filter((i) => i.sentence === 'percent-lone-fraction');
const values = (a: Analysis) => a.figures.indicators!.map((i) => [i.target, i.actual]);

test('fractions as a whole: "0.95", "0.9" typed as text beside one "90%" are 95 %, 90 %', async () => {
  const a = await indicators([
    ['Hồ sơ xử lý trên môi trường mạng', '90%', '85%'],
    ['Văn bản điện tử ký số', '0.95', '0.9'],
    ['Mức độ hài lòng', '0.9', '0.95'],
  ]);
  expect(values(a)).toEqual([
    [90, 85],
    [95, 90],
    [90, 95],
  ]);
  const f = fractions(a);
  expect(f.map((i) => [i.cell, i.severity, i.field])).toEqual([
    ['C3, C4', 'info', 'target'],
    ['D3, D4', 'info', 'actual'],
  ]);
  expect(issueMessage(f[0], 'vi')).toContain('«0.95» là 95%');
  expect(issueMessage(f[0], 'vi')).toContain('như «90%»');
  expect(lone(a)).toEqual([]);
  // Nothing in that table depends on how dots and commas are read: no cell is flagged for its style.
  expect(a.issues.filter((i) => i.sentence === 'number-style-mixed')).toEqual([]);
});

test('the tester\'s sheet: a lone "0.9" / "0.95" beside "90%", "100%" and "85%", "98,5%" is read as written, and asked', async () => {
  const a = await indicators([
    ['Hồ sơ xử lý trên môi trường mạng', '90%', '85%'],
    ['Văn bản điện tử ký số', '100%', '98,5%'],
    ['Mức độ hài lòng', '0.9', '0.95'],
  ]);
  expect(values(a)).toEqual([
    [90, 85],
    [100, 98.5],
    [0.9, 0.95],
  ]);
  expect(fractions(a)).toEqual([]);
  const w = lone(a);
  expect(w.map((i) => [i.cell, i.severity, i.code, i.field])).toEqual([
    ['C4', 'warning', 'type-error', 'target'],
    ['D4', 'warning', 'type-error', 'actual'],
  ]);
  expect(issueMessage(w[0], 'vi')).toBe(
    'Cột Kế hoạch (%) của bảng Chỉ tiêu chủ yếu ghi tỷ lệ theo phần trăm (như «90%»), nhưng có 1 ô ghi số dưới 1 (ô C4, như «0.9»): các ô này được đọc đúng như ghi, «0.9» là 0,9%, không phải 90%.',
  );
  expect(issueMessage(w[1], 'en')).toContain('«0.95» is 0.95%, not 95%');
});

test('numbers: 0,9 in General beside 0,85 formatted as % is 90 %; "0,95" in a cell formatted as % is 95 %', async () => {
  const a = await indicators([
    ['Hồ sơ trực tuyến', { v: 0.85, fmt: '0%' }, { v: 0.8, fmt: '0%' }],
    ['Mức độ hài lòng', 0.9, { t: '0,95', fmt: '0%' }],
  ]);
  expect(values(a)).toEqual([
    [85, 80],
    [90, 95],
  ]);
  expect(fractions(a).map((i) => i.cell)).toEqual(['C3', 'D3']);
});

test('a column of bare fractions in a table that keeps its shares formatted as %', async () => {
  const a = await indicators([
    ['Hồ sơ trực tuyến', 0.9, { v: 0.8, fmt: '0%' }],
    ['Mức độ hài lòng', 0.95, { v: 0.9, fmt: '0%' }],
  ]);
  expect(values(a)).toEqual([
    [90, 80],
    [95, 90],
  ]);
  const f = fractions(a);
  expect(f.map((i) => i.cell)).toEqual(['C2, C3']);
  expect(issueMessage(f[0], 'vi')).toContain('định dạng các tỷ lệ theo kiểu phần trăm');
});

test('left as written without a sign: shares under 1 % beside "0,5%", bare values alone, a header without "%"', async () => {
  const alone = await indicators([
    ['Tỷ lệ hồ sơ trễ hạn', 0.5, 0.3],
    ['Tỷ lệ hồ sơ sai sót', 0.2, '0,1'],
  ]);
  expect(values(alone)).toEqual([
    [0.5, 0.3],
    [0.2, 0.1],
  ]);
  const small = await indicators([
    ['Tỷ lệ hồ sơ trễ hạn', '0,5%', '0,3%'],
    ['Tỷ lệ hồ sơ sai sót', '0,2', '0,1'],
  ]);
  expect(values(small)).toEqual([
    [0.5, 0.3],
    [0.2, 0.1],
  ]);
  const plain = await indicators(
    [
      ['Hồ sơ trực tuyến', '90%', '85%'],
      ['Mức độ hài lòng', '0.9', '0.95'],
    ],
    ['Kế hoạch', 'Thực hiện'],
  );
  expect(values(plain)).toEqual([
    [90, 85],
    [0.9, 0.95],
  ]);
  // One value under 1 beside one whole percent: no column of fractions; read as written, and asked.
  const mixed = await indicators([
    ['Hồ sơ trực tuyến', '90%', '85%'],
    ['Mức độ hài lòng', '0.9', '95'],
  ]);
  expect(values(mixed)).toEqual([
    [90, 85],
    [0.9, 95],
  ]);
  for (const a of [alone, small, plain, mixed]) expect(fractions(a)).toEqual([]);
  for (const a of [alone, small, plain]) expect(lone(a)).toEqual([]);
  expect(lone(mixed).map((i) => i.cell)).toEqual(['C3']);
});

/** The paragraphs of the Word draft, as text, and whether each is highlighted somewhere. */
async function draftOf(a: Analysis): Promise<string[]> {
  const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
  return paragraphs(doc);
}

test('tester 6 item 3: a lone 0.9 among whole percents (95, 80) is 0,9 % as written, with a warning that asks', async () => {
  const a = await indicators([
    ['Tỷ lệ hồ sơ giải quyết đúng hạn', 95, 96],
    ['Văn bản được ký số', 0.9, 85],
    ['Hồ sơ công việc xử lý trên môi trường mạng', 80, 82],
  ]);
  expect(values(a)).toEqual([
    [95, 96],
    [0.9, 85],
    [80, 82],
  ]);
  expect(fractions(a)).toEqual([]);
  const w = lone(a);
  expect(w.map((i) => [i.cell, i.severity, i.field])).toEqual([['C3', 'warning', 'target']]);
  expect(issueMessage(w[0], 'vi')).toContain('«0.9» là 0,9%, không phải 90%');
  expect(issueMessage(w[0], 'vi')).toContain('như «95»');
  // The achievement the clerk's 0,9 gives is warned of too, and the draft marks it: no figure is stated unasked.
  expect(a.issues.filter((i) => i.sentence === 'achievement-implausible').map((i) => i.cell)).toEqual(['C3']);
  expect((await draftOf(a)).find((p) => p.includes('văn bản được ký số'))).toContain('[cần xem lại: Chi tieu!C3]');
  // Two fractions among three whole percents: both as written, one warning naming both cells.
  const two = await indicators([
    ['A', 95, 0.96],
    ['B', 90, 85],
    ['C', 80, 0.82],
    ['D', 60, 70],
    ['E', 50, 55],
  ]);
  expect(values(two).map((v) => v[1])).toEqual([0.96, 85, 0.82, 70, 55]);
  expect(lone(two).map((i) => i.cell)).toEqual(['D2, D4']);
  const one = await indicators([
    ['A', 95, 96],
    ['B', 1, 85],
    ['C', 80, 82],
  ]);
  expect(values(one)[1]).toEqual([1, 85]);
  expect(lone(one)).toEqual([]);
});

test("shares of one whole: a survey's 0,8 among 45 / 50 / 4,2 is 0,8 %, no warning; among 45 / 50 / 4,2 not adding up, a warning", async () => {
  const survey = async (shares: (number | string)[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khao sat');
    ws.addRow(['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG']);
    ws.addRow(['STT', 'Mức độ hài lòng', 'Tỷ lệ (%)']);
    ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'].forEach((l, k) => ws.addRow([k + 1, l, shares[k]]));
    return analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
  };
  const right = await survey([45, 50, 4.2, 0.8]);
  expect(right.figures.survey).toMatchObject({ veryHigh: 45, high: 50, neutral: 4.2, low: 0.8 });
  expect(lone(right)).toEqual([]);
  expect(right.issues.filter((i) => i.code === 'sum-mismatch')).toEqual([]);
  const off = await survey([45, 50, 4.2, '0,7']);
  expect(off.figures.survey).toMatchObject({ low: 0.7 });
  expect(lone(off).map((i) => [i.cell, i.severity])).toEqual([['C6', 'warning']]);
});

test('tester 6 item 3: a target under 1 % or an achievement over 200 % is warned of and marked in the draft', async () => {
  const a = await indicators([
    ['Tỷ lệ hồ sơ giải quyết đúng hạn', '95%', '96%'],
    ['Văn bản được ký số', '0,9%', '85%'],
    ['Hồ sơ công việc xử lý trên môi trường mạng', '20%', '82%'],
  ]);
  expect(values(a)[1]).toEqual([0.9, 85]);
  const warned = a.issues.filter((i) => i.sentence === 'achievement-implausible');
  expect(warned.map((i) => [i.cell, i.severity, i.code])).toEqual([
    ['C3', 'warning', 'constraint-error'],
    ['C4', 'warning', 'constraint-error'],
  ]);
  expect(issueMessage(warned[0], 'vi')).toBe(
    'Ở dòng «Văn bản được ký số», chỉ tiêu là 0,9% và thực hiện là 85%, tức đạt 9.444,4% chỉ tiêu: chỉ tiêu dưới 1% hay mức đạt trên 200% thường là do ghi nhầm.',
  );
  expect(issueMessage(warned[1], 'en')).toContain('an achievement of 410.0%');
  const draft = await draftOf(a);
  expect(draft.find((p) => p.includes('văn bản được ký số'))).toContain('[cần xem lại: Chi tieu!C3]');
  expect(draft.find((p) => p.includes('hồ sơ công việc'))).toContain('[cần xem lại: Chi tieu!C4]');
  expect(draft.find((p) => p.includes('Tỷ lệ hồ sơ giải quyết đúng hạn'))).not.toContain('cần xem lại');
});

async function budget(rates: Cell[], head = 'Tỷ lệ (%)'): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thu chi NS');
  ws.addRow(['THU CHI NGÂN SÁCH XÃ NĂM 2023']);
  ws.addRow(['', '', '', '', 'ĐVT: đồng']);
  ws.addRow(['STT', 'Nội dung', 'Dự toán', 'Thực hiện', head]);
  const lines: [string, string, number, number][] = [
    ['I', 'Tổng thu ngân sách xã', 7_239_000_000, 6_100_500_000],
    ['II', 'Tổng chi ngân sách xã', 6_105_000_000, 5_900_000_000],
  ];
  lines.forEach((l, k) => ws.addRow([...l, rates[k] as string | number]));
  return analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
}

test('tester 6 item 12: a budget «Tỷ lệ (%)» typed as fractions of 1 (0.843, 0.966) is read as 84,3 % and 96,6 %, with a note and no error', async () => {
  const a = await budget([0.843, 0.966]);
  const f = fractions(a);
  expect(f.map((i) => [i.cell, i.severity, i.field])).toEqual([['E4, E5', 'info', 'statedPct']]);
  expect(issueMessage(f[0], 'vi')).toContain('nhân với 100 thì mỗi ô đúng bằng tỷ lệ tính từ các số của cùng dòng');
  expect(issueMessage(f[0], 'vi')).toContain('«0.843» là 84,3%');
  expect(a.issues.filter((i) => i.code === 'percent-mismatch')).toEqual([]);
  expect(a.tables.budget!.rows.map((r) => r.values.statedPct?.value)).toEqual([expect.closeTo(84.3, 6), expect.closeTo(96.6, 6)]);
  // Fractions that are not the rows' rates are left as written; the error quotes the clerk's value as written
  // and the computed rate to the report's decimals.
  const wrong = await budget([0.5, 0.966]);
  expect(fractions(wrong)).toEqual([]);
  const e = wrong.issues.filter((i) => i.code === 'percent-mismatch');
  expect(e.map((i) => i.cell)).toEqual(['E4', 'E5']);
  expect(issueMessage(e[1], 'vi')).toBe(
    'Ở dòng «Tổng chi ngân sách xã», tỷ lệ ghi 0,966% nhưng thực hiện / dự toán cấp trên giao = 5.900.000.000 / 6.105.000.000 = 96,642%; làm tròn đến 3 chữ số thập phân như tỷ lệ đã ghi thì là 96,642%.',
  );
  const whole = await budget([84.27, 96.6]);
  expect(whole.issues.filter((i) => i.code === 'percent-mismatch' || i.sentence === 'percent-as-fraction')).toEqual([]);
  const off = await budget([84.2, 96.6]);
  expect(
    issueMessage(
      off.issues.find((i) => i.code === 'percent-mismatch')!,
      'vi',
    ),
  ).toBe(
    'Ở dòng «Tổng thu ngân sách xã», tỷ lệ ghi 84,2% nhưng thực hiện / dự toán cấp trên giao = 6.100.500.000 / 7.239.000.000 = 84,27%; làm tròn đến 1 chữ số thập phân như tỷ lệ đã ghi thì là 84,3%.',
  );
});

test('tester 15 item 9: survey shares 0.45 / 0.5 / 0.04 / 0.01 adding up to 1 are 45 / 50 / 4 / 1 %, no sum error', async () => {
  const survey = async (shares: number[]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khảo sát');
    ws.addRow(['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG']);
    ws.addRow(['STT', 'Mức độ hài lòng', 'Tỷ lệ']);
    ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'].forEach((l, k) => ws.addRow([k + 1, l, shares[k]]));
    return analyze(await readSnapshotFromXlsx(await workbookBytes(wb)));
  };
  const a = await survey([0.45, 0.5, 0.04, 0.01]);
  expect(a.figures.survey).toMatchObject({ veryHigh: 45, high: 50, neutral: 4, low: 1, satisfied: 95 });
  expect(a.issues.filter((i) => i.code === 'sum-mismatch')).toEqual([]);
  const f = fractions(a);
  expect(f.map((i) => [i.cell, i.severity, i.field])).toEqual([['C3, C4, C5, C6', 'info', 'share']]);
  expect(issueMessage(f[0], 'vi')).toContain('cộng lại đúng bằng 1');
  expect(issueMessage(f[0], 'vi')).toContain('«0.45» là 45%');
  // Not adding up to 1: no sign, read as written (0,45 % shown to one decimal; the sum check then speaks).
  const off = await survey([0.45, 0.3, 0.04, 0.01]);
  expect(off.figures.survey).toMatchObject({ veryHigh: 0.5, high: 0.3 });
  expect(off.issues.filter((i) => i.code === 'sum-mismatch').length).toBe(1);
  expect(fractions(off)).toEqual([]);
});

test('tester 15 item 10: «Tỷ lệ …» indicators under «Kế hoạch» / «Thực hiện», every value in 0–1, most above 0,5, are fractions', async () => {
  const a = await indicators(
    [
      ['Tỷ lệ hồ sơ giải quyết đúng hạn', 0.95, 0.98],
      ['Tỷ lệ hồ sơ nộp trực tuyến', 0.3, 0.125],
      ['Tỷ lệ hài lòng của người dân', 0.9, 0.95],
    ],
    ['Kế hoạch', 'Thực hiện'],
  );
  expect(values(a)).toEqual([
    [95, 98],
    [30, 12.5],
    [90, 95],
  ]);
  expect(a.figures.indicators!.map((i) => i.achievement)).toEqual([103.2, 41.7, 105.6]);
  expect(fractions(a).map((i) => [i.cell, i.field])).toEqual([
    ['C2, C3, C4', 'target'],
    ['D2, D3, D4', 'actual'],
  ]);
  expect(issueMessage(fractions(a)[0], 'vi')).toContain('phần lớn trên 0,5');
  expect(a.issues.filter((i) => i.sentence === 'achievement-implausible')).toEqual([]);
  // Names that do not say percent under headers that do not either: left as written.
  const unnamed = await indicators(
    [
      ['Hồ sơ giải quyết đúng hạn', 0.95, 0.98],
      ['Hồ sơ nộp trực tuyến', 0.3, 0.125],
    ],
    ['Kế hoạch', 'Thực hiện'],
  );
  expect(values(unnamed)).toEqual([
    [0.95, 0.98],
    [0.3, 0.125],
  ]);
});
