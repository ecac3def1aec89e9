/**
 * What the reader says: a table or a column not found, a cell it cannot read as its field asks.
 * `{cell}` and `{sheet}` are the issue's own place; `{where}` is a `cell-in-table` or `cell-in-column`
 * phrase; `{table}` and `{column}` are the schema's labels.
 */
export const READING_SENTENCES = {
  'cells-off-grid': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: 'Sheet «{sheet}» có {count} ô ghi địa chỉ không có trong Excel ({refs}), ngoài cột XFD, hàng 1048576 hoặc không đọc được: các ô này không được đọc.',
      en: "Sheet «{sheet}» has {count:cell/cells} whose address is not on Excel's grid ({refs}), beyond column XFD, row 1048576 or unreadable: they were not read.",
    },
    hint: { vi: 'Mở tệp bằng Excel, kiểm tra lại số liệu rồi lưu lại.', en: 'Open the file in Excel, check the figures and save it again.' },
  },
  'report-copy-not-read': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Sheet «{sheet}» là một sheet số liệu báo cáo do tiện ích lập (có thể chép từ kỳ trước): số liệu ở đó là kết quả đã tính, không được đọc làm số liệu đầu vào.',
      en: 'Sheet «{sheet}» is a report figures sheet made by the add-in (perhaps copied from an earlier period): its figures are computed results and are not read as input data.',
    },
    hint: {
      vi: 'Nếu đây là báo cáo kỳ trước, có thể xóa hoặc giữ sheet này; số liệu kỳ này được lấy từ các bảng của đơn vị.',
      en: "If this is an earlier period's report you may delete or keep the sheet; this period's figures come from your own tables.",
    },
  },
  'formulas-computed': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Sheet «{sheet}» có {count} ô công thức mà tệp không lưu kết quả ({refs}; tệp do một chương trình khác Excel ghi ra): giá trị các ô này đã được tính từ công thức khi đọc tệp.',
      en: 'Sheet «{sheet}» has {count:formula cell/formula cells} the file saved without a result ({refs}; written by a program other than Excel): their values were computed from the formulas when the file was read.',
    },
    hint: {
      vi: 'Nên mở tệp bằng Excel rồi lưu lại (Excel tính lại và ghi kết quả vào tệp), sau đó kiểm tra lại.',
      en: 'Best open the file in Excel and save it (Excel computes the formulas and stores their results), then check again.',
    },
  },
  'empty-table': {
    code: 'missing-cell',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» mới có dòng tiêu đề, chưa có dòng số liệu nào.',
      en: 'The table {table} on sheet «{sheet}» has its header but no data rows yet.',
    },
    hint: { vi: 'Nhập số liệu dưới dòng tiêu đề, từ ô {firstDataCell} trở xuống.', en: 'Enter the data under the header, from {firstDataCell} down.' },
  },
  'table-not-found': {
    code: 'missing-table',
    message: {
      vi: 'Chưa tìm thấy bảng {table}{orOther} trong sổ tính, nên chưa tính được phần số liệu này.',
      en: 'The table {table}{orOther} was not found in the workbook, so its figures cannot be computed.',
    },
    hint: 'add-table',
  },
  'optional-table-not-found': {
    code: 'missing-table',
    severity: 'info',
    message: {
      vi: 'Chưa tìm thấy bảng {table}; phần tương ứng của báo cáo sẽ để trống cho người soạn điền.',
      en: 'The table {table} was not found; its part of the report is left blank for you to fill in.',
    },
    hint: 'add-table',
  },
  'column-not-found': {
    code: 'missing-label',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» không có cột {column}.',
      en: 'The table {table} at {cell} on sheet «{sheet}» has no column {column}.',
    },
    hint: 'pin-column',
  },
  'part-column-not-found': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» không có cột {column} (hoặc tên cột chưa được nhận ra), nên số liệu này còn để trống trong báo cáo.',
      en: 'The table {table} at {cell} on sheet «{sheet}» has no column {column} (or its name was not recognised), so this figure is left blank in the report.',
    },
    hint: 'pin-column',
  },
  'early-in-on-time': {
    code: 'missing-label',
    severity: 'warning',
    message: {
      vi: 'Cột «{heading}» ở ô {cell} sheet «{sheet}» của bảng {table} gồm cả hồ sơ trước hạn và hồ sơ đúng hạn: số hồ sơ trước hạn nằm trong cột này, không tách riêng được nên để trống trong báo cáo; số ở cột này được tính là đúng hạn (kể cả trước hạn), tỷ lệ giải quyết đúng hạn vẫn tính được.',
      en: 'Column «{heading}» at {cell} on sheet «{sheet}» of the table {table} counts early and on-time dossiers together: the early ones are inside it and cannot be told apart, so they are left blank in the report; the column is read as on time (early included), and the on-time share is still computed.',
    },
    hint: {
      vi: 'Nếu có số hồ sơ trước hạn riêng, thêm cột «Trước hạn» và ghi cột «Đúng hạn» không kể hồ sơ trước hạn.',
      en: 'If the early dossiers are counted apart, add a «Trước hạn» column and leave them out of the «Đúng hạn» column.',
    },
  },
  'column-from-parts': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» không có cột {column}; số liệu này được tính bằng tổng các cột {parts}.',
      en: 'The table {table} at {cell} on sheet «{sheet}» has no column {column}; this figure is the sum of the columns {parts}.',
    },
    hint: 'pin-column',
  },
  'column-from-difference': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» không có cột {column}; số liệu này được tính bằng cột {total} trừ cột {minus}.',
      en: 'The table {table} at {cell} on sheet «{sheet}» has no column {column}; this figure is the column {total} less the columns {minus}.',
    },
    hint: 'pin-column',
  },
  'period-columns-read': {
    code: 'duplicate-label',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» có cột cùng tên của nhiều kỳ: các cột {read} («{readGroup}») được đọc {why}; các cột {left} («{leftGroup}») không được đọc.',
      en: 'The table {table} on sheet «{sheet}» has columns of the same names for several periods: columns {read} («{readGroup}») are read {why}; columns {left} («{leftGroup}») are not read.',
    },
    hint: 'pin-right-column',
  },
  'share-from-votes': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» không có cột {column}; tỷ lệ mỗi mức được tính bằng số phiếu của mức đó ở cột {votes} chia cho tổng số phiếu của các mức.',
      en: 'The table {table} at {cell} on sheet «{sheet}» has no column {column}; each level’s share is its answers in column {votes} over all the levels’ answers.',
    },
    hint: 'pin-column',
  },
  'column-named-twice': {
    code: 'duplicate-label',
    message: {
      vi: 'Cột ở ô {cell} sheet «{sheet}» cũng mang tên {column} của bảng {table}; chỉ cột {kept} được đọc.',
      en: 'The column at {cell} on sheet «{sheet}» is also named {column} in the table {table}; only column {kept} is read.',
    },
    hint: 'pin-right-column',
  },
  'blank-cell': {
    code: 'missing-cell',
    message: { vi: '{where} đang để trống.', en: '{where} is blank.' },
    hint: 'enter-text',
  },
  'report-day-blank': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{where} ghi «{text}», chưa có ngày: bản Word giữ nguyên tháng, năm đã ghi và để trống ngày để điền khi ký.',
      en: '{where} holds «{text}», with no day: the Word draft keeps the month and year given and leaves the day blank to fill in at signing.',
    },
    hint: {
      vi: 'Ghi ngày vào ô {cell} khi đã biết ngày ký, hoặc điền ngày vào bản Word khi ký.',
      en: 'Write the day in {cell} once the signing date is known, or fill it in the Word draft at signing.',
    },
  },
  'formula-without-value': {
    code: 'missing-cell',
    message: {
      vi: '{where} có công thức nhưng tệp chưa lưu kết quả của công thức (tệp do một chương trình khác Excel ghi ra), nên chưa đọc được giá trị, dù mở bằng Excel vẫn thấy giá trị ở ô này.',
      en: '{where} holds a formula but the file keeps no saved result for it (the file was written by a program other than Excel), so no value could be read, though Excel shows one.',
    },
    hint: {
      vi: 'Mở tệp bằng Excel rồi lưu lại (Excel tính lại và ghi kết quả vào tệp), sau đó kiểm tra lại.',
      en: 'Open the file in Excel and save it (Excel computes the formulas and stores their results), then check again.',
    },
  },
  'too-many-digits': {
    code: 'type-error',
    message: {
      vi: '{where} ghi «{text}», dài hơn 15 chữ số: Excel không giữ đúng được số này.',
      en: '{where} holds «{text}», longer than 15 digits: Excel cannot keep this number exactly.',
    },
    hint: { vi: 'Kiểm tra lại số ở ô {cell}.', en: 'Check the number in {cell}.' },
  },
  'not-a-number': {
    code: 'type-error',
    message: { vi: '{where} chứa chữ «{text}», không phải số.', en: '{where} holds «{text}», which is not a number.' },
    hint: { vi: 'Ghi số vào ô {cell}, ví dụ 1.234 hoặc 12,5.', en: 'Write a number in {cell}, e.g. 1,234 or 12.5.' },
  },
  'not-a-date': {
    code: 'type-error',
    message: { vi: '{where} chứa «{text}», không đọc được thành ngày.{effect}', en: '{where} holds «{text}», which cannot be read as a date.{effect}' },
    hint: { vi: 'Ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/04/2023.', en: 'Write the date as dd/mm/yyyy, e.g. 05/04/2023.' },
  },
  // Written as a date, day first, but that day does not exist (31/02/1990, 29/02/2023, 00/05/1990, 12/13/2020):
  // the form is right, the day is not; `{why}` says which part, `{effect}` what it does to the figures.
  'impossible-date': {
    code: 'type-error',
    message: {
      vi: '{where} ghi «{text}», một ngày không có thật: {why}.{effect}',
      en: '{where} holds «{text}», a date that does not exist: {why}.{effect}',
    },
    hint: {
      vi: 'Kiểm tra lại ngày ở ô {cell} theo giấy tờ gốc rồi sửa lại.',
      en: 'Check the date in {cell} against the source papers and correct it.',
    },
  },
  'date-year-from-title': {
    code: 'type-error',
    severity: 'info',
    message: {
      vi: '{where} ghi «{text}», không có năm: đã đọc là ngày {date} theo năm {year} ghi ở tiêu đề bảng.',
      en: '{where} holds «{text}», without a year: read as {date}, the year {year} named in the table’s title.',
    },
    hint: {
      vi: 'Nếu đúng thì không cần sửa; nên ghi đủ ngày tháng năm, ví dụ 05/04/2023.',
      en: 'Nothing to fix if this is right; a full date such as 05/04/2023 is clearer.',
    },
  },
  'date-year-from-period': {
    code: 'type-error',
    severity: 'info',
    message: {
      vi: '{where} ghi «{text}», không có năm: đã đọc là ngày {date} theo năm {year} của kỳ báo cáo.',
      en: '{where} holds «{text}», without a year: read as {date}, the year {year} of the reporting period.',
    },
    hint: {
      vi: 'Nếu đúng thì không cần sửa; nên ghi đủ ngày tháng năm, ví dụ 05/04/2023.',
      en: 'Nothing to fix if this is right; a full date such as 05/04/2023 is clearer.',
    },
  },
  'date-note-left': {
    code: 'type-error',
    severity: 'info',
    message: {
      vi: '{where} ghi «{text}»: đã đọc là ngày {date}, bỏ qua phần ghi thêm «{note}» sau ngày.',
      en: '{where} holds «{text}»: read as {date}, the note «{note}» after the date left aside.',
    },
    hint: {
      vi: 'Nếu đúng thì không cần sửa; nên để ô ngày chỉ ghi ngày, phần ghi thêm chuyển sang một cột khác.',
      en: 'Nothing to fix if this is right; best keep only the date in the date cell and move the note to another column.',
    },
  },
  'political-theory-only': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{where} ghi «{text}», là trình độ lý luận chính trị, không phải trình độ chuyên môn: người này được tính là chưa qua đào tạo chuyên môn.',
      en: '{where} holds «{text}», a level of political theory, not of professional training: this person is counted as without professional training.',
    },
    hint: 'political-theory-column',
  },
  // A staff list whose only qualification columns are political theory (tester «blocks» item 3): the persons are the
  // staff, their professional level is not given (read/index.ts).
  'education-only-political-theory': {
    code: 'missing-label',
    severity: 'error',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» chỉ ghi trình độ lý luận chính trị (cột {letter}), không có cột trình độ chuyên môn: số cán bộ, công chức được đếm theo danh sách, nhưng chưa tính được tỷ lệ trình độ chuyên môn.',
      en: 'The table {table} on sheet «{sheet}» gives only the political-theory level (column {letter}), no professional level: the staff are counted from the list, but the education shares cannot be computed.',
    },
    hint: {
      vi: 'Thêm cột «Trình độ chuyên môn» và ghi đại học, cao đẳng, trung cấp… cho từng người.',
      en: 'Add a «Trình độ chuyên môn» column and write university, college, secondary… for each person.',
    },
  },
  'political-theory-level-row': {
    code: 'constraint-error',
    severity: 'error',
    message: {
      vi: '{where} ghi «{text}», là trình độ lý luận chính trị, không phải trình độ chuyên môn, nên chưa tính được tỷ lệ trình độ chuyên môn.',
      en: '{where} holds «{text}», a level of political theory, not of professional training, so the education shares cannot be computed.',
    },
    hint: 'political-theory-column',
  },
  'not-a-category': {
    code: 'type-error',
    message: 'unknown-category',
    hint: 'one-of-categories',
  },
  'unknown-category': {
    code: 'constraint-error',
    message: 'unknown-category',
    hint: 'one-of-categories',
  },
  // A staff list with no «Loại» column: each person's category told from the position (read/staffCategory.ts).
  'category-from-position': {
    code: 'missing-label',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» không có cột Loại: người nào là cán bộ, công chức hay người hoạt động không chuyên trách được xác định theo chức vụ ghi ở cột {letter} (Nghị định 33/2023/NĐ-CP).',
      en: 'The table {table} on sheet «{sheet}» has no category column: whether each person is a cán bộ, a công chức or part-time is told from the position in column {letter} (Nghị định 33/2023/NĐ-CP).',
    },
    hint: {
      vi: 'Nếu có người được xếp sai loại, thêm cột «Loại» và ghi cán bộ, công chức hoặc không chuyên trách cho từng người.',
      en: 'If someone is put in the wrong category, add a «Loại» column and write cán bộ, công chức or không chuyên trách for each person.',
    },
  },
  'category-not-told': {
    code: 'constraint-error',
    severity: 'error',
    message: {
      vi: '{where} ghi chức vụ «{text}», không cho biết người này là cán bộ, công chức hay người hoạt động không chuyên trách (bảng không có cột Loại), nên chưa tính được số lượng cán bộ, công chức và tỷ lệ trình độ.',
      en: '{where} gives the position «{text}», which does not tell whether this person is a cán bộ, a công chức or part-time (the table has no category column), so the headcount and education shares cannot be computed.',
    },
    hint: 'category-or-position',
  },
  'category-not-told-blank': {
    code: 'missing-cell',
    severity: 'error',
    message: {
      vi: '{where} chưa ghi chức vụ, mà bảng không có cột Loại, nên chưa biết người này là cán bộ, công chức hay người hoạt động không chuyên trách; chưa tính được số lượng cán bộ, công chức và tỷ lệ trình độ.',
      en: '{where} gives no position and the table has no category column, so whether this person is a cán bộ, a công chức or part-time is unknown; the headcount and education shares cannot be computed.',
    },
    hint: 'category-or-position',
  },
  'unknown-staff-category': {
    code: 'constraint-error',
    severity: 'error',
    message: {
      vi: '{where} ghi «{text}», không thuộc loại nào đã biết, nên người này chưa được tính vào số lượng và tỷ lệ trình độ (các số liệu cán bộ, công chức tính trên những người còn lại, cần xem lại).',
      en: '{where} says «{text}», which is no known category, so this person is left out of the counts and education shares (the staff figures are of the others and need checking).',
    },
    hint: 'one-of-categories',
  },
  'unknown-education-level': {
    code: 'constraint-error',
    severity: 'error',
    message: {
      vi: '{where} ghi «{text}», không phải trình độ chuyên môn nào đã biết, nên người này chưa được tính vào tỷ lệ trình độ (tỷ lệ tính trên những người còn lại).',
      en: '{where} says «{text}», which is no known education level, so this person is left out of the education shares (computed over the others).',
    },
    hint: 'one-of-categories',
  },
  'true-false-value': {
    code: 'type-error',
    message: {
      vi: '{where} chứa giá trị đúng/sai «{text}» của Excel, không phải {columnLower}.',
      en: "{where} holds Excel's true/false value «{text}», not a {columnLower}.",
    },
    hint: 'enter-text',
  },
  'formula-error': {
    code: 'formula-error',
    message: { vi: '{where} báo lỗi công thức {error}.', en: '{where} shows the formula error {error}.' },
    hint: {
      vi: 'Sửa công thức ở ô {cell} ({cause}).',
      en: 'Fix the formula in {cell} ({cause}).',
    },
  },
  'number-with-scale-word': {
    code: 'number-as-text',
    message: {
      vi: '{where} ghi số dưới dạng chữ «{text}», có chữ «{word}» sau số: đã đọc là {value} đồng.',
      en: '{where} holds the number as text «{text}», with «{word}» after it: it was read as {value} đồng.',
    },
    hint: {
      vi: 'Ghi ô {cell} bằng số theo đơn vị của bảng để Excel tự cộng được.',
      en: "Write {cell} as a number in the table's unit so that Excel can add it up.",
    },
  },
  'number-as-text': {
    code: 'number-as-text',
    message: {
      vi: '{where} ghi số dưới dạng chữ «{text}»; đã đọc là {value}.',
      en: '{where} holds the number as text «{text}»; it was read as {value}.',
    },
    hint: { vi: 'Đổi ô {cell} sang kiểu số để Excel tự cộng được.', en: 'Turn {cell} into a number so that Excel can add it up.' },
  },
  'number-style-mixed': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: '{where} ghi số «{text}» theo kiểu {cellWay}, còn cột này được đọc theo kiểu {columnWay}; ô này đã đọc là {value}.',
      en: '{where} writes «{text}» in {cellWay} style, while its column is read in {columnWay} style; this cell was read as {value}.',
    },
    hint: {
      vi: 'Viết mọi số của cột theo một kiểu (kiểu Việt Nam: 1.220,96) hoặc đổi các ô sang kiểu số, rồi xem lại các số có dấu chấm, dấu phẩy khác trong cột.',
      en: 'Write every number of the column one way (the Vietnamese way: 1.220,96) or turn the cells into numbers, then check the column’s other numbers with dots or commas.',
    },
  },
  'number-two-ways': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: '{where} ghi «{text}»: là {vi} (dấu phẩy là dấu thập phân, kiểu Việt Nam) hay {en} (dấu phẩy ngăn cách hàng nghìn, kiểu tiếng Anh)? Các ô khác của cột không cho biết, nên đã đọc là {vi}.',
      en: '{where} holds «{text}»: is it {vi} (the comma as the decimal mark, the Vietnamese way) or {en} (the comma grouping thousands, the English way)? The column’s other cells do not tell, so it was read as {vi}.',
    },
    hint: {
      vi: 'Đổi ô {cell} sang kiểu số, hoặc viết số theo kiểu Việt Nam (1.000 là một nghìn).',
      en: 'Turn {cell} into a number, or write it the Vietnamese way (1.000 is one thousand).',
    },
  },
  'percent-as-fraction': {
    code: 'constraint-error',
    severity: 'info',
    message: {
      vi: 'Cột {column} của bảng {table} có {count} ô ghi tỷ lệ dưới dạng phần của 1 (ô {cell}, như «{text}»), trong khi {why}: các ô này được đọc là phần trăm («{text}» là {pct}).',
      en: 'The column {column} of the table {table} has {count:cell/cells} giving a share as a fraction of 1 ({cell}, e.g. «{text}»), while {why}: they are read as percentages («{text}» is {pct}).',
    },
    hint: {
      vi: 'Nên ghi cả cột một kiểu (ví dụ «90%»); nếu ô đó thật là tỷ lệ dưới 1%, hãy ghi kèm dấu %, ví dụ «0,9%».',
      en: 'Write the whole column one way (e.g. «90%»); if that cell really is a share under 1%, write it with its % sign, e.g. «0,9%».',
    },
  },
  'percent-lone-fraction': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: 'Cột {column} của bảng {table} ghi tỷ lệ theo phần trăm (như «{whole}»), nhưng có {count} ô ghi số dưới 1 (ô {cell}, như «{text}»): các ô này được đọc đúng như ghi, «{text}» là {pct}, không phải {times}.',
      en: 'The column {column} of the table {table} gives percentages (e.g. «{whole}»), but {count:cell holds/cells hold} a number under 1 ({cell}, e.g. «{text}»): read as written, «{text}» is {pct}, not {times}.',
    },
    hint: {
      vi: 'Nếu ô đó có nghĩa là {times}, hãy ghi lại theo phần trăm như các ô khác của cột; nếu đúng là {pct}, nên ghi kèm dấu % để khỏi nhầm.',
      en: 'If that cell means {times}, write it in percent like the column’s other cells; if it really is {pct}, write it with its % sign.',
    },
  },
  'legacy-encoding': {
    code: 'legacy-encoding',
    message: {
      vi: '{where} được gõ bằng bảng mã {encoding}; đã chuyển sang Unicode.',
      en: '{where} is typed in the {encoding} encoding; it was converted to Unicode.',
    },
    hint: {
      vi: 'Nội dung sau khi chuyển: «{converted}»; nên chuyển sheet này sang Unicode (Times New Roman).',
      en: 'Converted text: «{converted}»; consider converting the sheet to Unicode (Times New Roman).',
    },
  },
  'legacy-encoding-cells': {
    code: 'legacy-encoding',
    message: {
      vi: '{count} ô ở {cell} sheet «{sheet}» được gõ bằng bảng mã {encoding}; đã chuyển sang Unicode.',
      en: '{count:cell/cells} in {cell} on sheet «{sheet}»: typed in the {encoding} encoding, converted to Unicode.',
    },
    hint: {
      vi: 'Ví dụ ô {first} sau khi chuyển: «{converted}»; nên chuyển sheet này sang Unicode (Times New Roman).',
      en: 'For example {first} converted: «{converted}»; consider converting the sheet to Unicode (Times New Roman).',
    },
  },
  'blank-row': {
    code: 'blank-row',
    message: {
      vi: 'Bảng {table} có dòng trống ở {cell} sheet «{sheet}»; dòng này được bỏ qua.',
      en: 'The table {table} has a blank row at {cell} on sheet «{sheet}»; it is skipped.',
    },
    hint: { vi: 'Xóa dòng trống nếu không cần.', en: 'Delete the blank row if it is not needed.' },
  },
  'unit-assumed': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» không ghi đơn vị tính; số tiền được hiểu là đồng.',
      en: 'The table {table} on sheet «{sheet}» states no unit; amounts are taken as đồng.',
    },
    hint: {
      vi: 'Thêm dòng «ĐVT: đồng» (hoặc nghìn đồng, triệu đồng) phía trên bảng.',
      en: 'Add a line «ĐVT: đồng» (or nghìn đồng, triệu đồng) above the table.',
    },
  },
  'pin-not-found': {
    code: 'missing-table',
    message: {
      vi: 'Vùng đã chỉ định cho bảng {table} («{pinSheet}» {range}) không còn trong sổ tính.',
      en: 'The range pinned for the table {table} («{pinSheet}» {range}) is no longer in the workbook.',
    },
    hint: 'pin-again',
  },
  'total-from-parts': {
    code: 'missing-cell',
    severity: 'warning',
    message: {
      vi: '{where} là ô tổng nhưng không có giá trị (để trống, hoặc công thức chưa được lưu kết quả); đã tính từ các ô {parts}: {value}.',
      en: '{where} is a total with no value (blank, or a formula saved without its result); it was computed from {parts}: {value}.',
    },
    hint: {
      vi: 'Nếu ô có công thức, hãy mở tệp bằng Excel và lưu lại để Excel ghi kết quả; nếu ô để trống, hãy nhập tổng {value}.',
      en: 'If the cell holds a formula, open the file in Excel and save it so that Excel stores the result; if it is blank, enter the total {value}.',
    },
  },
  'other-candidate': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Vùng {cell} sheet «{sheet}» cũng giống bảng {table} nhưng không được đọc {why}; bảng được đọc ở {readCell} sheet «{readSheet}».',
      en: 'The range {cell} on sheet «{sheet}» also looks like the table {table} but is not read {why}; the table is read at {readCell} on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'budget-tables-disagree': {
    code: 'duplicate-label',
    severity: 'warning',
    message: {
      vi: 'Có hai bảng {table} với số liệu khác nhau: bảng được đọc ở {readCell} sheet «{readSheet}» có thực hiện thu {readRevenue} đồng, chi {readExpenditure} đồng; bảng ở {cell} sheet «{sheet}» có thực hiện thu {otherRevenue} đồng, chi {otherExpenditure} đồng. Báo cáo dùng bảng ở sheet «{readSheet}».',
      en: 'Two tables {table} give different figures: the one read at {readCell} on sheet «{readSheet}» has revenue {readRevenue} đồng, expenditure {readExpenditure} đồng; the one at {cell} on sheet «{sheet}» has revenue {otherRevenue} đồng, expenditure {otherExpenditure} đồng. The report uses the one on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'document-counts-not-used': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Vùng {cell} sheet «{sheet}» ghi số lượng văn bản ban hành theo loại (tổng {total} văn bản), nhưng số liệu văn bản ban hành được tính từ sổ văn bản ở {readCell} sheet «{readSheet}» (từng văn bản, có số, ngày); bảng số lượng theo loại không được dùng.',
      en: 'The range {cell} on sheet «{sheet}» gives the documents issued as counts by kind ({total:document/documents} in all), but the documents issued are counted from the register at {readCell} on sheet «{readSheet}» (each document, with its number and date); the counts by kind are not used.',
    },
    hint: {
      vi: 'Nếu hai bảng lệch nhau, hãy đối chiếu số lượng theo loại với sổ văn bản.',
      en: 'If the two disagree, check the counts by kind against the register.',
    },
  },
  'staff-part-left-out': {
    code: 'duplicate-label',
    severity: 'warning',
    message: {
      vi: 'Danh sách ở vùng {cell} sheet «{sheet}» cũng là bảng {table} nhưng không được đọc {why}: {people} người ở đó không được tính vào số liệu cán bộ, công chức; bảng được đọc ở {readCell} sheet «{readSheet}».',
      en: 'The list at {cell} on sheet «{sheet}» is also the table {table} but is not read {why}: its {people:person/persons} are in no staff figure; the table is read at {readCell} on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'table-period-in-parts': {
    code: 'missing-table',
    severity: 'error',
    message: {
      vi: 'Bảng {table} chỉ có theo từng phần của kỳ báo cáo ({parts}), không bảng nào ghi đúng kỳ báo cáo ({period}){gaps}: số liệu của một phần không phải của cả kỳ, và các phần không được tự cộng lại, nên chưa tính được phần số liệu này.',
      en: 'The table {table} is given only for parts of the reporting period ({parts}), none for the period itself ({period}){gaps}: one part’s figures are not the period’s, and the parts are not added up, so these figures cannot be computed.',
    },
    hint: {
      vi: 'Hãy thêm bảng của cả kỳ (ví dụ sheet cộng cả quý), tiêu đề ghi đúng kỳ báo cáo, rồi kiểm tra lại.',
      en: 'Add a table of the whole period (for example a sheet totalling the quarter), its title naming the reporting period, then check again.',
    },
  },
  'table-summed-from-parts': {
    code: 'balance-mismatch',
    severity: 'info',
    message: {
      vi: 'Bảng {table} không có sheet của cả kỳ báo cáo ({period}) nên được cộng từ {count} sheet theo từng phần của kỳ ({parts}): các số tiếp nhận, giải quyết, trả lại được cộng qua các sheet; số kỳ trước chuyển sang lấy của sheet «{first}», số đang giải quyết (tồn cuối kỳ) lấy của sheet «{last}».',
      en: 'The table {table} has no sheet of the whole reporting period ({period}), so it is summed from {count} sheets of its parts ({parts}): dossiers received, resolved and returned are added over the sheets; those carried over are sheet «{first}»’s, those pending at the end sheet «{last}»’s.',
    },
    hint: {
      vi: 'Nếu đã có bảng cộng cả kỳ, hãy ghi đúng kỳ báo cáo ở tiêu đề của bảng đó.',
      en: 'If a table of the whole period exists, name the reporting period in its title.',
    },
  },
  'table-units-row-read': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» có số liệu của nhiều đơn vị (cột «{heading}»): chỉ dòng «{unit}» (dòng {row}), đơn vị ghi ở bảng Thông tin, được đọc; các đơn vị khác và dòng tổng không được dùng.',
      en: 'The table {table} at {cell} on sheet «{sheet}» holds the figures of several units (column «{heading}»): only the row «{unit}» (row {row}), the unit named in the info table, is read; the other units and the total row are not used.',
    },
    hint: {
      vi: 'Nếu đó không phải xã của báo cáo, hãy sửa dòng Cơ quan ban hành ở bảng Thông tin.',
      en: 'If that is not the report’s commune, correct the issuing agency in the info table.',
    },
  },
  'table-units-none-matches': {
    code: 'missing-table',
    severity: 'error',
    message: {
      vi: 'Bảng {table} ở vùng {cell} sheet «{sheet}» có số liệu của nhiều đơn vị (cột «{heading}»: {units}) và không dòng nào là của {agency}, nên không được đọc: tổng của các đơn vị không phải số liệu của xã.',
      en: 'The table {table} at {cell} on sheet «{sheet}» holds the figures of several units (column «{heading}»: {units}) and no row is {agency}’s, so it is not read: the units’ total is not the commune’s figures.',
    },
    hint: {
      vi: 'Ghi đúng tên xã ở dòng Cơ quan ban hành của bảng Thông tin (như trong cột «{heading}»), hoặc nhập bảng số liệu riêng của xã.',
      en: 'Write the commune’s name in the info table’s issuing agency as in column «{heading}», or enter the commune’s own table.',
    },
  },
  'table-period-rows': {
    code: 'balance-mismatch',
    severity: 'info',
    message: {
      vi: 'Các dòng của bảng {table} ở vùng {cell} sheet «{sheet}» là các kỳ nối tiếp nhau (từ «{first}» đến «{last}»): số hồ sơ đang giải quyết là số còn lại cuối kỳ nên lấy của dòng cuối, số kỳ trước chuyển sang lấy của dòng đầu; các số khác được cộng qua các dòng.',
      en: 'The rows of the table {table} at {cell} on sheet «{sheet}» are consecutive periods («{first}» to «{last}»): pending dossiers are what is left at the end, so the last row’s are taken, and those carried over the first row’s; the other counts are added over the rows.',
    },
  },
  'table-other-period': {
    code: 'date-out-of-period',
    severity: 'info',
    message: {
      vi: 'Sheet «{sheet}» còn một bảng {table} ở {cell}, ghi là số liệu {stated} (ô {titleCell}), không phải kỳ báo cáo, nên không được dùng; bảng được đọc ở {readCell} sheet «{readSheet}».',
      en: 'Sheet «{sheet}» holds another table {table} at {cell}, titled as the figures of {stated} ({titleCell}), not the reporting period, so it is not used; the table is read at {readCell} on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'table-second': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Sheet «{sheet}» còn một bảng {table} nữa ở {cell} (dòng tiêu đề cột), không được đọc {why}; bảng được đọc ở {readCell} sheet «{readSheet}».',
      en: 'Sheet «{sheet}» holds a second table {table} at {cell} (its header), not read {why}; the table is read at {readCell} on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'table-other-measure': {
    code: 'duplicate-label',
    severity: 'info',
    message: {
      vi: 'Sheet «{sheet}» còn một bảng ở {cell} (dòng tiêu đề cột), dưới dòng «{title}»: đó là số liệu về một nội dung khác, không phải của bảng {table}, nên không được đọc; bảng {table} được đọc ở {readCell} sheet «{readSheet}».',
      en: 'Sheet «{sheet}» holds another table at {cell} (its header), under the line «{title}»: figures of another matter, not of the table {table}, so it was not read; the table {table} is read at {readCell} on sheet «{readSheet}».',
    },
    hint: 'pin-other-range',
  },
  'table-period-differs': {
    code: 'date-out-of-period',
    severity: 'warning',
    message: {
      vi: 'Dòng tiêu đề ở ô {cell} sheet «{sheet}» ghi bảng {table} là số liệu {stated}, khác kỳ báo cáo ({period}): số liệu của một kỳ đang được báo cáo cho kỳ khác.',
      en: 'The title line at {cell} on sheet «{sheet}» gives the table {table} as the figures of {stated}, not the reporting period ({period}): figures of one period would be reported for another.',
    },
    hint: {
      vi: 'Nếu bảng đúng là số liệu của kỳ báo cáo, sửa dòng tiêu đề cho đúng kỳ; nếu không, nhập số liệu của kỳ báo cáo, hoặc sửa «Từ ngày», «Đến ngày» ở bảng thông tin nếu kỳ báo cáo ghi sai.',
      en: 'If the table does hold the reporting period’s figures, correct its title line; otherwise enter the figures of the reporting period, or correct «Từ ngày» and «Đến ngày» on the information sheet if the period is wrong there.',
    },
  },
  // Like the period taken from a title (period-from-title): a value the workbook does not state, and what was assumed.
  'estimate-assumed': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}»: cột «{label}» (ô {header}) không ghi dự toán do cấp nào giao hay do HĐND xã quyết định; số liệu cột này được đọc là {column}.',
      en: 'The table {table} on sheet «{sheet}»: the column «{label}» ({header}) does not say whether its estimate was given by the superior body or decided by the commune council; it is read as the {column}.',
    },
    hint: {
      vi: 'Nếu đây là dự toán HĐND xã quyết định, hãy sửa tên cột thành «Dự toán HĐND xã giao»; nếu là dự toán cấp trên giao, có thể ghi rõ «Dự toán tỉnh giao».',
      en: 'If this is the estimate the commune council decided, rename the column «Dự toán HĐND xã giao»; if it is the superior body’s, you may write «Dự toán tỉnh giao».',
    },
  },
  'column-period-differs': {
    code: 'date-out-of-period',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} ở sheet «{sheet}» lấy số {column} từ cột «{label}» (ô {header}), là số liệu của kỳ khác kỳ báo cáo ({period}): số liệu của một kỳ đang được báo cáo cho kỳ khác.',
      en: 'The table {table} on sheet «{sheet}» takes its {column} amounts from the column «{label}» ({header}), the figures of another period than the reporting period ({period}): figures of one period would be reported for another.',
    },
    hint: 'pin-period-column',
  },
  'hidden-rows': {
    code: 'blank-row',
    severity: 'info',
    message: {
      vi: 'Bảng {table} sheet «{sheet}» có {count} dòng đang bị ẩn (dòng đầu tiên ở ô {cell}, có thể do bộ lọc); các dòng này vẫn được đọc và tính vào số liệu, như hàm SUM của Excel.',
      en: 'The table {table} on sheet «{sheet}» has {count:hidden row/hidden rows} (the first at {cell}, perhaps hidden by a filter); they are read and counted in the figures, as Excel’s SUM counts them.',
    },
    hint: {
      vi: 'Bỏ lọc hoặc bỏ ẩn để xem lại các dòng này; nếu có dòng không thuộc kỳ báo cáo, hãy xóa dòng đó khỏi bảng.',
      en: 'Clear the filter or unhide the rows to see them; delete from the table any row that does not belong to the reporting period.',
    },
  },
  'breakdown-rows-skipped': {
    code: 'blank-row',
    severity: 'info',
    message: {
      vi: 'Bảng {table} sheet «{sheet}» có {count} dòng chi tiết của dòng phía trên (dòng đầu tiên ở ô {cell}: {rows}); đây là phần «trong đó» nên không được cộng thêm vào số liệu.',
      en: 'The table {table} on sheet «{sheet}» has {count:row/rows} breaking a row above down (the first at {cell}: {rows}); being «of which» parts, they are not added to the figures.',
    },
    hint: {
      vi: 'Nếu có dòng là số liệu riêng cần cộng, hãy chuyển dòng đó lên trên dòng tổng và bỏ chữ «Trong đó».',
      en: 'If one of them is a figure of its own to be counted, move it above the total row and drop «Trong đó».',
    },
  },
  'unlabelled-total': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Dòng có ô {cell} sheet «{sheet}» của bảng {table} không ghi tên lĩnh vực, nhưng mỗi số của dòng bằng tổng các dòng lĩnh vực: dòng này được đọc là dòng tổng cộng, không cộng thêm vào số liệu.',
      en: 'The row of cell {cell} on sheet «{sheet}» in the table {table} names no field, but each of its numbers is the sum of the field rows: it is read as the total row, not added to the figures.',
    },
    hint: { vi: 'Ghi «Tổng cộng» vào ô {cell} cho rõ.', en: 'Write «Tổng cộng» in {cell} to make it plain.' },
  },
  'unlabelled-row': {
    code: 'missing-cell',
    severity: 'error',
    message: {
      vi: 'Dòng có ô {cell} sheet «{sheet}» của bảng {table} có số liệu nhưng không ghi tên lĩnh vực, và các số không bằng tổng các dòng khác: chưa rõ đây là một lĩnh vực hay dòng tổng; số liệu của dòng vẫn được cộng vào tổng số.',
      en: 'The row of cell {cell} on sheet «{sheet}» in the table {table} has numbers but names no field, and they are not the sum of the other rows: it is unclear whether it is a field or a total; its numbers are still added to the totals.',
    },
    hint: {
      vi: 'Ghi tên lĩnh vực vào ô {cell}; nếu là dòng tổng, ghi «Tổng cộng» và sửa các số cho bằng tổng các dòng.',
      en: 'Write the field name in {cell}; if it is the total row, write «Tổng cộng» and correct its numbers to the sum of the rows.',
    },
  },
  // A warning that marks every figure the table feeds (figureWarnings.ts): a hidden sheet is most often last year's
  // list kept out of sight (tester 11 item 2), so its figures are not this period's until the clerk says so.
  'read-from-hidden': {
    code: 'missing-table',
    severity: 'warning',
    message: {
      vi: 'Không sheet đang hiện nào có bảng {table}; bảng được đọc từ sheet ẩn «{sheet}» ({cell}), nên các số liệu lấy từ bảng này cần xem lại.',
      en: 'No visible sheet holds the table {table}; it is read from the hidden sheet «{sheet}» ({cell}), so the figures taken from it need review.',
    },
    hint: {
      vi: 'Nếu đó là số liệu cũ, hãy nhập bảng của kỳ này vào một sheet đang hiện; nếu đúng, có thể bỏ ẩn sheet «{sheet}».',
      en: "If those are old figures, enter this period's table on a visible sheet; if they are right, you may unhide «{sheet}».",
    },
  },
  'words-against-table': {
    code: 'missing-table',
    severity: 'info',
    message: {
      vi: 'Vùng {cell} sheet «{sheet}» có tiêu đề cột giống bảng {table} nhưng không được đọc là bảng đó: có cột hoặc dòng {words} của một loại bảng khác.',
      en: 'The range {cell} on sheet «{sheet}» is headed like the table {table} but is not read as it: it has {words}, which belong to another kind of table.',
    },
    hint: 'pin-if-table',
  },
  'table-unread': {
    code: 'missing-table',
    severity: 'warning',
    message: {
      vi: 'Sheet «{sheet}» có vẻ chứa bảng {table} ({sign}) nhưng chưa đọc được dòng nào của bảng: {missing}.',
      en: 'Sheet «{sheet}» seems to hold the table {table} ({sign}) but none of its rows could be read: {missing}.',
    },
    hint: 'pin-if-table',
  },
  'values-against-table': {
    code: 'missing-table',
    severity: 'info',
    message: {
      vi: 'Vùng {cell} sheet «{sheet}» có tiêu đề cột giống bảng {table} nhưng không được đọc là bảng đó: các giá trị trong cột không giống số liệu của bảng này.',
      en: "The range {cell} on sheet «{sheet}» is headed like the table {table} but is not read as it: its values do not look like that table's.",
    },
    hint: 'pin-if-table',
  },
  'info-row-missing': {
    code: 'missing-cell',
    message: {
      vi: 'Bảng {table} sheet «{sheet}» chưa có dòng {column}.',
      en: 'The table {table} on sheet «{sheet}» has no row {column}.',
    },
    hint: {
      vi: 'Thêm một dòng: ô {cell} ghi «{columnVi}», ô {valueCell} ghi giá trị{dateForm}.',
      en: 'Add a row: «{columnVi}» in {cell}, the value in {valueCell}{dateForm}.',
    },
  },
  'agency-from-heading': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Không có bảng thông tin báo cáo ghi cơ quan ban hành; cơ quan được lấy theo dòng đầu sheet ở ô {cell} sheet «{sheet}»: «{agency}».',
      en: 'No information sheet states the issuing agency; it is taken from the heading at {cell} on sheet «{sheet}»: «{agency}».',
    },
    hint: {
      vi: 'Nếu cơ quan khác, ghi «Cơ quan ban hành» trong bảng thông tin báo cáo.',
      en: 'If the agency differs, fill «Cơ quan ban hành» on the information sheet.',
    },
  },
  'period-from-title': {
    code: 'missing-cell',
    severity: 'info',
    message: {
      vi: 'Không có bảng thông tin báo cáo ghi kỳ báo cáo; kỳ báo cáo được lấy theo dòng tiêu đề ở ô {cell} sheet «{sheet}»: từ ngày {start} đến ngày {end}.',
      en: 'No information sheet states the reporting period; it is taken from the title line at {cell} on sheet «{sheet}»: {start} to {end}.',
    },
    hint: {
      vi: 'Nếu kỳ báo cáo khác, ghi «Từ ngày» và «Đến ngày» trong bảng thông tin báo cáo.',
      en: 'If the period differs, fill «Từ ngày» and «Đến ngày» on the information sheet.',
    },
  },
} as const;
