/**
 * The core functions the UI calls, gathered in one object so tests (and the web worker) can hand
 * in their own. The analysis core (reading, checks, figures, layouts) is loaded on the first call,
 * not at start: the task pane's first script stays under the empty Office template's 169 KB gzip
 * (issue 15 point 4). The Word module is loaded likewise, so docx stays out of the first bundle.
 */
import type { FrontDoor, Lang } from '../core/issues';
import type { SheetLayout } from '../core/layout/types';
import type { Analysis, AnalyzeOptions } from '../core/analyze';
import type { WorkbookSnapshot } from '../core/snapshot';

/** Each function may answer at once (tests' fakes) or once its code is loaded (defaultCore). */
export interface CoreDeps {
  analyze(snapshot: WorkbookSnapshot, options: AnalyzeOptions): Analysis | Promise<Analysis>;
  /** `analyze` step by step, yielding the fraction done (for a percentage, and a paint between steps); absent: one step. */
  analyzeInSteps?(snapshot: WorkbookSnapshot, options: AnalyzeOptions): Generator<number, Analysis, void> | Promise<Generator<number, Analysis, void>>;
  reportSheetLayout(analysis: Analysis, lang: Lang, door: FrontDoor): SheetLayout | Promise<SheetLayout>;
  templateLayouts(lang: Lang): SheetLayout[] | Promise<SheetLayout[]>;
  buildWordDraft(analysis: Analysis): Promise<Uint8Array>;
  /** The draft as HTML and as plain text, for the pane's copy (Mac); the core is loaded by then, so it stays within the click. */
  draftHtml(analysis: Analysis): { html: string; text: string } | Promise<{ html: string; text: string }>;
}

/** The analysis core as one chunk, fetched once (a rejected load is tried again at the next call). */
let analysisCore: Promise<typeof import('./coreModules')> | null = null;
function loadAnalysisCore(): Promise<typeof import('./coreModules')> {
  analysisCore ??= import('./coreModules').catch((e: unknown) => {
    analysisCore = null;
    throw e;
  });
  return analysisCore;
}

export const defaultCore: CoreDeps = {
  async analyze(snapshot, options) {
    return (await loadAnalysisCore()).analyze(snapshot, options);
  },
  async analyzeInSteps(snapshot, options) {
    return (await loadAnalysisCore()).analyzeInSteps(snapshot, options);
  },
  async reportSheetLayout(analysis, lang, door) {
    return (await loadAnalysisCore()).reportSheetLayout(analysis, lang, door);
  },
  async templateLayouts(lang) {
    return (await loadAnalysisCore()).templateLayouts(lang);
  },
  async draftHtml(analysis) {
    const core = await loadAnalysisCore();
    const html = core.draftHtml(analysis);
    return { html, text: core.htmlToText(html) };
  },
  async buildWordDraft(analysis) {
    const word = await import('../core/word');
    return word.buildWordDraft(analysis);
  },
};
