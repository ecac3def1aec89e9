import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** Key indicators (chỉ tiêu) against their targets. */
export const indicators = defineTable({
  name: 'indicators',
  label: TABLE_LABEL.indicators,
  titleWords: ['chỉ tiêu', 'chỉ tiêu chủ yếu', 'kết quả thực hiện chỉ tiêu'],
  shape: 'rows',
  required: false,
  anyOf: [['name', 'target', 'actual']],
  evidence: { anyOf: [[{ fields: ['target', 'actual'], values: 'number' }]], against: [] },
  fields: [
    { key: 'name', label: { vi: 'Chỉ tiêu', en: 'Indicator' }, synonyms: ['chỉ tiêu', 'tên chỉ tiêu', 'nội dung'], kind: 'text', required: true },
    { key: 'target', label: { vi: 'Kế hoạch (%)', en: 'Target (%)' }, synonyms: ['kế hoạch', 'mục tiêu', 'chỉ tiêu giao'], kind: 'percent', required: true },
    { key: 'actual', label: { vi: 'Thực hiện (%)', en: 'Actual (%)' }, synonyms: ['thực hiện', 'kết quả', 'đạt'], kind: 'percent', required: true },
    // "Tỷ lệ đạt" is the form's own achievement (actual / target): checked against the figures, never read as the actual.
    {
      key: 'statedAchievement',
      label: { vi: 'Tỷ lệ đạt (%)', en: 'Stated achievement (%)' },
      synonyms: ['tỷ lệ đạt', 'tỉ lệ đạt', 'mức đạt', 'mức độ đạt', 'tỷ lệ hoàn thành', 'tỉ lệ hoàn thành', 'so với kế hoạch', 'so kế hoạch'],
      kind: 'percent',
      formOnly: true,
    },
  ],
});
