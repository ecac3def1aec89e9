/**
 * The province's TTHC totals as the command line's and the web page's one-line summary show them: numbers in the
 * language's style (format.ts: «1.068», «5,6%»; «1,068», «5.6%»), «…» for a figure no commune gives, and each followed
 * by its mark when it sums figures in question (review.ts reviewMark: « [cần xem lại: UBND xã Ba Lê (TTHC Q1!C14)]»),
 * as the Word summary and the «Tổng hợp» sheet mark them, so no front door shows such a total unmarked.
 */
import { formatNumber, formatRoundedPercent } from '../format';
import type { FigurePath } from '../figures/types';
import type { Lang } from '../issues';
import { reviewMark } from './review';
import type { Rollup } from './types';

export interface TthcTotalsShown {
  received: string;
  onlinePct: string;
  onTimePct: string;
}

/** Null when no commune gives TTHC figures. Percentages rounded to the roll-up's decimals. */
export function tthcTotalsShown(r: Rollup, lang: Lang): TthcTotalsShown | null {
  const t = r.totals.tthc;
  if (!t) return null;
  const shown = (key: FigurePath, text: string | null) => (text ?? '…') + reviewMark(r, key, lang);
  const pct = (x: number | null) => (x === null ? null : formatRoundedPercent(x, r.decimals, lang));
  return {
    received: shown('tthc.received', t.received === null ? null : formatNumber(t.received, 0, lang)),
    onlinePct: shown('tthc.onlinePct', pct(t.onlinePct)),
    onTimePct: shown('tthc.onTimePct', pct(t.onTimePct)),
  };
}
