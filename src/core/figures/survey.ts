/** Satisfaction survey: the four shares and satisfied = very high + high. */
import { roundHalfAway } from '../round';
import { columnAt, type ReadTable, type TypedRow } from '../tables';
import { issue } from '../issues';
import { dataRows, num, ref, refs, setSource, tableRef, where, type FigureContext } from './common';
import type { SurveyFigures } from './types';

export const SURVEY_LEVELS = ['veryHigh', 'high', 'neutral', 'low'] as const;
export type SurveyLevel = (typeof SURVEY_LEVELS)[number];

const LEVEL_NAMES: Record<SurveyLevel, { vi: string; en: string }> = {
  veryHigh: { vi: 'rất hài lòng', en: 'very satisfied' },
  high: { vi: 'hài lòng', en: 'satisfied' },
  neutral: { vi: 'bình thường', en: 'neutral' },
  low: { vi: 'không hài lòng', en: 'not satisfied' },
};

/** Sum of the shares present may differ from 100 by this much and still account for the whole. */
const WHOLE_TOLERANCE = 0.05;

export function computeSurvey(t: ReadTable, ctx: FigureContext): SurveyFigures {
  const found: Partial<Record<SurveyLevel, TypedRow>> = {};
  for (const row of dataRows(t)) {
    const level = row.values.level?.value;
    if (typeof level === 'string' && (SURVEY_LEVELS as readonly string[]).includes(level)) {
      found[level as SurveyLevel] ??= row;
    }
  }
  const raw: Record<SurveyLevel, number | null> = { veryHigh: null, high: null, neutral: null, low: null };
  // Votes without shares («Số phiếu» only, tester 13 item 13): each level's votes over all the rows' votes, as the
  // checks compute a stated share (check/percents.ts); the reader's note says so.
  const key = columnAt(t.located, 'share') === undefined && columnAt(t.located, 'votes') !== undefined ? 'votes' : 'share';
  const votes = key === 'votes' ? dataRows(t).map((r) => num(r, 'votes')) : [];
  const all = votes.some((v) => v === null) ? null : votes.reduce<number>((s, v) => s + (v ?? 0), 0);
  for (const l of SURVEY_LEVELS) {
    const row = found[l];
    if (!row) continue;
    const v = num(row, key);
    raw[l] = key === 'share' ? v : v === null || !all ? null : (v / all) * 100;
  }
  // A level with no row is 0 only when the other shares already make the whole (100%):
  // that is a computation, not a guess. Otherwise it stays null and an issue says so.
  const present = SURVEY_LEVELS.filter((l) => found[l]);
  const presentSum = present.reduce((s, l) => (raw[l] === null ? NaN : s + (raw[l] as number)), 0);
  const wholeAccounted = Number.isFinite(presentSum) && Math.abs(presentSum - 100) <= WHOLE_TOLERANCE;
  for (const l of SURVEY_LEVELS) {
    if (found[l]) continue;
    if (wholeAccounted) {
      raw[l] = 0;
    } else {
      ctx.issues.push(issue('survey-level-missing', where(tableRef(t), 'survey', 'level'), { level: LEVEL_NAMES[l] }));
    }
  }
  const round = (x: number | null) => (x === null ? null : roundHalfAway(x, ctx.decimals));
  const out: SurveyFigures = {
    veryHigh: round(raw.veryHigh),
    high: round(raw.high),
    neutral: round(raw.neutral),
    low: round(raw.low),
    // From the unrounded shares, so that 84,80 + 13,43 gives 98,2 rather than a sum of roundings.
    satisfied: raw.veryHigh === null || raw.high === null ? null : roundHalfAway(raw.veryHigh + raw.high, ctx.decimals),
  };
  for (const l of SURVEY_LEVELS) {
    const row = found[l];
    if (row) setSource(ctx, `survey.${l}`, refs(ref(row, key)));
  }
  setSource(ctx, 'survey.satisfied', refs(found.veryHigh && ref(found.veryHigh, key), found.high && ref(found.high, key)));
  return out;
}
