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
  evidence: {
    // Targets and results in percent; a unit column («ĐVT»), if there is one, says % on every row: socio-economic
    // targets in tấn, ha or triệu đồng are another table (tester 13 item 23).
    anyOf: [
      [
        { fields: ['target', 'actual'], values: 'number' },
        { fields: ['unit'], values: 'percentUnit', ifPresent: true },
      ],
    ],
    against: [],
    // Amounts of money (a unit line «ĐVT: đồng» above, a fund's receipts and payments) are no percentages.
    setAside: {
      titles: [
        'quỹ',
        'đvt: đồng',
        'đvt: nghìn đồng',
        'đvt: ngàn đồng',
        'đvt: triệu đồng',
        'đvt: tỷ đồng',
        'đơn vị tính: đồng',
        'đơn vị tính: nghìn đồng',
        'đơn vị tính: ngàn đồng',
        'đơn vị tính: triệu đồng',
        'đơn vị tính: tỷ đồng',
      ],
      labels: [],
      // Folded, «quỹ» is also «quý», a quarter («CHI TIEU CCHC QUY I»).
      marked: ['quỹ'],
    },
  },
  fields: [
    { key: 'name', label: { vi: 'Chỉ tiêu', en: 'Indicator' }, synonyms: ['chỉ tiêu', 'tên chỉ tiêu', 'nội dung'], kind: 'text', required: true },
    { key: 'target', label: { vi: 'Kế hoạch (%)', en: 'Target (%)' }, synonyms: ['kế hoạch', 'mục tiêu', 'chỉ tiêu giao'], kind: 'percent', required: true },
    { key: 'actual', label: { vi: 'Thực hiện (%)', en: 'Actual (%)' }, synonyms: ['thực hiện', 'kết quả', 'đạt'], kind: 'percent', required: true },
    // A unit column: read only to tell percentages from other units (the evidence above).
    { key: 'unit', label: { vi: 'Đơn vị tính', en: 'Unit' }, synonyms: ['đvt', 'đơn vị tính'], kind: 'text', formOnly: true },
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
