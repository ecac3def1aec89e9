/**
 * The one-click jobs, as plain functions over a Host and the core. The task pane calls them on
 * the Office host; the web page's worker calls the same functions on the file host.
 */
import type { Host, Progress } from '../hosts/host';
import type { FrontDoor, Issue, Lang } from '../core/issues';
import type { Analysis } from '../core/analyze';
import type { TableName } from '../core/schema/types';
import type { CoreDeps } from './core';
import type { AnalysisView } from './analysisView';
import { UiError } from './errors';
import type { LocatedTable, Overrides } from '../core/tables';
import type { HeaderCell } from './headerCells';
import { throwIfStopped } from './stop';

export type OnProgress = (p: Progress) => void;

export interface JobOptions {
  lang: Lang;
  exactTime?: boolean;
  onProgress?: OnProgress;
  /** The clerk's «Dừng»: once aborted the job rejects with StoppedError (stop.ts) at its next step, having written nothing. */
  signal?: AbortSignal;
}

/** Lets the spinner paint before a long synchronous step. */
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Read every sheet, then read, check and compute with the workbook's saved overrides. With `opts.signal`
 * it stops between steps: at each progress the host reports (the Office host's batches of a large
 * workbook), after the reading and between the analysis's steps; a step under way (one Excel sync) ends first.
 */
export async function check(host: Pick<Host, 'readSnapshot' | 'loadOverrides'>, core: CoreDeps, opts: JobOptions): Promise<Analysis> {
  const { signal } = opts;
  // Thrown from inside the host's reading too: it reads, never writes, so stopping there leaves nothing half-done.
  const onProgress: OnProgress = (p) => {
    throwIfStopped(signal);
    opts.onProgress?.(p);
  };
  onProgress({ stage: 'read', fraction: null });
  // The snapshot first: the file host reads the whole file then, with progress, and the overrides come with it.
  const snapshot = await host.readSnapshot(onProgress);
  throwIfStopped(signal);
  const overrides = await host.loadOverrides();
  const options = { lang: opts.lang, overrides, exactTime: opts.exactTime };
  if (!core.analyzeInSteps) {
    onProgress({ stage: 'check', fraction: null });
    await nextTick();
    throwIfStopped(signal);
    return core.analyze(snapshot, options);
  }
  // A percentage for checking too (issue 11 §8), with a paint between the steps.
  onProgress({ stage: 'check', fraction: 0 });
  await nextTick();
  const steps = await core.analyzeInSteps(snapshot, options);
  for (;;) {
    throwIfStopped(signal);
    const step = steps.next();
    if (step.done) return step.value;
    onProgress({ stage: 'check', fraction: step.value });
    await nextTick();
  }
}

export interface ReportResult<A extends AnalysisView = Analysis> {
  sheet: string;
  analysis: A;
}

/**
 * Writes the report sheet from `analysis`, or from a fresh check when none is given; its issues' hints are
 * worded for `opts.door`, the front door that wrote it (the pane, or the web page's copy).
 */
export async function makeReport(host: Host, core: CoreDeps, opts: JobOptions & { door: FrontDoor }, analysis?: Analysis): Promise<ReportResult> {
  const a = analysis ?? (await check(host, core, opts));
  opts.onProgress?.({ stage: 'write', fraction: null });
  await nextTick();
  const sheet = await host.writeReportSheet(await core.reportSheetLayout(a, opts.lang, opts.door));
  return { sheet, analysis: a };
}

export async function makeWordDraft(core: CoreDeps, analysis: Analysis, onProgress?: OnProgress): Promise<Uint8Array> {
  onProgress?.({ stage: 'word', fraction: null });
  await nextTick();
  return core.buildWordDraft(analysis);
}

/** Adds the template sheets, or only those named in `only` (the ones the workbook lacks). */
export async function addTemplate(host: Host, core: CoreDeps, lang: Lang, only?: readonly string[]): Promise<string[]> {
  const layouts = await core.templateLayouts(lang);
  return host.addTemplateSheets(only ? layouts.filter((l) => only.includes(l.name)) : layouts);
}

/** Marks only issues that name a cell; returns how many cells were marked. */
export async function markIssues(host: Host, issues: Issue[]): Promise<number> {
  return host.markIssues(issues.filter((i) => i.sheet && i.cell));
}

export async function clearMarks(host: Host): Promise<void> {
  return host.clearMarks();
}

export async function selectCell(host: Host, sheet: string, cell: string): Promise<void> {
  return host.selectCell(sheet, cell);
}

