import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** The report's header data: who issues it, when, for which period, who signs, who receives. */
export const info = defineTable({
  name: 'info',
  label: TABLE_LABEL.info,
  titleWords: ['thông tin', 'thông tin chung', 'thông tin báo cáo', 'info'],
  shape: 'keyvalue',
  required: false,
  headings: ['agency', 'periodStart', 'periodEnd'],
  fields: [
    {
      key: 'agency',
      label: { vi: 'Cơ quan ban hành', en: 'Issuing agency' },
      synonyms: ['cơ quan ban hành', 'tên cơ quan', 'cơ quan', 'đơn vị báo cáo', 'tên đơn vị', 'đơn vị ban hành'],
      kind: 'text',
    },
    { key: 'superior', label: { vi: 'Cơ quan chủ quản', en: 'Superior agency' }, synonyms: ['cơ quan chủ quản', 'cơ quan cấp trên'], kind: 'text' },
    { key: 'number', label: { vi: 'Số ký hiệu', en: 'Number/symbol' }, synonyms: ['số ký hiệu', 'số hiệu', 'số'], kind: 'text' },
    { key: 'place', label: { vi: 'Địa danh', en: 'Place' }, synonyms: ['địa danh'], kind: 'text' },
    { key: 'reportDate', label: { vi: 'Ngày báo cáo', en: 'Report date' }, synonyms: ['ngày báo cáo', 'ngày'], kind: 'date' },
    { key: 'periodStart', label: { vi: 'Từ ngày', en: 'Period start' }, synonyms: ['từ ngày', 'kỳ báo cáo từ ngày'], kind: 'date' },
    { key: 'periodEnd', label: { vi: 'Đến ngày', en: 'Period end' }, synonyms: ['đến ngày', 'kỳ báo cáo đến ngày'], kind: 'date' },
    { key: 'period', label: { vi: 'Kỳ báo cáo', en: 'Reporting period' }, synonyms: ['kỳ báo cáo', 'năm báo cáo'], kind: 'text' },
    { key: 'title', label: { vi: 'Trích yếu', en: 'Title' }, synonyms: ['trích yếu', 'tiêu đề', 'tên báo cáo'], kind: 'text' },
    { key: 'addressee', label: { vi: 'Kính gửi', en: 'Addressee' }, synonyms: ['kính gửi'], kind: 'text' },
    { key: 'signAuthority', label: { vi: 'Quyền hạn ký', en: 'Signing authority' }, synonyms: ['quyền hạn ký', 'tm', 'thay mặt'], kind: 'text' },
    { key: 'signerTitle', label: { vi: 'Chức vụ người ký', en: 'Signer title' }, synonyms: ['chức vụ người ký', 'chức vụ'], kind: 'text' },
    { key: 'signer', label: { vi: 'Người ký', en: 'Signer' }, synonyms: ['người ký', 'họ tên người ký', 'họ tên'], kind: 'text' },
    { key: 'recipients', label: { vi: 'Nơi nhận', en: 'Recipients' }, synonyms: ['nơi nhận'], kind: 'text' },
    { key: 'decimals', label: { vi: 'Số chữ số thập phân', en: 'Decimal places' }, synonyms: ['số chữ số thập phân', 'chữ số thập phân'], kind: 'count' },
    { key: 'basis', label: { vi: 'Căn cứ báo cáo', en: 'Grounds of the report' }, synonyms: ['căn cứ', 'căn cứ báo cáo', 'thực hiện'], kind: 'text' },
  ],
});
