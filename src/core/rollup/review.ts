/**
 * What the roll-up says of a province figure built on communes' figures in question (tester 7 item 5; questioned.ts):
 * the communes whose summed figure their own draft marks «[cần xem lại: …]», with its cells, and those left out of it
 * for an amount in another unit. The sheets (a note beside the figure) and the summary (a mark after it) say the same.
 */
import type { Lang } from '../issues';
import type { FigurePath } from '../figures/types';
import { cellList } from '../word/marks';
import { communeName } from './identity';
import { questionOf } from './questioned';
import type { CommuneResult, Rollup } from './types';

const T = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

/**
 * A commune named with the cells its draft marks for `key` («UBND xã Ba Bích (Thu chi NS!E6, E7)»); the name alone for a
 * field's figure, whose place differs from commune to commune.
 */
export function withCells(c: CommuneResult, key: FigurePath): string {
  const q = key.startsWith('tthc.byField.') ? null : questionOf(c.questioned, key);
  return q ? `${communeName(c)} (${q.cells.join(', ')})` : communeName(c);
}

/** The communes behind a province figure in question: marked (summed, to check) and left out (another unit). */
export function reviewOf(r: Rollup, key: FigurePath): { marked: CommuneResult[]; leftOut: CommuneResult[] } {
  return { marked: (r.marked[key] ?? []).map((i) => r.communes[i]), leftOut: (r.unitLeftOut[key] ?? []).map((i) => r.communes[i]) };
}

/**
 * What follows a province figure built on communes left out for an amount in another unit, as the summary says it:
 * « (không cộng số liệu của UBND xã Ba Bích (Thu chi NS!E6, E7) vì ghi theo đơn vị khác, cần xem lại)»; `names` as
 * withCells gives them. "" when none.
 */
export function leftOutPhrase(names: string[], lang: Lang): string {
  if (!names.length) return '';
  const list = names.join('; ');
  return T(lang, ` (không cộng số liệu của ${list} vì ghi theo đơn vị khác, cần xem lại)`, ` (not summed: ${list}, in another unit, to check)`);
}

/**
 * A province figure's mark in a line of text (the command line's and the web page's totals lines), the same words as
 * the summary's (word.ts q, word/marks.ts markedAt): « [cần xem lại: UBND xã Ba Lê (TTHC Q1!C14)]» after a total that
 * sums a figure its commune's own draft marks, then leftOutPhrase for communes left out; "" when nothing is in
 * question. In English « [to check: …]».
 */
export function reviewMark(r: Rollup, key: FigurePath, lang: Lang): string {
  const { marked, leftOut } = reviewOf(r, key);
  const list = cellList(marked.map((c) => withCells(c, key)));
  const mark = marked.length ? T(lang, ` [cần xem lại: ${list}]`, ` [to check: ${list}]`) : '';
  return (
    mark +
    leftOutPhrase(
      leftOut.map((c) => withCells(c, key)),
      lang,
    )
  );
}

/** One sentence on a province figure in question, for a cell beside it; null when nothing is in question. */
export function reviewNote(r: Rollup, key: FigurePath, lang: Lang): string | null {
  const { marked, leftOut } = reviewOf(r, key);
  const out: string[] = [];
  if (leftOut.length) {
    const list = leftOut.map((c) => withCells(c, key)).join('; ');
    out.push(T(lang, `Không cộng số liệu của ${list}: ghi theo đơn vị khác, cần xem lại.`, `Left out, a figure in another unit to check: ${list}.`));
  }
  if (marked.length) {
    const list = marked.map((c) => withCells(c, key)).join('; ');
    out.push(T(lang, `Đã cộng cả số liệu cần xem lại của ${list}.`, `Includes figures to check from ${list}.`));
  }
  return out.length ? out.join(' ') : null;
}
