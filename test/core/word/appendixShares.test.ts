/**
 * The appendix's staff table writes its shares as the text does (tester item 27): a whole share without ",0"
 * ("0", "100"), any other with the report's decimals ("80,9"), on the example read from its .xlsx bytes and the
 * .docx written and read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { EDUCATION_LEVELS } from '../../../src/core/figures/types';
import { formatRoundedNumberVi, formatRoundedPercentVi } from '../../../src/core/format';
import { paragraphs, unzipDocx } from './fixture';

const EXAMPLE = path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx');

test('formatRoundedNumberVi: whole results without ",0", others with their decimals', () => {
  expect([0, 100, 80.95, 6.04, 49.96, 12.5].map((x) => formatRoundedNumberVi(x, 1))).toEqual(['0', '100', '81', '6', '50', '12,5']);
  expect(formatRoundedNumberVi(33.333, 2)).toBe('33,33');
  expect(formatRoundedPercentVi(0, 1)).toBe('0%');
  expect(formatRoundedPercentVi(60.55, 1)).toBe('60,6%');
});

test('the staff table of the appendix: "0" and "100", never "0,0" or "100,0", as the text says "0%"', async () => {
  const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(EXAMPLE))));
  const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
  const staff = (doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) => t.includes('Trình độ chuyên môn'))!;
  const rows = staff.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)!.map(paragraphs);
  const edu = a.figures.staff!.education;
  // The example has a level nobody holds: the case the tester saw written "0,0".
  expect(EDUCATION_LEVELS.some((l) => edu[l].count === 0)).toBe(true);
  const shares = rows.slice(1).map((r) => r[2]);
  expect(shares).toEqual([...EDUCATION_LEVELS.map((l) => formatRoundedNumberVi(edu[l].pct!, 1)), '100']);
  expect(shares).toContain('0');
  expect(shares.filter((s) => /,0$/.test(s))).toEqual([]);
  expect(shares).toContain('80,9');
});
