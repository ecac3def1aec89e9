/**
 * Columns a table's figures need beside the ones it has (tester 5, items 8 and 9): a TTHC table that counts the
 * dossiers received but has no online column, or the resolved ones by timing without its late column ("Quá hạn"
 * under a group label the reader does not know), leaves a figure of the draft blank. Each such column is named in a
 * warning offering «Ghim cột», so the blank is never silent; a pinned column answers it.
 */
import type { TableSpec } from '../schema/types';
import { ON_TIME_WITH_EARLY, partsOf, TTHC_SUMS } from '../schema/tthc';
import { containsWords, fold } from '../text/fold';

/** Words of an on-time header that say the column counts the early dossiers too. */
const EARLY_WORDS = ['trước hạn', 'trước thời hạn', 'sớm hạn', ...ON_TIME_WITH_EARLY].map(fold);

/**
 * A TTHC table without an early column whose on-time column counts the early dossiers too («Trước hạn và đúng hạn»,
 * «Đúng hạn (bao gồm trước hạn)»; tester 13 items 25, 33d): the early count is inside it and cannot be told apart,
 * which the reader says instead of «no early column». `heading`: the on-time column's header as written.
 */
export function earlyInOnTime(spec: TableSpec, columns: Record<string, number>, heading: string | undefined): boolean {
  if (spec.name !== 'tthc' || columns.early !== undefined || columns.onTime === undefined || !heading) return false;
  const h = fold(heading);
  return EARLY_WORDS.some((w) => containsWords(h, w));
}

/**
 * Field keys of `spec` missing from `columns` (field key -> column) that a figure needs: for `tthc`, the online
 * column whenever the table counts dossiers received, and every part of a Biểu 06 identity (received = online +
 * direct, resolved = early + on time + late, pending = in time + overdue) one of whose other parts is there.
 * Other tables need nothing here (their required fields are reported as missing already).
 */
export function missingPartColumns(spec: TableSpec, columns: Record<string, number>): string[] {
  if (spec.name !== 'tthc') return [];
  const column = (k: string) => columns[k] !== undefined;
  // A total made of columns it has («Trực tuyến toàn trình» + «Trực tuyến một phần») is not missing.
  const has = (k: string) => column(k) || partsOf(k, column) !== null;
  const out = new Set<string>();
  if ((has('received') || has('receivedInPeriod')) && !has('online')) out.add('online');
  for (const s of TTHC_SUMS) {
    // The online total's split by level is optional: «Trực tuyến» alone is the whole.
    // Direct split into «Trực tiếp» and «Bưu chính» likewise («Trực tiếp» alone is the whole).
    if (s.total === 'lateTotal' || s.total === 'receivedInPeriod' || s.total === 'online' || s.total === 'direct') continue;
    const present = s.parts.filter(column);
    if (present.length === 0) continue;
    for (const p of s.parts) if (!has(p)) out.add(p);
  }
  return spec.fields.map((f) => f.key).filter((k) => out.has(k) && !spec.fields.find((f) => f.key === k)?.required);
}
