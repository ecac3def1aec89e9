/** Key indicators: achievement = actual / target * 100. */
import { percent } from '../round';
import type { ReadTable } from '../tables';
import { dataRows, issue, num, ref, refs, setSource, text, type FigureContext } from './common';
import type { IndicatorFigure } from './types';

export function computeIndicators(t: ReadTable, ctx: FigureContext): IndicatorFigure[] {
  const out: IndicatorFigure[] = [];
  for (const row of dataRows(t)) {
    const name = text(row, 'name');
    const target = num(row, 'target');
    const actual = num(row, 'actual');
    // A row with nothing in it is not an indicator (the reader reports blank rows).
    if (!name && target === null && actual === null) continue;
    const i = out.length;
    const achievement = percent(actual, target, ctx.decimals);
    out.push({ name, target, actual, achievement });
    setSource(ctx, `indicators.${i}.target`, refs(ref(row, 'target')));
    setSource(ctx, `indicators.${i}.actual`, refs(ref(row, 'actual')));
    setSource(ctx, `indicators.${i}.achievement`, refs(ref(row, 'actual'), ref(row, 'target')));
    if (target === 0) {
      issue(
        ctx,
        'missing-cell',
        'indicators',
        'target',
        ref(row, 'target'),
        {
          vi: `Chưa tính được mức đạt của chỉ tiêu "${name}" vì kế hoạch đang ghi là 0.`,
          en: `The achievement of indicator "${name}" cannot be computed because its target is 0.`,
        },
        { vi: 'Ghi tỷ lệ kế hoạch được giao (lớn hơn 0).', en: 'Enter the assigned target (greater than 0).' },
      );
    }
  }
  return out;
}
