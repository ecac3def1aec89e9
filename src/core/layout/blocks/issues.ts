/** Block: the open issues, each linked to its cell. */
import { issueText, moreInColumn, type FrontDoor, type Issue, type Lang } from '../../issues';
import { GENERAL_LABEL, SEVERITY_LABEL } from '../../labels';
import type { SheetBuilder } from '../builder';
import { HEADER_FILL, heading, noteLine, tr } from './common';
import { rangeA1, splitCells } from '../../address';
import { shownSheet } from '../../text/sheetName';

/**
 * The issues, their hints worded for `door`, the front door that writes the sheet. Returns the list's header row (0-based;
 * null when there is no issue), which the report repeats on each page the list spans; the header and the first issue
 * are kept on one page.
 */
export function issuesBlock(b: SheetBuilder, lang: Lang, n: number, issues: Issue[], door: FrontDoor): number | null {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  heading(b, `${n}. ${t('Các vấn đề cần xem lại', 'Issues to review')}`);
  if (issues.length === 0) {
    noteLine(b, t('Không có vấn đề nào.', 'No issues.'));
    return null;
  }
  const headerRow = b.row;
  b.keep(headerRow, headerRow + 1);
  // The message and the hint span columns of their own (merged, wrapped), so the list does not
  // widen the figure tables' label column; the report sets each row's height (print.ts).
  const head = (col: number, text: string, to: number) => {
    const c = b.put(col, text, { bold: true, border: true, align: 'center', wrap: true, fill: HEADER_FILL }, false);
    if (to > col) b.merge(c, rangeA1(b.row, col, b.row, to));
  };
  head(MSG, t('Nội dung', 'Message'), MSG_END);
  head(SEV, t('Mức độ', 'Severity'), SEV);
  head(SHEET, t('Sheet', 'Sheet'), SHEET);
  head(CELL, t('Ô', 'Cell'), CELL);
  head(HINT, t('Cách sửa', 'How to fix'), HINT_END);
  b.next();
  for (const i of issues) {
    const { message, hint } = issueText(i, lang, door);
    spanned(b, MSG, MSG_END, i.more ? `${message} ${moreInColumn(i.more, lang)}` : message);
    b.put(SEV, SEVERITY_LABEL[i.severity][lang], { border: true, bold: i.severity === 'error' });
    b.put(SHEET, i.sheet ? shownSheet(i.sheet) : GENERAL_LABEL[lang], { border: true });
    const cell = b.put(CELL, i.cell, { border: true });
    // A hyperlink takes one place: the first of the cells the issue names.
    const first = splitCells(i.cell)[0];
    if (i.sheet && first) b.link(cell, { sheet: i.sheet, cell: first });
    spanned(b, HINT, HINT_END, hint ?? '');
    b.next();
  }
  return headerRow;
}

/** Columns of the issue list: message A:B, severity C, sheet D, cell E, hint F:G. */
export const MSG = 0;
export const MSG_END = 1;
const SEV = 2;
const SHEET = 3;
const CELL = 4;
export const HINT = 5;
export const HINT_END = 6;

function spanned(b: SheetBuilder, from: number, to: number, text: string): void {
  const c = b.put(from, text, { border: true, wrap: true }, false);
  for (let k = from + 1; k <= to; k++) b.put(k, null, { border: true }, false);
  b.merge(c, rangeA1(b.row, from, b.row, to));
}
