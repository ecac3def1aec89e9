/**
 * The report copy of a large log (tester item 12): a 10 MB export of 225 000 dossiers inflates to an
 * 84 MB sheet; the copy edits only the selected sheet's tab flag, as bytes, so its budget counts that
 * sheet twice (inflated and edited), not five times as text, and the copy is made.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { exampleBytes } from '../../scripts/make-example';
import { tempDir } from '../helpers/xlsx';
import { runCli } from '../cli/runCli';
import { copyMemoryNeeded, copyTooBig, COPY_MEMORY_BUDGET } from '../../src/xlsx/package/budget';
import type { GuardResult } from '../../src/xlsx/zip/guard';

const MB = 1024 * 1024;

describe('the report copy of a large workbook', () => {
  it('fits the budget for a 10 MB file whose log sheet inflates to 84 MB', () => {
    const entries = new Map<string, number>([
      ['[Content_Types].xml', 2_000],
      ['xl/workbook.xml', 1_500],
      ['xl/_rels/workbook.xml.rels', 1_200],
      ['xl/styles.xml', 6_000],
      ['xl/sharedStrings.xml', 29_142_296],
      ['xl/worksheets/sheet3.xml', 83_774_499],
    ]);
    const guard = { entries } as unknown as GuardResult;
    const needed = copyMemoryNeeded(10_273_061, guard, { name: 'Báo cáo', cells: new Array(400).fill({}) } as never);
    expect(needed).toBeLessThan(COPY_MEMORY_BUDGET);
    expect(needed).toBeGreaterThan(2 * 83 * MB);
  });

  it('clears the selected tab of a user sheet in its bytes, leaving every other byte as it was', async () => {
    const dir = tempDir('cchc-copy-');
    try {
      const input = path.join(dir, 'xa.xlsx');
      // The first sheet selected, its part starting with a UTF-8 BOM and a Vietnamese code name before
      // the flag, so that character and byte offsets differ.
      const parts = unzipSync(await exampleBytes());
      const first = Object.keys(parts)
        .filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))
        .sort()[0];
      let xml = strFromU8(parts[first]).replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, '');
      xml = xml.replace(/(<sheetPr\b[^>]*?)(\/?>)/, '$1 codeName="Trang_tính_Đầu"$2');
      if (!/codeName/.test(xml)) xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr codeName="Trang_tính_Đầu"/>');
      xml = xml.replace(/(<(?:sheetFormatPr|cols|sheetData)\b)/, '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>$1');
      parts[first] = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml)]);
      fs.writeFileSync(input, zipSync(parts));
      const before = unzipSync(fs.readFileSync(input));
      const selected = [first];
      const r = await runCli(['report', input, '--force', '--out', dir]);
      expect(r.code).toBeLessThanOrEqual(1); // 1: the example's open issues
      const after = unzipSync(fs.readFileSync(path.join(dir, 'xa.report.xlsx')));
      const want = Buffer.from(
        Buffer.from(before[selected[0]])
          .toString('latin1')
          .replace(/ tabSelected="1"/, ''),
        'latin1',
      );
      expect(want.length).toBe(before[selected[0]].length - ' tabSelected="1"'.length);
      expect(Buffer.from(after[selected[0]]).equals(want)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the refusal of a copy over the budget', () => {
  it('says the Word draft can still be made, not that it was (the web page downloads none with it)', () => {
    const e = copyTooBig(420 * MB);
    expect(e.text.vi + e.text.en).not.toMatch(/vẫn được lập|is still written/);
    expect(e.text.vi).toMatch(/vẫn lập được bản nháp Word/);
  });
});
