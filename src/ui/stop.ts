/**
 * Stopping a long job on the clerk's «Dừng»: the job is handed an AbortSignal. The web page ends its worker
 * at once (src/web/client.ts); the task pane stops between the steps of its check (actions.ts `check`).
 */

/** What a stopped job rejects with; the pane says the stop in its own words, never as an error. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
    this.name = 'StoppedError';
  }
}

/** Throws StoppedError once `signal` is aborted; nothing without a signal. */
export function throwIfStopped(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new StoppedError();
}

/** Rejects with StoppedError when `signal` is aborted (at once if it already is); never resolves. */
export function whenStopped(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(new StoppedError());
    else signal.addEventListener('abort', () => reject(new StoppedError()), { once: true });
  });
}
