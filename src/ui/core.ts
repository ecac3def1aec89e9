/**
 * The core functions the UI calls, gathered in one object so tests (and the web worker) can hand
 * in their own. The Word module is loaded only when asked for, so docx stays out of the first bundle.
 */
import type { Lang } from '../core/issues';
import type { SheetLayout } from '../core/layout/types';
import { analyze, type Analysis, type AnalyzeOptions } from '../core/analyze';
import type { WorkbookSnapshot } from '../core/snapshot';
import { reportSheetLayout } from '../core/layout/reportSheet';
import { templateLayouts } from '../core/layout/template';

export interface CoreDeps {
  analyze(snapshot: WorkbookSnapshot, options: AnalyzeOptions): Analysis;
  reportSheetLayout(analysis: Analysis, lang: Lang): SheetLayout;
  templateLayouts(lang: Lang): SheetLayout[];
  buildWordDraft(analysis: Analysis): Promise<Uint8Array>;
}

export const defaultCore: CoreDeps = {
  analyze,
  reportSheetLayout,
  templateLayouts,
  async buildWordDraft(analysis) {
    const word = await import('../core/word');
    return word.buildWordDraft(analysis);
  },
};
