/**
 * The opening: the grounds of the report ("Thực hiện Công văn số …"), then the sentence that
 * introduces the body. The grounds come from the `info` key `basis` (docs/reporting-schema.md §2), else from
 * the clerk's INTRO text, else a highlighted note of what belongs there.
 */
import type { Para } from '../model';
import { body } from '../text';
import { periodParts, type Ctx } from './context';
import { proseOr, textsFor } from './narrative';

export function opening(ctx: Ctx): Para[] {
  const basis = ctx.analysis.info.basis?.normalize('NFC').trim();
  return [
    ...proseOr(
      basis ? [basis] : textsFor(ctx.narrative, 'INTRO'),
      'Nêu căn cứ báo cáo: văn bản yêu cầu báo cáo của cấp trên (số, ngày, cơ quan ban hành, trích yếu)',
    ),
    body([`${ctx.agency} báo cáo kết quả thực hiện công tác cải cách hành chính trong kỳ báo cáo (`, ...periodParts(ctx), '), như sau:']),
  ];
}
