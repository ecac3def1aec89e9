import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';

/** The group label over the columns that mark how a dossier was resolved. */
const DONE_GROUP = ['đã trả kết quả', 'đã giải quyết', 'giải quyết xong', 'đã có kết quả', 'kết quả giải quyết'];

/**
 * Done statuses that state the timing («Đã trả kết quả quá hạn», tester 13 item 15): each done wording followed by
 * the timing's words. Longer than «quá hạn» alone (a pending dossier's «Đang giải quyết quá hạn»), they win there.
 */
// Only wordings that say «done» by themselves: «giải quyết quá hạn» is also the end of «Đang giải quyết quá hạn».
const DONE_STEMS = ['đã trả kết quả', 'đã có kết quả', 'đã giải quyết', 'giải quyết xong', 'đã xử lý', 'xử lý xong', 'đã hoàn thành'];
const timed = (...timing: string[]): string[] => DONE_STEMS.flatMap((d) => timing.map((t) => `${d} ${t}`));

/** The other form of `tthc`: one row per dossier, exported from the one-stop system. */
export const dossiers = defineTable({
  name: 'dossiers',
  label: TABLE_LABEL.dossiers,
  titleWords: ['danh sách hồ sơ', 'hồ sơ', 'một cửa', 'igate', 'dịch vụ công'],
  shape: 'rows',
  required: false,
  anyOf: [['code', 'receivedAt', 'dueAt']],
  evidence: {
    anyOf: [[{ fields: ['receivedAt', 'dueAt'], values: 'date' }]],
    against: ['đơn thư', 'khiếu nại', 'tố cáo'],
  },
  fields: [
    { key: 'code', label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, synonyms: ['mã hồ sơ', 'số hồ sơ', 'mã số hồ sơ'], kind: 'text', required: true },
    { key: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, synonyms: ['lĩnh vực', 'tên lĩnh vực'], kind: 'text', groupRows: true },
    { key: 'procedure', label: { vi: 'Thủ tục', en: 'Procedure' }, synonyms: ['thủ tục', 'tên thủ tục', 'tên thủ tục hành chính'], kind: 'text' },
    {
      key: 'channel',
      label: { vi: 'Kênh nộp', en: 'Channel' },
      synonyms: ['kênh', 'kênh nộp', 'hình thức nộp', 'hình thức tiếp nhận'],
      kind: 'category',
      // The one-stop systems' own words too: «DVC mức độ 4» (dịch vụ công trực tuyến), «Nộp tại Bộ phận một cửa», «BCCI»
      // (bưu chính công ích). A word of none is said at its cell, never guessed (tester 11 item 12).
      categories: {
        online: ['trực tuyến', 'online', 'dvc', 'dịch vụ công', 'cổng dịch vụ công'],
        direct: ['trực tiếp', 'bộ phận một cửa', 'bộ phận tiếp nhận', 'tại quầy'],
        postal: ['bưu chính', 'qua bưu điện', 'bưu điện', 'bcci', 'bưu chính công ích'],
      },
    },
    // The channel as a yes/no column («Nộp trực tuyến»: Có / Không, x / blank, 1 / 0; tester 13 item 24), read when the
    // log has no channel column of words: yes is online, no is direct (figures/onlineFlag.ts).
    {
      key: 'onlineFlag',
      label: { vi: 'Nộp trực tuyến (có / không)', en: 'Filed online (yes / no)' },
      synonyms: [
        'nộp trực tuyến',
        'trực tuyến',
        'hồ sơ trực tuyến',
        'tiếp nhận trực tuyến',
        'nộp qua mạng',
        'qua mạng',
        'nộp online',
        'online',
        'dvc trực tuyến',
        'nộp qua dịch vụ công',
        'nộp qua dvc',
        'dịch vụ công trực tuyến',
      ],
      kind: 'text',
      yesNo: true,
      formOnly: true,
    },
    {
      key: 'receivedAt',
      label: { vi: 'Ngày tiếp nhận', en: 'Received at' },
      synonyms: ['ngày tiếp nhận', 'ngày nhận', 'thời gian tiếp nhận'],
      kind: 'date',
      required: true,
      // figures/dossiers.ts: a dossier without a received date leaves received and carried over unknown.
      unreadable: {
        vi: 'Khi chưa đọc được ngày tiếp nhận, chưa tính được số hồ sơ tiếp nhận và kỳ trước chuyển sang.',
        en: 'While the received date cannot be read, the dossiers received and carried over cannot be counted.',
      },
    },
    {
      key: 'dueAt',
      label: { vi: 'Ngày hẹn trả', en: 'Due at' },
      // One-stop systems' wordings too (tester 15 item 15): «Hạn giải quyết» (and «Thời hạn giải quyết»), «Hạn GQ».
      synonyms: ['ngày hẹn trả', 'hạn trả', 'hạn xử lý', 'ngày hẹn trả kết quả', 'hạn giải quyết', 'hạn gq'],
      kind: 'date',
      required: true,
      // A procedure resolved the day it is received (chứng thực) is due that day, however the export says so.
      sameDay: ['trong ngày', 'ngay trong ngày', 'trả ngay', 'giải quyết ngay', 'trả trong ngày', 'ngay', 'trong ngày làm việc'],
      // A blank due date leaves that dossier out of early / on time / late only, said once (figures/dossiers.ts).
      blankSaidByFigures: true,
      unreadable: {
        vi: 'Khi chưa đọc được ngày hẹn trả, chưa tính được số hồ sơ trước hạn, đúng hạn, quá hạn.',
        en: 'While the due date cannot be read, early, on-time and late dossiers cannot be counted.',
      },
    },
    {
      key: 'doneAt',
      label: { vi: 'Ngày có kết quả', en: 'Done at' },
      // «Ngày giải quyết xong», «Ngày xử lý xong» (tester 15 item 15); not «Ngày giải quyết» alone, the end of «Số ngày giải quyết».
      synonyms: [
        'ngày có kết quả',
        'ngày trả kết quả',
        'ngày kết thúc',
        'ngày trả',
        'ngày hoàn thành',
        'ngày giải quyết xong',
        'ngày xử lý xong',
        'ngày gq xong',
      ],
      kind: 'date',
      // A dossier without a done date is pending.
      unreadable: {
        vi: 'Khi chưa đọc được ngày có kết quả, hồ sơ này được tính là đang giải quyết.',
        en: 'While the result date cannot be read, the dossier is counted as pending.',
      },
    },
    {
      key: 'status',
      label: { vi: 'Trạng thái', en: 'Status' },
      synonyms: ['trạng thái', 'tình trạng', 'trạng thái hồ sơ', 'tình trạng xử lý'],
      // Evidence of resolved / pending when the export has no done date (the longest phrase is tried first).
      kind: 'category',
      categories: {
        done: [
          'đã trả kết quả',
          'trả kết quả',
          'đã có kết quả',
          'có kết quả',
          'chờ trả kết quả',
          'đã giải quyết',
          'giải quyết xong',
          'đã xử lý',
          'đã xử lý xong',
          'hoàn thành',
          'đã hoàn thành',
          'đã trả',
          'kết thúc',
          'đã kết thúc',
        ],
        pending: [
          'đang xử lý',
          'đang giải quyết',
          'chưa giải quyết',
          'chưa xử lý',
          'chờ xử lý',
          'chờ bổ sung',
          'yêu cầu bổ sung',
          'bổ sung',
          'đang thẩm định',
          // Accepted for handling (thụ lý): the one-stop systems' word for a dossier in progress (tester 13 W114).
          'đang thụ lý',
          'đã thụ lý',
          'thụ lý',
          'chờ phê duyệt',
          'đã tiếp nhận',
          'mới tiếp nhận',
          'chờ tiếp nhận',
          'tạm dừng',
          'quá hạn',
          'trong hạn',
        ],
        // Resolved, with the timing the status states.
        doneEarly: timed('trước hạn', 'trước thời hạn', 'sớm hạn'),
        doneOnTime: timed('đúng hạn', 'đúng thời hạn', 'đúng hẹn'),
        doneLate: timed('quá hạn', 'trễ hạn', 'trễ hẹn', 'quá thời hạn'),
        // Refused or withdrawn: received, but neither resolved nor pending.
        cancelled: [
          'từ chối',
          'từ chối giải quyết',
          'không giải quyết',
          'rút hồ sơ',
          'công dân rút hồ sơ',
          'rút',
          'trả lại hồ sơ',
          'trả lại',
          'đã hủy',
          'hủy',
          'dừng xử lý',
        ],
      },
    },
    // Outcomes marked by a cross («x», «1») in one column each: «Đã trả kết quả» over «Trước hạn | Đúng hạn | Quá
    // hạn», and «Đang xử lý» (figures/dossiers.ts, outcome 'marks'). Met on clerks' own lists only.
    {
      key: 'doneEarly',
      label: { vi: 'Đã trả kết quả trước hạn', en: 'Resolved early (marked)' },
      synonyms: ['trước hạn', 'trước thời hạn', 'sớm hạn'],
      under: DONE_GROUP,
      kind: 'text',
      formOnly: true,
    },
    {
      key: 'doneOnTime',
      label: { vi: 'Đã trả kết quả đúng hạn', en: 'Resolved on time (marked)' },
      synonyms: ['đúng hạn', 'đúng thời hạn'],
      under: DONE_GROUP,
      kind: 'text',
      formOnly: true,
    },
    {
      key: 'doneLate',
      label: { vi: 'Đã trả kết quả quá hạn', en: 'Resolved late (marked)' },
      synonyms: ['quá hạn', 'trễ hạn'],
      under: DONE_GROUP,
      kind: 'text',
      formOnly: true,
    },
    {
      key: 'pendingMark',
      label: { vi: 'Đang xử lý (đánh dấu)', en: 'Pending (marked)' },
      synonyms: ['đang xử lý', 'đang giải quyết', 'chưa giải quyết', 'chưa trả kết quả', 'chưa có kết quả'],
      kind: 'text',
      formOnly: true,
    },
  ],
});
