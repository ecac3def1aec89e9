/**
 * doc-number-format (warning): a number/symbol not of the Nghị định 30 form (see docNumber.ts).
 * number-order (warning): within one symbol and one calendar year (numbers restart each year),
 * a higher number dated earlier than a lower one (seed: 38/KH-UBND 23/02/2023 before 36/KH-UBND 28/03/2023).
 * Reported on the higher-numbered document, naming the nearest lower number dated after it.
 * Malformed numbers still take part in the ordering, read as the clerk most likely meant them;
 * documents dated after the report date do not (that date is already reported as wrong).
 */
import type { IssueDraft } from '../issues';
import type { ReadResult } from '../read';
import type { TypedRow } from '../tables';
import { serialParts } from '../format';
import { parseDocNumber, parseDocNumberLoose, suggestDocNumber } from './docNumber';
import { cellOf, draft, num, str } from './values';
import * as msg from './messages';

interface Dated {
  row: TypedRow;
  text: string;
  number: number;
  date: number;
}

export function checkDocuments(read: ReadResult): IssueDraft[] {
  const t = read.tables.documents;
  if (!t) return [];
  const sheet = t.located.sheet;
  const out: IssueDraft[] = [];
  const groups = new Map<string, Dated[]>();
  const reportDay = read.info.reportDate === null ? null : Math.floor(read.info.reportDate);
  for (const row of t.rows) {
    const text = str(row, 'number');
    if (text === null) continue;
    if (!parseDocNumber(text)) {
      out.push(
        draft(
          'doc-number-format',
          'warning',
          { sheet, cell: cellOf(row, 'number'), table: 'documents', field: 'number' },
          msg.docNumberFormat(text, suggestDocNumber(text)),
        ),
      );
    }
    const d = parseDocNumberLoose(text);
    const date = num(row, 'date');
    // A date after the report date is reported as such; ordering against it would only repeat that.
    if (!d || date === null || (reportDay !== null && Math.floor(date) > reportDay)) continue;
    const key = `${d.symbol}|${serialParts(date).y}`;
    const list = groups.get(key) ?? [];
    list.push({ row, text, number: d.number, date: Math.floor(date) });
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    for (const doc of list) {
      // The nearest lower number that bears a later date.
      let other: Dated | null = null;
      for (const o of list) {
        if (o.number < doc.number && o.date > doc.date && (!other || o.number > other.number)) other = o;
      }
      if (!other) continue;
      out.push(
        draft(
          'number-order',
          'warning',
          { sheet, cell: cellOf(doc.row, 'number'), table: 'documents', field: 'number' },
          msg.numberOrder(doc.text, doc.date, other.text, other.date),
        ),
      );
    }
  }
  return out;
}
