/** The title: "BÁO CÁO" and the summary line (trích yếu), bold and centred, a short rule under them. */
import type { Para } from './model';
import type { ReportInfo } from '../reportInfo';
import { centred, rule } from './blocks';
import { TEXT_WIDTH } from './page';
import { PT, ph } from './text';

const TITLE_RULE = 2000;

export function title(info: ReportInfo): Para[] {
  const summary = info.title && info.title.trim() ? info.title.normalize('NFC').trim() : null;
  return [
    centred(['BÁO CÁO'], { size: PT(14), bold: true, before: 360 }),
    centred([summary ?? ph('[Trích yếu nội dung báo cáo, ví dụ: Kết quả thực hiện công tác cải cách hành chính quý I năm 2023]')], {
      size: PT(14),
      bold: true,
    }),
    rule(TITLE_RULE, TEXT_WIDTH, 240),
  ];
}
