/**
 * A budget's columns of several years (brief reader7 item 2): «Quyết toán 2022 | Dự toán 2023 | Thực hiện 2023», or
 * «Ước thực hiện 2023» beside last year's settled accounts. Header words alone give the actual to whichever column
 * comes first; the year each column states decides instead: the actual (and each estimate) is the column of the
 * report's year, a column of another year («… 2022», «cùng kỳ năm trước») is never taken for it, and where no
 * column states the year, «Thực hiện» (the year's execution) wins over «Quyết toán» (settled accounts, mostly of a
 * closed year). Columns alike on both counts stay as matched, the second one still a duplicate-label.
 */
import { containsWords } from '../text/fold';
import type { ColumnLabel, HeaderMatch } from './header';

/** Words of a column of the year before («Thực hiện cùng kỳ năm trước»), folded. */
const OTHER_YEAR = ['cung ky', 'nam truoc', 'ky truoc'];

/** The year a column's label states: one year written («Thực hiện năm 2023»), 'other' for a past year's, else null. */
function statedYear(label: ColumnLabel | undefined): number | 'other' | null {
  if (!label) return null;
  if (OTHER_YEAR.some((w) => containsWords(label.full, w))) return 'other';
  const years = new Set([...label.full.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : null;
}

/** «Quyết toán» without «thực hiện»: the settled accounts. */
function settled(label: ColumnLabel | undefined): boolean {
  return !!label && containsWords(label.full, 'quyet toan') && !containsWords(label.full, 'thuc hien');
}

/**
 * The match with each of `fields` given the column of `year` among the columns naming it (the matched one and its
 * duplicates): by year (the report's; when `year` is null, the latest any of them states; a column stating none
 * before one of another year), then, for `actual` only, «Thực hiện» before «Quyết toán», then the column matched
 * first. Duplicate-label entries stay only for columns alike to the one read. Returns `match` itself when nothing
 * changes.
 */
export function columnsByYear(match: HeaderMatch, fields: string[], year: number | null): HeaderMatch {
  let out = match;
  for (const field of fields) {
    const current = out.columns[field];
    const dups = out.duplicates.filter((d) => d.field === field).map((d) => d.col);
    if (current === undefined || dups.length === 0) continue;
    const cols = [current, ...dups];
    const labelOf = (col: number) => out.labels.find((l) => l.col === col);
    const years = cols.map((col) => statedYear(labelOf(col)));
    const latest = Math.max(...years.map((y) => (typeof y === 'number' ? y : -Infinity)));
    const target = year ?? (Number.isFinite(latest) ? latest : null);
    const rank = (i: number) => {
      const y = years[i];
      const byYear = y === null ? 1 : y === target ? 2 : 0;
      return byYear * 2 + (field === 'actual' && !settled(labelOf(cols[i])) ? 1 : 0);
    };
    const ranks = cols.map((_, i) => rank(i));
    const top = Math.max(...ranks);
    // The column matched first keeps the field on a tie.
    const best = ranks.indexOf(top);
    const alike = cols.filter((col, i) => i !== best && ranks[i] === top);
    if (best === 0 && alike.length === dups.length) continue;
    out = {
      ...out,
      columns: { ...out.columns, [field]: cols[best] },
      duplicates: [...out.duplicates.filter((d) => d.field !== field), ...alike.map((col) => ({ field, col }))],
    };
  }
  return out;
}

/** Words of a share of an estimate or a plan («So với dự toán», «TH/DT», «% KH»), folded. */
const OF_ESTIMATE = ['du toan', 'dt', 'ke hoach', 'kh', 'nghi quyet'];

/**
 * The match without the stated share `field` where it is the ratio to last year's same period, not the share of the
 * estimate (tester 7 item 10): its own label names the year before («Tỷ lệ so với cùng kỳ (%)»), or it names no
 * estimate («So sánh (%)», «Tỷ lệ (%)») and stands beside a column of the year before («Thực hiện cùng kỳ năm
 * trước»: 1 300 / 900 = 144 %). Such a column is left unread: checked against the estimate it would ask the clerk to
 * overwrite a right figure. Returns `match` itself when nothing changes.
 */
export function withoutYearOnYearShare(match: HeaderMatch, field: string): HeaderMatch {
  const col = match.columns[field];
  if (col === undefined) return match;
  const label = match.labels.find((l) => l.col === col);
  if (!label) return match;
  const ownYear = statedYear(label) === 'other';
  const ofEstimate = OF_ESTIMATE.some((w) => containsWords(label.full, w));
  const besideLastYear = match.labels.some((l) => l.col !== col && statedYear(l) === 'other');
  if (!ownYear && (ofEstimate || !besideLastYear)) return match;
  const columns = { ...match.columns };
  delete columns[field];
  return { ...match, columns, duplicates: match.duplicates.filter((d) => d.field !== field), clear: match.clear.filter((f) => f !== field) };
}
