/**
 * The reader: snapshot -> located tables -> typed rows, plus the reading issues
 * (missing-table, missing-label, duplicate-label, missing-cell, type-error, number-as-text,
 * legacy-encoding, formula-error, blank-row).
 */
import type { WorkbookSnapshot } from '../snapshot';
import type { IssueDraft } from '../issues';
import type { TableName } from '../schema/types';
import type { Overrides, ReadTable } from '../tables';
import type { ReportInfo } from '../info';

export interface ReadResult {
  tables: Partial<Record<TableName, ReadTable>>;
  info: ReportInfo;
  issues: IssueDraft[];
}

export function readWorkbook(_snapshot: WorkbookSnapshot, _overrides: Overrides = {}): ReadResult {
  throw new Error('readWorkbook: not implemented yet');
}
