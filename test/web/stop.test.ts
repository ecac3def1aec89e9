/**
 * «Dừng» on the web page, below the UI: the client ends its worker at once, nothing that worker still says
 * arrives, the next job starts a fresh worker; the page's jobs stop on the clerk's signal or when another
 * file is chosen, and a worker started after a stop is handed the file and its pins again (real workbooks,
 * real file host, one handler per worker as a real worker would hold).
 */
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/hosts/file';
import { defaultCore } from '../../src/ui/core';
import { StoppedError } from '../../src/ui/stop';
import type { AnalysisView } from '../../src/ui/analysisView';
import { WorkerClient, webJobs, type WebFile, type WorkerLike } from '../../src/web/client';
import { createHandler } from '../../src/web/handler';
import { InPageWorker, type MakeHandler } from '../../src/web/inPage';
import type { WorkerReply, WorkerRequest } from '../../src/web/protocol';
import { workbookBytes } from '../helpers/xlsx';

/** A worker that records what it is sent and answers only when told; it keeps talking after terminate(), as a late message would. */
function heldWorker() {
  const sent: WorkerRequest[] = [];
  const w: WorkerLike & { sent: WorkerRequest[]; said(r: WorkerReply): void; ended: boolean } = {
    sent,
    ended: false,
    onmessage: null,
    onerror: null,
    terminate: () => void (w.ended = true),
    postMessage: (m) => void sent.push(m),
    said: (r) => w.onmessage?.({ data: r } as MessageEvent<WorkerReply>),
  };
  return w;
}

describe('WorkerClient.stop', () => {
  test('ends the worker, rejects what waits, drops its late answers; the next request goes to a fresh worker', async () => {
    const workers = [heldWorker()];
    const client = new WorkerClient(workers[0], () => {
      workers.push(heldWorker());
      return workers.at(-1)!;
    });
    const progress: unknown[] = [];
    const check = client.request({ type: 'check', lang: 'vi' }, (p) => progress.push(p));
    const word = client.request({ type: 'word' });
    expect(client.busy).toBe(true);
    client.stop();
    await expect(check).rejects.toBeInstanceOf(StoppedError);
    await expect(word).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].ended).toBe(true);
    expect(client.busy).toBe(false);
    expect(client.stopCount).toBe(1);

    // The ended worker's answer, had it been on its way, reaches no one.
    workers[0].said({ id: 1, type: 'progress', progress: { stage: 'check', fraction: 0.9 } });
    workers[0].said({ id: 1, type: 'done', result: new Uint8Array([1]) });
    expect(progress).toEqual([]);

    const again = client.request<Uint8Array>({ type: 'word' });
    expect(workers).toHaveLength(2);
    expect(workers[1].sent).toHaveLength(1);
    workers[1].said({ id: workers[1].sent[0].id, type: 'done', result: new Uint8Array([2]) });
    await expect(again).resolves.toEqual(new Uint8Array([2]));
  });

  test('with nothing waiting it ends nothing', async () => {
    const w = heldWorker();
    const client = new WorkerClient(w, () => heldWorker());
    client.stop();
    expect(w.ended).toBe(false);
    expect(client.stopCount).toBe(0);
    const p = client.request<Uint8Array>({ type: 'word' });
    w.said({ id: w.sent[0].id, type: 'done', result: new Uint8Array([3]) });
    await expect(p).resolves.toEqual(new Uint8Array([3]));
  });
});

