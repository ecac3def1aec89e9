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

/** The CCHC reporting schema: every logical table, in report order. */
export const SCHEMA: Record<TableName, TableSpec> = {
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

export function fieldSpec(table: TableName, key: string) {
  return SCHEMA[table].fields.find((f) => f.key === key);
}
