/** The page's worker, or the same handler in the page when the browser will not start one (file://). */
import { workerOrInPage } from '../../src/web/fallback';
import { InPageWorker, type MakeHandler } from '../../src/web/inPage';
import { WorkerClient, type WorkerLike } from '../../src/web/client';
import type { WorkerReply, WorkerRequest } from '../../src/web/protocol';
import type { Progress } from '../../src/hosts/host';

/** A worker that records what it is sent; `reply` and `fail` act as it would. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const w: WorkerLike & { sent: WorkerRequest[]; reply(r: WorkerReply): void; fail(): void } = {
    sent,
    onmessage: null,
    onerror: null,
    terminate: jest.fn(),
    postMessage: (m) => void sent.push(m),
    reply: (r) => w.onmessage?.({ data: r } as MessageEvent<WorkerReply>),
    fail: () => w.onerror?.({ message: 'x' } as ErrorEvent),
  };
  return w;
}

/** A handler that answers every request with its type, after one progress step. */
const echoHandler: MakeHandler = (post) => async (req) => {
  post({ id: req.id, type: 'progress', progress: { stage: 'read', fraction: null } });
  post({ id: req.id, type: 'done', result: new Uint8Array([req.type.length]) });
};

test('uses the worker when the browser starts one', async () => {
  const real = fakeWorker();
  const inPage = jest.fn(() => fakeWorker());
  const client = new WorkerClient(workerOrInPage(() => real, inPage));
  const p = client.request<Uint8Array>({ type: 'word' });
  expect(real.sent).toHaveLength(1);
  real.reply({ id: real.sent[0].id, type: 'done', result: new Uint8Array([7]) });
  await expect(p).resolves.toEqual(new Uint8Array([7]));
  expect(inPage).not.toHaveBeenCalled();
});

test('runs in the page when new Worker throws (file:// in Chrome), with progress', async () => {
  const client = new WorkerClient(
    workerOrInPage(
      () => {
        throw new Error("SecurityError: Failed to construct 'Worker'");
      },
      () => new InPageWorker(async () => echoHandler),
    ),
  );
  const progress: Progress[] = [];
  await expect(client.request({ type: 'template', lang: 'vi' }, (p) => progress.push(p))).resolves.toEqual(new Uint8Array([8]));
  expect(progress).toEqual([{ stage: 'read', fraction: null }]);
});

test('a worker that fails before answering hands its requests to the page', async () => {
  const real = fakeWorker();
  const client = new WorkerClient(
    workerOrInPage(
      () => real,
      () => new InPageWorker(async () => echoHandler),
    ),
  );
  const bytes = new Uint8Array([1, 2]);
  const a = client.request({ type: 'check', lang: 'vi', bytes }, undefined, [bytes.buffer]);
  const b = client.request({ type: 'word' });
  real.fail();
  expect(real.terminate).toHaveBeenCalled();
  await expect(a).resolves.toEqual(new Uint8Array([5]));
  await expect(b).resolves.toEqual(new Uint8Array([4]));
  // Nothing was transferred to the failed worker, so the file's bytes are still here.
  expect(bytes.byteLength).toBe(2);
});

test('a worker that fails after answering is reported, not replaced', async () => {
  const real = fakeWorker();
  const inPage = jest.fn(() => fakeWorker());
  const client = new WorkerClient(workerOrInPage(() => real, inPage));
  const first = client.request({ type: 'template', lang: 'vi' });
  real.reply({ id: 1, type: 'done', result: new Uint8Array() });
  await first;
  const second = client.request({ type: 'template', lang: 'vi' });
  real.fail();
  await expect(second).rejects.toMatchObject({ key: 'err_worker' });
  expect(inPage).not.toHaveBeenCalled();
});

test('in the page, requests run one at a time and in order', async () => {
  const order: string[] = [];
  const slow: MakeHandler = (post) => async (req) => {
    order.push(`start ${req.id}`);
    await new Promise((r) => setTimeout(r, req.id === 1 ? 30 : 0));
    order.push(`end ${req.id}`);
    post({ id: req.id, type: 'done', result: new Uint8Array() });
  };
  const client = new WorkerClient(new InPageWorker(async () => slow));
  await Promise.all([client.request({ type: 'template', lang: 'vi' }), client.request({ type: 'template', lang: 'en' })]);
  expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
});

test('in the page, code that will not load fails the request like a dead worker', async () => {
  const client = new WorkerClient(new InPageWorker(() => Promise.reject(new Error('ChunkLoadError'))));
  await expect(client.request({ type: 'template', lang: 'vi' })).rejects.toMatchObject({ key: 'err_worker' });
});

test('a terminated in-page worker answers nothing more', async () => {
  const w = new InPageWorker(async () => echoHandler);
  const seen: WorkerReply[] = [];
  w.onmessage = (e) => seen.push(e.data);
  w.postMessage({ id: 1, type: 'template', lang: 'vi' });
  w.terminate();
  await new Promise((r) => setTimeout(r, 250));
  expect(seen).toEqual([]);
});
