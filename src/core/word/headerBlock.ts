/**
 * The header block (Nghị định 30, Phụ lục I): a borderless two-column table.
 * Left: superior agency, issuing agency with a short rule, the number. Right: the national
 * title, the motto with a rule as long as it, the place and date in italics.
 */
import type { Para, TableBlock } from './model';
import type { ReportInfo } from '../reportInfo';
import { serialParts } from '../format';
import { PT, ph, type Part } from './text';
import { CELL_PAD, centred, layoutTable, rule } from './blocks';
import { TEXT_WIDTH } from './page';
import { placeName } from './names';

export const LEFT_WIDTH = 3800;
export const RIGHT_WIDTH = TEXT_WIDTH - LEFT_WIDTH;
/** "Độc lập - Tự do - Hạnh phúc" in Times New Roman bold 14 pt is about 171 pt wide (Adobe metrics). */
const MOTTO_WIDTH = 3420;
const AGENCY_RULE = 1300;
/** Blank room where the clerk's office writes the number or the day by hand. */
const GAP = '\u00a0\u00a0\u00a0\u00a0\u00a0';

const caps = (s: string) => s.normalize('NFC').trim().toLocaleUpperCase('vi');

/**
 * "5/BC-UBND" -> "05/BC-UBND"; spaces around "/" and "-" removed; a blank number keeps room
 * to write it in: "     /BC-UBND".
 */
export function formatNumberLine(number: string | null): string {
  const raw = (number ?? '')
    .normalize('NFC')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim();
  const m = /^(\d*)\/(.*)$/.exec(raw);
  if (!m) return raw ? raw : `${GAP}/BC-UBND`;
  const [, n, symbol] = m;
  const num = n === '' ? GAP : Number(n) < 10 ? `0${Number(n)}` : String(Number(n));
  return `${num}/${symbol || 'BC-UBND'}`;
}

/** "05/BC-UBND"; a blank number is a highlighted gap, like every other place still to fill. */
export function numberLineParts(number: string | null): Part[] {
  const line = formatNumberLine(number);
  return line.startsWith(GAP) ? [ph(GAP), line.slice(GAP.length)] : [line];
}

/** "Số: 05/BC-UBND", the gap of a blank number highlighted. */
export function numberParts(number: string | null): Part[] {
  const parts = numberLineParts(number);
  return parts.length > 1 ? ['Số: ', ...parts] : [`Số: ${formatNumberLine(number)}`];
}

/** "ngày 05 tháng 4 năm 2023": day under 10 and months 1–2 with a leading zero. */
export function dateWords(serial: number): string {
  const { y, m, d } = serialParts(serial);
  const day = d < 10 ? `0${d}` : String(d);
  const month = m <= 2 ? `0${m}` : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** The place-and-date line; unknown parts are highlighted blanks to fill, a guessed year highlighted to confirm. */
export function placeDateParts(info: ReportInfo): Part[] {
  const place = placeName(info);
  const parts: Part[] = place ? [`${place}, `] : [ph('[Địa danh]'), ', '];
  if (info.reportDate !== null && Number.isFinite(info.reportDate)) {
    parts.push(dateWords(info.reportDate));
  } else {
    const yearSerial = info.periodEnd ?? info.periodStart;
    const year = yearSerial !== null && Number.isFinite(yearSerial) ? String(serialParts(yearSerial).y) : null;
    // The day left blank to fill in at signing: the month and year the clerk gave are kept, written as given.
    const given = info.reportDateParts;
    if (given) {
      const month = given.month === null ? ph(GAP) : given.month <= 2 ? `0${given.month}` : String(given.month);
      parts.push('ngày ', ph(GAP), ' tháng ', month, ' năm ', given.year === null ? ph(year ?? GAP) : String(given.year));
      return parts;
    }
    // The period's year is only a guess at the year of signing (a year's report may be signed in the next one):
    // written, so the clerk need not type it, but highlighted like the blanks, to be confirmed.
    parts.push('ngày ', ph(GAP), ' tháng ', ph(GAP), ' năm ', ph(year ?? GAP));
  }
  return parts;
}

export function headerBlock(info: ReportInfo): TableBlock {
  const left: Para[] = [];
  if (info.superior && info.superior.trim()) left.push(centred([caps(info.superior)], { size: PT(13) }));
  left.push(centred([info.agency && info.agency.trim() ? caps(info.agency) : ph('[TÊN CƠ QUAN BAN HÀNH]')], { size: PT(13), bold: true }));
  left.push(rule(AGENCY_RULE, LEFT_WIDTH - 2 * CELL_PAD));

  const right: Para[] = [
    centred(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], { size: PT(13), bold: true }),
    centred(['Độc lập - Tự do - Hạnh phúc'], { size: PT(14), bold: true }),
    rule(MOTTO_WIDTH, RIGHT_WIDTH - 2 * CELL_PAD),
  ];

  const numberLine = centred(numberParts(info.number), { size: PT(13), before: 160 });
  const dateLine = centred(placeDateParts(info), { size: PT(14), italics: true, before: 160 });

  return layoutTable(
    [
      [left, right],
      [[numberLine], [dateLine]],
    ],
    [LEFT_WIDTH, RIGHT_WIDTH],
  );
}
