/** II.1 Key indicators against their targets, and the satisfaction survey (satisfied = rất hài lòng + hài lòng). */
import type { Para } from '../model';
import { marked } from '../marks';
import type { IndicatorFigure } from '../../figures/types';
import { fold } from '../../text/fold';
import { body, givenPct, heading2, italic, lowerFirst, pct, ph, type Part } from '../text';
import { notProvided, type Ctx } from './context';
import { prose, textsFor } from './narrative';

/** Lower-cases the first letter unless the name starts with an acronym ("TTHC", "UBND"). */
const embed = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? lowerFirst(name) : name);

/**
 * "80% hồ sơ công việc tại xã được xử lý trên môi trường mạng, đạt 133,3% chỉ tiêu (chỉ tiêu 60%)."
 * A name that is itself a rate ("Tỷ lệ ...") reads "Tỷ lệ ... đạt 80%, bằng 133,3% chỉ tiêu (chỉ tiêu 60%)."
 */
export function indicatorSentence(ind: IndicatorFigure, decimals: number): Part[] {
  const name = ind.name
    .normalize('NFC')
    .trim()
    .replace(/[.;:]+$/u, '');
  const target: Part[] = ['(', ...italic('chỉ tiêu ', givenPct(ind.target)), ')'];
  if (!name) return [ph('[Tên chỉ tiêu]'), ': đạt ', givenPct(ind.actual), ', bằng ', pct(ind.achievement, decimals), ' chỉ tiêu ', ...target, '.'];
  const isRate = /^(ty le|ti le)\b/.test(fold(name));
  if (isRate) return [`${name} đạt `, givenPct(ind.actual), ', bằng ', pct(ind.achievement, decimals), ' chỉ tiêu ', ...target, '.'];
  return [givenPct(ind.actual), ` ${embed(name)}, đạt `, pct(ind.achievement, decimals), ' chỉ tiêu ', ...target, '.'];
}

function surveyParagraph(ctx: Ctx): Para {
  const s = ctx.analysis.figures.survey;
  if (!s) return body(notProvided('khảo sát mức độ hài lòng của người dân, tổ chức'));
  const d = ctx.decimals;
  return body([
    'Kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính: tỷ lệ hài lòng đạt ',
    ...marked(ctx.analysis, [pct(s.satisfied, d)], 'survey.satisfied'),
    ' (',
    ...italic('rất hài lòng ', pct(s.veryHigh, d), ', hài lòng ', pct(s.high, d)),
    '); mức bình thường ',
    pct(s.neutral, d),
    ', không hài lòng ',
    pct(s.low, d),
    '.',
  ]);
}

export function indicators(ctx: Ctx): Para[] {
  const list = ctx.analysis.figures.indicators;
  const rows = list
    ? list.map((ind, k) =>
        body([`${k + 1}. `, ...marked(ctx.analysis, indicatorSentence(ind, ctx.decimals), `indicators.${k}.actual`, `indicators.${k}.achievement`)]),
      )
    : [body(notProvided('các chỉ tiêu chủ yếu (chỉ tiêu giao, kết quả thực hiện)'))];
  return [heading2('1. Kết quả thực hiện các chỉ tiêu chủ yếu'), ...rows, surveyParagraph(ctx), ...prose(textsFor(ctx.narrative, 'II.1'))];
}
