/**
 * Every string the pane and the web page show, in Vietnamese and English.
 * Vietnamese is the product's language; English is for the few users whose Office is in English.
 */
import type { Lang, Severity } from '../core/issues';
import type { Progress } from '../hosts/host';
import { SEVERITY_HEADING, severityCount } from '../core/labels';

const vi = {
  appTitle: 'Báo cáo CCHC',
  appSubtitle: 'Kiểm tra số liệu và soạn báo cáo cải cách hành chính',
  langSwitch: 'English',
  check: 'Kiểm tra dữ liệu',
  recheck: 'Kiểm tra lại',
  makeReport: 'Tạo báo cáo',
  makeReportWeb: 'Tải báo cáo Excel',
  wordDraft: 'Tải bản Word',
  copyDraft: 'Sao chép nội dung',
  copyDraftHelp: 'Trên máy Mac, khung này không tải tệp được: bấm «Sao chép nội dung», mở Word rồi dán (⌘V) để có bản nháp.',
  copyDone: 'Đã sao chép bản nháp; mở Word và dán (⌘V).',
  copyFailed: 'Không sao chép được tự động; nội dung đã được chọn sẵn, hãy bấm ⌘C rồi dán vào Word.',
  addTemplate: 'Tạo sheet mẫu',
  markIssues: 'Đánh dấu ô lỗi',
  clearMarks: 'Bỏ đánh dấu',
  tablesFound: 'Các bảng số liệu',
  tableFoundAt: 'tại {where}',
  tableMissing: 'chưa tìm thấy',
  tableRequired: 'bắt buộc',
  tableStandsIn: 'không cần: đã có {table}',
  tablePinned: 'đã ghim',
  pinToSelection: 'Ghim bảng vào vùng đang chọn',
  pinTableLabel: 'Bảng cần ghim',
  pinHelp: 'Chọn vùng bảng trên sheet (cả dòng tiêu đề), chọn tên bảng rồi bấm «Ghim bảng vào vùng đang chọn».',
  tableGoTo: 'Chọn vùng {where}',
  issues: 'Các vấn đề',
  noIssues: 'Không thấy vấn đề nào trong số liệu.',
  filterBySeverity: 'Lọc theo mức độ',
  wholeSheet: '(cả sheet)',
  showMore: 'Xem thêm {count} vấn đề',
  cellCount: '({count} ô)',
  goToCellTitle: 'Đi tới ô này trong sổ tính',
  copyPlaceTitle: 'Chép địa chỉ ô để mở trong Excel (Ctrl+G)',
  placeCopied: 'Đã chép địa chỉ {place}. Trong Excel bấm Ctrl+G, dán (Ctrl+V) rồi Enter để tới ô đó.',
  placeNotCopied: 'Không chép được tự động. Địa chỉ ô: {place}; trong Excel bấm Ctrl+G, gõ địa chỉ này rồi Enter.',
  forExample: 'Ví dụ: {text}',
  stage_read: 'Đang đọc các sheet…',
  stage_check: 'Đang kiểm tra số liệu…',
  stage_write: 'Đang ghi sheet báo cáo…',
  stage_word: 'Đang soạn bản Word…',
  resultRegion: 'Kết quả kiểm tra',
  checkedSummary: 'Đã kiểm tra: {counts}.',
  reportMade: 'Đã tạo sheet «{sheet}».',
  goToSheet: 'Đi tới sheet',
  reportDownloaded: 'Đã tạo sheet «{sheet}» và tải về tệp {file}.',
  wordDownloaded: 'Đã tải về bản Word {file}.',
  templateMade: 'Đã thêm các sheet mẫu: {sheets}.',
  templateConfirmTitle: 'Thêm sheet mẫu vào sổ tính?',
  templateConfirmBody: 'Sẽ thêm {count} sheet trống để nhập số liệu, sau các sheet hiện có; không sheet nào của sổ bị sửa hay xoá:',
  templateConfirmExisting: 'Đã có, không thêm lại: {sheets}.',
  templateConfirmGo: 'Thêm các sheet này',
  templateConfirmCancel: 'Không thêm',
  templateAllThere: 'Sổ tính đã có đủ các sheet mẫu ({sheets}); không thêm lần nữa.',
  templateDownloaded: 'Đã tải về tệp mẫu {file}; điền số liệu vào rồi mở lại tệp ở đây.',
  templateWeb: 'Tải tệp mẫu',
  marked: 'Đã đánh dấu {count} ô.',
  unmarked: 'Đã bỏ các đánh dấu của tiện ích.',
  pinned: 'Đã ghim bảng «{table}» vào {where} và kiểm tra lại. Ghim được giữ trong sổ tính khi lưu tệp.',
  pinColumn: 'Ghim cột',
  pinColumnHelp: 'Chọn một ô của cột {field} trên sheet «{sheet}» rồi bấm «Ghim cột».',
  pinColumnPick: 'Cột cho {field}',
  pinColumnNone: '(chọn cột)',
  fieldPinned: 'Đã ghim {field} vào cột {column} và kiểm tra lại; ghim được lưu cùng sổ tính.',
  fieldPinnedWeb: 'Đã ghim {field} vào cột {column} và kiểm tra lại; tệp báo cáo Excel tải về mang theo ghim này.',
  confirmTitle: 'Số liệu còn lỗi',
  confirmBody: 'Còn {errors} lỗi trong số liệu; báo cáo tạo ra có thể sai hoặc thiếu số. Vẫn tạo báo cáo?',
  confirmGo: 'Vẫn tạo báo cáo',
  cancel: 'Xem lại lỗi',
  dismiss: 'Đóng',
  errorTitle: 'Chưa làm được',
  // Web page
  webTitle: 'Báo cáo CCHC trên trình duyệt',
  webIntro: 'Mở tệp Excel (.xlsx hoặc .xls) đang dùng để kiểm tra số liệu và tạo báo cáo.',
  webPrivacy: 'Tệp chỉ được xử lý ngay trên máy này; không có gì được gửi đi.',
  pickFile: 'Chọn tệp Excel',
  dropHere: 'hoặc kéo thả tệp vào đây',
  openedFile: 'Tệp: {file}',
  otherFile: 'Chọn tệp khác',
  notXlsx: 'Tệp «{file}» không phải tệp Excel (.xlsx, .xls); hãy lưu lại dưới dạng .xlsx (Excel Workbook) rồi mở lại.',
  // Errors
  err_generic: 'Không thực hiện được việc này; hãy thử lại. Chi tiết: {detail}',
  // Second line: the short technical detail, shown smaller under the sentence (StatusMessage).
  err_internal: 'Đã có lỗi trong chương trình; hãy thử lại.\nChi tiết kỹ thuật: {detail}',
  err_office_busy: 'Excel đang bận (đang sửa một ô?); hãy bấm ra ngoài ô rồi thử lại.',
  err_office_denied: 'Excel không cho phép thay đổi sổ này (sổ đang được bảo vệ hoặc chỉ đọc).',
  err_office_notfound: 'Không tìm thấy sheet hoặc ô cần dùng; có thể sheet vừa bị đổi tên hoặc xoá.',
  err_office_api: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng; hãy cập nhật Office hoặc dùng trang web của tiện ích.',
  err_file: 'Không đọc được tệp này (có thể tệp bị hỏng, có mật khẩu hoặc quá lớn).',
  err_worker: 'Trình duyệt dừng việc xử lý tệp; hãy tải lại trang và thử lại.',
  err_no_selection: 'Hãy chọn vùng bảng (cả dòng tiêu đề) trên sheet rồi bấm «Ghim bảng vào vùng đang chọn».',
  err_no_column: 'Hãy chọn một ô của cột đúng trên sheet rồi bấm «Ghim cột».',
  err_column_elsewhere: 'Cột cần chọn ở sheet «{sheet}», nơi có bảng; hãy chọn một ô của cột đúng ở đó rồi bấm «Ghim cột».',
} as const;

