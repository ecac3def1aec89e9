/** Budget: the revenue total line (thu / tổng thu) and the expenditure total line (chi / tổng chi) against their estimates. */
import { percent } from '../round';
import type { ReadTable, TypedRow } from '../tables';
import { fold } from '../text/fold';
import { issue, num, ref, refs, setSource, tableRef, text, type FigureContext } from './common';
import type { BudgetFigures, BudgetSide } from './types';

type Side = 'revenue' | 'expenditure';

const SIDE_WORDS: Record<Side, { starts: string[]; vi: string; en: string }> = {
  revenue: { starts: ['thu', 'tong thu'], vi: 'Tổng thu', en: 'total revenue' },
  expenditure: { starts: ['chi', 'tong chi'], vi: 'Tổng chi', en: 'total expenditure' },
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

/** The first level-1 line of the side; without outline levels, the first such line. */
export function findSideLine(t: ReadTable, side: Side): TypedRow | null {
  const lines = t.rows.filter((r) => startsSide(foldedContent(r), side));
  return lines.find((r) => r.level === 1) ?? lines.find((r) => r.level === undefined) ?? lines[0] ?? null;
}

function sideFigures(t: ReadTable, side: Side, ctx: FigureContext): BudgetSide {
  const row = findSideLine(t, side);
  const prefix = `budget.${side}`;
  if (!row) {
    issue(ctx, 'missing-label', 'budget', 'content', tableRef(t), {
      vi: `Không tìm thấy dòng "${SIDE_WORDS[side].vi}" trong bảng ngân sách nên chưa tính được số liệu này.`,
      en: `No ${SIDE_WORDS[side].en} line was found in the budget table, so its figures cannot be computed.`,
    }, {
      vi: `Ghi một dòng có nội dung bắt đầu bằng "${SIDE_WORDS[side].vi}" (STT I hoặc II).`,
      en: `Add a line whose content starts with "${SIDE_WORDS[side].vi}" (order I or II).`,
    });
    return { estimateSuperior: null, estimateCouncil: null, actual: null, pctSuperior: null, pctCouncil: null };
  }
  const estimateSuperior = num(row, 'estimateSuperior');
  const estimateCouncil = num(row, 'estimateCouncil');
  const actual = num(row, 'actual');
  for (const [key, est] of [['estimateSuperior', estimateSuperior], ['estimateCouncil', estimateCouncil]] as const) {
    if (est === 0 && actual !== null) {
      issue(ctx, 'missing-cell', 'budget', key, ref(row, key), {
        vi: `Dự toán của dòng "${text(row, 'content')}" đang ghi là 0 nên chưa tính được tỷ lệ thực hiện so với dự toán.`,
        en: `The estimate of line "${text(row, 'content')}" is 0, so the share of the estimate cannot be computed.`,
      });
    }
  }
  setSource(ctx, `${prefix}.estimateSuperior`, refs(ref(row, 'estimateSuperior')));
  setSource(ctx, `${prefix}.estimateCouncil`, refs(ref(row, 'estimateCouncil')));
  setSource(ctx, `${prefix}.actual`, refs(ref(row, 'actual')));
  setSource(ctx, `${prefix}.pctSuperior`, refs(ref(row, 'actual'), ref(row, 'estimateSuperior')));
  setSource(ctx, `${prefix}.pctCouncil`, refs(ref(row, 'actual'), ref(row, 'estimateCouncil')));
  return {
    estimateSuperior,
    estimateCouncil,
    actual,
    pctSuperior: percent(actual, estimateSuperior, ctx.decimals),
    pctCouncil: percent(actual, estimateCouncil, ctx.decimals),
  };
}

export function computeBudget(t: ReadTable, ctx: FigureContext): BudgetFigures {
  return { revenue: sideFigures(t, 'revenue', ctx), expenditure: sideFigures(t, 'expenditure', ctx) };
}
