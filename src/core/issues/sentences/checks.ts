/**
 * What the checks say: one sentence each, in plain words a commune clerk understands, its figures in
 * the language's own separators (1.464.000; 14,2%; dd/mm/yyyy in Vietnamese). `{row}` is a row phrase
 * (`total-row`, `row-named`, `row-number`), `{field}` a field's label as it stands inside a sentence.
 */
export const CHECK_SENTENCES = {
  'sum-in-row': {
    code: 'sum-mismatch',
    message: {
      vi: 'Ở {row}, {total} là {totalValue} nhưng {parts} = {values} = {sum}.',
      en: 'In {row}, {total} is {totalValue} but {parts} = {values} = {sum}.',
    },
    hint: { vi: 'Kiểm tra lại số tổng và từng số thành phần, rồi sửa ô ghi sai.', en: 'Check the total and each of its parts, then correct the wrong cell.' },
  },
  'sum-of-rows': {
    code: 'sum-mismatch',
    message: {
      vi: 'Ở {row}, {field} là {totalValue} nhưng cộng các dòng trong bảng được {sum}.',
      en: 'In {row}, {field} is {totalValue} but the rows of the table add up to {sum}.',
    },
    hint: 'check-rows-added',
  },
  'list-total-count': {
    code: 'sum-mismatch',
    severity: 'warning',
    message: {
      vi: 'Ô {cell} sheet «{sheet}» là dòng tổng ghi {stated} {noun} («{label}»), nhưng danh sách có {count} {noun}; số liệu được tính theo danh sách.',
      en: 'Cell {cell} on sheet «{sheet}» is a total row stating {stated} {noun} («{label}»), but the list has {count} {noun}; the figures are counted from the list.',
    },
    hint: {
      vi: 'Kiểm tra xem danh sách có thiếu, thừa hoặc trùng dòng nào không, rồi sửa lại số ở dòng tổng.',
      en: 'Check whether a row of the list is missing, extra or repeated, then correct the number in the total row.',
    },
  },
  'sum-of-outline': {
    code: 'sum-mismatch',
    message: {
      vi: 'Ở {row}, {field} là {totalValue} nhưng cộng các dòng chi tiết bên dưới được {sum}.',
      en: 'In {row}, {field} is {totalValue} but the detail lines below it add up to {sum}.',
    },
    hint: 'check-rows-added',
  },
  'survey-not-100': {
    code: 'sum-mismatch',
    message: {
      vi: 'Các tỷ lệ mức độ hài lòng cộng lại được {sum}, không phải 100%.',
      en: 'The satisfaction shares add up to {sum}, not 100%.',
    },
    hint: {
      vi: 'Kiểm tra lại tỷ lệ của từng mức độ (rất hài lòng, hài lòng, bình thường, không hài lòng) theo kết quả khảo sát.',
      en: 'Check the share of each level against the survey results.',
    },
  },
  'survey-not-100-rounding': {
    code: 'sum-mismatch',
    severity: 'info',
    message: {
      vi: 'Các tỷ lệ mức độ hài lòng cộng lại được {sum}, không đúng 100% (có thể do làm tròn); bản nháp ghi các tỷ lệ như trong bảng.',
      en: 'The satisfaction shares add up to {sum}, not exactly 100% (maybe rounding); the draft states them as written.',
    },
    hint: {
      vi: 'Kiểm tra lại tỷ lệ của từng mức độ theo kết quả khảo sát; nếu đúng là do làm tròn thì có thể bỏ qua.',
      en: 'Check each share against the survey results; if it is rounding, this may be left as is.',
    },
  },
  'budget-too-small': {
    code: 'unit-mismatch',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} không ghi đơn vị tính mà dòng «{line}» chỉ có {amount} đồng, quá nhỏ cho ngân sách một năm của xã (thường hàng tỷ đồng): số liệu có lẽ tính bằng nghìn đồng hoặc triệu đồng, nên các số tiền trong báo cáo có thể sai.',
      en: "The table {table} states no unit and the line «{line}» holds only {amount} đồng, too little for a commune's yearly budget (usually billions): the figures are probably in thousands or millions of đồng, so the report's amounts may be wrong.",
    },
    hint: {
      vi: 'Thêm dòng «ĐVT: nghìn đồng» (hoặc triệu đồng, đúng với số liệu đã gõ) phía trên bảng.',
      en: 'Add a line «ĐVT: nghìn đồng» (or triệu đồng, as the figures were typed) above the table.',
    },
  },
  'budget-unit-too-large': {
    code: 'unit-mismatch',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} ghi đơn vị tính «{unit}» (ô {unitCell}) nên dòng «{line}» ghi {written} là {amount} đồng, quá lớn cho ngân sách một xã (thường vài tỷ đến vài trăm tỷ đồng): số liệu có lẽ đã gõ theo đồng hoặc nghìn đồng chứ không theo đơn vị đã ghi, nên các số tiền trong báo cáo có thể sai.',
      en: "The table {table} states the unit «{unit}» ({unitCell}), so the line «{line}», written {written}, is {amount} đồng, too much for a commune's budget (usually a few to a few hundred billion): the figures were probably typed in đồng or thousands, not in the stated unit, so the report's amounts may be wrong.",
    },
    hint: 'budget-unit-check',
  },
  'budget-unit-too-small': {
    code: 'unit-mismatch',
    severity: 'warning',
    message: {
      vi: 'Bảng {table} ghi đơn vị tính «{unit}» (ô {unitCell}) nên dòng «{line}» ghi {written} chỉ là {amount} đồng, quá nhỏ cho ngân sách một năm của xã (thường hàng tỷ đồng): số liệu có lẽ đã gõ theo nghìn đồng hoặc triệu đồng chứ không theo đơn vị đã ghi, nên các số tiền trong báo cáo có thể sai.',
      en: "The table {table} states the unit «{unit}» ({unitCell}), so the line «{line}», written {written}, is only {amount} đồng, too little for a commune's yearly budget (usually billions): the figures were probably typed in thousands or millions, not in the stated unit, so the report's amounts may be wrong.",
    },
    hint: 'budget-unit-check',
  },
  'budget-actual-too-large': {
    code: 'unit-mismatch',
    severity: 'warning',
    message: {
      vi: 'Ở dòng «{line}», thực hiện {actual} đồng bằng {pct} {estimateName} ({estimate} đồng), hơn 10 lần: một trong hai số có lẽ sai đơn vị tính hoặc bị đọc sai dấu chấm, dấu phẩy.',
      en: 'In the line «{line}», the actual {actual} đồng is {pct} of the {estimateName} ({estimate} đồng), over 10 times: one of the two is probably in another unit or its dots and commas were misread.',
    },
    hint: 'budget-ratio-check',
  },
  'budget-actual-too-small': {
    code: 'unit-mismatch',
    severity: 'warning',
    message: {
      vi: 'Ở dòng «{line}», thực hiện {actual} đồng chỉ bằng {pct} {estimateName} ({estimate} đồng), chưa tới một phần trăm: một trong hai số có lẽ sai đơn vị tính hoặc bị đọc sai dấu chấm, dấu phẩy.',
      en: 'In the line «{line}», the actual {actual} đồng is only {pct} of the {estimateName} ({estimate} đồng), under a hundredth: one of the two is probably in another unit or its dots and commas were misread.',
    },
    hint: 'budget-ratio-check',
  },
  'unit-slip': {
    code: 'unit-mismatch',
    message: {
      vi: 'Ở {row}, {cellsSeem} ghi theo đơn vị khác: nếu {how} thì tổng mới khớp ({totalAfter} = {partsAfter}).',
      en: 'In {row}, {cellsSeem} to be in another unit: if {how}, the sum holds ({totalAfter} = {partsAfter}).',
    },
    hint: {
      vi: 'Kiểm tra đơn vị tính (đồng, nghìn đồng, triệu đồng) của các ô này và ghi lại cho thống nhất với cả bảng.',
      en: 'Check the unit (đồng, thousand, million) of these cells and write them in the unit of the whole table.',
    },
  },
  'received-not-balanced': {
    code: 'balance-mismatch',
    message: {
      vi: 'Ở {row}, số hồ sơ tiếp nhận là {received} nhưng đã giải quyết + đang giải quyết = {resolved} + {pending} = {sum}.',
      en: 'In {row}, {received} dossiers were received but resolved + pending = {resolved} + {pending} = {sum}.',
    },
    hint: {
      vi: 'Mỗi hồ sơ tiếp nhận phải là đã giải quyết hoặc đang giải quyết; kiểm tra lại ba số này.',
      en: 'Every dossier received is either resolved or pending; check these three numbers.',
    },
  },
  'percent-rounding': {
    code: 'percent-mismatch',
    message: {
      vi: 'Ở {row}, tỷ lệ ghi {stated} nhưng {how} = {amounts}{computed}; làm tròn {places} như tỷ lệ đã ghi thì là {rounded}{also}.',
      en: 'In {row}, the stated rate is {stated} but {how} = {amounts}{computed}; rounded {places}, as the stated rate is, that is {rounded}{also}.',
    },
    hint: {
      vi: 'Ghi {rounded} (làm tròn đúng), hoặc kiểm tra lại các số dùng để tính.',
      en: 'Write {rounded} (rounded correctly), or check the numbers it is computed from.',
    },
  },
  'total-percent-not-weighted': {
    code: 'percent-mismatch',
    severity: 'error',
    message: {
      vi: 'Ở {row}, tỷ lệ ghi {stated} nhưng tính bình quân theo các dòng thành phần ({parts}) thì được khoảng {weighted}.',
      en: 'In {row}, the stated rate is {stated} but the weighted average of its parts ({parts}) is about {weighted}.',
    },
    hint: 'total-rate-from-totals',
  },
  'total-percent-not-equal': {
    code: 'percent-mismatch',
    severity: 'error',
    message: {
      vi: 'Ở {row}, tỷ lệ ghi {stated} nhưng các dòng thành phần đều là {parts}, nên dòng tổng cũng phải là {parts}.',
      en: 'In {row}, the stated rate is {stated} but every part is {parts}, so the total must be {parts} too.',
    },
    hint: 'total-rate-from-totals',
  },
  'total-percent-not-between': {
    code: 'percent-mismatch',
    severity: 'error',
    message: {
      vi: 'Ở {row}, tỷ lệ ghi {stated} nhưng tỷ lệ của dòng tổng phải nằm giữa tỷ lệ của các dòng thành phần ({parts}).',
      en: "In {row}, the stated rate is {stated} but a total's rate must lie between its parts' rates ({parts}).",
    },
    hint: 'total-rate-from-totals',
  },
  'indicator-vs-workbook': {
    code: 'percent-mismatch',
    message: {
      vi: 'Chỉ tiêu «{name}» ghi đạt {stated} nhưng theo {source} thì là {amounts}{computed}; làm tròn {places} như tỷ lệ đã ghi thì là {rounded}.',
      en: 'Indicator «{name}» states {stated} but {source} gives {amounts}{computed}; rounded {places}, as the stated rate is, that is {rounded}.',
    },
    hint: {
      vi: 'Ghi kết quả thực hiện là {rounded} theo {source}, hoặc kiểm tra lại số liệu đó.',
      en: 'Write {rounded} as {source} gives, or check those figures.',
    },
  },
  'date-after-report': {
    code: 'date-after-report',
    message: {
      vi: '{what} có ngày {date}, sau ngày báo cáo {reportDate}{counted}.',
      en: '{what} is dated {date}, after the report date {reportDate}{counted}.',
    },
    hint: {
      vi: 'Kiểm tra lại ngày (có thể gõ nhầm năm hoặc tháng); văn bản, hồ sơ ban hành sau ngày báo cáo thì không đưa vào báo cáo này.',
      en: 'Check the date (the year or month may be mistyped); anything dated after the report does not belong in it.',
    },
  },
  'period-reversed': {
    code: 'constraint-error',
    severity: 'error',
    message: {
      vi: '«Từ ngày» {periodStart} sau «Đến ngày» {periodEnd}: kỳ báo cáo không đúng, nên chưa tính được số liệu theo kỳ (hồ sơ, văn bản trong kỳ).',
      en: '«Từ ngày» {periodStart} is after «Đến ngày» {periodEnd}: the period is wrong, so figures by period (dossiers, documents in the period) cannot be computed.',
    },
    hint: {
      vi: 'Có lẽ hai ngày bị ghi đổi chỗ: hãy ghi ngày đầu kỳ vào «Từ ngày» ({cell}) và ngày cuối kỳ vào «Đến ngày» ({endCell}).',
      en: 'The two dates were probably swapped: write the first day in «Từ ngày» ({cell}) and the last day in «Đến ngày» ({endCell}).',
    },
  },
  'report-before-period-end': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: 'Ngày báo cáo {reportDate} sớm hơn ngày cuối kỳ báo cáo {periodEnd}: số liệu chưa thể tính đến hết kỳ như báo cáo sẽ ghi.',
      en: 'The report date {reportDate} is before the last day of the period {periodEnd}: the figures cannot run to the end of the period, as the report will say.',
    },
    hint: {
      vi: 'Nếu số liệu chốt sớm theo Nghị định 09/2019/NĐ-CP (đến ngày 14 của tháng cuối kỳ), hãy ghi ngày chốt đó vào «Đến ngày»; nếu không, hãy sửa lại ngày báo cáo.',
      en: 'If the figures stop early under Decree 09/2019 (on the 14th of the last month), write that day as «Đến ngày»; otherwise correct the report date.',
    },
  },
  'place-name-differs': {
    code: 'type-error',
    severity: 'warning',
    message: {
      vi: 'Địa danh «{place}» gần giống tên «{name}» của cơ quan nhưng khác một vài chữ hoặc dấu: có lẽ gõ nhầm; bản Word in địa danh như đã ghi.',
      en: 'The place «{place}» is close to the agency’s name «{name}» but differs by a letter or a mark or two: probably a typo; the Word draft prints the place as written.',
    },
    hint: {
      vi: 'Nếu đúng là «{name}», hãy sửa ô này; nếu là một địa danh khác thì giữ nguyên.',
      en: 'If «{name}» is meant, correct this cell; if it is another place, leave it.',
    },
  },
  'date-out-of-period': {
    code: 'date-out-of-period',
    message: {
      vi: '{what} có ngày {date}, nằm ngoài kỳ báo cáo ({period}){counted}.',
      en: '{what} is dated {date}, outside the reporting period ({period}){counted}.',
    },
    hint: { vi: 'Kiểm tra lại ngày, hoặc bỏ dòng này khỏi số liệu của kỳ báo cáo.', en: 'Check the date, or leave this row out of the period’s figures.' },
  },
  'dossiers-done-before-period': {
    code: 'date-out-of-period',
    severity: 'info',
    message: {
      vi: '{count} hồ sơ có ngày có kết quả trước kỳ báo cáo (ô {cells}): đó là hồ sơ của kỳ trước, không được tính vào số liệu kỳ này.',
      en: '{count:dossier/dossiers} have a result date before the reporting period (cells {cells}): they belong to an earlier period and are not counted in this one.',
    },
  },
  'dossiers-received-after-period': {
    code: 'date-out-of-period',
    severity: 'info',
    message: {
      vi: '{count} hồ sơ có ngày tiếp nhận sau kỳ báo cáo (ô {cells}): đó là hồ sơ của kỳ sau, không được tính vào số liệu kỳ này.',
      en: '{count:dossier/dossiers} were received after the reporting period (cells {cells}): they belong to a later period and are not counted in this one.',
    },
  },
  'number-order': {
    code: 'number-order',
    message: {
      vi: 'Văn bản số {number}{note} có ngày {date}, sớm hơn văn bản số {other}{otherNote} (ngày {otherDate}) dù mang số lớn hơn.',
      en: 'Document {number}{note} is dated {date}, earlier than document {other}{otherNote} (dated {otherDate}) though its number is higher.',
    },
    hint: {
      vi: 'Số văn bản cấp theo thứ tự thời gian trong năm: kiểm tra lại số hoặc ngày của hai văn bản này theo sổ đăng ký văn bản đi.',
      en: 'Numbers are given in date order within a year: check the number or date of both documents in the outgoing register.',
    },
  },
  'doc-number-format': {
    code: 'doc-number-format',
    message: {
      vi: 'Số, ký hiệu «{text}»{note} không đúng thể thức (dạng số/KÝ HIỆU, ví dụ 175/QĐ-UBND, không có dấu cách hay chữ thêm).',
      en: 'Number/symbol «{text}»{note} is not in the standard form (number/SYMBOL, e.g. 175/QĐ-UBND, without spaces or extra words).',
    },
    hint: 'doc-number-per-decree',
  },
  // A register that keeps running numbers only («01», «02») beside a type column: one note, not one per row (tester 15 item 17).
  'doc-number-plain': {
    code: 'doc-number-format',
    severity: 'info',
    message: {
      vi: 'Sổ chỉ ghi số thứ tự của văn bản, không kèm ký hiệu ({count} văn bản, ô {cells}, ví dụ «{text}»); loại văn bản được lấy theo cột loại văn bản.',
      en: 'The register keeps the running number only, without the symbol ({count} documents, cells {cells}, e.g. «{text}»); each type is taken from the type column.',
    },
    hint: 'doc-number-per-decree',
  },
  'doc-number-diacritics': {
    code: 'doc-number-format',
    message: {
      vi: 'Ký hiệu văn bản «{text}»{note} viết thiếu dấu: Nghị định 30/2020/NĐ-CP viết «{suggestion}». Văn bản vẫn được tính đúng loại.',
      en: 'The symbol «{text}»{note} lacks its diacritics: Decree 30/2020 writes «{suggestion}». The document is still counted under its type.',
    },
    hint: 'write-suggestion',
  },
  'not-about-reform': {
    code: 'constraint-error',
    severity: 'info',
    message: {
      vi: 'Có {count} trong {total} văn bản của bảng văn bản ban hành có trích yếu không thấy nói về cải cách hành chính (ô đã nêu là những văn bản đầu tiên như vậy): có lẽ đây là sổ văn bản đi chung của xã; bản Word vẫn đếm cả {total} văn bản nhưng đánh dấu câu này để xem lại.',
      en: '{count} of the {total} documents in the documents table have a summary that does not seem to be about administrative reform (the cells named are the first of them): this may be the commune’s general outgoing register; the Word draft still counts all {total} but marks that sentence for review.',
    },
    hint: {
      vi: 'Chỉ giữ lại trong sheet này các văn bản về CCHC (chép sổ chung sang sheet khác), hoặc thêm một cột lọc để chỉ đưa các văn bản về CCHC vào bảng.',
      en: 'Keep only the documents about administrative reform in this sheet (copy the general register to another sheet), or add a filter column so only those are in the table.',
    },
  },
  'duplicate-row': {
    code: 'duplicate-row',
    message: { vi: '{what} đã có ở ô {firstCell}.', en: '{what} already appears in cell {firstCell}.' },
    hint: {
      vi: 'Xóa dòng lặp lại, hoặc sửa lại nếu đây là một dòng khác bị ghi nhầm.',
      en: 'Delete the repeated row, or correct it if it is a different row written by mistake.',
    },
  },
  negative: {
    code: 'constraint-error',
    message: { vi: 'Ở {row}, {field} là số âm ({value}).', en: 'In {row}, {field} is negative ({value}).' },
    hint: { vi: 'Số này không thể âm: kiểm tra lại dấu trừ hoặc công thức.', en: 'This number cannot be negative: check the minus sign or the formula.' },
  },
  'not-whole': {
    code: 'constraint-error',
    message: {
      vi: 'Ở {row}, {field} là {value}, nhưng số lượng phải là số nguyên.',
      en: 'In {row}, {field} is {value}, but a count must be a whole number.',
    },
    hint: { vi: 'Ghi số nguyên (số hồ sơ, số người).', en: 'Write a whole number (dossiers, people).' },
  },
  'share-out-of-range': {
    code: 'constraint-error',
    message: { vi: 'Ở {row}, {field} là {value}, nằm ngoài khoảng 0% – 100%.', en: 'In {row}, {field} is {value}, outside 0% – 100%.' },
    hint: {
      vi: 'Tỷ lệ phải từ 0 đến 100; kiểm tra lại số hoặc định dạng phần trăm của ô.',
      en: 'A share is between 0 and 100; check the number or the cell’s percent format.',
    },
  },
  'age-out-of-range': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{who} có ngày sinh {date}, tức {age} tuổi tính đến {at}, ngoài độ tuổi của cán bộ, công chức (18 – 70).',
      en: '{who} has the date of birth {date}, so is {age} on {at}, outside the age of commune staff (18 – 70).',
    },
    hint: {
      vi: 'Kiểm tra lại ngày sinh (có thể gõ nhầm năm, hoặc gõ ngày tuyển dụng vào cột ngày sinh).',
      en: 'Check the date of birth (the year may be mistyped, or another date typed in its column).',
    },
  },
  'recruited-under-age': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{who} có {field} {date}, khi mới {age} tuổi (ngày sinh {birth}).',
      en: '{who} has the {field} {date}, at the age of {age} (date of birth {birth}).',
    },
    hint: {
      vi: 'Kiểm tra lại ngày này và ngày sinh: người được tuyển dụng phải đủ 18 tuổi.',
      en: 'Check this date and the date of birth: a recruit is 18 or older.',
    },
  },
  'date-before-birth': {
    code: 'constraint-error',
    severity: 'warning',
    message: { vi: '{who} có {field} {date}, trước cả ngày sinh {birth}.', en: '{who} has the {field} {date}, before the date of birth {birth}.' },
    hint: { vi: 'Kiểm tra lại hai ngày này (có thể gõ nhầm năm, hoặc nhầm cột).', en: 'Check both dates (the year may be mistyped, or the columns swapped).' },
  },
  'date-after-period-end': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{who} có {field} {date}, sau ngày cuối kỳ báo cáo {end}.',
      en: '{who} has the {field} {date}, after the last day of the reporting period {end}.',
    },
    hint: {
      vi: 'Kiểm tra lại ngày (có thể gõ nhầm năm); người sinh ra hoặc được tuyển dụng sau kỳ báo cáo chưa thuộc danh sách của kỳ này.',
      en: 'Check the date (the year may be mistyped); someone born or recruited after the period is not on its list.',
    },
  },
  'dossier-date-before-received': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: '{who} có {field} {date}, trước ngày tiếp nhận {received}.',
      en: '{who} has the {field} {date}, before its receipt date {received}.',
    },
    hint: {
      vi: 'Kiểm tra lại hai ngày này (có thể gõ nhầm ngày, tháng, năm hoặc nhầm cột): hồ sơ được tính trước hạn, đúng hạn hay quá hạn theo các ngày đã ghi.',
      en: 'Check both dates (the day, month or year may be mistyped, or the columns swapped): the dossier is counted early, on time or late by the dates written.',
    },
  },
  'achievement-implausible': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: 'Ở {row}, chỉ tiêu là {target} và thực hiện là {actual}, tức đạt {achievement} chỉ tiêu: chỉ tiêu dưới 1% hay mức đạt trên 200% thường là do ghi nhầm.',
      en: 'In {row}, the target is {target} and the actual {actual}, an achievement of {achievement}: a target under 1% or an achievement over 200% is usually a slip.',
    },
    hint: {
      vi: 'Kiểm tra lại chỉ tiêu và kết quả; tỷ lệ ghi dưới dạng phần của 1 (0,9) nên ghi thành phần trăm («90%»).',
      en: 'Check the target and the result; a share written as a fraction of 1 (0.9) should be written as a percentage («90%»).',
    },
  },
  'disbursed-over-plan': {
    code: 'constraint-error',
    severity: 'warning',
    message: {
      vi: 'Ở {row}, giải ngân {disbursed} vượt kế hoạch vốn {plan} (đạt {pct} kế hoạch): số giải ngân không thể lớn hơn số vốn đã giao.',
      en: 'In {row}, the disbursement {disbursed} exceeds the capital plan {plan} ({pct} of the plan): no more can be disbursed than was allocated.',
    },
    hint: {
      vi: 'Kiểm tra lại số giải ngân và kế hoạch vốn (có thể thiếu phần vốn bổ sung trong kế hoạch, hoặc ghi nhầm số).',
      en: 'Check the disbursement and the capital plan (an added allocation may be missing from the plan, or a figure mistyped).',
    },
  },
  'target-not-positive': {
    code: 'constraint-error',
    message: {
      vi: 'Ở {row}, chỉ tiêu kế hoạch là {value}, nên không tính được tỷ lệ đạt so với chỉ tiêu.',
      en: 'In {row}, the target is {value}, so achievement against it cannot be computed.',
    },
    hint: { vi: 'Ghi chỉ tiêu được giao (lớn hơn 0).', en: 'Write the assigned target (greater than 0).' },
  },
} as const;