export interface PinResult<A extends AnalysisView = Analysis> {
  sheet: string;
  range: string;
  analysis: A;
}

/** Pins `table` to the user's selection, keeps that with the workbook, and checks again. */
export async function pinTable(host: Host, core: CoreDeps, table: TableName, opts: JobOptions): Promise<PinResult> {
  const sel = await host.getSelection();
  if (!sel || !sel.sheet || !sel.range) throw new UiError('err_no_selection');
  const overrides = await host.loadOverrides();
  const next = { ...overrides, tables: { ...(overrides.tables ?? {}), [table]: { sheet: sel.sheet, range: sel.range } } };
  await host.saveOverrides(next);
  const analysis = await check(host, core, opts);
  return { sheet: sel.sheet, range: sel.range, analysis };
}

export interface PinFieldResult<A extends AnalysisView = Analysis> {
  /** Column letter pinned, "D". */
  column: string;
  analysis: A;
}

/** The column letters of an A1 range's first cell ("D" of "D4:D20"); '' when it is not a range. */
export function firstColumn(range: string): string {
  return /^\$?([A-Za-z]{1,3})\$?\d/.exec(range.split(':')[0].trim())?.[1]?.toUpperCase() ?? '';
}

/** Whether an A1 range ("D4", "D4:D20", "A3:H6") lies in one column: its last cell's column is its first's. */
export function inOneColumn(range: string): boolean {
  const [from, to] = range.split(':');
  return to === undefined || firstColumn(to) === firstColumn(from);
}

/**
 * Pins `field` of `table` to a column letter (the overrides' `fields`, kept with the workbook like
 * table pins) and checks again. `column` absent: the selected column, which must be on the table's sheet
 * and lie in one column (UiError err_several_columns otherwise: nothing is pinned).
 */
export async function pinField(
  host: Host,
  core: CoreDeps,
  table: TableName,
  field: string,
  opts: JobOptions & { column?: string; tableSheet?: string },
): Promise<PinFieldResult> {
  let column = opts.column?.toUpperCase() ?? '';
  if (!column) {
    const sel = await host.getSelection();
    column = sel?.range ? firstColumn(sel.range) : '';
    if (!column) throw new UiError('err_no_column');
    // Over several columns, which one the clerk meant is a guess: «Dự toán» would become «Thực hiện» unasked (tester 6 item 6).
    if (!inOneColumn(sel.range)) throw new UiError('err_several_columns', { range: sel.range });
    if (opts.tableSheet && sel.sheet !== opts.tableSheet) throw new UiError('err_column_elsewhere', { sheet: opts.tableSheet });
  }
  const overrides = await host.loadOverrides();
  const fields = { ...(overrides.fields ?? {}) };
  fields[table] = { ...(fields[table] ?? {}), [field]: column };
  await host.saveOverrides({ ...overrides, fields });
  const analysis = await check(host, core, opts);
  return { column, analysis };
}

/** One pin: a table's range (`field` absent), or one field's column of a table. */
export interface PinRef {
  table: TableName;
  field?: string;
}

/** The overrides without `pin`; a table or a list left empty goes too, so a workbook unpinned holds no trace of it. */
export function withoutPin(overrides: Overrides, pin: PinRef): Overrides {
  const out: Overrides = { ...overrides };
  if (pin.field === undefined) {
    const tables = { ...(out.tables ?? {}) };
    delete tables[pin.table];
    if (Object.keys(tables).length > 0) out.tables = tables;
    else delete out.tables;
    return out;
  }
  const fields = { ...(out.fields ?? {}) };
  const own = { ...(fields[pin.table] ?? {}) };
  delete own[pin.field];
  if (Object.keys(own).length > 0) fields[pin.table] = own;
  else delete fields[pin.table];
  if (Object.keys(fields).length > 0) out.fields = fields;
  else delete out.fields;
  return out;
}

export interface UnpinResult<A extends AnalysisView = Analysis> {
  analysis: A;
  /** The workbook's pins after the change. */
  pins: Overrides;
}

/**
 * Removes one pin (tester 6 item 19) from the overrides kept with the workbook (the Office host's
 * `cchc.overrides` setting, the file's very hidden `_cchc_settings` sheet, the web page's pins) and checks again.
 * The check runs with the pin gone and the overrides are saved only once it is done: an unpin stopped on
 * `opts.signal` (StoppedError) or failed leaves the workbook's pins as they were.
 */
