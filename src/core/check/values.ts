/** Small helpers the checks share: reading typed values, naming rows and fields, making issues. */
import type { Bilingual, IssueCode, IssueDraft, Severity } from '../issues';
import type { ReadTable, TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { fieldSpec } from '../schema';

export { num, dataRows } from '../rowValues';

/** A text cell's value (trimmed), or null when blank. */
export function str(row: TypedRow, key: string): string | null {
  const tv = row.values[key];
  if (!tv || tv.value === null) return null;
  const s = typeof tv.value === 'string' ? tv.value : tv.text;
  const t = s.trim();
  return t === '' ? null : t;
}

/** A1 address of a field's cell in a row ('' when the column is absent). */
export function cellOf(row: TypedRow, key: string): string {
  return row.values[key]?.cell ?? '';
}

/** True when the table has a column for this field. */
export function hasColumn(t: ReadTable, key: string): boolean {
  return key in t.located.columns;
}

export function fieldLabel(table: TableName, key: string): Bilingual {
  return fieldSpec(table, key)?.label ?? { vi: key, en: key };
}

const NAME_FIELDS = ['field', 'content', 'name', 'number', 'code', 'level', 'education'];

/** What a clerk calls the row: its "Tổng cộng", its content, field, name, ... or its row number. */
export function rowLabel(row: TypedRow): Bilingual {
  if (row.isTotal) return { vi: 'dòng tổng cộng', en: 'the total row' };
  for (const key of NAME_FIELDS) {
    const tv = row.values[key];
    if (tv && tv.text.trim()) return { vi: `dòng “${tv.text.trim()}”`, en: `row “${tv.text.trim()}”` };
  }
  return { vi: `dòng ${row.row + 1}`, en: `row ${row.row + 1}` };
}

/** Same text after trimming and Vietnamese capitalisation of the first letter. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface Text {
  message: Bilingual;
  hint: Bilingual;
}

export function draft(
  code: IssueCode,
  severity: Severity,
  where: { sheet: string; cell: string; table: TableName | ''; field: string },
  text: Text,
): IssueDraft {
  return { code, severity, sheet: where.sheet, cell: where.cell, table: where.table, field: where.field, message: text.message, hint: text.hint };
}

/** Number of decimals a stated number carries (0–6), so 14.2 -> 1, 81 -> 0, 84.8 -> 1. */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const s = Math.abs(x) * 10 ** d;
    if (Math.abs(s - Math.round(s)) < 1e-7 * Math.max(1, s)) return d;
  }
  return 6;
}

/** Key of a cell across sheets, for sets and maps. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
