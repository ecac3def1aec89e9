/**
 * The roll-up's numbers in each language (tester 5 item 19), as the commune's own outputs write them: in English
 * «1,560» and «3.8%», in Vietnamese «1.560» and «3,8%», on the command line; the roll-up workbook holds numbers
 * (Excel shows them in its own locale) and no number written as text; the Word summary is a Vietnamese document
 * in both runs (as the commune's Word draft is), its numbers Vietnamese. Real .xlsx, the built command line.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { communeBytes, communeSpec } from './communes';

jest.setTimeout(180000);

const dir = tempDir('cchc-rollup-numbers-');
const inputs = path.join(dir, 'xa');
/** Received 1 030 and 530: the province 1 560, 60 online (3,846…% -> 3,8%), 1 500 on time (96,15…% -> 96,2%). */
const BIG = [
  communeSpec(0, { tthc: [{ field: 'Hộ tịch', online: 30, direct: 1000, early: 900, onTime: 100, late: 30 }] }),
  communeSpec(1, { tthc: [{ field: 'Hộ tịch', online: 30, direct: 500, early: 400, onTime: 100, late: 30 }] }),
];
const runs: Record<'vi' | 'en', { stdout: string; xlsx: string }> = {} as never;

beforeAll(async () => {
  fs.mkdirSync(inputs, { recursive: true });
  for (let i = 0; i < BIG.length; i++) fs.writeFileSync(path.join(inputs, `xa-${i + 1}.xlsx`), await communeBytes(BIG[i]));
  for (const lang of ['vi', 'en'] as const) {
    const xlsx = path.join(dir, lang, 'tong-hop.xlsx');
    const run = await runCli(['rollup', inputs, '--out', xlsx, ...(lang === 'en' ? ['--lang', 'en'] : [])]);
    expect(run.code).toBe(0);
    runs[lang] = { stdout: run.stdout, xlsx };
  }
});

describe('the roll-up’s numbers', () => {
  it('follow English style on the command line in English', () => {
    expect(runs.en.stdout).toContain('Province: 1,560 dossiers received, 3.8% online, 96.2% resolved on time');
    expect(runs.en.stdout).not.toMatch(/\d\.\d{3}\b|\d,\d%/);
  });

  it('stay Vietnamese on the command line in Vietnamese', () => {
    expect(runs.vi.stdout).toContain('Toàn tỉnh: tiếp nhận 1.560 hồ sơ TTHC, trực tuyến 3,8%, giải quyết đúng hạn 96,2%');
  });

  it.each(['vi', 'en'] as const)('are numbers in the roll-up workbook (%s), never text, shown by Excel’s own formats', async (lang) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(runs[lang].xlsx);
    const totals = wb.getWorksheet(lang === 'en' ? 'Totals' : 'Tổng hợp')!;
    const row = (label: string) => {
      let found: ExcelJS.Row | undefined;
      totals.eachRow((r) => {
        if (r.getCell(1).value === label) found = r;
      });
      return found!.getCell(2);
    };
    const received = row(lang === 'en' ? 'Dossiers received' : 'Hồ sơ TTHC tiếp nhận');
    expect([received.value, received.numFmt]).toEqual([1560, '#,##0']);
    const online = row(lang === 'en' ? 'Online share = Σ online / Σ received' : 'Tỷ lệ tiếp nhận trực tuyến = Σ trực tuyến / Σ tiếp nhận');
    // The exact quotient 60 / 1 560, shown «3.8%» by its format (tester 7 item 5: never a rounded value).
    expect([online.value, online.numFmt]).toEqual([60 / 1560, '0.0%']);
    // No figure written as text in either style (file names and dates aside).
    for (const ws of wb.worksheets)
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (typeof c.value === 'string') expect(c.value.replace(/\d\d\/\d\d\/\d{4}/g, '')).not.toMatch(/\d[.,]\d/);
        }),
      );
  });

  it('are Vietnamese in the Word summary, a Vietnamese document in both runs', () => {
    const text = (lang: 'vi' | 'en') =>
      strFromU8(unzipSync(fs.readFileSync(runs[lang].xlsx.replace(/\.xlsx$/, '.docx')))['word/document.xml']).replace(/<[^>]+>/g, '');
    expect(text('en')).toContain('Các xã đã tiếp nhận 1.560 hồ sơ TTHC');
    expect(text('en')).toContain('đạt tỷ lệ 3,8%');
    expect(text('en')).toBe(text('vi'));
  });
});
