/** Documents issued: total and counts by type (the type column, else derived from the symbol). */
import { parseDocNumberLoose } from '../check/docNumber';
import { DOCUMENT_TYPES } from '../schema/documents';
import { fold } from '../text/fold';
import type { ReadTable, TypedRow } from '../tables';
import { issue } from '../issues';
import { cellsOrRange, columnRef, dataRows, ref, refs, setSource, text, where, type FigureContext } from './common';
import type { DocumentsFigures } from './types';
import type { ReportInfo } from '../reportInfo';

/** The type of a document that has no type column and whose symbol names none. */
export const UNKNOWN_DOCUMENT_TYPE = 'Khác';

/** Folded abbreviation -> canonical type ("qd" -> "Quyết định"). */
const BY_ABBREVIATION = new Map<string, string>(
  Object.entries(DOCUMENT_TYPES).flatMap(([type, abbrs]) => abbrs.map((a) => [fold(a), type] as [string, string])),
);

/**
 * The type named by a number/symbol (Nghị định 30): "175/QĐ-UBND" -> Quyết định; a symbol without
 * a type part such as "66/UBND" -> Công văn; null when there is no symbol at all.
 * The fallback after check/docNumber's parser, for text it cannot read as a number/symbol.
 */
export function documentType(numberText: string): string | null {
  const slash = numberText.indexOf('/');
  if (slash < 0) return null;
  const symbol = numberText.slice(slash + 1).trim();
  if (!symbol) return null;
  const first = fold(symbol.split(/[-–\s]/)[0] ?? '');
  if (!first) return null;
  return BY_ABBREVIATION.get(first) ?? 'Công văn';
}

/** A document's type: the type column, else its number/symbol; null when neither names one. */
export function typeOfDocument(typeValue: unknown, numberText: string): string | null {
  if (typeof typeValue === 'string' && typeValue.trim()) return typeValue.trim();
  return parseDocNumberLoose(numberText)?.type ?? documentType(numberText);
}

const NO_PERIOD = { periodStart: null, periodEnd: null };

/**
 * Whether a document dated `date` (an Excel serial) was issued within the reporting period, by calendar day;
 * a document without a date, or a period not known, leaves it in (DOMAIN.md §2: documents issued in the period).
 */
export function issuedInPeriod(date: unknown, period: Pick<ReportInfo, 'periodStart' | 'periodEnd'>): boolean {
  if (typeof date !== 'number' || !Number.isFinite(date)) return true;
  const day = Math.floor(date);
  if (period.periodStart !== null && day < Math.floor(period.periodStart)) return false;
  return period.periodEnd === null || day <= Math.floor(period.periodEnd);
}

/**
 * Documents issued in the period: total and by type. A document dated outside the period (a yearly register
 * read for a quarter, last year's line) is not counted; its date's own issue from the checks (check/dates.ts:
 * date-out-of-period, or date-after-report) says so, so no second line on the same cell repeats it.
 */
export function computeDocuments(t: ReadTable, ctx: FigureContext, period: Pick<ReportInfo, 'periodStart' | 'periodEnd'> = NO_PERIOD): DocumentsFigures {
  if (t.located.countsByKind) return countedByKind(t, ctx);
  const byType: Record<string, number> = {};
  const rowsByType: Record<string, TypedRow[]> = {};
  const counted: TypedRow[] = [];
  for (const row of dataRows(t)) {
    const number = text(row, 'number');
    const typeValue = row.values.type?.value;
    const summary = text(row, 'summary');
    if (!number && !summary && (typeValue === null || typeValue === undefined)) continue;
    if (!issuedInPeriod(row.values.date?.value, period)) continue;
    counted.push(row);
    let type = typeOfDocument(typeValue, number);
    if (!type) {
      type = UNKNOWN_DOCUMENT_TYPE;
      ctx.issues.push(issue('document-type-unknown', where(ref(row, 'number') ?? ref(row, 'summary'), 'documents', 'type'), { document: number || summary }));
    }
    byType[type] = (byType[type] ?? 0) + 1;
    (rowsByType[type] ??= []).push(row);
  }
  const key = t.located.columns.type !== undefined ? 'type' : 'number';
  // The count rests on each row's number and on its date (which decides whether it is in the period).
  setSource(ctx, 'documents.total', refs(columnRef(counted, 'number') ?? columnRef(counted, key), columnRef(counted, 'date')));
  for (const [type, rows] of Object.entries(rowsByType)) setSource(ctx, `documents.byType.${type}`, cellsOrRange(rows, key));
  return { total: counted.length, byType };
}

/**
 * Documents issued kept as counts by kind (read/documentCounts.ts): byType is each kind's count, total their sum (a
 * stated total row is checked against it by check/sums.ts, sum-mismatch). A kind whose count cannot be read leaves
 * the total unknown (null); the reader has said why at its cell.
 */
function countedByKind(t: ReadTable, ctx: FigureContext): DocumentsFigures {
  const byType: Record<string, number> = {};
  let total: number | null = 0;
  const kinds = t.rows.filter((r) => !r.isTotal);
  for (const row of kinds) {
    const type = typeof row.values.type?.value === 'string' ? row.values.type.value : (row.values.type?.text ?? UNKNOWN_DOCUMENT_TYPE);
    const n = row.values.count?.value;
    if (typeof n !== 'number') {
      if (row.values.count?.text) total = null;
      continue;
    }
    byType[type] = (byType[type] ?? 0) + n;
    if (total !== null) total += n;
    setSource(ctx, `documents.byType.${type}`, cellsOrRange([row], 'count'));
  }
  setSource(ctx, 'documents.total', cellsOrRange(kinds, 'count'));
  return { total, byType };
}
