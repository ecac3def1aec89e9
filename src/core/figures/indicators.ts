/** Key indicators: achievement = actual / target * 100. */
import { percent } from '../round';
import type { ReadTable } from '../tables';
import { issue } from '../issues';
import { dataRows, num, ref, refs, setSource, text, where, type FigureContext } from './common';
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
      ctx.issues.push(issue('indicator-target-zero', where(ref(row, 'target'), 'indicators', 'target'), { name }));
    }
  }
  return out;
}
