/** Reading a typed row, shared by the checks, the figures and the Word draft so they agree on what a value is. */
import { valueAt, type ReadTable, type TypedRow } from './tables';
import type { NamedKey } from './schema';

/** A number cell's value, or null when blank, unreadable or not a number. `key`: a field key (literals checked). */
export function num<K extends string>(row: TypedRow, key: K & NamedKey<K>): number | null {
  const v = valueAt(row, key)?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Rows that carry data: a "Tổng cộng" row is left out (a check or figure that needs it asks for it). */
export function dataRows(t: ReadTable): TypedRow[] {
  return t.rows.filter((r) => !r.isTotal);
}
