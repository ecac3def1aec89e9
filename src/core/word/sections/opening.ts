/** The opening: the grounds of the report (the clerk's text) and the sentence that introduces it. */
import type { Paragraph } from 'docx';
import { body } from '../text';
import { periodParts, type Ctx } from './context';
import { proseOr, textsFor } from './narrative';

export function opening(ctx: Ctx): Paragraph[] {
  return [
    ...proseOr(
      textsFor(ctx.narrative, 'INTRO'),
      'Nêu căn cứ báo cáo: văn bản yêu cầu báo cáo của cấp trên (số, ngày, cơ quan ban hành, trích yếu)',
    ),
    body([`${ctx.agency} báo cáo kết quả thực hiện công tác cải cách hành chính trong kỳ báo cáo (`, ...periodParts(ctx), '), như sau:']),
  ];
}
