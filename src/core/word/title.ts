/** The title: "BÁO CÁO" and the summary line (trích yếu), bold and centred, a short rule under them. */
import type { Para } from './model';
import type { ReportInfo } from '../reportInfo';
import { fold } from '../text/fold';
import { centred, rule } from './blocks';
import { TEXT_WIDTH } from './page';
import { periodName } from './periodName';
import { PT, ph } from './text';

const TITLE_RULE = 2000;

/** «Báo cáo viên» (a lecturer) is a word of its own, no document type. */
const REPORT_COMPOUND = /^bao cao vien\b/;

/** The subject every CCHC report states, without its period. */
export const REPORT_SUBJECT = 'Kết quả thực hiện công tác cải cách hành chính';

/**
 * The trích yếu as it stands under the name of the document type "BÁO CÁO" (Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * the summary states the subject, «Kết quả thực hiện công tác cải cách hành chính…»): the `info` title, NFC, with a
 * leading «Báo cáo» dropped (any case, with or without diacritics; legacy fonts are decoded by the reader) and the
 * first letter of the rest capitalised, so the draft never reads «BÁO CÁO / Báo cáo kết quả…». Null when there is
 * no title, or nothing but «Báo cáo».
 */
export function summaryLine(title: string | null): string | null {
  const t = title?.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!t) return null;
  // The first two words, folded, say "bao cao" («Báo cáo», «BÁO CÁO:», «Bao cao»).
  const lead = /^(\p{L}+) (\p{L}+)(?![\p{L}\p{M}\p{N}])/u.exec(t);
  const rest = lead && fold(lead[0]) === 'bao cao' && !REPORT_COMPOUND.test(fold(t)) ? t.slice(lead[0].length).replace(/^[\s:.,;–—-]+/u, '') : t;
  if (!rest) return null;
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/**
 * The highlighted note shown where the trích yếu belongs when the workbook gives none: its example names the
 * report's period as the rest of the draft does (periodName.ts), or the kinds of period when none is known.
 */
export function summaryPlaceholder(info: Pick<ReportInfo, 'periodStart' | 'periodEnd'>): string {
  const period = periodName(info.periodStart, info.periodEnd) ?? '(quý, 6 tháng, 9 tháng hoặc năm) năm …';
  return `[Trích yếu nội dung báo cáo, ví dụ: ${REPORT_SUBJECT} ${period}]`;
}

export function title(info: ReportInfo): Para[] {
  const summary = summaryLine(info.title);
  return [
    centred(['BÁO CÁO'], { size: PT(14), bold: true, before: 360 }),
    centred([summary ?? ph(summaryPlaceholder(info))], {
      size: PT(14),
      bold: true,
    }),
    rule(TITLE_RULE, TEXT_WIDTH, 240),
  ];
}
