/** III. Đánh giá chung; IV. Nhiệm vụ, giải pháp; V. Đề xuất, kiến nghị: the clerk's text, or what belongs there. */
import type { Para } from '../model';
import { heading1, heading2, placeholderParagraph } from '../text';
import type { Ctx } from './context';
import { prose, proseOr, textsFor, unplaced } from './narrative';

export function assessment(ctx: Ctx): Para[] {
  return [
    heading1('III. ĐÁNH GIÁ CHUNG KẾT QUẢ ĐẠT ĐƯỢC, HẠN CHẾ VÀ NGUYÊN NHÂN'),
    heading2('1. Kết quả đạt được'),
    ...proseOr(textsFor(ctx.narrative, 'III.RESULT'), 'Nêu đánh giá chung về kết quả đạt được trong công tác cải cách hành chính'),
    heading2('2. Hạn chế'),
    ...proseOr(textsFor(ctx.narrative, 'III.LIMIT'), 'Nêu những hạn chế, tồn tại chủ yếu'),
    heading2('3. Nguyên nhân'),
    ...proseOr(textsFor(ctx.narrative, 'III.CAUSE'), 'Nêu nguyên nhân khách quan và nguyên nhân chủ quan của hạn chế'),
  ];
}

export function tasks(ctx: Ctx): Para[] {
  return [
    heading1('IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU TRONG THỜI GIAN TỚI'),
    heading2('1. Chỉ tiêu'),
    ...proseOr(textsFor(ctx.narrative, 'IV.1'), 'Nêu chỉ tiêu phấn đấu kỳ tới, ví dụ thứ hạng Chỉ số cải cách hành chính (PAR INDEX) của xã'),
    heading2('2. Một số nhiệm vụ, giải pháp'),
    ...proseOr(textsFor(ctx.narrative, 'IV.2'), 'Nêu các nhiệm vụ, giải pháp chủ yếu trong thời gian tới'),
  ];
}

export function proposals(ctx: Ctx): Para[] {
  return [
    heading1('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    ...proseOr(textsFor(ctx.narrative, 'V'), 'Nêu đề xuất, kiến nghị với cấp trên (nếu có)'),
    // Nothing the clerk wrote is dropped: text under a label the outline does not have comes last, flagged.
    ...unplaced(ctx.narrative).flatMap((e) => [
      placeholderParagraph(`Đoạn văn ghi ở mục "${e.label}" của bảng thuyết minh, chưa xếp được vào mục nào của báo cáo: chuyển đến đúng mục`),
      ...prose([e.text]),
    ]),
  ];
}
