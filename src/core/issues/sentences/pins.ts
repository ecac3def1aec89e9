/**
 * Hints that name a control: pinning a table to a range, a field to a column. Each is worded for the front
 * door the clerk reads it at (issue 11 §3), naming only what exists there:
 * - pane: the task pane's own buttons, «Ghim bảng vào vùng đang chọn» under «Các bảng số liệu» (src/ui/i18n.ts
 *   `pinToSelection`, `tablesFound`) and «Ghim cột» under the issue (`pinColumn`), after selecting on the sheet;
 * - web: the page has no selection and no table pin; it offers «Ghim cột» under a column's issue, after choosing
 *   the column in the list there. A table is pinned in Excel with the add-in (tiện ích), or found once the
 *   workbook has a header row;
 * - cli: nothing to click; pins made in the pane or on the page are saved in the workbook, and this command
 *   reads them.
 * Every door's text has the same placeholders (the catalogue test checks it). A report sheet is worded for the
 * door that wrote it.
 */
import type { PerDoor } from '../types';

/** The command line's one sentence on pins (issue 11 §3): where they are made, and that it reads them. */
const CLI_READS = { vi: 'lệnh này đọc các ghim lưu trong tệp', en: 'this command reads the pins saved in the file' } as const;

export const PIN_HINTS = {
  /** A table not found. */
  'add-table': {
    pane: {
      vi: 'Thêm một sheet có dòng tiêu đề cột ({columns}), hoặc chọn vùng bảng trên sheet (cả dòng tiêu đề), chọn tên bảng ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».',
      en: 'Add a sheet with a header row ({columns}), or select the table on the sheet (header row included), pick its name under «Data tables» and click «Pin table to the selection».',
    },
    web: {
      vi: 'Thêm vào tệp một sheet có dòng tiêu đề cột ({columns}) rồi mở lại tệp trên trang web; hoặc mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim bảng vào vùng của nó (trang web chưa ghim được bảng).',
      en: 'Add a sheet with a header row ({columns}) to the file and open it again on the web page, or open the file in Excel with the CCHC report add-in to pin the table to its range (the web page cannot pin a table).',
    },
    cli: {
      vi: `Thêm một sheet có dòng tiêu đề cột ({columns}), hoặc ghim bảng vào vùng của nó ở khung Báo cáo CCHC trong Excel rồi lưu tệp: ${CLI_READS.vi}.`,
      en: `Add a sheet with a header row ({columns}), or pin the table to its range in the CCHC pane in Excel and save the file: ${CLI_READS.en}.`,
    },
  },
  /** The info block not found: a label per row, its value beside it (a key-value block, not a header row). */
  'add-info-block': {
    pane: {
      vi: 'Thêm một sheet mỗi dòng một thông tin ({columns}) và nội dung bên cạnh; hoặc chọn vùng đó trên sheet, chọn tên bảng ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».',
      en: 'Add a sheet with one item per row ({columns}) and its value beside it; or select that range on the sheet, pick its name under «Data tables» and click «Pin table to the selection».',
    },
    web: {
      vi: 'Thêm vào tệp một sheet mỗi dòng một thông tin ({columns}) và nội dung bên cạnh, rồi mở lại tệp trên trang web; hoặc mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim bảng vào vùng của nó (trang web chưa ghim được bảng).',
      en: 'Add to the file a sheet with one item per row ({columns}) and its value beside it, and open the file again on the web page; or open the file in Excel with the CCHC report add-in to pin the table to its range (the web page cannot pin a table).',
    },
    cli: {
      vi: `Thêm một sheet mỗi dòng một thông tin ({columns}) và nội dung bên cạnh, hoặc ghim bảng vào vùng của nó ở khung Báo cáo CCHC trong Excel rồi lưu tệp: ${CLI_READS.vi}.`,
      en: `Add a sheet with one item per row ({columns}) and its value beside it, or pin the table to its range in the CCHC pane in Excel and save the file: ${CLI_READS.en}.`,
    },
  },
  /** A range headed like a table but not read as it. */
  'pin-if-table': {
    pane: {
      vi: 'Nếu đây đúng là bảng {table}, hãy chọn vùng này trên sheet, chọn bảng ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».',
      en: 'If this is the table {table}, select this range on the sheet, pick the table under «Data tables» and click «Pin table to the selection».',
    },
    web: {
      vi: 'Nếu đây đúng là bảng {table}, hãy mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim bảng vào vùng này (trang web chưa ghim được bảng).',
      en: 'If this is the table {table}, open the file in Excel with the CCHC report add-in to pin the table to this range (the web page cannot pin a table).',
    },
    cli: {
      vi: `Nếu đây đúng là bảng {table}, hãy ghim bảng vào vùng này ở khung Báo cáo CCHC trong Excel rồi lưu tệp: ${CLI_READS.vi}.`,
      en: `If this is the table {table}, pin it to this range in the CCHC pane in Excel and save the file: ${CLI_READS.en}.`,
    },
  },
  /** A second range like the table, not the one read. */
  'pin-other-range': {
    pane: {
      vi: 'Nếu bảng đúng là ở vùng này, hãy chọn vùng này trên sheet, chọn bảng {table} ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».',
      en: 'If this range holds the right table, select it on the sheet, pick the table {table} under «Data tables» and click «Pin table to the selection».',
    },
    web: {
      vi: 'Nếu bảng đúng là ở vùng này, hãy mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim bảng {table} vào vùng này (trang web chưa ghim được bảng).',
      en: 'If this range holds the right table, open the file in Excel with the CCHC report add-in to pin the table {table} to it (the web page cannot pin a table).',
    },
    cli: {
      vi: `Nếu bảng đúng là ở vùng này, hãy ghim bảng {table} vào vùng này ở khung Báo cáo CCHC trong Excel rồi lưu tệp: ${CLI_READS.vi}.`,
      en: `If this range holds the right table, pin the table {table} to it in the CCHC pane in Excel and save the file: ${CLI_READS.en}.`,
    },
  },
  /** A table pinned to a range that is no longer in the workbook. */
  'pin-again': {
    pane: {
      vi: 'Chọn lại vùng bảng trên sheet (cả dòng tiêu đề), chọn bảng {table} ở mục «Các bảng số liệu» rồi bấm «Ghim bảng vào vùng đang chọn».',
      en: 'Select the table again on the sheet (header row included), pick the table {table} under «Data tables» and click «Pin table to the selection».',
    },
    web: {
      vi: 'Mở tệp trong Excel có tiện ích Báo cáo CCHC để ghim lại bảng {table} vào vùng đúng (trang web chưa ghim được bảng).',
      en: 'Open the file in Excel with the CCHC report add-in to pin the table {table} to the right range again (the web page cannot pin a table).',
    },
    cli: {
      vi: `Ghim lại bảng {table} vào vùng đúng ở khung Báo cáo CCHC trong Excel rồi lưu tệp: ${CLI_READS.vi}.`,
      en: `Pin the table {table} to the right range again in the CCHC pane in Excel and save the file: ${CLI_READS.en}.`,
    },
  },
  /** A column of a found table not found. */
  'pin-column': {
    pane: {
      vi: 'Đặt tên cột có chữ «{synonyms}», hoặc chọn một ô của cột {column} trên sheet rồi bấm «Ghim cột» ở vấn đề này.',
      en: 'Name a column with «{synonyms}», or select a cell of the {column} column on the sheet and click «Pin column» under this issue.',
    },
    web: {
      vi: 'Đặt tên cột có chữ «{synonyms}», hoặc chọn cột {column} trong danh sách dưới vấn đề này trên trang web rồi bấm «Ghim cột».',
      en: 'Name a column with «{synonyms}», or choose the {column} column from the list under this issue on the web page and click «Pin column».',
    },
    cli: {
      vi: `Đặt tên cột có chữ «{synonyms}», hoặc ghim cột {column} ở khung Báo cáo CCHC trong Excel rồi lưu tệp, hoặc ghim trên trang web rồi dùng tệp báo cáo Excel tải về: ${CLI_READS.vi}.`,
      en: `Name a column with «{synonyms}», or pin the {column} column in the CCHC pane in Excel and save the file, or pin it on the web page and use the Excel report it downloads: ${CLI_READS.en}.`,
    },
  },
  /** Two columns named as one field. */
  'pin-right-column': {
    pane: {
      vi: 'Đổi tên một trong hai cột, hoặc chọn một ô của cột đúng trên sheet rồi bấm «Ghim cột» ở vấn đề này.',
      en: 'Rename one of the two columns, or select a cell of the right one on the sheet and click «Pin column» under this issue.',
    },
    web: {
      vi: 'Đổi tên một trong hai cột, hoặc chọn cột đúng trong danh sách dưới vấn đề này trên trang web rồi bấm «Ghim cột».',
      en: 'Rename one of the two columns, or choose the right one from the list under this issue on the web page and click «Pin column».',
    },
    cli: {
      vi: `Đổi tên một trong hai cột, hoặc ghim cột đúng ở khung Báo cáo CCHC trong Excel rồi lưu tệp, hoặc ghim trên trang web rồi dùng tệp báo cáo Excel tải về: ${CLI_READS.vi}.`,
      en: `Rename one of the two columns, or pin the right one in the CCHC pane in Excel and save the file, or pin it on the web page and use the Excel report it downloads: ${CLI_READS.en}.`,
    },
  },
  /** A column read for a field whose own period is not the report's («Thực hiện quý IV» in a year's report). */
  'pin-period-column': {
    pane: {
      vi: 'Nếu bảng có cột số liệu của kỳ báo cáo, hãy chọn một ô của cột đó trên sheet rồi bấm «Ghim cột» ở vấn đề này; nếu không, hãy nhập số liệu của kỳ báo cáo, hoặc sửa kỳ báo cáo ở bảng thông tin nếu kỳ ghi sai.',
      en: 'If the table has a column of the reporting period, select a cell of it on the sheet and click «Pin column» under this issue; otherwise enter the figures of the reporting period, or correct the period on the information sheet if it is wrong there.',
    },
    web: {
      vi: 'Nếu bảng có cột số liệu của kỳ báo cáo, hãy chọn cột đó trong danh sách dưới vấn đề này trên trang web rồi bấm «Ghim cột»; nếu không, hãy nhập số liệu của kỳ báo cáo, hoặc sửa kỳ báo cáo ở bảng thông tin nếu kỳ ghi sai.',
      en: 'If the table has a column of the reporting period, choose it from the list under this issue on the web page and click «Pin column»; otherwise enter the figures of the reporting period, or correct the period on the information sheet if it is wrong there.',
    },
    cli: {
      vi: `Nếu bảng có cột số liệu của kỳ báo cáo, hãy ghim cột đó ở khung Báo cáo CCHC trong Excel rồi lưu tệp, hoặc ghim trên trang web rồi dùng tệp báo cáo Excel tải về (${CLI_READS.vi}); nếu không, hãy nhập số liệu của kỳ báo cáo, hoặc sửa kỳ báo cáo ở bảng thông tin nếu kỳ ghi sai.`,
      en: `If the table has a column of the reporting period, pin it in the CCHC pane in Excel and save the file, or pin it on the web page and use the Excel report it downloads (${CLI_READS.en}); otherwise enter the figures of the reporting period, or correct the period on the information sheet if it is wrong there.`,
    },
  },
} as const satisfies Record<string, PerDoor>;
