/**
 * Rows a register or a list of records holds besides its records (tester 15 item 19): a period label typed in one
 * cell above the records of that period («Tháng 01/2025», «Quý I/2025», «6 tháng đầu năm»), and a count row under
 * them («Cộng tháng 01: 02 văn bản», «Cộng quý I: 15 hồ sơ»). The first is a heading, the second a total stating a
 * count (listTotal.ts checks it against the records above). Texts folded (fold.ts).
 */
import type { Candidate } from './locate';
import { PERIOD_WORDS, periodLabel } from './periodLabel';

/** True when the folded text names a period only (periodLabel.ts): «Tháng 01/2025» → "thang 01 2025". */
export function isPeriodLabel(folded: string): boolean {
  return periodLabel(folded) !== null;
}

/**
 * A total word, the period it totals, then the count and what is counted: «Cộng tháng 01: 02 văn bản» → 2, «Tổng cộng
 * quý I: 15 hồ sơ» → 15. The noun is required: «Cộng tháng 03» names a month, not a count. Null when not such a row.
 */
const PERIOD_COUNT = new RegExp(`^(?:tong cong|tong so|tong|cong) ${PERIOD_WORDS} (?:co )?(\\d+) (?:van ban|ho so|nguoi)$`);

/** The count a period's count row states (see PERIOD_COUNT), or null. */
export function periodCountOf(folded: string): number | null {
  const m = PERIOD_COUNT.exec(folded);
  return m ? Number(m[1]) : null;
}

/**
 * Whether a row of the list holds, in the table's columns, one text that is a period label and nothing else (no order
 * number, no date, no symbol): a heading over the records of that period, not a record.
 */
export function isPeriodHeadingRow(c: Candidate, row: number): boolean {
  let label = false;
  for (let col = c.left; col <= c.right; col++) {
    if (c.grid.isBlank(row, col)) continue;
    if (label || typeof c.grid.raw(row, col) !== 'string' || !isPeriodLabel(c.grid.folded(row, col))) return false;
    label = true;
  }
  return label;
}
