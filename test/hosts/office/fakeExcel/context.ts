/** The request machinery: one context's queue of actions, its sync (counted, with the web's limits), and its responses. */
import { FakeApiError, type FakeWorkbookModel, type SheetModel } from './model';
import { FakeApplication, FakeWorkbook } from './workbook';

type Action = () => void;

/** One request context: the queue of actions and the sync. */
export class FakeContext {
  queue: Action[] = [];
  /** Sheets added in the batch being synced: Excel on the web does not activate them in that batch. */
  addedThisBatch = new Set<SheetModel>();
  responseBytes = 0;
  responseCells = 0;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(public model: FakeWorkbookModel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  enqueue(a: Action): void {
    this.queue.push(a);
  }

  /** UTF-8 bytes of the values and formats written in this batch (the web's request limit). */
  requestBytes = 0;

  async sync(): Promise<void> {
    this.model.syncCount++;
    if (this.requestBytes > this.model.maxRequestBytes) {
      this.queue = [];
      this.requestBytes = 0;
      throw new FakeApiError('RequestPayloadSizeLimitExceeded', 'request over 5 MB');
    }
    this.requestBytes = 0;
    const q = this.queue;
    this.model.operations += q.length;
    this.queue = [];
    this.addedThisBatch.clear();
    this.responseBytes = 0;
    this.responseCells = 0;
    for (const a of q) {
      a();
      if (this.responseBytes > this.model.maxResponseBytes) throw new FakeApiError('ResponsePayloadSizeLimitExceeded', `${this.responseBytes} bytes`);
    }
    await Promise.resolve();
  }

  /** Accounts for a response; a throw here fails the whole batch like the real limit. */
  respond(value: unknown, cells = 0): void {
    this.responseBytes += Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
    this.responseCells += cells;
  }
}
