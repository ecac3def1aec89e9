/**
 * The web page's worker across readings of one file (issue 11 point 2): the file fixed and read again
 * is checked as saved, the pins made on the page stay when it is the same file (keepPins) and go with
 * another file; the same bytes read again are not opened a second time. Real workbooks, real file host.
 */
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { createHandler, type FileHostFactory } from '../../src/web/handler';
import type { WorkerReply } from '../../src/web/protocol';
import type { AnalysisView } from '../../src/ui/analysisView';
import { workbookBytes } from '../helpers/xlsx';

/** A TTHC table whose "resolved" column has a header no synonym knows (E); `fixed`: Hộ tịch's 3 + 2 = 5 received (else 3 + 1). */
async function tthc(fixed: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('TTHC').addRows([
    ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
    ['Hộ tịch', 5, 3, fixed ? 2 : 1, 4],
    ['Đất đai', 7, 1, 6, 7],
  ]);
  return workbookBytes(wb);
}

function worker() {
  const open = jest.fn((b: Uint8Array) => FileHost.open(b));
  const files: FileHostFactory = { open, blank: () => FileHost.blank() };
  const replies: WorkerReply[] = [];
  const handle = createHandler((r) => replies.push(r), files, defaultCore);
  let id = 0;
  const ask = async <T>(body: Record<string, unknown>): Promise<T> => {
    await handle({ ...body, id: ++id } as never);
    const r = replies.at(-1)!;
    if (r.type !== 'done') throw new Error(JSON.stringify(r));
    return r.result as T;
  };
  return { ask, open };
}

const asksForResolved = (a: AnalysisView) => a.issues.filter((i) => i.table === 'tthc' && i.field === 'resolved' && i.code === 'missing-label');
const sumOff = (a: AnalysisView) => a.issues.filter((i) => i.sheet === 'TTHC' && i.cell === 'B2');

test('read again after a fix: the fix is seen, the pin stays; another file drops the pin', async () => {
  const { ask, open } = worker();
  const saved = await tthc(false);
  // Each reading is its own buffer, as File.arrayBuffer gives.
  const first = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes: saved.slice() });
  expect(sumOff(first)).toHaveLength(1);
  expect(asksForResolved(first)).toHaveLength(1);
  const pinned = await ask<{ analysis: AnalysisView }>({ type: 'pinField', lang: 'vi', table: 'tthc', field: 'resolved', column: 'E' });
  expect(asksForResolved(pinned.analysis)).toEqual([]);

  // The same bytes read again: not opened again, the pin kept.
  const same = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes: saved.slice(), keepPins: true });
  expect(open).toHaveBeenCalledTimes(1);
  expect(asksForResolved(same)).toEqual([]);

  // Saved with the fix: opened afresh, the slip gone, the pin still there.
  const fixed = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes: await tthc(true), keepPins: true });
  expect(open).toHaveBeenCalledTimes(2);
  expect(sumOff(fixed)).toEqual([]);
  expect(asksForResolved(fixed)).toEqual([]);
  expect(fixed.tables.tthc!.located.columns.resolved).toBe(4);

  // Another file (keepPins absent): the page's pins went with the old one.
  const other = await ask<AnalysisView>({ type: 'check', lang: 'vi', bytes: await tthc(true) });
  expect(asksForResolved(other)).toHaveLength(1);
}, 60_000);
