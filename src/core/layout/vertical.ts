import type { LayoutCell } from './types';

/**
 * How a layout cell sits in its row's height: a centred cell (a title, a table's header) is centred
 * both ways; every other cell sits at the top, so a table row's short cells (Mức độ, Sheet, Ô, a
 * figure) line up with the first line of the wrapped text beside them instead of Excel's default
 * bottom (clerk-tester's report, webfix §3). Pure.
 */
export function verticalOf(c: Pick<LayoutCell, 'align'>): 'top' | 'center' {
  return c.align === 'center' ? 'center' : 'top';
}
