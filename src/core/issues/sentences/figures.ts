/** What the figures say when one of them cannot be computed, or is computed another way than asked (docs/reporting-schema.md §4). */
export const FIGURE_SENTENCES = {
  'budget-line-not-found': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Không tìm thấy dòng «{line}» trong bảng ngân sách nên chưa tính được số liệu này.',
      en: 'No {line} line was found in the budget table, so its figures cannot be computed.',
    },
    hint: {
      vi: 'Ghi một dòng có nội dung bắt đầu bằng «{lineWord}» (STT I hoặc II).',
      en: 'Add a line whose content starts with «{lineWord}» (order I or II).',
    },
  },
  'budget-total-from-lines': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Bảng ngân sách không có dòng «{lineWord}»: số liệu «{lineWord}» là tổng cộng {count} dòng {lines} (thực hiện {actual} đồng).',
      en: 'The budget table has no «{lineWord}» line: its «{lineWord}» figures are the sum of {count} lines {lines} (actual {actual} đồng).',
    },
    hint: {
      vi: 'Nếu một trong các dòng này đã là dòng tổng, ghi «{lineWord}» ở đầu nội dung của dòng đó; nếu không, có thể thêm dòng «{lineWord}».',
      en: 'If one of these lines is already the total, start its content with «{lineWord}»; otherwise a «{lineWord}» line may be added.',
    },
  },
  'budget-line-area-only': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Dòng «{content}» là số thu, chi ngân sách nhà nước trên địa bàn (gồm cả phần của cấp trên), không phải của ngân sách xã, nên không lấy làm số liệu ngân sách xã.',
      en: "Line «{content}» is the state budget collected or spent in the area (the upper levels' shares included), not the commune budget, so it is not taken as the commune budget's figure.",
    },
    hint: {
      vi: 'Ghi thêm dòng «{lineWord} ngân sách xã» với số liệu của ngân sách xã.',
      en: "Add a «{lineWord} ngân sách xã» line with the commune budget's figures.",
    },
  },
  'budget-estimate-zero': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: 'Dự toán của dòng «{content}» đang ghi là 0 nên chưa tính được tỷ lệ thực hiện so với dự toán.',
      en: 'The estimate of line «{content}» is 0, so the share of the estimate cannot be computed.',
    },
  },
  'document-type-unknown': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: 'Không xác định được loại của văn bản «{document}» nên văn bản được xếp vào loại «Khác».',
      en: 'The type of document «{document}» cannot be told, so it is counted as «Khác» (other).',
    },
    hint: {
      vi: 'Ghi số ký hiệu đúng dạng (ví dụ 175/QĐ-UBND) hoặc ghi cột Loại văn bản.',
      en: 'Write the number/symbol in full (e.g. 175/QĐ-UBND) or fill the document type column.',
    },
  },
  'dossier-period-unknown': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Chưa biết đầy đủ kỳ báo cáo (từ ngày, đến ngày) nên số liệu TTHC được tính trên toàn bộ danh sách hồ sơ.',
      en: 'The reporting period (start and end dates) is not fully known, so the TTHC figures count the whole dossier log.',
    },
    hint: { vi: 'Ghi «Từ ngày» và «Đến ngày» trong bảng thông tin báo cáo.', en: 'Fill «Từ ngày» and «Đến ngày» on the information sheet.' },
  },
  'tthc-forms-disagree': {
    code: 'sum-mismatch',
    severity: 'warning',
    message: {
      vi: 'Có cả bảng kết quả giải quyết TTHC (sheet «{summarySheet}») và danh sách hồ sơ (sheet «{listSheet}») nhưng số liệu khác nhau: bảng kết quả ghi {summaryReceived} hồ sơ tiếp nhận, {summaryResolved} đã giải quyết; danh sách hồ sơ cho {listReceived} tiếp nhận, {listResolved} đã giải quyết. Báo cáo dùng số liệu của bảng kết quả (sheet «{summarySheet}»); danh sách hồ sơ không được dùng để tính, các cảnh báo về danh sách đó không làm thay đổi số liệu báo cáo.',
      en: "Both the TTHC results table (sheet «{summarySheet}») and the dossier list (sheet «{listSheet}») are there, and they disagree: the results table states {summaryReceived} dossiers received, {summaryResolved} resolved; the dossier list gives {listReceived} received, {listResolved} resolved. The report uses the results table (sheet «{summarySheet}»); the dossier list is not used, and its warnings do not change the report's figures.",
    },
    hint: {
      vi: 'Đối chiếu hai bảng và sửa bảng sai, hoặc xóa bảng không dùng.',
      en: 'Compare the two tables and correct the wrong one, or delete the one not used.',
    },
  },
  'tthc-form-not-used': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Có cả bảng {used} (sheet «{usedSheet}») và bảng {unused} (sheet «{unusedSheet}»): báo cáo dùng số liệu của bảng {used}; bảng {unused} không được dùng để tính.',
      en: 'Both the table {used} (sheet «{usedSheet}») and the table {unused} (sheet «{unusedSheet}») are there: the report uses the table {used}; the table {unused} is not used for any figure.',
    },
  },
  'tthc-form-not-used-lowered': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Có cả bảng {used} (sheet «{usedSheet}») và bảng {unused} (sheet «{unusedSheet}»): báo cáo dùng số liệu của bảng {used}; bảng {unused} không được dùng để tính, nên {count} lỗi, cảnh báo về bảng đó được hạ xuống mức lưu ý (không làm thay đổi số liệu báo cáo).',
      en: 'Both the table {used} (sheet «{usedSheet}») and the table {unused} (sheet «{unusedSheet}») are there: the report uses the table {used}; the table {unused} is not used for any figure, so {count:error or warning/errors and warnings} about it are lowered to notes (they change no figure of the report).',
    },
    hint: {
      vi: 'Sửa bảng {unused} nếu còn cần đến nó, hoặc xóa bảng không dùng.',
      en: 'Correct the table {unused} if it is still needed, or delete the table not used.',
    },
  },
  'dossiers-counted-by-status': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Danh sách hồ sơ không có cột ngày có kết quả: số hồ sơ đã giải quyết và đang giải quyết được đếm theo cột Trạng thái; chưa xác định được số hồ sơ trước hạn, đúng hạn, quá hạn.',
      en: 'The dossier list has no result-date column: resolved and pending dossiers are counted by the status column; early, on-time and late dossiers cannot be told.',
    },
    hint: {
      vi: 'Xuất lại danh sách từ hệ thống một cửa kèm cột «Ngày có kết quả» (ngày trả kết quả).',
      en: 'Export the list again from the one-stop system with its «Ngày có kết quả» (result date) column.',
    },
  },
  'dossiers-timed-by-status': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Danh sách hồ sơ không có cột ngày có kết quả: số hồ sơ đã giải quyết (trước hạn, đúng hạn, quá hạn, theo lời của trạng thái) và đang giải quyết được đếm theo cột Trạng thái.',
      en: 'The dossier list has no result-date column: resolved dossiers (early, on time, late, as their status says) and pending ones are counted by the status column.',
    },
    hint: {
      vi: 'Nếu hệ thống một cửa xuất được cột «Ngày có kết quả», hãy xuất lại danh sách kèm cột đó để đối chiếu.',
      en: 'If the one-stop system can export the «Ngày có kết quả» (result date) column, export the list again with it to cross-check.',
    },
  },
  'dossiers-due-missing': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{count} hồ sơ chưa có ngày hẹn trả (ô {cells}), chưa tính vào tỷ lệ đúng hạn: số hồ sơ trước hạn, đúng hạn, quá hạn (và trong hạn, quá hạn của hồ sơ đang giải quyết) và tỷ lệ đúng hạn được tính trên các hồ sơ còn lại.',
      en: '{count} dossiers have no due date (cells {cells}) and are not counted in the on-time share: early, on-time and late dossiers (and pending in time or overdue) and the on-time share count the other dossiers.',
    },
    hint: {
      vi: 'Ghi ngày hẹn trả vào các ô này (hồ sơ giải quyết trong ngày: ghi ngày tiếp nhận hoặc «Trong ngày»).',
      en: 'Write the due date in these cells (a dossier resolved the day it is received: its received date, or «Trong ngày»).',
    },
  },
  'dossiers-done-without-date': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{count} hồ sơ có trạng thái đã trả kết quả nhưng chưa ghi ngày có kết quả (ô {cells}): được tính là đã giải quyết, nhưng chưa biết trước hạn, đúng hạn hay quá hạn nên chưa tính vào tỷ lệ đúng hạn.',
      en: '{count} dossiers have a status saying the result was returned but no result date (cells {cells}): counted as resolved, but whether early, on time or late is unknown, so they are not in the on-time share.',
    },
    hint: { vi: 'Ghi ngày trả kết quả vào các ô này.', en: 'Write the result date in these cells.' },
  },
  'dossiers-pending-with-date': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{count} hồ sơ có trạng thái đang xử lý nhưng đã ghi ngày có kết quả (ô {cells}): được tính là đã giải quyết theo ngày đó; trạng thái và ngày không khớp nhau.',
      en: '{count} dossiers have a status saying they are being processed but a result date (cells {cells}): counted as resolved by that date; the status and the date disagree.',
    },
    hint: {
      vi: 'Sửa trạng thái thành «Đã trả kết quả», hoặc xóa ngày có kết quả nếu hồ sơ chưa giải quyết xong.',
      en: 'Change the status to «Đã trả kết quả», or clear the result date if the dossier is not resolved yet.',
    },
  },
  'dossiers-cancelled': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: '{count} hồ sơ đã hủy, bị từ chối hoặc được rút (ô {cells}): vẫn tính là hồ sơ tiếp nhận, nhưng không tính vào số hồ sơ đã giải quyết và đang giải quyết.',
      en: '{count} dossiers were cancelled, refused or withdrawn (cells {cells}): counted as received, but neither as resolved nor as pending.',
    },
  },
  'dossiers-channel-missing': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Danh sách hồ sơ không có cột cho biết hồ sơ nộp trực tuyến hay trực tiếp nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
      en: 'The dossier list has no column saying whether each dossier was filed online or in person, so online and direct dossiers and the online share cannot be computed.',
    },
    hint: {
      vi: 'Xuất lại danh sách kèm cột «Hình thức nộp» (trực tuyến / trực tiếp / bưu chính), hoặc thêm cột «Nộp trực tuyến» ghi Có / Không.',
      en: 'Export the list again with its «Hình thức nộp» (channel) column, or add a «Nộp trực tuyến» column reading Có / Không (yes / no).',
    },
  },
  'dossiers-channel-unread': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: 'Cột {letter} («{heading}») của danh sách hồ sơ không có giá trị nào cho biết hồ sơ nộp trực tuyến hay trực tiếp{example} nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
      en: 'Column {letter} («{heading}») of the dossier list holds no value saying whether a dossier was filed online or in person{example}, so online and direct dossiers and the online share cannot be computed.',
    },
    hint: {
      vi: 'Ghi ở cột này «Trực tuyến», «Trực tiếp» hoặc «Bưu chính» (hoặc Có / Không nếu cột là «Nộp trực tuyến»).',
      en: 'Write «Trực tuyến», «Trực tiếp» or «Bưu chính» in this column (or Có / Không, yes / no, if the column is «Nộp trực tuyến»).',
    },
  },
  'dossiers-online-flag-unread': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: '{count} hồ sơ không ghi rõ có nộp trực tuyến hay không ở cột «{heading}» (ô {cells}) nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
      en: '{count} dossiers do not say in column «{heading}» whether they were filed online (cells {cells}), so online and direct dossiers and the online share cannot be computed.',
    },
    hint: { vi: 'Ghi Có hoặc Không vào các ô này.', en: 'Write Có (yes) or Không (no) in these cells.' },
  },
  'dossiers-channel-blank': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{count} hồ sơ để trống cột «{heading}» (ô {cells}) nên chưa tính được số hồ sơ trực tuyến, trực tiếp và tỷ lệ hồ sơ trực tuyến.',
      en: '{count} dossiers leave column «{heading}» blank (cells {cells}), so online and direct dossiers and the online share cannot be computed.',
    },
    hint: {
      vi: 'Ghi kênh nộp của hồ sơ vào các ô này (Trực tuyến, Trực tiếp hoặc Bưu chính).',
      en: 'Write the channel of each dossier in these cells (Trực tuyến, Trực tiếp or Bưu chính).',
    },
  },
  'dossiers-not-countable': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Danh sách hồ sơ không có cột ngày có kết quả hay cột trạng thái nên chưa đếm được số hồ sơ đã giải quyết và đang giải quyết.',
      en: 'The dossier list has neither a result-date column nor a status column, so resolved and pending dossiers cannot be counted.',
    },
    hint: {
      vi: 'Xuất lại danh sách từ hệ thống một cửa kèm cột «Ngày có kết quả» hoặc cột «Trạng thái».',
      en: 'Export the list again from the one-stop system with its «Ngày có kết quả» (result date) or «Trạng thái» (status) column.',
    },
  },
  'indicator-target-zero': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: 'Chưa tính được mức đạt của chỉ tiêu «{name}» vì kế hoạch đang ghi là 0.',
      en: 'The achievement of indicator «{name}» cannot be computed because its target is 0.',
    },
    hint: { vi: 'Ghi tỷ lệ kế hoạch được giao (lớn hơn 0).', en: 'Enter the assigned target (greater than 0).' },
  },
  'investment-plan-zero': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: 'Kế hoạch vốn đang ghi là 0 nên chưa tính được tỷ lệ giải ngân.',
      en: 'The capital plan is 0, so the disbursement share cannot be computed.',
    },
  },
  'staff-category-missing': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Danh sách cán bộ không có cột Loại (cán bộ, công chức, không chuyên trách) nên chưa tính được số lượng theo loại; tỷ lệ trình độ được tính trên tất cả người trong danh sách.',
      en: 'The staff list has no category column (cán bộ, công chức, part-time), so counts by category cannot be made; education shares count everyone listed.',
    },
    hint: {
      vi: 'Thêm cột «Loại» và ghi cán bộ, công chức hoặc không chuyên trách cho từng người.',
      en: 'Add a «Loại» column and write cán bộ, công chức or không chuyên trách for each person.',
    },
  },
  'staff-levels-include-part-time': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Các cột trình độ của bảng cán bộ cộng lại bằng số cán bộ, công chức cùng {partTime} người hoạt động không chuyên trách, không tách theo loại: tỷ lệ trình độ được tính trên tất cả những người này, không riêng cán bộ, công chức.',
      en: 'The staff table’s level columns add up to the cán bộ and công chức together with {partTime} part-time officials, not split by category: education shares count all of them, not the cán bộ and công chức alone.',
    },
    hint: {
      vi: 'Nếu cần tỷ lệ riêng cán bộ, công chức, ghi số theo trình độ riêng cho cán bộ, công chức (hoặc lập danh sách từng người có cột Loại).',
      en: 'For shares of the cán bộ and công chức alone, give the counts per level for them apart (or list each person with a category column).',
    },
  },
  'staff-total-zero': {
    code: 'missing-cell',
    severity: 'error',
    message: {
      vi: 'Bảng cán bộ, công chức ở sheet «{sheet}» có {rows} dòng số liệu nhưng không đọc được người hay số lượng nào, nên tổng số cán bộ, công chức ra 0.',
      en: 'The staff table on sheet «{sheet}» has {rows:data row/data rows} but no person or count could be read, so the number of cán bộ and công chức comes out 0.',
    },
    hint: {
      vi: 'Kiểm tra cột loại (cán bộ, công chức) và cột trình độ: mỗi người một dòng, hoặc số lượng ghi bằng số.',
      en: 'Check the category (cán bộ, công chức) and level columns: one person a row, or counts written as numbers.',
    },
  },
  'staff-education-blank': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{count} cán bộ, công chức để trống ô trình độ chuyên môn (ô {cells}); theo quy ước ô trống được tính là «chưa qua đào tạo», nên tỷ lệ trình độ cần xem lại.',
      en: '{count:cán bộ or công chức leaves/cán bộ and công chức leave} the professional level blank (cells {cells}); by convention a blank counts as «chưa qua đào tạo» (no training), so the education shares need checking.',
    },
    hint: {
      vi: 'Ghi trình độ của từng người; người chưa qua đào tạo thì ghi «Chưa qua đào tạo».',
      en: "Write each person's level; for a person with no training write «Chưa qua đào tạo».",
    },
  },
  'staff-contract-left-out': {
    code: 'constraint-error',
    severity: 'info',
    message: {
      vi: '{count} người làm việc theo hợp đồng (ô {cells}) không phải cán bộ, công chức hay người hoạt động không chuyên trách, nên không tính vào số lượng và tỷ lệ trình độ cán bộ, công chức.',
      en: '{count} contract workers (cells {cells}) are neither cán bộ, công chức nor part-time officials, so they are left out of the staff counts and education shares.',
    },
  },
  'survey-level-missing': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: 'Không tìm thấy dòng mức độ «{level}» trong bảng khảo sát nên chưa tính được tỷ lệ này.',
      en: 'The survey table has no «{level}» row, so that share cannot be computed.',
    },
    hint: { vi: 'Thêm dòng cho mức độ này (ghi 0 nếu không có ý kiến nào).', en: 'Add a row for this level (enter 0 if nobody chose it).' },
  },
} as const;
