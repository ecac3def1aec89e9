/**
 * Online dossiers by the service's level (tester 7 item 2): «Trực tuyến toàn trình» and «Trực tuyến một phần»
 * (Nghị định 45/2020/NĐ-CP) are both online, and the figures sum them (schema/tthc.ts TTHC_SUMS). A table with only
 * the «toàn trình» column (no «một phần» beside it, no online total) counts its online dossiers there: that column is
 * the online column itself, as it was read before the two were told apart.
 */
import { containsWords } from '../text/fold';
import type { HeaderMatch } from './header';

/** `match` with a lone «toàn trình» column (onlineFull) read as `online`; `match` itself when nothing changes. */
export function loneOnlineFull(match: HeaderMatch): HeaderMatch {
  const { online, onlineFull, onlinePartial } = match.columns;
  if (onlineFull === undefined || online !== undefined || onlinePartial !== undefined) return match;
  const columns: Record<string, number> = { ...match.columns, online: onlineFull };
  delete columns.onlineFull;
  const duplicates = match.duplicates.map((d) => (d.field === 'onlineFull' ? { ...d, field: 'online' } : d));
  return { ...match, columns, duplicates, clear: match.clear.map((k) => (k === 'onlineFull' ? 'online' : k)) };
}

/**
 * `match` with the «Trực tiếp» column read as directDesk when a postal column («Qua dịch vụ bưu chính công ích») stands
 * beside it (tester 13 item 6): the figures then sum the two into `direct` (schema/tthc.ts TTHC_SUMS), and the checks
 * test received = online + trực tiếp + bưu chính. A direct column whose label names the post already («Trực tiếp và
 * bưu chính») keeps it. `match` itself when nothing changes.
 */
export function directBesidePostal(match: HeaderMatch): HeaderMatch {
  const { direct, postal, directDesk } = match.columns;
  if (direct === undefined || postal === undefined || directDesk !== undefined) return match;
  const label = match.labels.find((l) => l.col === direct);
  if (label && containsWords(label.full, 'buu chinh')) return match;
  const columns: Record<string, number> = { ...match.columns, directDesk: direct };
  delete columns.direct;
  const duplicates = match.duplicates.map((d) => (d.field === 'direct' ? { ...d, field: 'directDesk' } : d));
  return { ...match, columns, duplicates, clear: match.clear.map((k) => (k === 'direct' ? 'directDesk' : k)) };
}
