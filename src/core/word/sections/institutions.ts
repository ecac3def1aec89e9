/** 2.2 Cải cách thể chế: no figure of its own; the clerk's text or what belongs there. */
import type { Para } from '../model';
import { area } from './area';
import type { Ctx } from './context';

export function institutions(ctx: Ctx): Para[] {
  return area(ctx, {
    key: '2.2',
    title: 'Cải cách thể chế',
    figures: [],
    resultNote:
      'Nêu kết quả xây dựng, ban hành văn bản quy phạm pháp luật; tổ chức và theo dõi thi hành pháp luật; phổ biến, giáo dục pháp luật; kiểm tra, rà soát văn bản',
    limitNote: 'Nêu hạn chế, khó khăn trong cải cách thể chế và nguyên nhân',
  });
}
