/**
 * The mark before each file in the roll-up's list (brief cli11 item 2), the same in the command line and the web page:
 * ✓ summed; ! summed but to look at (errors in its data, figures its own draft marks «cần xem lại», no period
 * stated, so it is summed without knowing its period, or no agency found, so it cannot be told from another file of
 * the same commune: tester 14 finding 3); ✗ not summed (another period than the total's, or a file not
 * used: a copy, an earlier roll-up, unreadable). A used commune is never marked like a file left out.
 */
import type { Lang } from '../issues';
import { noPeriod } from './period';
import type { Rollup } from './types';

export type CommuneMarkKind = 'used' | 'doubt' | 'out';

export const MARK: Record<CommuneMarkKind, string> = { used: '✓', doubt: '!', out: '✗' };

/** How commune `i` (an index into `r.communes`) went into the totals. */
export function communeMarkKind(r: Rollup, i: number): CommuneMarkKind {
  const c = r.communes[i];
  if (r.leftOut[i]) return 'out';
  const questioned = c.questioned !== undefined && Object.keys(c.questioned).length > 0;
  return c.counts.error > 0 || questioned || noPeriod(c) || !c.agency?.trim() ? 'doubt' : 'used';
}

const T = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

/** What each mark means, in one line: printed above the list and shown beside the page's table. */
export function markLegend(lang: Lang): string {
  return T(
    lang,
    `${MARK.used} đã cộng vào tổng; ${MARK.doubt} đã cộng nhưng cần xem lại (số liệu có lỗi hoặc cần xem lại, không ghi kỳ báo cáo, hoặc không rõ cơ quan); ${MARK.out} không cộng vào tổng.`,
    `${MARK.used} summed; ${MARK.doubt} summed but to check (errors or figures to check, no period given, or agency unknown); ${MARK.out} not summed.`,
  );
}

/** The mark's meaning alone, for a screen reader and a tooltip. */
export function markName(kind: CommuneMarkKind, lang: Lang): string {
  return {
    used: T(lang, 'Đã cộng vào tổng', 'Summed'),
    doubt: T(lang, 'Đã cộng nhưng cần xem lại', 'Summed, to check'),
    out: T(lang, 'Không cộng vào tổng', 'Not summed'),
  }[kind];
}
