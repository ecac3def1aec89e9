/**
 * The report's period as a trích yếu names it ("Kết quả thực hiện công tác cải cách hành chính quý II năm 2023"):
 * the words the reader takes back as that period (read/periodTitle.ts), so the example the draft offers agrees
 * with the period every other sentence of the draft states by its dates.
 */
import { formatDateVi, serialParts } from '../format';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Months counted from year 0: (2023, 3) -> 2023 * 12 + 2. */
const monthIndex = (y: number, m: number) => y * 12 + m - 1;

const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The whole months a period covers, as month indexes [first, last], or null when it does not cover whole
 * months. Two ways of cutting months are taken:
 * - calendar months, first to last day (01/04/2023 – 30/06/2023);
 * - the closing dates of Nghị định 09/2019/NĐ-CP, Điều 12 (thời gian chốt số liệu): from the 15th of the
 *   month before to the 14th of the last month (15/12/2022 – 14/03/2023 is quý I năm 2023).
 */
function wholeMonths(start: number, end: number): [number, number] | null {
  const a = serialParts(start);
  const b = serialParts(end);
  if (a.d === 1 && b.d === lastDayOf(b.y, b.m)) return [monthIndex(a.y, a.m), monthIndex(b.y, b.m)];
  if (a.d === 15 && b.d === 14) return [monthIndex(a.y, a.m) + 1, monthIndex(b.y, b.m)];
  return null;
}

/** "quý II năm 2023", "6 tháng đầu năm 2023", …: the name of whole months within one year, or null. */
function monthsName(first: number, last: number): string | null {
  const y = Math.floor(first / 12);
  if (Math.floor(last / 12) !== y || last < first) return null;
  const m1 = (first % 12) + 1;
  const m2 = (last % 12) + 1;
  if (m1 === m2) return `tháng ${m1} năm ${y}`;
  if (m2 - m1 === 2 && m1 % 3 === 1) return `quý ${ROMAN[(m1 - 1) / 3]} năm ${y}`;
  if (m1 === 1 && m2 === 6) return `6 tháng đầu năm ${y}`;
  if (m1 === 7 && m2 === 12) return `6 tháng cuối năm ${y}`;
  if (m1 === 1 && m2 === 9) return `9 tháng đầu năm ${y}`;
  if (m1 === 1 && m2 === 12) return `năm ${y}`;
  return null;
}

/**
 * The period named for a trích yếu, from its first and last day (Excel serials, as `ReportInfo` holds them):
 * "tháng 3 năm 2023", "quý I năm 2023", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "9 tháng đầu năm 2023",
 * "năm 2023" (calendar months, or the closing dates of Nghị định 09/2019/NĐ-CP, Điều 12); any other period by
 * its dates as the draft's body writes them, "từ ngày 08/07/2022 đến ngày 31/03/2023" (or the one date known);
 * null when neither date is known.
 */
export function periodName(start: number | null, end: number | null): string | null {
  const known = (x: number | null): x is number => x !== null && Number.isFinite(x);
  if (known(start) && known(end)) {
    const months = start <= end ? wholeMonths(start, end) : null;
    const name = months && monthsName(months[0], months[1]);
    return name ?? `từ ngày ${formatDateVi(start)} đến ngày ${formatDateVi(end)}`;
  }
  if (known(end)) return `đến ngày ${formatDateVi(end)}`;
  if (known(start)) return `từ ngày ${formatDateVi(start)}`;
  return null;
}
