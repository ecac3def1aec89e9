/**
 * A real worker when the browser starts one (the page served over http), else the same handler in
 * the page (web.html opened from disk: Chrome refuses `new Worker` on file://). A worker that fails
 * before its first reply (its script would not load) also hands over to the page, and the requests
 * it was sent are sent again there.
 */
import type { WorkerLike } from './client';
import type { WorkerReply, WorkerRequest } from './protocol';

export function workerOrInPage(createWorker: () => WorkerLike, inPage: () => WorkerLike): WorkerLike {
  let worker: WorkerLike;
  let confirmed = false;
  // Requests the worker has not yet shown it can answer, kept to send again in the page.
  let unconfirmed: WorkerRequest[] = [];

  const facade: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      if (confirmed) worker.postMessage(message, transfer);
      else {
        // No transfer until the worker answers: the bytes must stay here to be sent again.
        unconfirmed.push(message);
        worker.postMessage(message);
      }
    },
    terminate() {
      worker.terminate();
    },
  };

  function use(w: WorkerLike, real: boolean): void {
    worker = w;
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      confirmed = true;
      unconfirmed = [];
      facade.onmessage?.(e);
    };
    w.onerror = (e: ErrorEvent) => {
      if (real && !confirmed) {
        w.terminate();
        const pending = unconfirmed;
        unconfirmed = [];
        // The page never fails to start, so from here on its replies count as confirmed.
        confirmed = true;
        use(inPage(), false);
        for (const m of pending) worker.postMessage(m);
        return;
      }
      facade.onerror?.(e);
    };
  }

  let started: WorkerLike | null = null;
  try {
    started = createWorker();
  } catch {
    // SecurityError on file:// (Chrome), or no Worker at all.
  }
  if (started) use(started, true);
  else {
    confirmed = true;
    use(inPage(), false);
  }
  return facade;
}
