/**
 * The report sheet (docs/reporting-schema.md §5) as a layout: a title with the agency and period, one block
 * per area with units, number formats and links to the source cells, then the open issues.
 */
import type { Analysis } from '../analyze';
import { tthcFromDossiers } from '../figures';
import { timingRule } from '../figures/dossiers';
import { formatDateVi } from '../format';
import type { FrontDoor, Lang } from '../issues';
import { rangeA1 } from '../address';
import { MIN_WIDTH, SheetBuilder } from './builder';
import { MARK_LEGEND, tr, type BlockContext } from './blocks/common';
import { issuesOf } from '../word/marks';
import { documentsBlock, indicatorsBlock, surveyBlock } from './blocks/indicators';
import { HINT, HINT_END, issuesBlock, MSG, MSG_END } from './blocks/issues';
import { budgetBlock, investmentBlock } from './blocks/money';
import { staffBlock } from './blocks/staff';
import { tthcBlock } from './blocks/tthc';
import { REPORT_SHEET_BASE_NAME, REPORT_SHEET_TITLE, type SheetLayout } from './types';
import { pageBreaks, pageCapacity, pageFor, rowHeights, withLeadIn } from './print';

const LABEL_MAX = 34;
const FIGURE_MAX = 19;

function periodText(a: Analysis, lang: Lang): string {
  const { periodStart: s, periodEnd: e } = a.info;
  if (s !== null && e !== null)
    return tr(lang, `Kỳ báo cáo: từ ngày ${formatDateVi(s)} đến ngày ${formatDateVi(e)}`, `Period: ${formatDateVi(s)} to ${formatDateVi(e)}`);
  if (e !== null) return tr(lang, `Kỳ báo cáo: đến ngày ${formatDateVi(e)}`, `Period: up to ${formatDateVi(e)}`);
  if (s !== null) return tr(lang, `Kỳ báo cáo: từ ngày ${formatDateVi(s)}`, `Period: from ${formatDateVi(s)}`);
  return tr(lang, 'Kỳ báo cáo: chưa xác định', 'Period: not given');
}

/**
 * The issue list's message (A:B) and «Cách sửa» (F:G) spans, at least ISSUE_MESSAGE_MIN and ISSUE_HINT_MIN characters:
 * fitted to the figure tables alone, «Cách sửa» was 12 characters wide and each issue's row a page tall (tester 6
 * item 27). The shortfall goes to the span's last column (B, G: a figure column and the notes), so the figure tables'
 * label column stays as it is; the sheet then prints landscape, one page wide, at 100%.
 */
const ISSUE_MESSAGE_MIN = 50;
const ISSUE_HINT_MIN = 40;

function widenIssueSpans(widths: number[]): void {
  const widen = (from: number, to: number, min: number) => {
    while (widths.length <= to) widths.push(MIN_WIDTH);
    let w = 0;
    for (let c = from; c <= to; c++) w += widths[c];
    if (w < min) widths[to] += min - w;
  };
  widen(MSG, MSG_END, ISSUE_MESSAGE_MIN);
  widen(HINT, HINT_END, ISSUE_HINT_MIN);
}

/** `door`: the front door writing the sheet, whose controls the issues' hints name (the pane, the web page's copy, the command line's). */
export function reportSheetLayout(analysis: Analysis, lang: Lang, door: FrontDoor): SheetLayout {
  const b = new SheetBuilder();
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const f = analysis.figures;
  const ctx: BlockContext = { lang, decimals: analysis.info.decimals ?? 1, sources: analysis.sources, flagged: (path) => issuesOf(analysis, [path]) };

  const titles = [b.put(0, t(REPORT_SHEET_TITLE.vi, REPORT_SHEET_TITLE.en), { bold: true, size: 14, align: 'center' }, false)];
  b.next();
  titles.push(b.put(0, analysis.info.agency ?? t('(chưa ghi cơ quan ban hành)', '(issuing agency not given)'), { bold: true, align: 'center' }, false));
  b.next();
  titles.push(b.put(0, periodText(analysis, lang), { italic: true, align: 'center' }, false));
  b.next();
  b.put(
    0,
    t(
      'Mỗi số liệu có liên kết tới ô nguồn trong sổ tính; ô để trống là số liệu chưa tính được.',
      'Each figure links to its source cell; a blank figure could not be computed.',
    ),
    { italic: true, size: 10 },
    false,
  );
  b.next();

  let n = 1;
  indicatorsBlock(b, ctx, n++, f.indicators);
  surveyBlock(b, ctx, n++, f.survey);
  documentsBlock(b, ctx, n++, f.documents);
  tthcBlock(b, ctx, n++, f.tthc, tthcFromDossiers(analysis.tables) ? timingRule(analysis.exactTime) : null);
  staffBlock(b, ctx, n++, f.staff);
  budgetBlock(b, ctx, n++, f.budget);
  investmentBlock(b, ctx, n++, f.investment);
  if (ctx.marked) {
    b.next();
    for (const line of MARK_LEGEND) {
      b.put(0, t(line.vi, line.en), { italic: true, size: 10 }, false);
      b.next();
    }
  }
  const issueHeader = issuesBlock(b, lang, n++, analysis.issues, door);

  // The title lines span the sheet's used width.
  const last = Math.max(b.lastCol, 3);
  titles.forEach((c) => b.merge(c, rangeA1(c.row, 0, c.row, last)));
  // The label column wraps past LABEL_MAX; figures and short texts stay within FIGURE_MAX (an amount
  // of a thousand billion đồng fits), so the sheet prints on A4 at a readable scale (issue 10 §2).
  const layout = b.layout(REPORT_SHEET_BASE_NAME, { madeByAddin: true }, (col) => (col === 0 ? LABEL_MAX : FIGURE_MAX));
  if (analysis.issues.length > 0) widenIssueSpans(layout.columnWidths);
  return printed(
    layout,
    b,
    issueHeader,
    titles.map((c) => String(c.value)),
  );
}

/**
 * How the sheet prints on A4 (tester 6 item 27): every row's height, the orientation, the issue list's header row
 * repeated on each page it spans (the print titles), the title lines in the page header from page 2 on, and a page
 * break wherever a table would otherwise be cut.
 */
function printed(layout: SheetLayout, b: SheetBuilder, issueHeader: number | null, titleLines: string[]): SheetLayout {
  const heights = rowHeights(layout);
  const page = pageFor(layout.columnWidths);
  const printTitleRows: [number, number] | undefined = issueHeader === null ? undefined : [issueHeader, issueHeader];
  const filled = new Set(layout.cells.filter((c) => c.value !== null && c.value !== '').map((c) => c.row));
  const rows = Object.keys(heights).length;
  const rowBreaks = pageBreaks(
    Array.from({ length: rows }, (_, r) => heights[r]),
    pageCapacity(page),
    printTitleRows ? heights[printTitleRows[0]] : 0,
    withLeadIn(b.keeps, filled),
  );
  const pageHeader = [titleLines[0], titleLines.slice(1).join(' · ')];
  return { ...layout, rowHeights: heights, page, printTitleRows, pageHeader, rowBreaks };
}
