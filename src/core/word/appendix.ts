/**
 * PHỤ LỤC on a new page: the TTHC table with the columns of Biểu 06 (Thông tư 01/2020/TT-VPCP)
 * and a total row, and the staff table by education level.
 */
import type { Analysis } from '../analyze';
import { TTHC_COUNT_KEYS } from '../figures/tthc';
import { EDUCATION_LEVELS, type TthcCounts, type TthcFigures } from '../figures/types';
import { formatDateVi, formatRoundedNumberVi } from '../format';
import { numberLineParts } from './headerBlock';
import { agencyInBody } from './names';
import { TEXT_WIDTH } from './page';
import type { Block, Cell, Para, Row, TableBlock } from './model';
import { body, plainCount, heading2, MISSING, ph, PT, type Part } from './text';
import { makeCtx, notProvided, tablePeriodDiffers, tablePeriodParts } from './sections/context';
import { tthcFromDossiers } from '../figures';
import { EDUCATION_LABELS, educationWhole } from './sections/staffing';

function cell(
  parts: Part[],
  width: number,
  opts: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; columnSpan?: number; rowSpan?: number } = {},
): Cell {
  const { bold, size, align, ...span } = opts;
  const para: Para = { kind: 'para', role: 'layout', parts, run: { size: size ?? PT(11), bold }, align: align ?? 'center', spacing: { after: 0 } };
  return { paras: [para], width, ...span };
}

function gridTable(rows: Row[], widths: number[]): TableBlock {
  return { kind: 'table', style: 'grid', widths, rows };
}

/** "Kỳ trước chuyển sang" needs a wider column than the counts, or "chuyển" breaks. */
const NUM_WIDTH = 700;
const CARRIED_WIDTH = 860;
const FIELD_WIDTH = TEXT_WIDTH - NUM_WIDTH * (TTHC_COUNT_KEYS.length - 1) - CARRIED_WIDTH;
const widthOf = (k: keyof TthcCounts) => (k === 'carriedOver' ? CARRIED_WIDTH : NUM_WIDTH);

export function tthcTable(analysis: Analysis): Block {
  const t = analysis.figures.tthc;
  if (!t) return body(notProvided('kết quả giải quyết thủ tục hành chính'));
  return tthcCountsTable(t);
}

/** The TTHC counts by field in the columns of Biểu 06, with a total row (the commune's, or the province's roll-up). */
export function tthcCountsTable(t: TthcFigures): TableBlock {
  const widths = [FIELD_WIDTH, ...TTHC_COUNT_KEYS.map(widthOf)];
  const h = (text: string, w: number, extra: { columnSpan?: number; rowSpan?: number } = {}) => cell([text], w, { bold: true, size: PT(10), ...extra });
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, w) => a + w, 0);
  const head1: Row = {
    header: true,
    cells: [
      h('Lĩnh vực', FIELD_WIDTH, { rowSpan: 2 }),
      h('Tiếp nhận', span(1, 4), { columnSpan: 4 }),
      h('Đã giải quyết', span(5, 4), { columnSpan: 4 }),
      h('Đang giải quyết', span(9, 3), { columnSpan: 3 }),
    ],
  };
  const subs = ['Tổng số', 'Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  const head2: Row = { header: true, cells: subs.map((s, k) => h(s, widths[k + 1])) };
  const line = (label: Part, c: TthcCounts, bold = false): Row => ({
    cantSplit: true,
    cells: [cell([label], FIELD_WIDTH, { align: 'left', bold }), ...TTHC_COUNT_KEYS.map((k) => cell([plainCount(c[k])], widthOf(k), { bold }))],
  });
  const fields = t.byField.map((f) => line(f.field || ph('[Lĩnh vực]'), f));
  return gridTable([head1, head2, ...fields, line('Tổng cộng', t, true)], widths);
}

