/** Budget: the revenue total line (thu / tổng thu) and the expenditure total line (chi / tổng chi) against their estimates. */
import { percent } from '../round';
import type { ReadTable, TypedRow } from '../tables';
import { fold } from '../text/fold';
import { issue } from '../issues';
import { num, ref, refs, setSource, tableRef, text, where, type FigureContext } from './common';
import type { BudgetFigures, BudgetSide } from './types';

type Side = 'revenue' | 'expenditure';

const SIDE_WORDS: Record<Side, { starts: string[]; vi: string; en: string }> = {
  // "Cộng thu" / "Tổng cộng chi": the side's total under heading rows ("THU NGÂN SÁCH") that hold no amount.
  revenue: { starts: ['thu', 'tong thu', 'cong thu', 'tong cong thu'], vi: 'Tổng thu', en: 'total revenue' },
  expenditure: { starts: ['chi', 'tong chi', 'cong chi', 'tong cong chi'], vi: 'Tổng chi', en: 'total expenditure' },
};

/** "II. Tổng chi ngân sách" -> "tong chi ngan sach": an order written into the content is dropped. */
function foldedContent(row: TypedRow): string {
  const raw = text(row, 'content').replace(/^\s*(?:[IVXLivxl]+|\d+(?:\.\d+)*|[a-dđA-D])\s*[.)\-:]\s*/, '');
  return fold(raw);
}

function startsSide(content: string, side: Side): boolean {
  // "Chỉ tiêu" folds to "chi tieu": a header-like line, not expenditure.
  if (side === 'expenditure' && /^chi tieu\b/.test(content)) return false;
  return SIDE_WORDS[side].starts.some((w) => content === w || content.startsWith(`${w} `));
}

/**
 * A line of the state budget collected in the commune's area ("Tổng thu NSNN trên địa bàn"): it holds the
 * shares of the district and the province too, so it is not the commune's own budget (ngân sách xã), which is
 * the report's figure (Luật NSNN 2015, Thông tư 344/2016/TT-BTC's commune forms list both lines).
 */
function isAreaLine(content: string): boolean {
  return /\btren dia ban\b/.test(content) || /\b(?:nsnn|ngan sach nha nuoc)\b/.test(content);
}

/** "Tổng thu", "Cộng chi", "Tổng cộng thu": a line that says it is the side's total. */
function isTotalWord(content: string): boolean {
  return /^(?:tong cong|tong|cong) /.test(content);
}

/**
 * A line naming its side and nothing narrower ("Thu ngân sách xã", "CHI NS", "Thu"): the side's own line, not one
 * kind of revenue or spending («Thu thuế, phí», «Chi thường xuyên»). Folded content, order dropped.
 */
function namesSideOnly(content: string, side: Side): boolean {
  const word = side === 'revenue' ? 'thu' : 'chi';
  return content === word || new RegExp(`^${word} (?:ngan sach|ns|nsx|nsnn)\\b`).test(content);
}

/**
 * Whether a line is a part of another line of its side: the nearest line above it of a higher outline level
 * (I above 1, 1 above 1.1) is one of `sideRows`. A part («1. Thu cân đối» under «I. Tổng thu …») is never the
 * side's total, whatever its words (tester 12 item 1).
 */
function isPart(rows: readonly TypedRow[], i: number, sideRows: ReadonlySet<TypedRow>): boolean {
  const level = rows[i].level;
  if (level === undefined || level < 2) return false;
  for (let k = i - 1; k >= 0; k--) {
    const above = rows[k].level;
    if (above !== undefined && above < level) return sideRows.has(rows[k]);
  }
  return false;
}

/**
 * The side's line and whether the only lines of that side were the area's (then none is taken).
 * Lines that are parts of another line of the side are left out. Among the commune's own lines: the first
 * level-1 line; else the first line saying it is the total («Tổng thu», «Cộng chi»: a sheet without outline
 * levels keeps its parts above or below it, tester 12 item 9); else the first line without a level, else the
 * first. A line naming NSNN without "trên địa bàn" is taken when it is the side's only kind of line.
 * Source: REPORTING-SCHEMA.md §2 `budget` (revenue total: the line whose content starts with thu / tổng thu).
 */
function sideLine(t: ReadTable, side: Side): { row: TypedRow | null; areaOnly: TypedRow | null; flat: TypedRow[] | null } {
  const named = t.rows.filter((r) => startsSide(foldedContent(r), side));
  const sideRows = new Set(named);
  const parts = new Set(t.rows.filter((r, i) => sideRows.has(r) && isPart(t.rows, i, sideRows)));
  // A heading line without any amount ("I | THU NGÂN SÁCH") yields to the line holding the side's amounts.
  const hasAmount = (r: TypedRow) => (['estimateSuperior', 'estimateCouncil', 'actual'] as const).some((k) => num(r, k) !== null);
  const all = named.some(hasAmount) ? named.filter(hasAmount) : named;
  const own = all.filter((r) => !isAreaLine(foldedContent(r)) && !parts.has(r));
  const lines = own.length > 0 ? own : all.filter((r) => !/\btren dia ban\b/.test(foldedContent(r)) && !parts.has(r));
  // A flat list («1 Thu thuế, phí», «2 Thu bổ sung», no «Tổng thu»): no line is the side's total, so none is taken
  // as it; the lines are summed (tester 16 F11: the first line was taken as the total, silently).
  if (lines.length >= 2 && !lines.some((r) => isTotalWord(foldedContent(r)) || namesSideOnly(foldedContent(r), side))) {
    return { row: null, areaOnly: null, flat: lines };
  }
  const row =
    lines.find((r) => r.level === 1) ?? lines.find((r) => isTotalWord(foldedContent(r))) ?? lines.find((r) => r.level === undefined) ?? lines[0] ?? null;
  return { row, areaOnly: row ? null : (all.find((r) => isAreaLine(foldedContent(r))) ?? null), flat: null };
}

