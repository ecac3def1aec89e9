import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

const SUPERIOR = ['dự toán huyện giao', 'dự toán tỉnh giao', 'dự toán cấp trên giao'];
const COUNCIL = ['dự toán hđnd xã giao', 'dự toán hđnd giao', 'dự toán hđnd', 'hđnd xã giao'];
/** Words of a group (or a one-level header) comparing the actual with an estimate. */
const COMPARED = ['so sánh', 'tỷ lệ', 'tỉ lệ', 'so với'];

/** Budget execution: revenue and expenditure lines against their estimates. */
export const budget = defineTable({
  name: 'budget',
  label: TABLE_LABEL.budget,
  titleWords: ['ngân sách', 'thu chi', 'thu chi ngân sách', 'dự toán', 'quyết toán', 'tài chính'],
  shape: 'rows',
  required: true,
  // A budget headed by its lines and an estimate but no actual column it can name is still located, so the
  // missing column is named on its sheet (column-not-found) and «Ghim cột» offered (tester 6 item 14).
  anyOf: [
    ['content', 'actual'],
    ['content', 'estimateSuperior'],
    ['content', 'estimateCouncil'],
  ],
  evidence: {
    // A revenue or expenditure line with amounts, or amounts under the budget's words.
    anyOf: [
      [
        { fields: ['content'], values: 'budgetLine' },
        { fields: ['actual', 'estimateSuperior', 'estimateCouncil'], values: 'number' },
      ],
      [{ words: ['ngân sách', 'thu chi', 'dự toán', 'quyết toán'] }, { fields: ['actual'], values: 'number' }],
    ],
    // A payroll, a price list, an enterprise's or a school's finance form ("Chỉ tiêu / Mã số").
    against: ['hệ số lương', 'ký nhận', 'đơn giá', 'mã số', 'tồn quỹ'],
    // A fund's receipts and payments (quỹ vì người nghèo, tồn quỹ), socio-economic targets (tester 13 items 12, 23).
    setAside: { titles: ['quỹ', 'chỉ tiêu kinh tế'], labels: ['tồn quỹ'], marked: ['quỹ', 'tồn quỹ'] },
  },
  fields: [
    { key: 'order', label: { vi: 'STT', en: 'No.' }, synonyms: ['stt', 'tt', 'số thứ tự'], kind: 'text' },
    {
      key: 'content',
      label: { vi: 'Nội dung', en: 'Item' },
      synonyms: ['nội dung', 'chỉ tiêu', 'nội dung thu chi', 'khoản mục'],
      kind: 'text',
      required: true,
    },
    {
      key: 'estimateSuperior',
      label: { vi: 'Dự toán cấp trên giao', en: 'Estimate (superior)' },
      // Under a group «Dự toán năm 2025» the sub-column names the body: «Tỉnh giao» | «HĐND xã quyết định» (tester 15 item 16).
      synonyms: [...SUPERIOR, 'dự toán giao', 'dự toán', 'tỉnh giao', 'huyện giao', 'cấp trên giao'],
      kind: 'amount',
    },
    {
      key: 'estimateCouncil',
      label: { vi: 'Dự toán HĐND xã giao', en: 'Estimate (council)' },
      // HĐND xã decides the commune's estimate (Luật NSNN 2015, Điều 30): «HĐND xã quyết định», «Nghị quyết HĐND».
      synonyms: [...COUNCIL, 'hđnd xã quyết định', 'hđnd quyết định', 'hđnd xã', 'nghị quyết hđnd', 'hội đồng nhân dân xã'],
      kind: 'amount',
    },
    {
      key: 'actual',
      label: { vi: 'Thực hiện', en: 'Actual' },
      // The budget's terms (docs/domain.md): dự toán is the estimate; thực hiện, ước thực hiện (estimated before the
      // year closes) and quyết toán (the settled accounts, after it closes) are the actual; so are "lũy kế" (the
      // running total since 1 January) and "số liệu quý" (the quarter's figures) as treasury reports head them.
      synonyms: ['thực hiện', 'lũy kế thực hiện', 'luỹ kế thực hiện', 'lũy kế', 'luỹ kế', 'ước thực hiện', 'số liệu quý', 'quyết toán', 'số quyết toán'],
      kind: 'amount',
      required: true,
    },
    { key: 'statedPct', label: { vi: 'Tỷ lệ (%)', en: 'Stated %' }, synonyms: ['tỷ lệ', 'tỉ lệ', 'so với dự toán', 'so dự toán', 'so sánh'], kind: 'percent' },
    // A comparison group "So sánh (%)" with one sub-column against each estimate: each checked against its own.
    {
      key: 'statedPctSuperior',
      label: { vi: 'Tỷ lệ so với dự toán cấp trên giao (%)', en: 'Stated % of the superior estimate' },
      synonyms: [...SUPERIOR, 'huyện giao', 'tỉnh giao', 'cấp trên giao', 'dt huyện giao', 'dt huyện', 'dự toán huyện', 'dự toán tỉnh'],
      under: COMPARED,
      kind: 'percent',
      formOnly: true,
    },
    {
      key: 'statedPctCouncil',
      label: { vi: 'Tỷ lệ so với dự toán HĐND giao (%)', en: 'Stated % of the council estimate' },
      synonyms: [...COUNCIL, 'nghị quyết hđnd', 'dt hđnd', 'dt hđnd xã', 'dự toán hđnd xã'],
      under: COMPARED,
      kind: 'percent',
      formOnly: true,
    },
  ],
});
