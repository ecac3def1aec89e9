/** 2.7 Chính quyền điện tử, chính quyền số: the share of dossiers received online, and the clerk's text. */
import type { Para } from '../model';
import { body, pct, plainCount } from '../text';
import { area } from './area';
import type { Ctx } from './context';
import { marked } from '../marks';

function onlineParagraphs(ctx: Ctx): Para[] {
  const t = ctx.analysis.figures.tthc;
  // Without TTHC figures 2.3 already says the data is missing; no second placeholder here.
  if (!t) return [];
  return [
    body([
      '- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến: ',
      // Marked as 2.3 marks the counts it is made of (a table of another period, a wrong count).
      ...marked(
        ctx.analysis,
        [pct(t.onlinePct, ctx.decimals), ' (', plainCount(t.online), '/', plainCount(t.received), ' hồ sơ)'],
        'tthc.online',
        'tthc.received',
      ),
      '.',
    ]),
  ];
}

export function digital(ctx: Ctx): Para[] {
  return area(ctx, {
    key: '2.7',
    title: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
    figures: onlineParagraphs(ctx),
    resultNote: 'Nêu kết quả xây dựng hạ tầng, ứng dụng công nghệ thông tin, xử lý văn bản trên môi trường mạng, chữ ký số, dịch vụ công trực tuyến',
    limitNote: 'Nêu hạn chế, khó khăn trong xây dựng chính quyền điện tử, chính quyền số và nguyên nhân',
  });
}
