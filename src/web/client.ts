/**
 * The page's side of the worker: one promise per request, progress as it comes, and the
 * jobs the shared Pane calls. A worker that dies rejects every pending request with a clear message.
 */
import type { Bilingual, Lang } from '../core/issues';
import type { Progress } from '../hosts/host';
import type { JobOptions, Jobs, OnProgress, UnpinResult } from '../ui/actions';
import type { Overrides } from '../core/tables';
import type { AnalysisView } from '../ui/analysisView';
import type { HeaderCell } from '../ui/headerCells';
import { UiError } from '../ui/errors';
import { StoppedError } from '../ui/stop';
import type { PinFieldReply, ReportReply, TemplateReply, WorkerReply, WorkerRequest } from './protocol';

/** The part of a Worker the client uses (a real Worker, or an in-process fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: unknown) => void; onProgress?: (p: Progress) => void };

/** Request bodies without the id the client adds. */
type Body = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class WorkerClient {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private worker: WorkerLike | null = null;
  /** Counts the workers ended by stop(): a job that finds it changed knows the worker holds no file. */
  private stops = 0;

  /** `restart` makes the worker that takes over after stop(); without it a stopped client answers nothing more. */
  constructor(
    worker: WorkerLike,
    private readonly restart?: () => WorkerLike,
  ) {
    this.attach(worker);
  }

  private attach(worker: WorkerLike): void {
    this.worker = worker;
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = () => {
      for (const p of this.pending.values()) p.reject(new UiError('err_worker'));
      this.pending.clear();
    };
  }

  request<T>(body: Body, onProgress?: OnProgress, transfer: Transferable[] = []): Promise<T> {
    if (!this.worker && this.restart) this.attach(this.restart());
    const worker = this.worker;
    if (!worker) return Promise.reject(new UiError('err_worker'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  private receive(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      p.onProgress?.(reply.progress);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.type === 'done') p.resolve(reply.result);
    // The posted error keeps its bilingual sentence and code, which describeError understands.
    else p.reject(Object.assign(new Error(reply.error.message), reply.error));
  }

  /** Whether a request waits for its answer. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** How many times stop() ended a worker (a new worker holds no file and no pins until a check sends them). */
  get stopCount(): number {
    return this.stops;
  }

  /**
   * The clerk's «Dừng», or another file chosen: when a request waits, the worker is ended at once (not
   * asked: it may be inside one long step) and every waiting request rejects with StoppedError; no
   * answer of that worker can arrive any more. The next request starts a fresh worker. Nothing waiting: nothing done.
   */
  stop(): void {
    if (this.pending.size === 0 || !this.worker) return;
    const worker = this.worker;
    this.worker = null;
    this.stops++;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new StoppedError());
  }

  terminate(): void {
    this.worker?.terminate();
  }
}

/** The file's name without its extension, for "<name>.report.xlsx". */
export function baseName(fileName: string): string {
  return fileName.replace(/\.(xlsx|xlsm|xls|xml|html?)$/i, '');
}

/** The file a page's jobs work on, as WebApp holds it. */
export interface WebFile {
  name: string;
  /**
   * The bytes to check now: the file read again from the disk at each call (the first call may hand the
   * bytes just read when the file was chosen). Rejects when the browser will not read it again.
   */
  read(): Promise<Uint8Array>;
  /** The page's pins made on an earlier reading of this file (same name) stay for its first check. */
  keepPins?: boolean;
  /**
   * The pins made on this page for this file, as the worker last answered them (set by the jobs after each
   * pin): each check that keeps pins sends them, so a worker started afresh after a stop has them too.
   */
  pins?: Overrides;
  /** Told after each check whether a reading was checked (false: unread, refused or failed); the downloads follow it. */
  checked?(ok: boolean): void;
  /**
   * Aborted once another file is chosen: this file's jobs then end the worker's work, send nothing more,
   * and any answer still coming is dropped, so a late result never replaces the new file's.
   */
  retired?: AbortSignal;
}

/**
 * The Pane's jobs on the web page: everything runs in the worker; reports come back as files to save.
 * Every check (the button, and the one before each download) reads the file again, so a workbook fixed
 * and saved in Excel is what is checked and what the downloads are made from (issue 11 point 2); the
 * pins stay across these readings. A check hands the Pane the worker's view; the report and the draft
 * are made from the worker's own analysis of the last check, so the analysis never crosses to the page
 * (issue 15 point 4). `onCopyWarnings` hears what the report copy could not keep (charts, pivots,
 * oversized dropdown lists).
 * Every job stops on its `signal` (the clerk's «Dừng») or the file's `retired`: the worker is ended at once
 * (WorkerClient.stop) and the job rejects with StoppedError. A job after such a stop first checks the file
 * again in the new worker, which holds no file yet.
 */
export function webJobs(client: WorkerClient, file: WebFile, onCopyWarnings?: (w: Bilingual[]) => void): Jobs<AnalysisView> {
  let keepPins = file.keepPins ?? false;
  /** client.stopCount when this file was last checked in the worker; null: not yet. */
  let checkedIn: number | null = null;
  const base = baseName(file.name);

  /** Runs `work` unless stopped; a stop meanwhile ends the worker's work and drops the answer. */
  async function unlessStopped<T>(signal: AbortSignal | undefined, work: (stopped: () => boolean) => Promise<T>): Promise<T> {
    const signals = [signal, file.retired].filter((s): s is AbortSignal => s !== undefined);
    const stopped = () => signals.some((s) => s.aborted);
    if (stopped()) throw new StoppedError();
    const stop = () => client.stop();
    for (const s of signals) s.addEventListener('abort', stop);
    try {
      const out = await work(stopped);
      if (stopped()) throw new StoppedError();
      return out;
    } finally {
      for (const s of signals) s.removeEventListener('abort', stop);
    }
  }

  async function check({ lang, onProgress, signal }: JobOptions): Promise<AnalysisView> {
    try {
      const analysis = await unlessStopped(signal, async (stopped) => {
        const bytes = await file.read();
        // Stopped while the file was read: nothing goes to the worker.
        if (stopped()) throw new StoppedError();
        const pins = keepPins ? file.pins : undefined;
        const stops = client.stopCount;
        // The page keeps no copy: the bytes move to the worker.
        const view = await client.request<AnalysisView>({ type: 'check', lang, bytes, keepPins, ...(pins ? { pins } : {}) }, onProgress, [
          bytes.buffer as ArrayBuffer,
        ]);
        checkedIn = stops;
        return view;
      });
      // Later readings are this file again: its pins stay.
      keepPins = true;
      file.checked?.(true);
      return analysis;
    } catch (e) {
      if (!file.retired?.aborted) file.checked?.(false);
      throw e;
    }
  }

  /** The file in the worker: checked again first when the worker was ended since (a stop), as it then holds nothing. */
  async function opened(opts: JobOptions): Promise<void> {
    if (checkedIn !== client.stopCount) await check(opts);
  }

  return {
    check,
    async makeReport(opts, analysis) {
      const a = analysis ?? (await check(opts));
      await opened(opts);
      const r = await unlessStopped(opts.signal, () => client.request<ReportReply>({ type: 'report', lang: opts.lang }, opts.onProgress));
      onCopyWarnings?.(r.warnings ?? []);
      return { sheet: r.sheet, analysis: a, download: { name: `${base}.report.${r.extension}`, bytes: r.bytes } };
    },
    async makeWordDraft(_analysis, onProgress, signal) {
      await opened({ lang: 'vi', onProgress, signal });
      return unlessStopped(signal, () => client.request<Uint8Array>({ type: 'word' }, onProgress));
    },
    async pinField(table, field, { lang, onProgress, column, signal }) {
      await opened({ lang, onProgress, signal });
      // The page has no selection: the column always comes from the list of header cells.
      const r = await unlessStopped(signal, () => client.request<PinFieldReply>({ type: 'pinField', lang, table, field, column: column ?? '' }, onProgress));
      file.pins = r.pins;
      return { column: r.column, analysis: r.analysis };
    },
    async pins() {
      // Nothing from a file no longer on view; after a stop, the new worker is handed the file first.
      await opened({ lang: 'vi' });
      return unlessStopped(undefined, () => client.request<Overrides>({ type: 'pins' }));
    },
    async unpin(pin, { lang, onProgress, signal }) {
      await opened({ lang, onProgress, signal });
      const field = pin.field !== undefined ? { field: pin.field } : {};
      // Stopped, or another file chosen: the worker is ended with the pin it removed, the page keeps its pins as
      // they were, so the next worker is handed the pin again; the answer, if late, is dropped.
      const r = await unlessStopped(signal, () => client.request<UnpinResult<AnalysisView>>({ type: 'unpin', lang, table: pin.table, ...field }, onProgress));
      file.pins = r.pins;
      return r;
    },
    async headerCells(located) {
      await opened({ lang: 'vi' });
      return unlessStopped(undefined, () =>
        client.request<HeaderCell[]>({ type: 'headers', located: { sheet: located.sheet, range: located.range, headerRows: [...located.headerRows] } }),
      );
    },
    async addTemplate(lang: Lang) {
      const r = await client.request<TemplateReply>({ type: 'template', lang });
      return { sheets: r.sheets, download: { name: templateFileName(lang), bytes: r.bytes } };
    },
    stoppable: ['check', 'report', 'word', 'unpin'],
  };
}

export function templateFileName(lang: Lang): string {
  return lang === 'vi' ? 'Mau-so-lieu-CCHC.xlsx' : 'CCHC-data-template.xlsx';
}
