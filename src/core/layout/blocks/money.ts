/** Blocks: budget revenue and expenditure, public investment (amounts in đồng). */
import type { BudgetFigures, BudgetSide, InvestmentFigures } from '../../figures/types';
import type { SheetBuilder } from '../builder';
import { fig, figureTable, heading, noData, noteLine, tr, type BlockContext, type FigureRow } from './common';
import { unitSlipped } from '../../word/marks';

export function budgetBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: BudgetFigures | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Thu, chi ngân sách', 'Budget revenue and expenditure')}`);
  if (!data) return noData(b, ctx.lang);
  noteLine(b, t('Đơn vị tính: đồng', 'Unit: đồng'));
  const row = (label: string, side: 'revenue' | 'expenditure', s: BudgetSide): FigureRow => {
    // The draft's rule (word/sections/finance.ts): an amount in another unit makes the shares wrong by 1 000×, so they are left blank, never 0,0 %.
    const withheld = unitSlipped((['actual', 'estimateSuperior', 'estimateCouncil'] as const).flatMap((k) => ctx.flagged(`budget.${side}.${k}`)));
    return {
      label,
      bold: true,
      cells: [
        fig(s.estimateSuperior, 'amount', `budget.${side}.estimateSuperior`),
        fig(s.estimateCouncil, 'amount', `budget.${side}.estimateCouncil`),
        fig(s.actual, 'amount', `budget.${side}.actual`),
        { ...fig(s.pctSuperior, 'pct', `budget.${side}.pctSuperior`), withheld },
        { ...fig(s.pctCouncil, 'pct', `budget.${side}.pctCouncil`), withheld },
      ],
    };
  };
  figureTable(
    b,
    ctx,
    [
      t('Nội dung', 'Item'),
      t('Dự toán cấp trên giao', 'Estimate (superior)'),
      t('Dự toán HĐND xã giao', 'Estimate (council)'),
      t('Thực hiện', 'Actual'),
      t('So với dự toán cấp trên (%)', '% of superior estimate'),
      t('So với dự toán HĐND (%)', '% of council estimate'),
    ],
    [
      row(t('Tổng thu ngân sách', 'Total revenue'), 'revenue', data.revenue),
      row(t('Tổng chi ngân sách', 'Total expenditure'), 'expenditure', data.expenditure),
    ],
  );
}

export function investmentBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: InvestmentFigures | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Giải ngân vốn đầu tư công', 'Public investment disbursement')}`);
  if (!data) return noData(b, ctx.lang);
  noteLine(b, t('Đơn vị tính: đồng', 'Unit: đồng'));
  figureTable(
    b,
    ctx,
    [t('Nội dung', 'Item'), t('Kế hoạch vốn', 'Capital plan'), t('Giải ngân', 'Disbursed'), t('Tỷ lệ giải ngân (%)', 'Disbursed (%)')],
    [
      {
        label: t('Vốn đầu tư công', 'Public investment'),
        bold: true,
        cells: [fig(data.plan, 'amount', 'investment.plan'), fig(data.disbursed, 'amount', 'investment.disbursed'), fig(data.pct, 'pct', 'investment.pct')],
      },
    ],
  );
}
