/** I. Quán triệt, tuyên truyền; cụ thể hóa, thể chế hóa: the clerk's text, or what belongs there. */
import type { Para } from '../model';
import { heading1, heading2 } from '../text';
import type { Ctx } from './context';
import { proseOr, textsFor } from './narrative';

export function dissemination(ctx: Ctx): Para[] {
  return [
    heading1('I. KẾT QUẢ TỔ CHỨC QUÁN TRIỆT, TUYÊN TRUYỀN, PHỔ BIẾN VÀ CỤ THỂ HÓA, THỂ CHẾ HÓA'),
    heading2('1. Tổ chức quán triệt, tuyên truyền, phổ biến'),
    ...proseOr(
      textsFor(ctx.narrative, 'I.1'),
      'Nêu việc tổ chức hội nghị quán triệt, tuyên truyền, phổ biến các văn bản về cải cách hành chính đến cán bộ, công chức',
    ),
    heading2('2. Cụ thể hóa, thể chế hóa triển khai thực hiện'),
    ...proseOr(textsFor(ctx.narrative, 'I.2'), 'Nêu các kế hoạch, quyết định UBND xã đã ban hành để triển khai (số, ngày ban hành)'),
  ];
}
