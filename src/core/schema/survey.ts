import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** Satisfaction survey: one row per level of satisfaction. */
export const survey = defineTable({
  name: 'survey',
  label: TABLE_LABEL.survey,
  titleWords: ['hài lòng', 'mức độ hài lòng', 'khảo sát', 'điều tra xã hội học'],
  shape: 'rows',
  required: false,
  // Votes alone («Mức độ hài lòng | Số phiếu», tester 13 item 13): the shares are computed from them.
  anyOf: [
    ['level', 'share'],
    ['level', 'votes'],
  ],
  evidence: { anyOf: [[{ fields: ['level'], values: 'category' }]], against: [] },
  fields: [
    {
      key: 'level',
      label: { vi: 'Mức độ', en: 'Level' },
      synonyms: ['mức độ', 'mức độ hài lòng'],
      kind: 'category',
      required: true,
      // Order matters for matching: the longest phrase is tried first by the reader.
      categories: {
        veryHigh: ['rất hài lòng'],
        high: ['hài lòng'],
        neutral: ['bình thường', 'tạm hài lòng'],
        low: ['không hài lòng', 'chưa hài lòng'],
      },
    },
    { key: 'share', label: { vi: 'Tỷ lệ (%)', en: 'Share (%)' }, synonyms: ['tỷ lệ', 'tỉ lệ'], kind: 'percent', required: true },
    // The number of answers beside each share: counts, and the shares are checked against them.
    {
      key: 'votes',
      label: { vi: 'Số phiếu', en: 'Answers' },
      synonyms: ['số phiếu', 'số lượng phiếu', 'số phiếu khảo sát', 'số phiếu trả lời', 'số người trả lời', 'số ý kiến', 'số lượt đánh giá'],
      kind: 'count',
      formOnly: true,
    },
  ],
});
