import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** The clerk's own paragraphs for the Word draft, by section of the outline. */
export const narrative = defineTable({
  name: 'narrative',
  label: TABLE_LABEL.narrative,
  titleWords: ['thuyết minh', 'nội dung báo cáo', 'đánh giá', 'narrative'],
  shape: 'rows',
  required: false,
  anyOf: [['section', 'text']],
  evidence: { anyOf: [[{ fields: ['text'], values: 'phrase' }]], against: [] },
  fields: [
    { key: 'section', label: { vi: 'Mục', en: 'Section' }, synonyms: ['mục', 'mục báo cáo', 'phần mục'], kind: 'text', required: true },
    {
      key: 'part',
      label: { vi: 'Phần', en: 'Part' },
      synonyms: ['phần'],
      kind: 'category',
      categories: { result: ['kết quả', 'kết quả đạt được'], limit: ['hạn chế', 'khó khăn', 'vướng mắc'], cause: ['nguyên nhân'] },
    },
    { key: 'text', label: { vi: 'Nội dung', en: 'Text' }, synonyms: ['nội dung', 'văn bản'], kind: 'text', required: true },
  ],
});
