/**
 * The worker's handler run in the page itself, for when the browser will not start a worker (Chrome
 * refuses `new Worker` on a page opened from file://, e.g. web.html double-clicked on a USB stick).
 * It looks like a Worker to WorkerClient; it runs one request at a time and lets the page paint
 * between stages, so the progress still shows while the workbook is read.
 */
import type { WorkerLike } from './client';
import type { WorkerReply, WorkerRequest } from './protocol';
import { StoppedError } from '../ui/stop';

/** Makes the handler (createHandler over the file host), given where its replies go. */
export type MakeHandler = (post: (reply: WorkerReply) => void) => (req: WorkerRequest) => Promise<void>;

/**
 * Resolves once the browser has had a chance to paint: after the next animation frame, or after
 * 100 ms where frames do not come (a hidden tab, jsdom).
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
    setTimeout(done, 100);
  });
}

export class InPageWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private closed = false;
  private readonly handler: Promise<(req: WorkerRequest) => Promise<void>>;
  private queue: Promise<void> = Promise.resolve();

  /** `load` brings in the handler's code (a dynamic import, so exceljs loads only when needed). */
  constructor(load: () => Promise<MakeHandler>) {
    this.handler = load().then((make) => make((reply) => this.deliver(reply)));
    // Reported once a request waits on it (below); this only keeps the rejection from going unhandled.
    this.handler.catch(() => undefined);
  }

  postMessage(message: WorkerRequest): void {
    this.queue = this.queue.then(async () => {
      if (this.closed) return;
      let handle: (req: WorkerRequest) => Promise<void>;
      try {
        handle = await this.handler;
      } catch (e) {
        // The code could not be loaded (a missing chunk): the same as a worker that died.
        if (!this.closed) this.onerror?.({ message: String(e) } as ErrorEvent);
        return;
      }
      await afterPaint();
      // A job ended by terminate() rejects (see deliver): nothing is left to tell.
      if (!this.closed) await handle(message).catch(() => undefined);
    });
  }

  terminate(): void {
    this.closed = true;
  }

  /**
   * Replies arrive as a task later, as a worker's would, and in order. Once terminated (the clerk's «Dừng»,
   * another file), the job still running here is stopped at its next progress: the page cannot be ended
   * as a worker is, so it stops between steps instead.
   */
  private deliver(reply: WorkerReply): void {
    if (this.closed) throw new StoppedError();
    setTimeout(() => {
      if (!this.closed) this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
    }, 0);
  }
}
