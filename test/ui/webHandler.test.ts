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

test('check opens the bytes once, posts progress, then the analysis', async () => {
  const { replies, files, handle } = setup();
  await handle({ id: 1, type: 'check', lang: 'vi', bytes: new Uint8Array([80, 75]) });
  await handle({ id: 2, type: 'check', lang: 'vi' });
  expect(files.open).toHaveBeenCalledTimes(1);
  expect(replies.filter((r) => r.id === 1).map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'progress', 'done']);
  expect(replies.at(-1)).toMatchObject({ id: 2, type: 'done', result: { issues: expect.any(Array) } });
});

test('report and word return bytes; a report before any file fails with a posted error', async () => {
  const { replies, handle, saved } = setup();
  await handle({ id: 1, type: 'report', lang: 'vi', analysis: fakeAnalysis() });
  expect(replies.at(-1)).toMatchObject({ id: 1, type: 'fail', error: { message: 'No file is open.' } });
  await handle({ id: 2, type: 'check', lang: 'vi', bytes: new Uint8Array([1]) });
  await handle({ id: 3, type: 'report', lang: 'vi', analysis: fakeAnalysis() });
  expect(replies.at(-1)).toEqual({ id: 3, type: 'done', result: { sheet: 'Báo cáo', bytes: saved } });
  await handle({ id: 4, type: 'word', analysis: fakeAnalysis() });
  expect(replies.at(-1)).toEqual({ id: 4, type: 'done', result: new Uint8Array([80, 75, 3, 4]) });
});

test('errors keep their code and bilingual sentence when posted', () => {
  const e = Object.assign(new Error('x'), { code: 'zip-bomb', text: { vi: 'Tệp quá lớn.', en: 'Too large.' } });
  expect(toPostedError(e)).toEqual({ message: 'x', code: 'zip-bomb', bilingual: { vi: 'Tệp quá lớn.', en: 'Too large.' } });
  expect(toPostedError('plain')).toEqual({ message: 'plain' });
});
