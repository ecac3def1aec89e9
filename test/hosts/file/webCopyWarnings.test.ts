/** The web worker's report reply: the copy is the user's package plus our sheet, so it has nothing to warn about, even for validations no library could read. */
import ExcelJS from 'exceljs';
import { FileHost } from '../../../src/hosts/file';
import { createHandler } from '../../../src/web/handler';
import type { ReportReply, WorkerReply } from '../../../src/web/protocol';
import { defaultCore } from '../../../src/ui/core';
import { workbookBytes } from '../../helpers/xlsx';

async function fileWith(validationColumns: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'x';
  const dv = (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
  for (const col of validationColumns) dv.add(`${col}1:${col}1048576`, { type: 'list', formulae: ['"a,b"'] });
  return workbookBytes(wb);
}

async function reportReply(bytes: Uint8Array): Promise<ReportReply> {
  const replies: WorkerReply[] = [];
  const handle = createHandler((r) => replies.push(r), FileHost, defaultCore);
  await handle({ id: 1, type: 'check', lang: 'vi', bytes });
  expect(replies.find((r) => r.type === 'done')).toBeDefined();
  // The report is made from the worker's own analysis of that check.
  await handle({ id: 2, type: 'report', lang: 'vi' });
  const reply = replies.find((r) => r.id === 2 && r.type !== 'progress')!;
  expect(reply.type).toBe('done');
  return (reply as { result: ReportReply }).result;
}

describe('web worker report reply', () => {
  it('has no warning when the validations are too large for a library to read: they are kept as they are', async () => {
    const r = await reportReply(await fileWith(['B', 'C', 'D']));
    expect(r.warnings).toBeUndefined();
    expect(r.bytes.length).toBeGreaterThan(0);
  });

  it('has none when everything is kept', async () => {
    const r = await reportReply(await fileWith([]));
    expect(r.warnings).toBeUndefined();
  });
});
