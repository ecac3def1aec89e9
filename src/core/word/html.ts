/**
 * The draft as HTML, for the pane's "copy as formatted text" (Excel on Mac and iPad cannot
 * download a file from the pane): the same report model as the .docx (report.ts), rendered by
 * render/html.ts. Imports nothing of `docx`, so the pane's first script stays small.
 */
import type { Analysis } from '../analyze';
import { htmlToText, renderHtml } from './render/html';
import { buildReport } from './report';

export { htmlToText };

/** The whole draft as one HTML fragment; workbook text escaped. */
export function draftHtml(analysis: Analysis): string {
  return renderHtml(buildReport(analysis));
}
