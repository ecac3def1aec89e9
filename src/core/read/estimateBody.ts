/**
 * Whose estimate a budget's «Dự toán» column is. A header naming no body («Dự toán năm», «Dự toán 2025») may be the
 * superior body's («… tỉnh giao») or the one HĐND xã decided; the schema reads it as the superior's (budget.ts) and
 * the reader says so (tester 15 item 13), so the clerk can name the body where it is the council's.
 */
import { containsWords } from '../text/fold';
import type { HeaderMatch } from './header';

/** Folded words naming who gave or decided an estimate. */
const BODIES = ['tinh', 'huyen', 'cap tren', 'thi xa', 'thanh pho', 'quan', 'trung uong', 'ubnd', 'hdnd', 'hoi dong nhan dan', 'nghi quyet'];

/**
 * The column of `match` read as the superior's estimate when its header names no body and no column is read as the
 * council's (with one, the two are told apart by their headers); null otherwise. `pinned`: fields the clerk pinned.
 */
export function assumedSuperiorEstimate(match: HeaderMatch, pinned: Record<string, string>): number | null {
  const col = match.columns.estimateSuperior;
  if (col === undefined || pinned.estimateSuperior || match.columns.estimateCouncil !== undefined) return null;
  const label = match.labels.find((l) => l.col === col);
  if (!label || BODIES.some((w) => containsWords(label.full, w))) return null;
  return col;
}
