/** Small helpers the checks share: reading typed values, naming rows and fields. */
import type { Bilingual, IssueParam } from '../issues';
import { valueAt, type ReadTable, type TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { fieldSpec, type NamedKey } from '../schema';

export { num, dataRows } from '../rowValues';

/** A text cell's value (trimmed), or null when blank. */
export function str<K extends string>(row: TypedRow, key: K & NamedKey<K>): string | null {
  const tv = valueAt(row, key);
  if (!tv || tv.value === null) return null;
  const s = typeof tv.value === 'string' ? tv.value : tv.text;
  const t = s.trim();
  return t === '' ? null : t;
}

/** A1 address of a field's cell in a row ('' when the column is absent). */
export function cellOf<K extends string>(row: TypedRow, key: K & NamedKey<K>): string {
  return valueAt(row, key)?.cell ?? '';
}

/** True when the table has a column for this field. */
export function hasColumn<K extends string>(t: ReadTable, key: K & NamedKey<K>): boolean {
  return key in t.located.columns;
}

export function fieldLabel<T extends TableName, K extends string>(table: T, key: K & NamedKey<K, T>): Bilingual {
  return fieldSpec(table, key as string)?.label ?? { vi: key, en: key };
}

const NAME_FIELDS = ['field', 'content', 'name', 'number', 'code', 'level', 'education'];

/** What a clerk calls the row: its "Tổng cộng", its content, field, name, ... or its row number. */
export function rowLabel(row: TypedRow): IssueParam {
  if (row.isTotal) return { phrase: 'total-row' };
  for (const key of NAME_FIELDS) {
    const tv = valueAt(row, key);
    if (tv && tv.text.trim()) return { phrase: 'row-named', params: { name: tv.text.trim() } };
  }
  return { phrase: 'row-number', params: { n: String(row.row + 1) } };
}

/** Same text after trimming and Vietnamese capitalisation of the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export { decimalsOf } from '../issues';

/** Key of a cell across sheets, for sets and maps. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