export type StringKey = keyof typeof vi;

const en: Record<StringKey, string> = {
  appTitle: 'CCHC report',
  appSubtitle: 'Check the figures and draft the administrative-reform report',
  langSwitch: 'Tiếng Việt',
  check: 'Check data',
  recheck: 'Check again',
  makeReport: 'Create report',
  makeReportWeb: 'Download Excel report',
  wordDraft: 'Download Word draft',
  copyDraft: 'Copy contents',
  copyDraftHelp: 'On a Mac this pane cannot download files: click «Copy contents», open Word and paste (⌘V) to get the draft.',
  copyDone: 'The draft is copied; open Word and paste (⌘V).',
  copyFailed: 'Could not copy automatically; the contents are selected, press ⌘C and paste into Word.',
  addTemplate: 'Add template sheets',
  markIssues: 'Mark issue cells',
  clearMarks: 'Remove marks',
  tablesFound: 'Data tables',
  tableFoundAt: 'at {where}',
  tableMissing: 'not found',
  tableRequired: 'required',
  tableStandsIn: 'not needed: {table} found',
  tablePinned: 'pinned',
  pinToSelection: 'Pin table to the selection',
  pinTableLabel: 'Table to pin',
  pinHelp: 'Select the table area on the sheet (header row included), pick the table, then click «Pin table to the selection».',
  tableGoTo: 'Select {where}',
  issues: 'Issues',
  noIssues: 'No issues found in the data.',
  filterBySeverity: 'Filter by severity',
  wholeSheet: '(whole sheet)',
  showMore: 'Show {count} more',
  cellCount: '({count} cells)',
  goToCellTitle: 'Go to this cell in the workbook',
  copyPlaceTitle: 'Copy the cell address to open it in Excel (Ctrl+G)',
  placeCopied: 'Copied {place}. In Excel press Ctrl+G, paste (Ctrl+V) and press Enter to go there.',
  placeNotCopied: 'Could not copy automatically. The address is {place}; in Excel press Ctrl+G, type it and press Enter.',
  forExample: 'For example: {text}',
  stage_read: 'Reading the sheets…',
  stage_check: 'Checking the figures…',
  stage_write: 'Writing the report sheet…',
  stage_word: 'Drafting the Word document…',
  resultRegion: 'Check result',
  checkedSummary: 'Checked: {counts}.',
  reportMade: 'Sheet «{sheet}» created.',
  goToSheet: 'Go to sheet',
  reportDownloaded: 'Sheet «{sheet}» created; downloaded {file}.',
  wordDownloaded: 'Word draft downloaded: {file}.',
  templateMade: 'Template sheets added: {sheets}.',
  templateConfirmTitle: 'Add template sheets to the workbook?',
  templateConfirmBody: '{count} blank sheets for the figures will be added after the existing ones; no sheet of the workbook is changed or deleted:',
  templateConfirmExisting: 'Already there, not added again: {sheets}.',
  templateConfirmGo: 'Add these sheets',
  templateConfirmCancel: 'Do not add',
  templateAllThere: 'The workbook already has every template sheet ({sheets}); nothing added again.',
  templateDownloaded: 'Template {file} downloaded; fill in the figures, then open the file here.',
  templateWeb: 'Download template',
  marked: '{count} cells marked.',
  unmarked: "The add-in's marks are removed.",
  pinned: 'Table «{table}» pinned to {where} and checked again. The pin is kept in the workbook when it is saved.',
  pinColumn: 'Pin column',
  pinColumnHelp: 'Select a cell of the {field} column on the sheet «{sheet}», then click «Pin column».',
  pinColumnPick: 'Column for {field}',
  pinColumnNone: '(choose a column)',
  fieldPinned: 'Pinned {field} to column {column} and checked again; the pin is kept with the workbook.',
  fieldPinnedWeb: 'Pinned {field} to column {column} and checked again; the downloaded Excel report carries the pin.',
  confirmTitle: 'The data still has errors',
  confirmBody: '{errors} errors remain in the data; the report may be wrong or incomplete. Create it anyway?',
  confirmGo: 'Create anyway',
  cancel: 'Review errors',
  dismiss: 'Close',
  errorTitle: 'Could not do that',
  webTitle: 'CCHC report in the browser',
  webIntro: 'Open the Excel file (.xlsx or .xls) you keep to check the figures and create the report.',
  webPrivacy: 'The file is processed only on this computer; nothing is sent anywhere.',
  pickFile: 'Choose an Excel file',
  dropHere: 'or drop the file here',
  openedFile: 'File: {file}',
  otherFile: 'Choose another file',
  notXlsx: 'The file «{file}» is not an Excel file (.xlsx, .xls); save it as .xlsx (Excel Workbook) and open it again.',
  err_generic: 'That could not be done; please try again. Details: {detail}',
  err_internal: 'The program ran into an error; please try again.\nTechnical detail: {detail}',
  err_office_busy: 'Excel is busy (editing a cell?); click outside the cell and try again.',
  err_office_denied: 'Excel does not allow changes to this workbook (it is protected or read-only).',
  err_office_notfound: 'A sheet or cell needed was not found; it may have just been renamed or deleted.',
  err_office_api: 'This version of Excel lacks a feature needed; update Office or use the add-in’s web page.',
  err_file: 'This file cannot be read (it may be damaged, password-protected or too large).',
  err_worker: 'The browser stopped processing the file; reload the page and try again.',
  err_no_selection: 'Select the table area (header row included) on the sheet, then click «Pin table to the selection».',
  err_no_column: 'Select a cell of the right column on the sheet, then click «Pin column».',
  err_column_elsewhere: 'The column must be on the sheet «{sheet}», where the table is; select a cell of the right column there, then click «Pin column».',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { vi, en };

/** A UI string with {name} placeholders filled. */
export function t(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Vietnamese when the display language (Office's, or the browser's) is Vietnamese; English otherwise. */
export function detectLang(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** A severity over a group of issues or on a filter (src/core/labels.ts: the one place of these words). */
export function severityLabel(lang: Lang, s: Severity): string {
  return SEVERITY_HEADING[s][lang];
}

/** "Đã kiểm tra: 4 lỗi, 15 cảnh báo, 0 lưu ý." in the labels' words. */
export function checkedSummary(lang: Lang, counts: Record<Severity, number>): string {
  return t(lang, 'checkedSummary', { counts: (['error', 'warning', 'info'] as const).map((s) => severityCount(s, counts[s], lang)).join(', ') });
}

export function stageLabel(lang: Lang, stage: Progress['stage']): string {
  return t(lang, `stage_${stage}`);
}
