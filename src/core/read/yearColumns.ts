/**
 * A budget's columns of several years or periods. Years (brief reader7 item 2): «Quyết toán 2022 | Dự toán 2023 |
 * Thực hiện 2023», or «Ước thực hiện 2023» beside last year's settled accounts. Header words alone give the actual
 * to whichever column comes first; the year each column states decides instead: the actual (and each estimate) is
 * the column of the report's year, a column of another year («… 2022», «cùng kỳ năm trước») is never taken for it,
 * and where no column states the year, «Thực hiện» (the year's execution) wins over «Quyết toán» (settled accounts,
 * mostly of a closed year). Periods (tester 6 item 5): among the actual columns of that year, the year to date at
 * the report's end wins («lũy kế», «9 tháng», «cả năm»: what the year's estimate is set against; tester 17 B04, B12),
 * then the report period's own months («quý III», «tháng 9»), then a column stating no period; a column of another period («Thực hiện quý IV» in a year's report,
 * «Ước thực hiện cả năm» in a half-year's) is never taken over one of those, and when it is read all the same
 * (no other column), it is returned as off-period so the reader warns on its figures. Columns alike on every count
 * stay as matched, the second one still a duplicate-label.
 */
import { containsWords } from '../text/fold';
import { serialParts } from '../format';
import type { ColumnLabel, HeaderMatch } from './header';
import { monthIn, monthsFromStartIn, quarterIn } from './periodLabel';

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

/** Months of one year, first and last (1..12). */
export interface MonthSpan {
  first: number;
  last: number;
}

/**
 * The months of the report's year a column's label says its amounts cover, or null when it names none: «quý IV»
 * (10–12), «6 tháng» / «6 tháng đầu năm» (1–6), «6 tháng cuối năm» (7–12), «9 tháng» (1–9), «cả năm», «12 tháng»
 * (1–12), «tháng 5» (5), «lũy kế», «từ đầu năm» (1 to the report's last month), «số liệu quý», «trong quý» (the
 * quarter ending with the report), «trong kỳ», «kỳ báo cáo» (the report's own months). `report`: the report's months.
 */
export function columnMonths(label: ColumnLabel | undefined, report: MonthSpan): MonthSpan | null {
  if (!label) return null;
  const f = label.full;
  if (containsWords(f, 'luy ke') || containsWords(f, 'tu dau nam')) return { first: 1, last: report.last };
  const quarter = quarterIn(f);
  if (quarter) return { first: quarter.first, last: quarter.last };
  if (containsWords(f, 'so lieu quy') || containsWords(f, 'trong quy') || containsWords(f, 'quy nay'))
    return { first: Math.max(1, report.last - 2), last: report.last };
  const fromStart = monthsFromStartIn(f);
  if (fromStart) return { first: fromStart.first, last: fromStart.last };
  if (containsWords(f, 'ca nam')) return { first: 1, last: 12 };
  const month = monthIn(f);
  if (month) return { first: month.first, last: month.last };
  if (containsWords(f, 'trong ky') || containsWords(f, 'ky nay') || containsWords(f, 'ky bao cao')) return report;
  return null;
}

/**
 * The months a report period covers in its last day's year (Excel serials): calendar months (01/04 – 30/06), or the
 * closing dates of Nghị định 09/2019/NĐ-CP, Điều 12 (15/03 – 14/06 is quý II). `first` is 0 when the period starts in
 * an earlier year or mid-month otherwise (only its end then counts: the year to date).
 */
export function reportMonths(start: number, end: number): MonthSpan {
  const a = serialParts(start);
  const b = serialParts(end);
  const first = a.y !== b.y ? 0 : a.d === 1 ? a.m : a.d === 15 && a.m < 12 ? a.m + 1 : 0;
  const fromDec = a.y === b.y - 1 && a.m === 12 && a.d === 15 ? 1 : first;
  return { first: fromDec, last: b.m };
}

/**
 * How a column's months stand to the report's: 3 the year to date at its end (the budget's running total, which the
 * report sets against the year's estimate or capital plan: «Lũy kế thực hiện đến tháng 9» over «Thực hiện tháng 9»,
 * tester 17 B04, B12), 2 the report's own months when they start later in the year («Thực hiện quý III»), 1 none
 * stated, 0 another period. A report from January has one column of both kinds (rank 3).
 */
function periodRank(cols: MonthSpan | null, report: MonthSpan): number {
  if (!cols) return 1;
  if (cols.last !== report.last) return 0;
  if (cols.first === 1) return 3;
  return cols.first === report.first ? 2 : 0;
}

/** A column read for a field although its own period is not the report's (the reader warns on its figures). */
export interface OffPeriod {
  field: string;
  col: number;
  months: MonthSpan;
}

/**
 * The match with each of `fields` given the column of `year` among the columns naming it (the matched one and its
 * duplicates): by year (the report's; when `year` is null, the latest any of them states; a column stating none
 * before one of another year), then, for `periodField` only (the budget's `actual`, the investment's `disbursed`:
 * «Giải ngân trong tháng 3» beside «Lũy kế giải ngân từ đầu năm»), by period against `report` (periodRank; none when null),
 * then «Thực hiện» before «Quyết toán», then the column matched first. Duplicate-label entries stay only for
 * columns alike to the one read. `match` itself comes back when nothing changes; `offPeriod` names the actual
 * column read whose own period is another than the report's.
 */
export function columnsByYear(
  match: HeaderMatch,
  fields: string[],
  year: number | null,
  report: MonthSpan | null = null,
  periodField = 'actual',
): { match: HeaderMatch; offPeriod: OffPeriod[] } {
  let out = match;
  const offPeriod: OffPeriod[] = [];
  const labelOf = (col: number) => out.labels.find((l) => l.col === col);
  for (const field of fields) {
    const current = out.columns[field];
    if (current === undefined) continue;
    const byPeriod = field === periodField && report !== null;
    const monthsOf = (col: number) => (byPeriod ? columnMonths(labelOf(col), report) : null);
    const dups = out.duplicates.filter((d) => d.field === field).map((d) => d.col);
    let read = current;
    if (dups.length > 0) {
      const cols = [current, ...dups];
      const years = cols.map((col) => statedYear(labelOf(col)));
      const latest = Math.max(...years.map((y) => (typeof y === 'number' ? y : -Infinity)));
      const target = year ?? (Number.isFinite(latest) ? latest : null);
      const rank = (i: number) => {
        const y = years[i];
        const byYear = y === null ? 1 : y === target ? 2 : 0;
        const ofPeriod = byPeriod ? periodRank(monthsOf(cols[i]), report) : 1;
        return byYear * 8 + ofPeriod * 2 + (field === 'actual' && !settled(labelOf(cols[i])) ? 1 : 0);
      };
      const ranks = cols.map((_, i) => rank(i));
      const top = Math.max(...ranks);
      // The column matched first keeps the field on a tie.
      const best = ranks.indexOf(top);
      read = cols[best];
      const alike = cols.filter((col, i) => i !== best && ranks[i] === top);
      if (best !== 0 || alike.length !== dups.length)
        out = {
          ...out,
          columns: { ...out.columns, [field]: read },
          duplicates: [...out.duplicates.filter((d) => d.field !== field), ...alike.map((col) => ({ field, col }))],
        };
    }
    const months = monthsOf(read);
    if (byPeriod && months && periodRank(months, report) === 0) offPeriod.push({ field, col: read, months });
  }
  return { match: out, offPeriod };
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
