/**
 * A SheetLayout as a worksheet part (SpreadsheetML, ECMA-376 Part 1 §18.3), written directly: numbers
 * as numbers with their number format, text as inline strings (so the user's shared strings stay as
 * they are), each figure's link to its source cell as an internal hyperlink on the number cell,
 * merges, widths, frozen rows, dropdown lists, A4 page setup with its page header and manual page breaks. No formula
 * is ever written.
 */
import type { LayoutCell, SheetLayout } from '../../core/layout/types';
import { a1, columnLetter, quoteSheet } from '../../core/address';
import { headerCode } from '../../core/layout/print';
import { MAIN_NS, type StyleBook } from './styles';
import { cellText, escapeXml } from './xmlText';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TAB_COLOR = 'FF2F5597';

/** A list formula Excel accepts inline ("a,b,c", at most 255 characters), commas inside values made spaces; null when too long. */
function inlineList(values: string[]): string | null {
  const joined = values.map((v) => v.replace(/[,"]/g, ' ')).join(',');
  return joined.length <= 255 ? `"${joined}"` : null;
}

/** The cells in row order, the last one written at a place winning (as the Office host's bulk write does). */
function placed(cells: LayoutCell[]): LayoutCell[] {
  const byPos = new Map<number, LayoutCell>();
  for (const c of cells) byPos.set(c.row * 16384 + c.col, c);
  return [...byPos.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

export interface SheetXmlOptions {
  /** cellXfs index of the book's first look. */
  firstStyle: number;
  /** The sheet is the one shown when the file opens. */
  selected: boolean;
  /** Main and relationships namespaces of the package (transitional, or strict for a strict package). */
  mainNs?: string;
}

/** The worksheet XML of a layout; `book` collects the looks the cells use. */
export function sheetXml(layout: SheetLayout, book: StyleBook, opts: SheetXmlOptions): string {
  const cells = placed(layout.cells);
  const styleOf = (c: LayoutCell) => opts.firstStyle + book.index(c);
  const rows = new Map<number, string>();
  const links: string[] = [];
  let maxRow = 0;
  let maxCol = 0;
  for (let i = 0; i < cells.length;) {
    const r = cells[i].row;
    const parts: string[] = [];
    for (; i < cells.length && cells[i].row === r; i++) {
      const c = cells[i];
      const ref = a1(c.row, c.col);
      maxRow = Math.max(maxRow, c.row);
      maxCol = Math.max(maxCol, c.col);
      const s = styleOf(c);
      if (typeof c.value === 'number' && Number.isFinite(c.value)) parts.push(`<c r="${ref}" s="${s}"><v>${c.value}</v></c>`);
      else if (typeof c.value === 'string' && c.value !== '')
        parts.push(`<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${cellText(c.value)}</t></is></c>`);
      else parts.push(`<c r="${ref}" s="${s}"/>`);
      if (c.link && c.value !== null && c.value !== '') {
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(`${quoteSheet(c.link.sheet)}!${c.link.cell}`)}" display="${escapeXml(String(c.value).slice(0, 255))}"/>`,
        );
      }
    }
    rows.set(r, parts.join(''));
  }
  // A blank row with a height (the report sets every row's, to count its pages) is written empty.
  for (const r of Object.keys(layout.rowHeights ?? {}).map(Number)) if (!rows.has(r) && r >= 0) rows.set(r, '');
  const rowXml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const ht = layout.rowHeights?.[r];
      return `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${rows.get(r)}</row>`;
    });
  const widths = layout.columnWidths.map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  const freeze = layout.freezeRows && layout.freezeRows > 0 ? layout.freezeRows : 0;
  const pane = freeze
    ? `<pane ySplit="${freeze}" topLeftCell="${a1(freeze, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${a1(freeze, 0)}" sqref="${a1(freeze, 0)}"/>`
    : '<selection activeCell="A1" sqref="A1"/>';
  // A break's id is the row above which it stands, counted from 0: our 0-based first row of the new page.
  const breaks = (layout.rowBreaks ?? []).filter((r) => r > 0 && r <= 1048575);
  const orientation = layout.page?.orientation === 'landscape' ? 'landscape' : 'portrait';
  const fit = layout.page?.fitToWidth !== false;
  const lists = (layout.lists ?? [])
    .map((l) => {
      const f = inlineList(l.values);
      return f
        ? `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${escapeXml(l.range)}"><formula1>${escapeXml(f)}</formula1></dataValidation>`
        : '';
    })
    .filter(Boolean);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${opts.mainNs ?? MAIN_NS}" xmlns:r="${REL_NS}">`,
    `<sheetPr><tabColor rgb="${TAB_COLOR}"/>${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`,
    `<dimension ref="A1:${columnLetter(maxCol)}${maxRow + 1}"/>`,
    `<sheetViews><sheetView${opts.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    widths ? `<cols>${widths}</cols>` : '',
    `<sheetData>${rowXml.join('')}</sheetData>`,
    layout.merges.length
      ? `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`
      : '',
    lists.length ? `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>` : '',
    links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '',
    '<printOptions horizontalCentered="1"/>',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    // The page header from page 2 on (the first page's own title rows say the same), then the manual page breaks.
    layout.pageHeader?.length
      ? `<headerFooter differentFirst="1"><oddHeader>${escapeXml(headerCode(layout.pageHeader))}</oddHeader><firstHeader></firstHeader></headerFooter>`
      : '',
    breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
      : '',
    '</worksheet>',
  ].join('');
}
