/** The analysis core the UI loads on its first check (see core.ts): one dynamic import, one chunk. */
export { analyze, analyzeInSteps } from '../core/analyze';
export { reportSheetLayout } from '../core/layout/reportSheet';
export { templateLayouts } from '../core/layout/template';
export { draftHtml, htmlToText } from '../core/word/html';
