/**
 * The roll-up on communes' figures in question (tester 7 item 5). Three copies of the example workbook, as communes
 * send it: its revenue line «1.464.000» and «1095000» are in another unit (×1 000; unit-mismatch on Thu chi NS!E6, E7),
 * which the commune's own draft leaves «đạt [...]%». One commune corrected them; one has a wrong TTHC total (an error
 * on its received count, which its draft marks). The province's revenue must never read «đạt 0%» unmarked: the two
 * communes in another unit are left out of it and named with their cells; the TTHC total is summed and marked with its
 * commune; the «Tổng hợp» sheet's ratio cells hold the exact quotients. Real .xlsx in, real .xlsx and .docx out.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { buildRollup, communeResult, type Rollup } from '../../src/core/rollup';
import { rollupSheets } from '../../src/core/rollup/sheets';
import { buildRollupSummary } from '../../src/core/rollup/word';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { rollupWorkbookBytes } from '../../src/hosts/file/rollupWorkbook';
import { viewOf } from '../../src/ui/analysisView';

const EXAMPLE = path.join(__dirname, '../../examples/ba-bich-2023.xlsx');

/** The example as commune `agency`, with `edit` made to it. */
async function commune(agency: string, edit: (wb: ExcelJS.Workbook) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet('Thong tin')!.getCell('B3').value = agency;
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let rollup: Rollup;
let text: string[];
let totals: (string | number | null)[][];
let totalsFill: (string | undefined)[];
let communesRows: ExcelJS.Row[];

beforeAll(async () => {
  const files: [string, Uint8Array][] = [
    ['a.xlsx', await commune('UBND XÃ BA BÍCH')],
    // Corrected: the revenue in đồng, as the unit says.
    [
      'b.xlsx',
      await commune('UBND XÃ BA ĐIỀN', (wb) => {
        const b = wb.getWorksheet('Thu chi NS')!;
        b.getCell('E6').value = 1_464_000_000;
        b.getCell('E7').value = 1_095_000_000;
      }),
    ],
    // A TTHC total that is not the sum of its fields (289): an error on the received count.
    ['c.xlsx', await commune('Ủy ban nhân dân xã Ba Lê', (wb) => void (wb.getWorksheet('TTHC Q1')!.getCell('C14').value = 300))],
  ];
  const communes = [];
  for (const [file, bytes] of files) {
    const a = analyze(await readSnapshotFromXlsx(bytes));
    // The last one as the web page's worker hands it over: its view, without sources.
    communes.push(file === 'c.xlsx' ? communeResult(file, JSON.parse(JSON.stringify(viewOf(a)))) : communeResult(file, a));
  }
  rollup = buildRollup(communes, []);
  const xml = strFromU8(unzipSync(await buildRollupSummary(rollup))['word/document.xml']);
  text = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await rollupWorkbookBytes(rollupSheets(rollup, 'vi'))) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Tổng hợp')!;
  totals = [];
  totalsFill = [];
  ws.eachRow((row) => {
    totals.push([1, 2, 3, 4].map((k) => row.getCell(k).value as string | number | null));
    totalsFill.push((row.getCell(2).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
  });
  communesRows = [];
  wb.getWorksheet('Các xã')!.eachRow((row) => void communesRows.push(row));
});

const line = (label: string) => totals.findIndex((r) => r[0] === label);

describe('a province figure built on communes’ figures in question', () => {
  it('leaves the revenue in another unit out, names those communes and their cells, never «đạt 0%» unmarked', () => {
    // Only the corrected commune's revenue is summed.
    expect(rollup.totals.budget!.revenue.actual).toBe(1_464_000_000);
    expect(rollup.contributors['budget.revenue.actual']).toBe(1);
    expect(rollup.totals.budget!.revenue.pctSuperior).toBe(20.2);
    const sentence = text.find((t) => t.startsWith('Thu ngân sách các xã'))!;
    expect(sentence).toContain('thực hiện 1.464.000.000 đồng');
    expect(sentence).toContain(
      '(không cộng số liệu của UBND xã Ba Bích (Thu chi NS!E6, E7); UBND xã Ba Lê (Thu chi NS!E6, E7) vì ghi theo đơn vị khác, cần xem lại)',
    );
    expect(sentence).toContain('(tính trên 1 trong 3 xã có số liệu)');
    expect(sentence).toMatch(/đạt 20,2% dự toán cấp trên giao/);
    expect(sentence).not.toMatch(/đạt 0%/);
    // The sheet says the same beside the figure, and fills it yellow.
    const actual = totals[line('Thu ngân sách: thực hiện (đồng)')];
    expect(actual.slice(1, 3)).toEqual([1_464_000_000, 1]);
    expect(actual[3]).toBe('Không cộng số liệu của UBND xã Ba Bích (Thu chi NS!E6, E7); UBND xã Ba Lê (Thu chi NS!E6, E7): ghi theo đơn vị khác, cần xem lại.');
    expect(totalsFill[line('Thu ngân sách: thực hiện (đồng)')]).toBe('FFFFEB9C');
  });

  it('sums a figure its commune’s draft marks, and marks the total with that commune and cell', () => {
    expect(rollup.totals.tthc!.received).toBe(289 + 289 + 300);
    const sentence = text.find((t) => t.startsWith('Các xã đã tiếp nhận'))!;
    expect(sentence).toMatch(/^Các xã đã tiếp nhận 878 \[cần xem lại: UBND xã Ba Lê \(TTHC Q1!C14[^)]*\)\] hồ sơ TTHC/);
    const received = totals[line('Hồ sơ TTHC tiếp nhận')];
    expect(received[1]).toBe(878);
    expect(received[3]).toMatch(/^Đã cộng cả số liệu cần xem lại của UBND xã Ba Lê \(TTHC Q1!C14/);
    // A figure no commune questions is neither marked nor noted.
    expect(totals[line('Hồ sơ đang giải quyết')][3]).toBeNull();
  });

  it('stores each ratio of «Tổng hợp» as its exact quotient, not rounded to 3 decimals', () => {
    const online = rollup.totals.tthc!.online!;
    expect(totals[line('Tỷ lệ tiếp nhận trực tuyến = Σ trực tuyến / Σ tiếp nhận')][1]).toBe(online / 878);
    expect(totals[line('Thu ngân sách: so dự toán cấp trên = Σ thực hiện / Σ dự toán')][1]).toBe(1_464_000_000 / 7_239_000_000);
  });

  it('leaves a commune’s share in another unit blank and yellow in «Các xã», as its own report sheet does', () => {
    const header = communesRows.find((r) => r.getCell(1).value === 'STT')!;
    const col = (title: string) => (header.values as unknown[]).indexOf(title);
    const rowOf = (file: string) => communesRows.find((r) => r.getCell(col('Tệp')).value === file)!;
    const share = col('Thu so DT cấp trên');
    expect(rowOf('a.xlsx').getCell(share).value).toBeNull();
    expect((rowOf('a.xlsx').getCell(share).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(rowOf('b.xlsx').getCell(share).value).toBeCloseTo(0.202, 6);
    expect((rowOf('c.xlsx').getCell(col('TTHC tiếp nhận')).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
  });
});
