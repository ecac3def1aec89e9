/** One reform area of II.2: its heading, "a) Kết quả đạt được" and "b) Hạn chế, khó khăn, vướng mắc và nguyên nhân". */
import type { Para } from '../model';
import { heading2, heading3, plain } from '../text';
import type { Ctx } from './context';
import { proseOr, sayingKey, textsFor, withoutRepeats } from './narrative';

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
  /**
   * The clerk's text before the figures: in 2.6 it states the estimates assigned and the rules
   * (the seed's "Tiến độ, kết quả thực hiện thu, chi … theo Kế hoạch được giao"), which the outline
   * puts before their execution.
   */
  clerkFirst?: boolean;
}

export function area(ctx: Ctx, spec: AreaSpec): Para[] {
  // A line of the clerk's that says what a generated sentence says (a pasted earlier draft) is said once.
  const said = new Set(spec.figures.map((p) => sayingKey(plain(p.parts))));
  const results = withoutRepeats(textsFor(ctx.narrative, spec.key, ['result']), said);
  const limits = textsFor(ctx.narrative, spec.key, ['limit', 'cause']);
  const clerk = proseOr(results, spec.resultNote);
  return [
    heading2(`${spec.key}. ${spec.title}`),
    heading3('a) Kết quả đạt được'),
    ...(spec.clerkFirst ? [...clerk, ...spec.figures] : [...spec.figures, ...clerk]),
    heading3('b) Hạn chế, khó khăn, vướng mắc và nguyên nhân'),
    ...proseOr(limits, spec.limitNote),
  ];
}
