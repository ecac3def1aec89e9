/**
 * A document's number kept in two columns, as Nghị định 30's register lays it out: «Số» (12) beside «Ký hiệu»
 * (QĐ-UBND). The reader joins them into the documents table's `number` as the decree writes it, "12/QĐ-UBND"
 * (schema `secondPartOf`), keeping the number's cell as the value's place.
 */
import type { TypedValue } from '../tables';

/**
 * "12" + "QĐ-UBND" -> "12/QĐ-UBND" (also "/QĐ-UBND" and " QĐ-UBND" as the second part); null when either part is blank
 * or the first is no whole number, when the first already holds its symbol ("12/QĐ-UBND"), or when the second does
 * ("12/QĐ-UBND" under «Ký hiệu»: the clerk wrote it whole there, and it is taken as written).
 */
export function joinedParts(first: TypedValue | undefined, second: TypedValue | undefined, joiner: string): TypedValue | null {
  const n = first?.text.trim() ?? '';
  const rest = second?.text.trim() ?? '';
  if (!first || !second || !/^\d{1,6}$/.test(n) || !rest) return null;
  if (new RegExp(`^\\d{1,6}\\s*${escape(joiner)}`).test(rest)) return { value: rest, raw: second.raw, cell: second.cell, text: rest };
  const symbol = rest.replace(new RegExp(`^(?:${escape(joiner)}|\\s)+`), '');
  if (!symbol) return null;
  const text = `${n}${joiner}${symbol}`;
  return { value: text, raw: first.raw, cell: first.cell, text };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