describe('the page jobs stop', () => {
  function setup(file: Partial<WebFile> = {}) {
    const workers = [heldWorker()];
    const client = new WorkerClient(workers[0], () => {
      workers.push(heldWorker());
      return workers.at(-1)!;
    });
    const told: boolean[] = [];
    const web: WebFile = { name: 'xa.xlsx', read: async () => new Uint8Array([1]), checked: (ok) => told.push(ok), ...file };
    return { workers, client, told, jobs: webJobs(client, web), web };
  }
  const tick = () => new Promise((r) => setTimeout(r, 0));

  test('«Dừng» during a check ends the worker; the check rejects as stopped and the downloads go off', async () => {
    const { workers, jobs, told } = setup();
    const stop = new AbortController();
    const check = jobs.check({ lang: 'vi', signal: stop.signal });
    await tick();
    expect(workers[0].sent.map((m) => m.type)).toEqual(['check']);
    stop.abort();
    await expect(check).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].ended).toBe(true);
    expect(told).toEqual([false]);
  });

  test('stopped while the file is read: nothing is sent to the worker', async () => {
    let release!: (b: Uint8Array) => void;
    const { workers, jobs } = setup({ read: () => new Promise((r) => (release = r)) });
    const stop = new AbortController();
    const check = jobs.check({ lang: 'vi', signal: stop.signal });
    stop.abort();
    release(new Uint8Array([1]));
    await expect(check).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].sent).toEqual([]);
    expect(workers[0].ended).toBe(false);
  });

  test('another file chosen: the old file sends nothing more, its answer is dropped, and it no longer sets the downloads', async () => {
    const retire = new AbortController();
    let release!: (b: Uint8Array) => void;
    const { workers, jobs, told } = setup({ read: () => new Promise((r) => (release = r)), retired: retire.signal });
    const check = jobs.check({ lang: 'vi' });
    retire.abort();
    // The old file's reading ends after the new file was chosen: its bytes never reach the worker.
    release(new Uint8Array([1]));
    await expect(check).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].sent).toEqual([]);
    expect(told).toEqual([]);
  });

  test('the old file retired while its check runs in the worker: that worker is ended, its answer never arrives', async () => {
    const retire = new AbortController();
    const { workers, jobs } = setup({ retired: retire.signal });
    const check = jobs.check({ lang: 'vi' });
    await tick();
    retire.abort();
    workers[0].said({ id: workers[0].sent[0].id, type: 'done', result: { issues: [] } as never });
    await expect(check).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].ended).toBe(true);
  });

  test('«Dừng» during the Word draft: no bytes come back; the next draft checks the file again in the new worker first', async () => {
    const { workers, jobs } = setup();
    const first = jobs.check({ lang: 'vi' });
    await tick();
    workers[0].said({ id: workers[0].sent[0].id, type: 'done', result: { issues: [] } as never });
    await first;
    const stop = new AbortController();
    const word = jobs.makeWordDraft({} as AnalysisView, undefined, stop.signal);
    await tick();
    stop.abort();
    await expect(word).rejects.toBeInstanceOf(StoppedError);
    const again = jobs.makeWordDraft({} as AnalysisView);
    await tick();
    expect(workers[1].sent.map((m) => m.type)).toEqual(['check']);
    workers[1].said({ id: workers[1].sent[0].id, type: 'done', result: { issues: [] } as never });
    await tick();
    expect(workers[1].sent.map((m) => m.type)).toEqual(['check', 'word']);
    workers[1].said({ id: workers[1].sent[1].id, type: 'done', result: new Uint8Array([4]) });
    await expect(again).resolves.toEqual(new Uint8Array([4]));
  });

  test('«Bỏ ghim» and the pins list for a file no longer on view: nothing is sent, nothing lands', async () => {
    const retire = new AbortController();
    const { workers, jobs, web } = setup({ retired: retire.signal, pins: { fields: { tthc: { online: 'E' } } } });
    const first = jobs.check({ lang: 'vi' });
    await tick();
    workers[0].said({ id: workers[0].sent[0].id, type: 'done', result: { issues: [] } as never });
    await first;
    // The list asked, then another file chosen before the answer: that worker is ended, the answer never arrives.
    const listed = jobs.pins!();
    await tick();
    expect(workers[0].sent.map((m) => m.type)).toEqual(['check', 'pins']);
    retire.abort();
    workers[0].said({ id: workers[0].sent[1].id, type: 'done', result: {} });
    await expect(listed).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].ended).toBe(true);
    // Clicked on the old file's pane afterwards: neither goes to the worker that now holds the new file.
    await expect(jobs.unpin!({ table: 'tthc', field: 'online' }, { lang: 'vi' })).rejects.toBeInstanceOf(StoppedError);
    await expect(jobs.pins!()).rejects.toBeInstanceOf(StoppedError);
    expect(workers.flatMap((w) => w.sent.map((m) => m.type))).toEqual(['check', 'pins']);
    expect(web.pins).toEqual({ fields: { tthc: { online: 'E' } } });
  });

  test('«Dừng» during an unpin ends the worker; the page keeps its pins and hands them to the next worker, the late answer dropped', async () => {
    const held = { fields: { tthc: { online: 'E', resolved: 'F' } } };
    const { workers, jobs, web } = setup({ pins: held, keepPins: true });
    const first = jobs.check({ lang: 'vi' });
    await tick();
    workers[0].said({ id: workers[0].sent[0].id, type: 'done', result: { issues: [] } as never });
    await first;
    // A stop already pressed: nothing is sent.
    const pressed = new AbortController();
    pressed.abort();
    await expect(jobs.unpin!({ table: 'tthc', field: 'online' }, { lang: 'vi', signal: pressed.signal })).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].sent.map((m) => m.type)).toEqual(['check']);

    const stop = new AbortController();
    const unpinning = jobs.unpin!({ table: 'tthc', field: 'online' }, { lang: 'vi', signal: stop.signal });
    await tick();
    expect(workers[0].sent.at(-1)).toMatchObject({ type: 'unpin', table: 'tthc', field: 'online' });
    stop.abort();
    await expect(unpinning).rejects.toBeInstanceOf(StoppedError);
    expect(workers[0].ended).toBe(true);
    workers[0].said({ id: workers[0].sent[1].id, type: 'done', result: { pins: { fields: { tthc: { resolved: 'F' } } }, analysis: { issues: [] } } as never });
    expect(web.pins).toEqual(held);

    // The next job opens the file in a fresh worker with the pins as they were: the unpin never happened.
    const again = jobs.pins!();
    await tick();
    expect(workers[1].sent[0]).toMatchObject({ type: 'check', keepPins: true, pins: held });
    workers[1].said({ id: workers[1].sent[0].id, type: 'done', result: { issues: [] } as never });
    await tick();
    expect(workers[1].sent.map((m) => m.type)).toEqual(['check', 'pins']);
    workers[1].said({ id: workers[1].sent[1].id, type: 'done', result: held });
    await expect(again).resolves.toEqual(held);
  });
});

