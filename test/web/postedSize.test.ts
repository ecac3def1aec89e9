/**
 * Issue 15 point 4: the worker keeps the analysis and posts the page only what it shows. What
 * postMessage would carry is measured as V8's structured-clone serialization of each reply (the
 * same algorithm): it must not grow with the dossier log, and the report and the draft are then
 * made from the worker's own copy. Before, a 20 000-row log posted about 17 MB to the page.
 */
import { serialize } from 'node:v8';
import { unzipSync } from 'fflate';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { createHandler } from '../../src/web/handler';
import type { ReportReply, WorkerReply } from '../../src/web/protocol';
import type { AnalysisView } from '../../src/ui/analysisView';
import { dossierWorkbook } from '../../bench/workbooks';

async function session(rows: number) {
  const replies: WorkerReply[] = [];
  const handle = createHandler((r) => replies.push(r), FileHost, defaultCore);
  const bytes = new Uint8Array(await dossierWorkbook(rows));
  await handle({ id: 1, type: 'check', lang: 'vi', bytes });
  const done = (id: number) => {
    const r = replies.find((x) => x.id === id && x.type !== 'progress');
    if (r?.type !== 'done') throw new Error(`request ${id}: ${JSON.stringify(r)}`);
    return r;
  };
  return { handle, replies, done, checked: done(1) };
}

const posted = (r: WorkerReply) => serialize(r).length;

test('the check posted to the page stays small and does not grow with the dossier log', async () => {
  const small = await session(1_000);
  const large = await session(20_000);
  const view = large.checked.result as AnalysisView;
  // It is the real analysis: the dossier log was found and counted...
  expect(view.tables.dossiers?.located.range).toMatch(/^A2:I20002$/);
  expect(view.figures.tthc?.received).toBe(20_000);
  // ...sent without its rows: a few kilobytes whatever the length of the log.
  expect(posted(large.checked)).toBeLessThan(64 * 1024);
  expect(posted(large.checked)).toBeLessThan(posted(small.checked) * 1.2);
  // Every message of the check, progress included, is small.
  for (const r of large.replies) expect(posted(r)).toBeLessThan(64 * 1024);
}, 240_000);

test("the report and the Word draft come from the worker's copy of that check", async () => {
  const s = await session(5_000);
  await s.handle({ id: 2, type: 'report', lang: 'vi' });
  const report = s.done(2).result as ReportReply;
  expect(report.sheet).toBe('Báo cáo');
  const sheetNames = new TextDecoder().decode(unzipSync(report.bytes)['xl/workbook.xml']);
  expect(sheetNames).toContain('name="Báo cáo"');
  await s.handle({ id: 3, type: 'word' });
  const docx = unzipSync(s.done(3).result as Uint8Array);
  // The draft states the dossiers counted from the kept rows: 5 000, written the Vietnamese way.
  expect(new TextDecoder().decode(docx['word/document.xml'])).toContain('5.000');
}, 240_000);
