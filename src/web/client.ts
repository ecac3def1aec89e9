/**
 * The page's side of the worker: one promise per request, progress as it comes, and the
 * jobs the shared Pane calls. A worker that dies rejects every pending request with a clear message.
 */
import type { Bilingual, Lang } from '../core/issues';
import type { Progress } from '../hosts/host';
import type { Jobs, OnProgress, PinFieldResult } from '../ui/actions';
import type { AnalysisView } from '../ui/analysisView';
import type { HeaderCell } from '../ui/headerCells';
import { UiError } from '../ui/errors';
import type { ReportReply, TemplateReply, WorkerReply, WorkerRequest } from './protocol';

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

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = () => {
      for (const p of this.pending.values()) p.reject(new UiError('err_worker'));
      this.pending.clear();
    };
  }

  request<T>(body: Body, onProgress?: OnProgress, transfer: Transferable[] = []): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      this.worker.postMessage({ ...body, id } as WorkerRequest, transfer);
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

  terminate(): void {
    this.worker.terminate();
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
  /** Told after each check whether a reading was checked (false: unread, refused or failed); the downloads follow it. */
  checked?(ok: boolean): void;
}

/**
 * The Pane's jobs on the web page: everything runs in the worker; reports come back as files to save.
 * Every check (the button, and the one before each download) reads the file again, so a workbook fixed
 * and saved in Excel is what is checked and what the downloads are made from (issue 11 point 2); the
 * pins stay across these readings. A check hands the Pane the worker's view; the report and the draft
 * are made from the worker's own analysis of the last check, so the analysis never crosses to the page
 * (issue 15 point 4). `onCopyWarnings` hears what the report copy could not keep (charts, pivots,
 * oversized dropdown lists).
 */
export function webJobs(client: WorkerClient, file: WebFile, onCopyWarnings?: (w: Bilingual[]) => void): Jobs<AnalysisView> {
  let keepPins = file.keepPins ?? false;
  const base = baseName(file.name);
  return {
    async check({ lang, onProgress }) {
      try {
        const bytes = await file.read();
        // The page keeps no copy: the bytes move to the worker.
        const analysis = await client.request<AnalysisView>({ type: 'check', lang, bytes, keepPins }, onProgress, [bytes.buffer as ArrayBuffer]);
        // Later readings are this file again: its pins stay.
        keepPins = true;
        file.checked?.(true);
        return analysis;
      } catch (e) {
        file.checked?.(false);
        throw e;
      }
    },
    async makeReport({ lang, onProgress }, analysis) {
      const a = analysis ?? (await this.check({ lang, onProgress }));
      const r = await client.request<ReportReply>({ type: 'report', lang }, onProgress);
      onCopyWarnings?.(r.warnings ?? []);
      return { sheet: r.sheet, analysis: a, download: { name: `${base}.report.xlsx`, bytes: r.bytes } };
    },
    makeWordDraft(_analysis, onProgress) {
      return client.request<Uint8Array>({ type: 'word' }, onProgress);
    },
    async pinField(table, field, { lang, onProgress, column }) {
      // The page has no selection: the column always comes from the list of header cells.
      return client.request<PinFieldResult<AnalysisView>>({ type: 'pinField', lang, table, field, column: column ?? '' }, onProgress);
    },
    headerCells(located) {
      return client.request<HeaderCell[]>({ type: 'headers', located: { sheet: located.sheet, range: located.range, headerRows: [...located.headerRows] } });
    },
    async addTemplate(lang: Lang) {
      const r = await client.request<TemplateReply>({ type: 'template', lang });
      return { sheets: r.sheets, download: { name: templateFileName(lang), bytes: r.bytes } };
    },
  };
}

export function templateFileName(lang: Lang): string {
  return lang === 'vi' ? 'Mau-so-lieu-CCHC.xlsx' : 'CCHC-data-template.xlsx';
}
