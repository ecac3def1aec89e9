import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** Public investment: capital plan and disbursement, by source or project. */
export const investment = defineTable({
  name: 'investment',
  label: TABLE_LABEL.investment,
  titleWords: ['đầu tư công', 'giải ngân', 'vốn đầu tư', 'kế hoạch vốn'],
  shape: 'rows',
  required: false,
  anyOf: [['plan', 'disbursed']],
  evidence: { anyOf: [[{ fields: ['plan', 'disbursed'], values: 'number' }]], against: ['hệ số lương', 'ký nhận'] },
  fields: [
    { key: 'order', label: { vi: 'STT', en: 'No.' }, synonyms: ['stt', 'tt'], kind: 'text' },
    {
      key: 'content',
      label: { vi: 'Nguồn vốn, dự án', en: 'Source or project' },
      // «Tên công trình», «Công trình, dự án»: what commune investment sheets head the project column (tester 16 F13).
      synonyms: ['nguồn vốn', 'dự án', 'nội dung', 'tên dự án', 'tên công trình', 'công trình', 'công trình, dự án', 'danh mục công trình'],
      kind: 'text',
      required: true,
    },
    {
      key: 'plan',
      label: { vi: 'Kế hoạch vốn', en: 'Capital plan' },
      synonyms: ['kế hoạch vốn', 'vốn giao', 'kế hoạch', 'kế hoạch vốn giao'],
      kind: 'amount',
      required: true,
    },
    {
      key: 'disbursed',
      label: { vi: 'Giải ngân', en: 'Disbursed' },
      synonyms: ['giải ngân', 'lũy kế giải ngân', 'luỹ kế giải ngân', 'đã thanh toán', 'lũy kế thanh toán'],
      kind: 'amount',
      required: true,
    },
    { key: 'statedPct', label: { vi: 'Tỷ lệ (%)', en: 'Stated %' }, synonyms: ['tỷ lệ', 'tỉ lệ'], kind: 'percent' },
  ],
});
