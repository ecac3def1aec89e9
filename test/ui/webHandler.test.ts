import { createHandler, toPostedError, type FileHostFactory } from '../../src/web/handler';
import type { WorkerReply } from '../../src/web/protocol';
import { fakeAnalysis, fakeCore, fakeHost } from './fakes';

function setup() {
  const replies: WorkerReply[] = [];
  const saved = new Uint8Array([7, 7]);
  const files: FileHostFactory = {
    open: jest.fn(async () => ({ ...fakeHost(), save: async () => saved })),
    blank: jest.fn(() => ({ ...fakeHost(), save: async () => saved })),
  };
  const core = fakeCore();
  const handle = createHandler((r) => replies.push(r), files, core);
  return { replies, files, core, handle, saved };
}

test('check opens the bytes once, posts progress, then the view of the analysis', async () => {
  const { replies, files, handle } = setup();
  await handle({ id: 1, type: 'check', lang: 'vi', bytes: new Uint8Array([80, 75]) });
  await handle({ id: 2, type: 'check', lang: 'vi' });
  expect(files.open).toHaveBeenCalledTimes(1);
  expect(replies.filter((r) => r.id === 1).map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'progress', 'done']);
  const done = replies.at(-1) as unknown as { id: number; type: string; result: Record<string, unknown> };
  expect(done).toMatchObject({ id: 2, type: 'done', result: { issues: fakeAnalysis().issues } });
  // The page gets where each table is, not its rows, data-row list or the figures' source cells.
  expect(done.result.tables).toEqual({
    budget: { located: { table: 'budget', sheet: 'Thu chi', range: 'A4:H17', headerRows: [3], columns: {} } },
  });
  expect(done.result).not.toHaveProperty('sources');
});

test("report and word are made from the worker's own analysis; a report before any file fails with a posted error", async () => {
  const { replies, handle, saved, core } = setup();
  await handle({ id: 1, type: 'report', lang: 'vi' });
  expect(replies.at(-1)).toMatchObject({ id: 1, type: 'fail', error: { message: 'No file is open.' } });
  await handle({ id: 2, type: 'check', lang: 'vi', bytes: new Uint8Array([1]) });
  await handle({ id: 3, type: 'report', lang: 'vi' });
  expect(replies.at(-1)).toEqual({ id: 3, type: 'done', result: { sheet: 'Báo cáo', bytes: saved, extension: 'xlsx' } });
  await handle({ id: 4, type: 'word' });
  expect(replies.at(-1)).toEqual({ id: 4, type: 'done', result: new Uint8Array([80, 75, 3, 4]) });
  // One check only: both outputs used the analysis it kept, with its typed rows.
  expect(core.analyze).toHaveBeenCalledTimes(1);
  const kept = core.analyze.mock.results[0].value;
  expect(core.reportSheetLayout).toHaveBeenCalledWith(kept, 'vi', 'web');
  expect(core.buildWordDraft).toHaveBeenCalledWith(kept);
});

test('a new file whose check failed keeps no analysis of the old one: the report checks it first', async () => {
  const { replies, handle, core } = setup();
  await handle({ id: 1, type: 'check', lang: 'vi', bytes: new Uint8Array([1]) });
  core.analyze.mockImplementationOnce(() => {
    throw new Error('broken');
  });
  await handle({ id: 2, type: 'check', lang: 'vi', bytes: new Uint8Array([2]) });
  expect(replies.at(-1)).toMatchObject({ id: 2, type: 'fail', error: { message: 'broken' } });
  await handle({ id: 3, type: 'report', lang: 'vi' });
  expect(replies.at(-1)).toMatchObject({ id: 3, type: 'done' });
  expect(core.analyze).toHaveBeenCalledTimes(3);
});

test('errors keep their code and bilingual sentence when posted', () => {
  const e = Object.assign(new Error('x'), { code: 'zip-bomb', text: { vi: 'Tệp quá lớn.', en: 'Too large.' } });
  expect(toPostedError(e)).toEqual({ message: 'x', code: 'zip-bomb', bilingual: { vi: 'Tệp quá lớn.', en: 'Too large.' } });
  expect(toPostedError('plain')).toEqual({ message: 'plain' });
});
