import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/**
 * Document types by the symbol's first part (Nghị định 30): canonical Vietnamese name -> abbreviations. A công văn
 * has none under Nghị định 30 ("66/UBND-VP"), yet clerks write "49/CV-UBND": read as one, never as a type "CV".
 */
export const DOCUMENT_TYPES: Record<string, string[]> = {
  'Quyết định': ['QĐ'],
  'Kế hoạch': ['KH'],
  'Thông báo': ['TB'],
  'Báo cáo': ['BC'],
  'Chỉ thị': ['CT'],
  'Tờ trình': ['TTr'],
  'Công văn': ['CV'],
};

/** Documents issued in the period (the register, or a list kept for the report). */
export const documents = defineTable({
  name: 'documents',
  label: TABLE_LABEL.documents,
  titleWords: ['văn bản', 'văn bản ban hành', 'sổ đăng ký văn bản', 'văn bản đi'],
  shape: 'rows',
  required: false,
  anyOf: [['number', 'date']],
  // A register's title or its header's words: a sheet showing them is named when no document could be read from it.
  signs: {
    titles: [
      'sổ đăng ký văn bản',
      'sổ theo dõi văn bản',
      'sổ văn bản đi',
      'sổ công văn đi',
      'danh mục văn bản',
      'danh sách văn bản',
      'văn bản ban hành',
      'văn bản đi',
    ],
    labels: ['trích yếu', 'người ký', 'số ký hiệu', 'ký hiệu', 'ngày ban hành', 'ngày tháng văn bản', 'nơi nhận'],
  },
  evidence: {
    // A register's numbers look like "175/QĐ-UBND", or its rows carry a summary (trích yếu).
    anyOf: [[{ fields: ['number'], values: 'docNumber' }], [{ fields: ['summary'], values: 'phrase' }]],
    // An applicant list or a staff record: a diploma's number is no document's. A register of documents received
    // names their sender («tác giả», «nơi gửi»); a list of the laws in force, their issuers and whether in force.
    against: [
      'ngày sinh',
      'năm sinh',
      'văn bằng',
      'xếp loại',
      'hệ số lương',
      'thành tiền',
      'ký nhận',
      'số báo danh',
      'giới tính',
      'quê quán',
      'tác giả',
      'nơi gửi',
      'cơ quan gửi',
      'đơn vị gửi',
      'cơ quan ban hành',
      'hiệu lực',
    ],
    // Documents received (Nghị định 30's «Sổ đăng ký văn bản đến»: «Số đến», «Ngày đến»), or a list of the legal
    // documents in force, are never the documents the commune issued (tester 13 items 1, 2, 18).
    setAside: {
      titles: ['văn bản đến', 'công văn đến', 'vb đến', 'cv đến', 'còn hiệu lực', 'hết hiệu lực'],
      labels: ['số đến', 'ngày đến', 'tình trạng hiệu lực'],
      alsoOurs: ['đi'],
    },
  },
  fields: [
    {
      key: 'number',
      label: { vi: 'Số ký hiệu', en: 'Number/symbol' },
      // Registers head it "Số, ký hiệu", "Số và ký hiệu", "Số/ký hiệu", or, for letters, "Số công văn" / "Số CV"; the
      // iOffice-style exports "Số/KH", "Số KH", or "Ký hiệu" alone over the full symbol «01/QĐ-UBND» (tester 15 item 7).
      synonyms: ['số ký hiệu', 'số và ký hiệu', 'số ký hiệu văn bản', 'số văn bản', 'số hiệu', 'số, ký hiệu', 'số công văn', 'số cv', 'số kh', 'ký hiệu'],
      kind: 'text',
      valueShape: 'docNumber',
      required: true,
    },
    {
      key: 'date',
      label: { vi: 'Ngày ban hành', en: 'Date issued' },
      synonyms: ['ngày ban hành', 'ngày tháng văn bản', 'ngày văn bản', 'ngày ký', 'ngày tháng', 'ngày', 'ngày vb', 'ngày bh'],
      kind: 'date',
      sharesCellWith: 'number',
      required: true,
      // figures/documents.ts, issuedInPeriod: a document without a date is left in.
      unreadable: {
        vi: 'Ngày này quyết định văn bản có thuộc kỳ báo cáo không; khi chưa đọc được, văn bản vẫn được tính vào số văn bản ban hành trong kỳ.',
        en: 'This date decides whether the document falls in the period; while it cannot be read, the document is counted among those issued in the period.',
      },
    },
    {
      key: 'type',
      label: { vi: 'Loại văn bản', en: 'Type' },
      synonyms: ['loại văn bản', 'loại', 'loại vb'],
      kind: 'category',
      categories: {
        'Quyết định': ['quyết định', 'qđ'],
        'Kế hoạch': ['kế hoạch', 'kh'],
        'Thông báo': ['thông báo', 'tb'],
        'Báo cáo': ['báo cáo', 'bc'],
        'Chỉ thị': ['chỉ thị', 'ct'],
        'Tờ trình': ['tờ trình', 'ttr'],
        'Công văn': ['công văn', 'cv'],
        // The other types of Nghị định 30 (Phụ lục III), by name only: their abbreviations clash once folded (HD, HĐ).
        'Nghị quyết': ['nghị quyết'],
        'Quy chế': ['quy chế'],
        'Quy định': ['quy định'],
        'Thông cáo': ['thông cáo'],
        'Hướng dẫn': ['hướng dẫn'],
        'Chương trình': ['chương trình'],
        'Phương án': ['phương án'],
        'Đề án': ['đề án'],
        'Dự án': ['dự án'],
        'Biên bản': ['biên bản'],
        'Hợp đồng': ['hợp đồng'],
        'Công điện': ['công điện'],
        'Giấy mời': ['giấy mời'],
        'Giấy giới thiệu': ['giấy giới thiệu'],
        'Giấy ủy quyền': ['giấy ủy quyền', 'giấy uỷ quyền'],
        'Kết luận': ['kết luận'],
      },
    },
    // Registers kept as Nghị định 30 lays them out split the number: «Số» (12) | «Ký hiệu» (QĐ-UBND), read as 12/QĐ-UBND.
    {
      key: 'symbol',
      label: { vi: 'Ký hiệu', en: 'Symbol' },
      synonyms: ['ký hiệu', 'ký hiệu văn bản'],
      kind: 'text',
      formOnly: true,
      secondPartOf: { field: 'number', headers: ['số', 'số văn bản', 'số vb', 'số đi', 'số văn bản đi'], joiner: '/' },
    },
    // The day a letter left or arrived ("Ngày đi/đến"), kept apart from the day it was signed.
    {
      key: 'sentOn',
      label: { vi: 'Ngày đi, ngày đến', en: 'Date sent or received' },
      synonyms: ['ngày đi', 'ngày đến', 'ngày gửi', 'ngày nhận'],
      kind: 'date',
      formOnly: true,
    },
    // The count of one kind, when the documents are kept as counts by kind (read/documentCounts.ts reads that layout
    // by its own headers: «Số lượng» over a register's rows is the copies sent, no count of documents).
    { key: 'count', label: { vi: 'Số lượng', en: 'Count' }, synonyms: [], kind: 'count', formOnly: true },
    {
      key: 'summary',
      label: { vi: 'Trích yếu', en: 'Summary' },
      synonyms: ['trích yếu', 'nội dung', 'trích yếu nội dung', 'tên loại và trích yếu', 'tên loại và trích yếu nội dung'],
      kind: 'text',
    },
  ],
});
