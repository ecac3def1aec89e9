/**
 * Phrases the sentences share: a hint several sentences give, the words a sentence names a row, a cell or
 * a document by, the joining words of a list. A sentence's message or hint may be one of these keys.
 */
export const PHRASES = {
  // Places.
  'cell-in-table': { vi: 'Ô {cell} sheet «{sheet}» của bảng {table}', en: 'Cell {cell} on sheet «{sheet}» of the table {table}' },
  'cell-in-column': {
    vi: 'Ô {cell} sheet «{sheet}» của bảng {table} (cột {column})',
    en: 'Cell {cell} on sheet «{sheet}» of the table {table} (column {column})',
  },
  'or-table': { vi: ' hoặc bảng {other}', en: ' or the table {other}' },
  'as-date': { vi: ' (dạng dd/mm/yyyy)', en: ' (as dd/mm/yyyy)' },
  'table-columns': { vi: 'các cột của bảng', en: 'the table columns' },
  'because-hidden': { vi: 'vì đó là sheet ẩn', en: 'because that sheet is hidden' },
  'because-shares-person': {
    vi: 'vì có người trùng họ tên và ngày sinh với danh sách được đọc',
    en: 'because it names a person of the list read (same name and date of birth)',
  },
  'because-other-title-period': {
    vi: 'vì tiêu đề của nó ghi kỳ khác với danh sách được đọc',
    en: 'because its title states another period than the list read',
  },
  'because-report-year': { vi: 'vì đó là năm của kỳ báo cáo', en: 'because that is the reporting period’s year' },
  'because-latest-period': {
    vi: 'vì đó là kỳ gần nhất (tiêu đề so sánh với cùng kỳ, hoặc chưa biết năm báo cáo)',
    en: 'because it is the latest period (the title compares with the same period before, or the report’s year is unknown)',
  },
  'because-group-is-period': {
    vi: 'vì kỳ của nhóm cột đó đúng bằng kỳ báo cáo',
    en: 'because that group’s period is exactly the reporting period',
  },
  'because-no-group-is-period': {
    vi: 'vì không nhóm cột nào ghi đúng kỳ báo cáo nên nhóm đầu tiên được đọc; số liệu này có thể không phải của kỳ báo cáo',
    en: 'because no group of columns states the reporting period, so the first group is read; these figures may not be the reporting period’s',
  },
  'because-less-evidence': { vi: 'vì số liệu ở đó ít dấu hiệu của bảng này hơn', en: 'because its values show less of that table' },
  'because-nothing-tells': {
    vi: 'vì không có gì cho biết bảng nào là số liệu của kỳ báo cáo',
    en: 'because nothing tells which of them holds the reporting period’s figures',
  },
  'because-read-names-period': { vi: 'vì tiêu đề của bảng được đọc ghi đúng kỳ báo cáo', en: 'because the title of the table read names the reporting period' },
  'year-named': { vi: 'năm {year}', en: '{year}' },

  // What shows a table on a sheet where none of its rows could be read, and what kept them from being read.
  'sign-title': { vi: 'tiêu đề «{text}»', en: 'the title «{text}»' },
  'sign-labels': { vi: 'dòng tiêu đề cột có {labels}', en: 'a header row with {labels}' },
  'no-column-named': { vi: 'không có cột {column}', en: 'there is no column {column}' },
  'column-values-unread': {
    vi: 'phần lớn giá trị ở cột {letter} («{label}») không đọc được là {column}',
    en: 'most values in column {letter} («{label}») do not read as {column}',
  },
  'no-header-row': { vi: 'không thấy dòng tiêu đề cột có {columns}', en: 'no header row names {columns}' },
  'no-rows-under-header': { vi: 'dưới dòng tiêu đề cột chưa có dòng nào', en: 'there are no rows under the header' },

  // What usually makes each Excel formula error (Microsoft's help for each error value), for the formula-error hint.
  'formula-error-div0': { vi: 'thường do chia cho 0 hoặc cho ô trống', en: 'often a division by zero or by an empty cell' },
  'formula-error-ref': { vi: 'thường do tham chiếu đến ô, dòng hoặc sheet đã xóa', en: 'often a reference to a deleted cell, row or sheet' },
  'formula-error-value': { vi: 'thường do tính toán trên ô chứa chữ', en: 'often a calculation on a cell holding text' },
  'formula-error-na': { vi: 'thường do hàm tra cứu không tìm thấy giá trị', en: 'often a lookup that found no value' },
  'formula-error-name': { vi: 'thường do tên hàm hoặc tên vùng viết sai', en: 'often a misspelt function or range name' },
  'formula-error-num': { vi: 'thường do số quá lớn hoặc không hợp lệ', en: 'often a number too large or not valid' },
  'formula-error-other': { vi: 'xem công thức và các ô nó dùng', en: 'look at the formula and the cells it uses' },

  // Ways of writing numbers (a column that mixes them).
  'number-style-vi': {
    vi: 'Việt Nam (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân)',
    en: 'Vietnamese (dots between thousands, a comma before decimals)',
  },
  'number-style-en': {
    vi: 'tiếng Anh (dấu phẩy ngăn cách hàng nghìn, dấu chấm trước phần thập phân)',
    en: 'English (commas between thousands, a dot before decimals)',
  },

  'budget-ratio-check': {
    vi: 'So hai ô với sổ sách: cả hai phải cùng đơn vị tính của bảng; số viết dạng chữ phải theo kiểu Việt Nam (1.464 là một nghìn bốn trăm sáu mươi tư).',
    en: 'Compare both cells with the books: both must be in the table’s unit; numbers typed as text must be written the Vietnamese way (1.464 is one thousand four hundred sixty-four).',
  },

  // Why a percent column's values under 1 are fractions of 1.
  'fraction-beside-percent': { vi: 'các ô khác của cột ghi phần trăm (như «{signed}»)', en: 'its other cells give percentages (e.g. «{signed}»)' },
  'fraction-by-format': { vi: 'sheet định dạng các tỷ lệ theo kiểu phần trăm', en: 'the sheet formats its shares as percentages' },
  'fraction-adds-to-one': {
    vi: 'các ô của cột cộng lại đúng bằng 1 (các phần của một tổng thể)',
    en: 'its cells add up to exactly 1 (the parts of one whole)',
  },
  'fraction-whole-table': {
    vi: 'mọi tỷ lệ của bảng đều từ 0 đến 1 và phần lớn trên 0,5 (đọc như ghi thì đều dưới 1%)',
    en: 'every share of the table lies in 0–1 and most are above 0.5 (as written, all would be under 1%)',
  },
  'fraction-by-ratio': {
    vi: 'nhân với 100 thì mỗi ô đúng bằng tỷ lệ tính từ các số của cùng dòng',
    en: 'times 100 each equals the rate computed from the figures of its row',
  },

  // Rows and what a row is.
  'total-row': { vi: 'dòng tổng cộng', en: 'the total row' },
  'row-named': { vi: 'dòng «{name}»', en: 'row «{name}»' },
  'row-number': { vi: 'dòng {n}', en: 'row {n}' },
  'document-number': { vi: 'Văn bản số {number}', en: 'Document {number}' },
  'document-in-row': { vi: 'Văn bản ở dòng {n}', en: 'The document in row {n}' },
  'document-cited': { vi: 'Văn bản số {number} được dẫn trong phần thuyết minh{section}', en: 'Document {number} cited in the narrative{section}' },
  'in-section': { vi: ' (mục {section})', en: ' (section {section})' },
  'cited-in-section': { vi: ' (dẫn trong phần thuyết minh, mục {section})', en: ' (cited in the narrative, section {section})' },
  cited: { vi: ' (dẫn trong phần thuyết minh)', en: ' (cited in the narrative)' },
  'dossier-date': { vi: '{who} ({date})', en: '{who} ({date})' },
  'dossier-code': { vi: 'Hồ sơ {code}', en: 'Dossier {code}' },
  'dossier-in-row': { vi: 'Hồ sơ ở dòng {n}', en: 'The dossier in row {n}' },
  'received-date': { vi: 'ngày tiếp nhận', en: 'received' },
  'result-date': { vi: 'ngày có kết quả', en: 'result date' },
  person: { vi: 'Người «{who}»', en: 'Person «{who}»' },
  'person-date': { vi: '{who} ({date})', en: '{who} ({date})' },
  'education-named': { vi: 'Trình độ «{name}»', en: 'Level «{name}»' },
  'field-named': { vi: 'Lĩnh vực «{name}»', en: 'Field «{name}»' },
  'dossier-code-named': { vi: 'Mã hồ sơ {code}', en: 'Dossier code {code}' },
  'survey-level-named': { vi: 'Mức độ «{name}»', en: 'Level «{name}»' },

  // Figures and how they are computed.
  'the-count': { vi: 'số lượng', en: 'the count' },
  ratio: { vi: '{a} / {b}', en: '{a} / {b}' },
  'ratio-unit-corrected': { vi: '{a} / {b} (theo số đã sửa đơn vị)', en: '{a} / {b} (with the unit corrected)' },
  'count-over-total': { vi: 'số lượng / tổng số', en: 'count / total' },
  // A % said as it is computed (check/checkIssues statedAgainst): «3 / 21 = 14,29%; làm tròn đến 1 chữ số thập phân …».
  'amounts-over': { vi: '{x} / {y} = ', en: '{x} / {y} = ' },
  'to-whole': { vi: 'đến hàng đơn vị', en: 'to a whole number' },
  'to-decimals': { vi: 'đến {d} chữ số thập phân', en: 'to {d:decimal place/decimal places}' },
  'or-largest-remainder': {
    vi: ' (hoặc {share} nếu làm tròn để các tỷ lệ cộng lại đủ 100%)',
    en: ' (or {share} when rounded so that the shares add up to 100%)',
  },
  'votes-over-all': { vi: 'số phiếu / tổng số phiếu', en: 'answers / all answers' },
  'source-survey': { vi: 'bảng khảo sát (rất hài lòng + hài lòng)', en: 'the survey (very satisfied + satisfied)' },
  'source-online': { vi: 'bảng TTHC (trực tuyến / tiếp nhận)', en: 'the TTHC table (online / received)' },
  'source-on-time': { vi: 'bảng TTHC ((trước hạn + đúng hạn) / đã giải quyết)', en: 'the TTHC table ((early + on time) / resolved)' },
  'cell-value': { vi: '{cell} ({value})', en: '{cell} ({value})' },
  'cell-seems': { vi: 'số ở ô {cells} có vẻ', en: 'cell {cells} seems' },
  'cells-seem': { vi: 'số ở ô {cells} có vẻ', en: 'cells {cells} seem' },
  'multiplied-by': { vi: 'nhân với {factor}', en: 'multiplied by {factor}' },
  'divided-by': { vi: 'chia cho {factor}', en: 'divided by {factor}' },
  'cell-scaled': { vi: '{cell} {how}', en: '{cell} {how}' },
  'agency-unknown': { vi: 'cơ quan ban hành (bảng Thông tin chưa ghi)', en: 'the issuing agency (not given in the info table)' },
  'sheet-period': { vi: 'sheet «{sheet}»: {period}', en: 'sheet «{sheet}»: {period}' },
  'parts-missing': { vi: '; thiếu số liệu {periods}', en: '; no part holds {periods}' },
  'parts-doubled': { vi: '; trùng kỳ: {parts}', en: '; twice over: {parts}' },
  'from-to': { vi: 'từ {start} đến {end}', en: '{start} to {end}' },
  'as-of': { vi: 'tính đến {date}', en: 'as of {date}' },
  from: { vi: 'từ {start}', en: 'from {start}' },
  'up-to': { vi: 'đến {end}', en: 'up to {end}' },
  // What a date outside the period does to the count, said in the date's own issue (one fact, one line).
  'not-counted-in-period': {
    vi: ', nên không được tính vào số văn bản ban hành trong kỳ',
    en: ', so it is not counted among the documents issued in the period',
  },
  'after-period-not-counted': {
    vi: ' và ngoài kỳ báo cáo, nên không được tính vào số văn bản ban hành trong kỳ',
    en: ' and outside the reporting period, so it is not counted among the documents issued in the period',
  },

  // Why a date written day first does not exist, and what an unreadable date does.
  'no-such-day': {
    vi: 'tháng {month} năm {year} không có ngày {day} (tháng này chỉ có {days} ngày)',
    en: '{month} {year} has no day {day} (it has only {days} days)',
  },
  'no-leap-day': {
    vi: 'tháng 2 năm {year} không có ngày 29 (năm {year} không phải năm nhuận, tháng 2 chỉ có 28 ngày)',
    en: 'February {year} has no day 29 ({year} is not a leap year: its February has only 28 days)',
  },
  'no-day-zero': { vi: 'không tháng nào có ngày 0', en: 'no month has a day 0' },
  'no-such-month': {
    vi: 'không có tháng {month} (ngày ghi trước, tháng ghi sau: dd/mm/yyyy)',
    en: 'there is no month {month} (the day comes first, then the month: dd/mm/yyyy)',
  },
  'date-checked-only': {
    vi: ' Cột này chỉ dùng để kiểm tra (như tuổi của từng người), không dùng để tính số liệu nào của báo cáo.',
    en: " This column is only checked (such as each person's age); it feeds no figure of the report.",
  },
  'date-unreadable': { vi: ' {what}', en: ' {what}' },
  'date-swapped': {
    vi: 'Nếu đây là ngày {swapped} (ghi tháng trước ngày), hãy sửa thành {swapped}; nếu không, kiểm tra lại ngày ở ô {cell} theo giấy tờ gốc.',
    en: 'If this is {swapped} (the month written first), write {swapped}; if not, check the date in {cell} against the source papers.',
  },

  // Joining words.
  and: { vi: ' và ', en: ' and ' },

  // Messages and hints several sentences share.
  'unknown-category': {
    vi: '{where} ghi «{text}», không thuộc loại nào đã biết.',
    en: '{where} says «{text}», which is not a known category.',
  },
  'political-theory-column': {
    vi: 'Ghi trình độ chuyên môn (đại học, cao đẳng, trung cấp…) ở cột này; trình độ lý luận chính trị ghi ở cột riêng.',
    en: 'Write the professional level (university, college, secondary…) in this column; the political-theory level goes in a column of its own.',
  },
  'budget-unit-check': {
    vi: 'Sửa dòng đơn vị tính cho đúng với số liệu đã gõ (đồng, nghìn đồng hay triệu đồng), hoặc gõ lại số liệu theo đơn vị đã ghi.',
    en: 'Correct the unit line to the unit the figures were typed in (đồng, thousand or million đồng), or type the figures again in the stated unit.',
  },
  'category-or-position': {
    vi: 'Thêm cột «Loại» ghi cán bộ, công chức hoặc không chuyên trách cho từng người, hoặc ghi rõ chức vụ (ví dụ «Chủ tịch UBND», «Văn phòng - Thống kê», «Phó Chủ tịch UBMTTQ»).',
    en: 'Add a «Loại» column with cán bộ, công chức or không chuyên trách for each person, or write the position in full (for example «Chủ tịch UBND», «Văn phòng - Thống kê», «Phó Chủ tịch UBMTTQ»).',
  },
  'one-of-categories': { vi: 'Ghi một trong các giá trị: {allowed}.', en: 'Write one of: {allowed}.' },
  'enter-number': { vi: 'Nhập số vào ô {cell} (ghi 0 nếu không có).', en: 'Enter a number in {cell} (0 if there is none).' },
  'enter-percent': { vi: 'Nhập tỷ lệ (%) vào ô {cell}.', en: 'Enter the percentage in {cell}.' },
  'enter-date': { vi: 'Nhập ngày vào ô {cell}, dạng dd/mm/yyyy (ví dụ 05/04/2023).', en: 'Enter the date in {cell} as dd/mm/yyyy (e.g. 05/04/2023).' },
  'enter-text': { vi: 'Nhập nội dung vào ô {cell}.', en: 'Enter the text in {cell}.' },
  'write-percent-number': {
    vi: 'Ghi tỷ lệ vào ô {cell} bằng một số phần trăm, ví dụ 19 hoặc 19%, không ghi phép chia.',
    en: 'Write the percentage in {cell} as one number, e.g. 19 or 19%, not as a division.',
  },
  'write-percent-not-word': {
    vi: 'Ghi tỷ lệ đạt được vào ô {cell} bằng một số phần trăm, ví dụ 100 nếu đã đạt đủ chỉ tiêu, thay cho chữ.',
    en: 'Write the rate reached in {cell} as a percentage, e.g. 100 when the target is fully met, instead of a word.',
  },
  'check-rows-added': {
    vi: 'Kiểm tra lại số tổng và các dòng được cộng vào, rồi sửa ô ghi sai (hoặc dùng công thức SUM).',
    en: 'Check the total and the rows it adds, then correct the wrong cell (or use a SUM formula).',
  },
  'total-rate-from-totals': {
    vi: 'Tính lại tỷ lệ của dòng tổng từ số tổng thực hiện chia cho tổng dự toán (kế hoạch), không lấy theo một dòng thành phần.',
    en: "Compute the total's rate from its own total actual over its total estimate (plan), not from one of its parts.",
  },
  'write-suggestion': { vi: 'Ghi là {suggestion}.', en: 'Write {suggestion}.' },
  'doc-number-per-decree': {
    vi: 'Ghi theo Nghị định 30/2020/NĐ-CP: số, dấu «/», rồi ký hiệu viết hoa nối bằng dấu «-».',
    en: 'Write it per Decree 30/2020: the number, «/», then the capital-letter symbol parts joined by «-».',
  },
} as const;