/**
 * The side's line as the figures take it (null when there is none, only the area's state-budget line, or a flat
 * list of lines the figures sum).
 */
export function findSideLine(t: ReadTable, side: Side): TypedRow | null {
  return sideLine(t, side).row;
}

const AMOUNTS = ['estimateSuperior', 'estimateCouncil', 'actual'] as const;

/**
 * A side kept as a flat list of lines with no total line: each amount is the sum of the lines' amounts (null when
 * none has one), said in an info naming the lines, and the figures sourced from every line's cell.
 */
function flatFigures(t: ReadTable, side: Side, lines: TypedRow[], ctx: FigureContext): BudgetSide {
  const sum = (key: (typeof AMOUNTS)[number]): number | null => {
    const vs = lines.map((r) => num(r, key)).filter((v): v is number => v !== null);
    return vs.length > 0 ? vs.reduce((a, b) => a + b, 0) : null;
  };
  const [estimateSuperior, estimateCouncil, actual] = AMOUNTS.map(sum);
  ctx.issues.push(
    issue('budget-total-from-lines', where(refs(...lines.map((r) => ref(r, 'content')))[0] ?? tableRef(t), 'budget', 'content'), {
      lineWord: SIDE_WORDS[side].vi,
      count: lines.length,
      lines: lines.map((r) => `«${text(r, 'content')}»`).join(', '),
      actual: actual === null ? '…' : { n: actual, decimals: 0 },
    }),
  );
  return sideOf(lines, side, { estimateSuperior, estimateCouncil, actual }, ctx);
}

/**
 * A side's figures from its amounts (đồng) and the lines they come from: each amount sourced from those lines' cells,
 * each share (percent of an estimate, rounded to ctx.decimals) from the actual's and that estimate's.
 */
function sideOf(lines: TypedRow[], side: Side, a: Record<(typeof AMOUNTS)[number], number | null>, ctx: FigureContext): BudgetSide {
  const prefix = `budget.${side}` as const;
  const cells = (key: (typeof AMOUNTS)[number]) => refs(...lines.map((r) => ref(r, key)));
  for (const key of AMOUNTS) setSource(ctx, `${prefix}.${key}`, cells(key));
  setSource(ctx, `${prefix}.pctSuperior`, [...cells('actual'), ...cells('estimateSuperior')]);
  setSource(ctx, `${prefix}.pctCouncil`, [...cells('actual'), ...cells('estimateCouncil')]);
  return {
    ...a,
    pctSuperior: percent(a.actual, a.estimateSuperior, ctx.decimals),
    pctCouncil: percent(a.actual, a.estimateCouncil, ctx.decimals),
  };
}

function sideFigures(t: ReadTable, side: Side, ctx: FigureContext): BudgetSide {
  const { row, areaOnly, flat } = sideLine(t, side);
  if (flat) return flatFigures(t, side, flat, ctx);
  if (!row && areaOnly) {
    ctx.issues.push(
      issue('budget-line-area-only', where(ref(areaOnly, 'content'), 'budget', 'content'), {
        content: text(areaOnly, 'content'),
        lineWord: SIDE_WORDS[side].vi,
      }),
    );
    return { estimateSuperior: null, estimateCouncil: null, actual: null, pctSuperior: null, pctCouncil: null };
  }
  if (!row) {
    const line = { vi: SIDE_WORDS[side].vi, en: SIDE_WORDS[side].en };
    ctx.issues.push(issue('budget-line-not-found', where(tableRef(t), 'budget', 'content'), { line, lineWord: SIDE_WORDS[side].vi }));
    return { estimateSuperior: null, estimateCouncil: null, actual: null, pctSuperior: null, pctCouncil: null };
  }
  const estimateSuperior = num(row, 'estimateSuperior');
  const estimateCouncil = num(row, 'estimateCouncil');
  const actual = num(row, 'actual');
  for (const [key, est] of [
    ['estimateSuperior', estimateSuperior],
    ['estimateCouncil', estimateCouncil],
  ] as const) {
    if (est === 0 && actual !== null) {
      ctx.issues.push(issue('budget-estimate-zero', where(ref(row, key), 'budget', key), { content: text(row, 'content') }));
    }
  }
  return sideOf([row], side, { estimateSuperior, estimateCouncil, actual }, ctx);
}

export function computeBudget(t: ReadTable, ctx: FigureContext): BudgetFigures {
  return { revenue: sideFigures(t, 'revenue', ctx), expenditure: sideFigures(t, 'expenditure', ctx) };
}
