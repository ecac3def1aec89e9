/**
 * The report sheet's education shares are rounded by the largest remainder so that they add up to 100 %
 * (REPORTING-SCHEMA.md §4); when a share so rounded differs from its own plain rounding (17 of 21: 80,9 %, where
 * 17 / 21 rounded is 81,0 %) a note line under the table says why and names the share, in either language; when none
 * differs there is no note. A staff list written with exceljs, its report copy written and read back with exceljs.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { FileHost } from '../../../src/hosts/file';
import type { Lang } from '../../../src/core/issues';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ'];
const GIVEN = ['An', 'Bình', 'Cường'];

/** A staff list of cán bộ, one person per education level written, in that order (at most 21, each named apart). */
async function staffBook(levels: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('CBCC');
  ws.addRow(['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN PHÚ NĂM 2023']);
  ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Loại', 'Trình độ chuyên môn']);
  levels.forEach((level, i) => ws.addRow([i + 1, `${FAMILY[i % 7]} Văn ${GIVEN[Math.floor(i / 7)]}`, 1970 + i, 'Cán bộ', level]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The report copy's sheet: each row's cell values, from the row of `first` to the first blank row after it. */
async function educationRows(bytes: Uint8Array, lang: Lang, first: string): Promise<{ rows: unknown[][]; shares: number[] }> {
  const host = await FileHost.open(bytes);
  const analysis = analyze(await host.readSnapshot(), { lang, overrides: await host.loadOverrides() });
  const name = await host.writeReportSheet(reportSheetLayout(analysis, lang, 'cli'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await host.save()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(name)!;
  let top = 0;
  ws.eachRow((r, n) => {
    if (!top && r.getCell(1).value === first) top = n;
  });
  if (!top) throw new Error(`no row «${first}»`);
  const rows: unknown[][] = [];
  for (let n = top; ws.getRow(n).getCell(1).value !== null; n++) rows.push([1, 2, 3].map((c) => ws.getRow(n).getCell(c).value));
  return { rows, shares: rows.slice(0, 5).map((r) => r[2] as number) };
}

const LEVELS_17_OF_21 = ['Thạc sĩ', ...Array<string>(17).fill('Đại học'), ...Array<string>(3).fill('Trung cấp')];

describe('the education shares on the report sheet', () => {
  it.each([
    ['vi', 'Sau đại học', 'Ghi chú: các tỷ lệ được làm tròn sao cho cộng lại đúng 100% (phương pháp phần dư lớn nhất); làm tròn riêng thì Đại học là 81,0%.'],
    ['en', 'Postgraduate', 'Note: the shares are rounded to add up to exactly 100% (largest remainder); rounded alone, University would be 81.0%.'],
  ] as const)('17 of 21 at university (%s): 80,9 %, and the note under the table says why', async (lang, first, note) => {
    const { rows, shares } = await educationRows(await staffBook(LEVELS_17_OF_21), lang, first);
    // 1, 17, 0, 3, 0 of 21: 4,8 + 80,9 + 0 + 14,3 + 0 = 100 (17 / 21 alone rounds to 81,0).
    expect(shares).toEqual([0.048, 0.809, 0, 0.143, 0]);
    expect(rows.length).toBe(6);
    expect(rows[5]).toEqual([note, null, null]);
  });

  it('no note when every share is its own plain rounding (1, 2, 1 of 4)', async () => {
    const { rows, shares } = await educationRows(await staffBook(['Thạc sĩ', 'Đại học', 'Đại học', 'Trung cấp']), 'vi', 'Sau đại học');
    expect(shares).toEqual([0.25, 0.5, 0, 0.25, 0]);
    expect(rows.length).toBe(5);
  });
});
