import type { TableName, TableSpec } from './types';
import { info } from './info';
import { indicators } from './indicators';
import { survey } from './survey';
import { documents } from './documents';
import { tthc } from './tthc';
import { dossiers } from './dossiers';
import { staff } from './staff';
import { budget } from './budget';
import { investment } from './investment';
import { narrative } from './narrative';

export * from './types';

/** Each table's schema with its literal field keys. */
interface Specs {
  info: typeof info;
  indicators: typeof indicators;
  survey: typeof survey;
  documents: typeof documents;
  tthc: typeof tthc;
  dossiers: typeof dossiers;
  staff: typeof staff;
  budget: typeof budget;
  investment: typeof investment;
  narrative: typeof narrative;
}

/** The field keys of table T (`FieldKey<'tthc'>` = 'field' | 'received' | …): a renamed field fails to compile where it is named. */
export type FieldKey<T extends TableName = TableName> = Specs[T] extends TableSpec<infer K> ? K : never;

/** The CCHC reporting schema: every logical table, in report order. */
export const SCHEMA: { [T in TableName]: TableSpec<FieldKey<T>> } = {
  info,
  indicators,
  survey,
  documents,
  tthc,
  dossiers,
  staff,
  budget,
  investment,
  narrative,
};

/**
 * A field key as code names it: a literal must be a key of the schema (`'recieved'` or a renamed key fails to
 * compile); a key computed at run time (`string`) passes. Use as `key: K & NamedKey<K>`.
 */
export type NamedKey<K extends string, T extends TableName = TableName> = string extends K ? K : K extends FieldKey<T> ? K : never;

export function fieldSpec<T extends TableName, K extends string>(table: T, key: K & NamedKey<K, T>) {
  return SCHEMA[table].fields.find((f) => f.key === key);
}