export async function unpin(host: Host, core: CoreDeps, pin: PinRef, opts: JobOptions): Promise<UnpinResult> {
  const pins = withoutPin(await host.loadOverrides(), pin);
  const analysis = await check({ readSnapshot: (p) => host.readSnapshot(p), loadOverrides: async () => pins }, core, opts);
  throwIfStopped(opts.signal);
  await host.saveOverrides(pins);
  return { analysis, pins };
}

/** A file the page should save for the user. */
export interface Download {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the pane can do, whichever front door it sits behind. Optional jobs are absent where the
 * front door cannot do them (the web page has no live sheet to mark, select or pin on).
 * `A` is what a check hands the pane: the whole Analysis in the task pane, the AnalysisView the
 * web page's worker posts (the report and the draft are then made from the worker's copy).
 */
export interface Jobs<A extends AnalysisView = Analysis> {
  check(opts: JobOptions): Promise<A>;
  /** `download` is set when the report is a file to save (web page) rather than a sheet in the open workbook. */
  makeReport(opts: JobOptions, analysis?: A): Promise<ReportResult<A> & { download?: Download }>;
  makeWordDraft(analysis: A, onProgress?: OnProgress, signal?: AbortSignal): Promise<Uint8Array>;
  /** Sheets added to the open workbook (only those of `only` when given), or (web page) a new workbook to save. */
  addTemplate?(lang: Lang, only?: readonly string[]): Promise<{ sheets: string[]; download?: Download }>;
  /** The template's sheets and the table each is for, to say what "Tạo sheet mẫu" will add before it adds anything (the pane). */
  templateSheets?(lang: Lang): Promise<{ name: string; table?: TableName }[]>;
  /** The draft as HTML and text to copy (the task pane on Mac, which cannot download). */
  draftHtml?(analysis: A): Promise<{ html: string; text: string }>;
  markIssues?(issues: Issue[]): Promise<number>;
  clearMarks?(): Promise<void>;
  selectCell?(sheet: string, cell: string): Promise<void>;
  pinTable?(table: TableName, opts: JobOptions): Promise<PinResult<A>>;
  /** Pins a field to `column` (the web page, from a list) or to the selected column (the pane: `column` absent). */
  pinField?(table: TableName, field: string, opts: JobOptions & { column?: string; tableSheet?: string }): Promise<PinFieldResult<A>>;
  /** The pins kept with the workbook (the web page: this page's pins, else the file's), to list with «Bỏ ghim». */
  pins?(): Promise<Overrides>;
  /** Removes one pin and checks again. */
  unpin?(pin: PinRef, opts: JobOptions): Promise<UnpinResult<A>>;
  /** The header cells of the table as found, to choose a column from (the web page, which has no selection). */
  headerCells?(located: Pick<LocatedTable, 'sheet' | 'range' | 'headerRows'>): Promise<HeaderCell[]>;
  /**
   * The jobs «Dừng» can stop, each honouring its options' `signal`: all four on the web page (its worker is
   * ended); the check and the unpin in Excel, which stop between steps, but not the report, since a report
   * sheet stopped half-way would stay half-written in the workbook. Absent: no stop offered.
   */
  stoppable?: readonly StopKind[];
}

/**
 * A job the clerk may stop: a check (also the one before each report or draft), the report, the Word draft,
 * the removal of a pin with its check (which then leaves the pin in place).
 */
export type StopKind = 'check' | 'report' | 'word' | 'unpin';

/** Every job, over a live host (the Excel task pane). */
export function hostJobs(host: Host, core: CoreDeps): Jobs {
  return {
    check: (opts) => check(host, core, opts),
    makeReport: (opts, analysis) => makeReport(host, core, { ...opts, door: 'pane' }, analysis),
    makeWordDraft: (analysis, onProgress) => makeWordDraft(core, analysis, onProgress),
    addTemplate: async (lang, only) => ({ sheets: await addTemplate(host, core, lang, only) }),
    templateSheets: async (lang) => (await core.templateLayouts(lang)).map((l) => ({ name: l.name, table: l.table })),
    draftHtml: async (analysis) => core.draftHtml(analysis),
    markIssues: (issues) => markIssues(host, issues),
    clearMarks: () => clearMarks(host),
    selectCell: (sheet, cell) => selectCell(host, sheet, cell),
    pinTable: (table, opts) => pinTable(host, core, table, opts),
    pinField: (table, field, opts) => pinField(host, core, table, field, opts),
    pins: () => host.loadOverrides(),
    unpin: (pin, opts) => unpin(host, core, pin, opts),
    // An unpin saves nothing until its check is done, so it stops as a check does.
    stoppable: ['check', 'unpin'],
  };
}