describe('a pin made on the page outlives a stopped check (real workbook, one handler per worker)', () => {
  /** A TTHC table whose "resolved" column has a header no synonym knows (E). */
  async function tthc(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('TTHC').addRows([
      ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Số hồ sơ xong'],
      ['Hộ tịch', 5, 3, 2, 4],
      ['Đất đai', 7, 1, 6, 7],
    ]);
    return workbookBytes(wb);
  }
  const asksForResolved = (a: AnalysisView) => a.issues.filter((i) => i.table === 'tthc' && i.field === 'resolved' && i.code === 'missing-label');

  /** A worker over its own handler, with the file host: a fresh one holds nothing, as a new Worker would. */
  function realWorker(): WorkerLike {
    let ended = false;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => void (ended = true),
      postMessage: (m) => void handle(m),
    };
    const handle = createHandler(
      (reply) => !ended && w.onmessage?.({ data: reply } as MessageEvent<WorkerReply>),
      { open: (b) => FileHost.open(b), blank: () => FileHost.blank() },
      defaultCore,
    );
    return w;
  }

  test('pin, a check stopped (its worker ended), the file checked again: the pin still holds; a pin after a stop opens the file first', async () => {
    const saved = await tthc();
    let made = 0;
    const client = new WorkerClient(realWorker(), () => (made++, realWorker()));
    const file: WebFile = { name: 'xa.xlsx', read: async () => saved.slice() };
    const jobs = webJobs(client, file);

    expect(asksForResolved(await jobs.check({ lang: 'vi' }))).toHaveLength(1);
    const pinned = await jobs.pinField!('tthc', 'resolved', { lang: 'vi', column: 'E' });
    expect(asksForResolved(pinned.analysis)).toEqual([]);
    expect(file.pins).toEqual({ fields: { tthc: { resolved: 'E' } } });

    // Stopped once the worker is at it (its first progress).
    const stop = new AbortController();
    const stopped = jobs.check({ lang: 'vi', signal: stop.signal, onProgress: () => stop.abort() });
    await expect(stopped).rejects.toBeInstanceOf(StoppedError);
    expect(client.stopCount).toBe(1);

    // The new worker is handed the page's pins with the bytes.
    const again = await jobs.check({ lang: 'vi' });
    expect(made).toBe(1);
    expect(asksForResolved(again)).toEqual([]);
    expect(again.tables.tthc!.located.columns.resolved).toBe(4);

    // Stopped once more, then a pin straight away: the new worker gets the file (and the first pin) before the pin.
    const stopAgain = new AbortController();
    const second = jobs.check({ lang: 'vi', signal: stopAgain.signal, onProgress: () => stopAgain.abort() });
    await expect(second).rejects.toBeInstanceOf(StoppedError);
    const repinned = await jobs.pinField!('tthc', 'received', { lang: 'vi', column: 'B' });
    expect(made).toBe(2);
    expect(repinned.column).toBe('B');
    expect(file.pins).toEqual({ fields: { tthc: { resolved: 'E', received: 'B' } } });
    expect(asksForResolved(repinned.analysis)).toEqual([]);
  }, 60_000);

  test('«Bỏ ghim» across stops: a stopped unpin leaves the pin; one done stays done in the next worker, the file’s own pin too', async () => {
    // The file carries its own pin (the very hidden _cchc_settings of a copy pinned earlier).
    const own = await FileHost.open(await tthc());
    await own.saveOverrides({ fields: { tthc: { resolved: 'E' } } });
    const saved = await own.save();
    const client = new WorkerClient(realWorker(), realWorker);
    const file: WebFile = { name: 'xa.report.xlsx', read: async () => saved.slice() };
    const jobs = webJobs(client, file);
    expect(asksForResolved(await jobs.check({ lang: 'vi' }))).toEqual([]);
    expect(await jobs.pins!()).toEqual({ fields: { tthc: { resolved: 'E' } } });

    // Stopped once the unpin's check is under way: the pin holds in the next worker.
    const stop = new AbortController();
    const stopped = jobs.unpin!({ table: 'tthc', field: 'resolved' }, { lang: 'vi', signal: stop.signal, onProgress: () => stop.abort() });
    await expect(stopped).rejects.toBeInstanceOf(StoppedError);
    expect(client.stopCount).toBe(1);
    expect(file.pins).toBeUndefined();
    expect(asksForResolved(await jobs.check({ lang: 'vi' }))).toEqual([]);
    expect(await jobs.pins!()).toEqual({ fields: { tthc: { resolved: 'E' } } });

    // Done: the last pin gone, the file's own included, and it stays gone once a stopped check ends that worker.
    const done = await jobs.unpin!({ table: 'tthc', field: 'resolved' }, { lang: 'vi' });
    expect(done.pins).toEqual({});
    expect(asksForResolved(done.analysis)).toHaveLength(1);
    expect(file.pins).toEqual({});
    const stopAgain = new AbortController();
    await expect(jobs.check({ lang: 'vi', signal: stopAgain.signal, onProgress: () => stopAgain.abort() })).rejects.toBeInstanceOf(StoppedError);
    expect(client.stopCount).toBe(2);
    expect(asksForResolved(await jobs.check({ lang: 'vi' }))).toHaveLength(1);
    expect(await jobs.pins!()).toEqual({});

    // Pinned again after that: the pin holds.
    const repinned = await jobs.pinField!('tthc', 'resolved', { lang: 'vi', column: 'E' });
    expect(asksForResolved(repinned.analysis)).toEqual([]);
    expect(await jobs.pins!()).toEqual({ fields: { tthc: { resolved: 'E' } } });
  }, 60_000);
});

describe('opened from disk (no worker), the page stops its own work between steps', () => {
  test('terminated during a job, the handler goes no further than its next step', async () => {
    const steps: string[] = [];
    let go!: () => void;
    const held = new Promise<void>((r) => (go = r));
    const make: MakeHandler = (post) => async (req) => {
      try {
        steps.push('read');
        await held;
        post({ id: req.id, type: 'progress', progress: { stage: 'check', fraction: 0.5 } });
        steps.push('check');
        post({ id: req.id, type: 'done', result: new Uint8Array() });
      } catch (e) {
        steps.push(e instanceof StoppedError ? 'stopped' : 'failed');
        throw e;
      }
    };
    const page = new InPageWorker(async () => make);
    const seen: WorkerReply[] = [];
    page.onmessage = (e) => seen.push(e.data);
    page.postMessage({ id: 1, type: 'word' });
    while (steps.length === 0) await new Promise((r) => setTimeout(r, 10));
    page.terminate();
    go();
    await new Promise((r) => setTimeout(r, 50));
    expect(steps).toEqual(['read', 'stopped']);
    expect(seen).toEqual([]);
  });
});
