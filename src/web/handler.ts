/**
 * The worker's work, apart from the worker itself so it can be tested in-process: it keeps the
 * opened file's bytes and host and the last analysis, runs the same jobs as the task pane over the
 * file host, and posts the page only the view of each check (see analysisView.ts).
 */
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/issues';
import type { Host, Progress } from '../hosts/host';
import type { CoreDeps } from '../ui/core';
import type { Overrides } from '../core/tables';
import { addTemplate, check, makeReport, makeWordDraft, pinField, unpin } from '../ui/actions';
import { viewOf } from '../ui/analysisView';
import { headerCells } from '../ui/headerCells';
import type { PostedError, WorkerReply, WorkerRequest } from './protocol';
import { plainAnalysisValues } from '../core/read/typedValue';

/** What the handler needs from the file host (FileHost.open / FileHost.blank, or fakes in tests). */
export interface FileHostLike extends Host {
  save(): Promise<Uint8Array>;
  /** What save() cannot carry over from the opened file, one sentence each. */
  copyWarnings?(): { vi: string; en: string }[];
  /** The extension save()'s bytes need ('xlsm': a macro-enabled workbook kept with its macros); absent: 'xlsx'. */
  copyExtension?(): 'xlsx' | 'xlsm';
}
export interface FileHostFactory {
  open(bytes: Uint8Array): Promise<FileHostLike>;
  blank(): FileHostLike;
}

export function toPostedError(e: unknown): PostedError {
  const o = (e && typeof e === 'object' ? e : {}) as { message?: unknown; code?: unknown; text?: unknown; bilingual?: unknown; detail?: unknown };
  const out: PostedError = { message: typeof o.message === 'string' ? o.message : String(e) };
  if (typeof o.code === 'string') out.code = o.code;
  if (typeof o.detail === 'string' && o.detail) out.detail = o.detail;
  // FileError carries its sentence as `text: {vi, en}`.
  const b = (o.bilingual ?? o.text) as { vi?: unknown; en?: unknown } | undefined;
  if (b && typeof b.vi === 'string' && typeof b.en === 'string') out.bilingual = { vi: b.vi, en: b.en };
  return out;
}

/** Whether two readings of a file hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function createHandler(post: (reply: WorkerReply, transfer?: Transferable[]) => void, files: FileHostFactory, core: CoreDeps) {
  let bytes: Uint8Array | null = null;
  let host: FileHostLike | null = null;
  /** The last check of the open file, in the language it was asked in. */
  let analysis: Analysis | null = null;
  /** Pins made on this page for the open file: used by its checks, written into its report copy. */
  let pins: Overrides | null = null;

  async function opened(): Promise<FileHostLike> {
    if (host) return host;
    if (!bytes) throw new Error('No file is open.');
    host = await files.open(bytes);
    return host;
  }

  /** The open file with this page's pins as its overrides, without rewriting it for each check. */
  async function pinnedHost(): Promise<Host> {
    const h = await opened();
    return {
      readSnapshot: (p) => h.readSnapshot(p),
      writeReportSheet: (l) => h.writeReportSheet(l),
      addTemplateSheets: (l) => h.addTemplateSheets(l),
      markIssues: (i) => h.markIssues(i),
      clearMarks: () => h.clearMarks(),
      selectCell: (s, c) => h.selectCell(s, c),
      getSelection: () => h.getSelection(),
      loadOverrides: async () => pins ?? h.loadOverrides(),
      saveOverrides: async (o) => {
        pins = o;
      },
    };
  }

  /** The last check, or one made now (a report or draft asked for before any check). */
  async function lastAnalysis(lang: Lang, onProgress: (p: Progress) => void): Promise<Analysis> {
    analysis ??= await check(await pinnedHost(), core, { lang, onProgress });
    return analysis;
  }

  return async function handle(req: WorkerRequest): Promise<void> {
    const onProgress = (progress: Progress) => post({ id: req.id, type: 'progress', progress });
    try {
      switch (req.type) {
        case 'check': {
          if (req.bytes) {
            // The same bytes read again (nothing saved since) keep the opened host; other bytes are opened afresh.
            if (!bytes || !sameBytes(bytes, req.bytes)) {
              // exceljs may keep views of the buffer it was given: keep our own copy for the report.
              bytes = req.bytes.slice();
              host = null;
            }
            analysis = null;
            if (!req.keepPins) pins = null;
            else if (req.pins) pins = req.pins;
          }
          onProgress({ stage: 'read', fraction: null });
          analysis = await check(await pinnedHost(), core, { lang: req.lang, onProgress });
          // A structured clone keeps own fields only: any typed value in the view is written out first.
          post({ id: req.id, type: 'done', result: plainAnalysisValues(viewOf(analysis)) });
          return;
        }
        case 'report': {
          if (!bytes) throw new Error('No file is open.');
          // A fresh copy of the file each time, so the download is the input plus one report sheet.
          const a = await lastAnalysis(req.lang, onProgress);
          const fresh = await files.open(bytes);
          // The pins travel with the copy (the settings sheet), as with a workbook pinned in Excel.
          if (pins) await fresh.saveOverrides(pins);
          const r = await makeReport(fresh, core, { lang: req.lang, onProgress, door: 'web' }, a);
          const out = await fresh.save();
          const warnings = fresh.copyWarnings?.() ?? [];
          const result = { sheet: r.sheet, bytes: out, extension: fresh.copyExtension?.() ?? 'xlsx', ...(warnings.length > 0 ? { warnings } : {}) };
          post({ id: req.id, type: 'done', result }, [out.buffer as ArrayBuffer]);
          return;
        }
        case 'word': {
          const out = await makeWordDraft(core, await lastAnalysis('vi', onProgress), onProgress);
          post({ id: req.id, type: 'done', result: out }, [out.buffer as ArrayBuffer]);
          return;
        }
        case 'pinField': {
          const r = await pinField(await pinnedHost(), core, req.table, req.field, { lang: req.lang, onProgress, column: req.column });
          analysis = r.analysis;
          // The page keeps the pins: a worker started afresh after a stop gets them with the next check.
          post({ id: req.id, type: 'done', result: { column: r.column, analysis: plainAnalysisValues(viewOf(r.analysis)), pins: pins ?? {} } });
          return;
        }
        case 'pins': {
          post({ id: req.id, type: 'done', result: await (await pinnedHost()).loadOverrides() });
          return;
        }
        case 'unpin': {
          const pin = req.field === undefined ? { table: req.table } : { table: req.table, field: req.field };
          const r = await unpin(await pinnedHost(), core, pin, { lang: req.lang, onProgress });
          analysis = r.analysis;
          // As after a pinField, the page keeps the pins (r.pins: {} once the last is gone, never the file's own again).
          post({ id: req.id, type: 'done', result: { pins: r.pins, analysis: plainAnalysisValues(viewOf(r.analysis)) } });
          return;
        }
        case 'headers': {
          const snapshot = await (await opened()).readSnapshot();
          post({ id: req.id, type: 'done', result: headerCells(snapshot, req.located) });
          return;
        }
        case 'template': {
          const blank = files.blank();
          const sheets = await addTemplate(blank, core, req.lang);
          const out = await blank.save();
          post({ id: req.id, type: 'done', result: { sheets, bytes: out } }, [out.buffer as ArrayBuffer]);
          return;
        }
      }
    } catch (e) {
      post({ id: req.id, type: 'fail', error: toPostedError(e) });
    }
  };
}
