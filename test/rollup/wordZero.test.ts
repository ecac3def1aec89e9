/**
 * Tester item 29: the roll-up summary's education sentence words counts as the commune draft does — a level
 * no one holds is left out (never "chưa qua đào tạo 0 người (0%)"), counts 1–9 with a leading zero.
 * Real commune workbooks, a real .docx read back.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { analyze } from '../../src/core/analyze';
import { buildRollup, communeResult } from '../../src/core/rollup';
import { buildRollupSummary } from '../../src/core/rollup/word';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { communeBytes, communeSpec } from './communes';

jest.setTimeout(60000);

it('leaves out an education level no one holds and writes small counts with a leading zero', async () => {
  const staff = (k: number) => Array.from({ length: 2 }, (_, i) => [`Trần Thị ${k}${i}`, 'Công chức', 'Đại học'] as [string, 'Công chức', string]);
  const communes = [];
  for (let k = 0; k < 2; k++) {
    const a = analyze(await readSnapshotFromXlsx(await communeBytes(communeSpec(k, { staff: staff(k) }))));
    communes.push(communeResult(`xa-${k + 1}.xlsx`, a));
  }
  const xml = strFromU8(unzipSync(await buildRollupSummary(buildRollup(communes, [])))['word/document.xml']);
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  const line = text.find((p) => p.startsWith('Về trình độ chuyên môn'))!;
  expect(line).toContain('đại học 04 người (100%)');
  expect(line).not.toMatch(/\b0 người|chưa qua đào tạo/);
});
