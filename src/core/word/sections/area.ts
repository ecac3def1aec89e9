/** One reform area of II.2: its heading, "a) Kết quả đạt được" and "b) Hạn chế, khó khăn, vướng mắc và nguyên nhân". */
import type { Para } from '../model';
import { heading2, heading3 } from '../text';
import type { Ctx } from './context';
import { proseOr, textsFor } from './narrative';

export interface AreaSpec {
  /** "2.3" */
  key: string;
  title: string;
  /** Paragraphs that state the area's figures (first in a). */
  figures: Para[];
  /** What the clerk should write in a) when the narrative has nothing. */
  resultNote: string;
  /** What the clerk should write in b) when the narrative has nothing. */
  limitNote: string;
}

export function area(ctx: Ctx, spec: AreaSpec): Para[] {
  const results = textsFor(ctx.narrative, spec.key, ['result']);
  const limits = textsFor(ctx.narrative, spec.key, ['limit', 'cause']);
  return [
    heading2(`${spec.key}. ${spec.title}`),
    heading3('a) Kết quả đạt được'),
    ...spec.figures,
    ...proseOr(results, spec.resultNote),
    heading3('b) Hạn chế, khó khăn, vướng mắc và nguyên nhân'),
    ...proseOr(limits, spec.limitNote),
  ];
}