export function staffTable(analysis: Analysis): Block {
  const s = analysis.figures.staff;
  if (!s) return body(notProvided('trình độ chuyên môn của cán bộ, công chức'));
  const d = analysis.info.decimals;
  const widths = [4354, 2500, 2500];
  // Written as the text writes the shares (pct): 0 and 100 without ",0", 80,9 with its decimal.
  const share = (x: number | null): Part => (x === null ? ph(MISSING) : formatRoundedNumberVi(x, d));
  const whole = educationWhole(s);
  return gridTable(
    [
      {
        header: true,
        cells: [
          cell(['Trình độ chuyên môn'], widths[0], { bold: true }),
          cell(['Số lượng (người)'], widths[1], { bold: true }),
          cell(['Tỷ lệ (%)'], widths[2], { bold: true }),
        ],
      },
      ...EDUCATION_LEVELS.map((l): Row => ({
        cells: [
          cell([EDUCATION_LABELS[l]], widths[0], { align: 'left' }),
          cell([plainCount(s.education[l].count)], widths[1]),
          cell([share(s.education[l].pct)], widths[2]),
        ],
      })),
      {
        cells: [
          cell(['Tổng cộng'], widths[0], { align: 'left', bold: true }),
          cell([plainCount(whole)], widths[1], { bold: true }),
          cell([whole ? formatRoundedNumberVi(100, d) : ph(MISSING)], widths[2], { bold: true }),
        ],
      },
      // Those whose level could not be read, outside the total the shares are of.
      ...(s.unclassified
        ? [
            {
              cells: [
                cell(['Chưa xác định được trình độ (không tính vào tỷ lệ)'], widths[0], { align: 'left' }),
                cell([plainCount(s.unclassified)], widths[1]),
                cell([''], widths[2]),
              ],
            },
          ]
        : []),
    ],
    widths,
  );
}

function centredLine(parts: Part[], opts: { bold?: boolean; italics?: boolean; pageBreakBefore?: boolean; after?: number }): Para {
  return {
    kind: 'para',
    role: opts.bold ? 'heading1' : 'layout',
    parts,
    run: { size: PT(14), bold: opts.bold, italics: opts.italics },
    align: 'center',
    pageBreakBefore: opts.pageBreakBefore,
    spacing: { after: opts.after ?? 0 },
  };
}

/**
 * "(Số liệu tính từ ngày … đến ngày …)", marked, under the TTHC table's heading when its own title states another
 * period than the report's (as the body's caption in 2.3 is): the appendix is read apart from the text, so its
 * table must not pass for the report period's. Empty when the table is the period's own.
 */
function tthcPeriodLine(analysis: Analysis): Para[] {
  const { tables } = analysis;
  // A dossier log is counted over the report period (figures/dossiers.ts), whatever its own title says.
  const located = tthcFromDossiers(tables) ? undefined : tables.tthc?.located;
  const ctx = makeCtx(analysis);
  if (!analysis.figures.tthc || !tablePeriodDiffers(ctx, located)) return [];
  const parts = ['(Số liệu tính ', ...tablePeriodParts(ctx, located), ')'];
  return [{ kind: 'para', role: 'layout', parts, run: { size: PT(12), italics: true }, align: 'center', spacing: { after: 60 } }];
}

function unitLine(text: string): Para {
  return { kind: 'para', role: 'layout', parts: [text], run: { size: PT(12), italics: true }, align: 'right', spacing: { after: 60 } };
}

/** A report date with its day left blank: «…/7/2025», the blank highlighted; with nothing given, all three. */
function partialDate(info: Analysis['info']): Part[] {
  const given = info.reportDateParts;
  if (!given) return [ph('[.../.../...]')];
  return [ph('…'), `/${given.month ?? '…'}/${given.year ?? '…'}`];
}

export function appendix(analysis: Analysis): Block[] {
  const { info } = analysis;
  const date: Part[] = info.reportDate !== null && Number.isFinite(info.reportDate) ? [formatDateVi(info.reportDate)] : partialDate(info);
  return [
    centredLine(['PHỤ LỤC'], { bold: true, pageBreakBefore: true }),
    centredLine(['(Kèm theo Báo cáo số ', ...numberLineParts(info.number), ' ngày ', ...date, ` của ${agencyInBody(info)})`], {
      italics: true,
      after: 240,
    }),
    heading2('1. Kết quả giải quyết thủ tục hành chính'),
    ...tthcPeriodLine(analysis),
    unitLine('Đơn vị tính: hồ sơ'),
    tthcTable(analysis),
    { kind: 'para', role: 'spacer', parts: [], run: {}, spacing: { after: 240 } },
    heading2('2. Trình độ chuyên môn của cán bộ, công chức'),
    unitLine('Đơn vị tính: người'),
    staffTable(analysis),
  ];
}
