import { TABLE_LABEL } from '../labels';
import { defineTable } from './types';
import type { FieldKey } from './index';

// One-stop systems (OpenCPS and the like) say "Hồ sơ giải quyết xong" and "Hồ sơ đang giải quyết".
const RESOLVED = ['đã giải quyết', 'số hồ sơ đã giải quyết', 'đã giải quyết xong', 'giải quyết xong', 'đã xử lý'];
// "Đã trả kết quả" groups the resolved dossiers on forms that count them when the result is handed back; only as a
// group label: alone in a cell it is a dossier's status in a one-stop export, not a header.
const RESOLVED_GROUP = [...RESOLVED, 'đã trả kết quả'];
// Online: "Qua mạng", "Online", "Qua DVCTT", "Nộp qua DVC", "Qua Cổng DVC" (dịch vụ công trực tuyến, on the Cổng dịch vụ
// công). Direct: at the one-stop desk ("Tại Bộ phận Một cửa").
const ONLINE = [
  'trực tuyến',
  'nộp trực tuyến',
  'qua mạng',
  'nộp qua mạng',
  'online',
  'dvctt',
  'dvc',
  'qua dvc',
  'nộp qua dvc',
  'cổng dvc',
  'dvc trực tuyến',
  'dịch vụ công',
  'dịch vụ công trực tuyến',
  'cổng dịch vụ công',
];
// Online dossiers split by the service's level (Nghị định 45/2020/NĐ-CP, Điều 3 and Nghị định 42/2022): «toàn trình»
// (the whole procedure online) and «một phần» (part of it). Both are online; either may head its own column.
const ONLINE_FULL = ['toàn trình', 'trực tuyến toàn trình', 'dvc toàn trình', 'dvctt toàn trình', 'mức độ 4', 'mức 4'];
const ONLINE_PARTIAL = ['một phần', 'trực tuyến một phần', 'dvc một phần', 'dvctt một phần', 'mức độ 3', 'mức 3'];
const DIRECT = [
  'trực tiếp',
  'trực tiếp và bưu chính',
  // «Trực tiếp, bưu chính» in one column: direct (the longer name wins over the postal column's «bưu chính»).
  'trực tiếp, bưu chính',
  'trực tiếp, qua bưu chính',
  'trực tiếp và qua bưu chính',
  'trực tiếp hoặc bưu chính',
  'trực tiếp hoặc qua dịch vụ bưu chính',
  // Every «Trực tiếp» joined to a postal wording: «Trực tiếp, dịch vụ bưu chính», «Trực tiếp hoặc qua dịch vụ bưu chính
  // công ích» (tester 15 item 11). Folded, the comma is gone: «trực tiếp X» stands for «Trực tiếp, X».
  ...['', 'và ', 'hoặc '].flatMap((and) =>
    ['', 'qua '].flatMap((via) =>
      ['dịch vụ bưu chính', 'dịch vụ bưu chính công ích', 'bưu chính công ích', 'bưu điện', 'đường bưu điện', 'bcci'].map((p) => `trực tiếp ${and}${via}${p}`),
    ),
  ),
  'nộp trực tiếp',
  'bộ phận một cửa',
  'tại một cửa',
  'bộ phận tiếp nhận và trả kết quả',
];
// Dossiers sent by post (dịch vụ bưu chính công ích, Quyết định 45/2016/QĐ-TTg) in a column of their own.
const POSTAL = [
  'bưu chính',
  'qua bưu chính',
  'dịch vụ bưu chính',
  'qua dịch vụ bưu chính',
  'bưu chính công ích',
  'qua dịch vụ bưu chính công ích',
  'qua bưu điện',
  'qua đường bưu điện',
  'bcci',
  'qua bcci',
];
// «Chưa trả kết quả» beside «Đã trả kết quả»: the dossiers whose result is not handed back yet.
const PENDING = ['đang giải quyết', 'số hồ sơ đang giải quyết', 'chưa giải quyết', 'đang xử lý', 'chưa trả kết quả'];
const RECEIVED = ['tổng số hồ sơ tiếp nhận', 'số hồ sơ tiếp nhận', 'tiếp nhận', 'số hồ sơ nhận', 'hồ sơ nhận'];

/** Headers of one column counting early and on-time dossiers together (the bracketed «Đúng hạn (bao gồm trước hạn)»:
 * read/header.ts INCLUDES). */
export const ON_TIME_WITH_EARLY = [
  'trước hạn và đúng hạn',
  'đúng hạn và trước hạn',
  'trước hạn, đúng hạn',
  'đúng hạn, trước hạn',
  'trước hạn hoặc đúng hạn',
  'trước và đúng hạn',
  'đúng và trước hạn',
  'trước hoặc đúng hạn',
  'sớm và đúng hạn',
  'đúng hạn và sớm hạn',
];

/** One of Biểu 06's identities, by the tthc table's field keys (a renamed field fails to compile here). */
interface TthcSum {
  total: FieldKey<'tthc'>;
  parts: readonly FieldKey<'tthc'>[];
  optional: readonly FieldKey<'tthc'>[];
  /** Holds only on a table with none of these columns; such an identity fills a missing total, it is not checked. */
  without?: readonly FieldKey<'tthc'>[];
}

/**
 * Biểu 06's identities: each total is the sum of its parts; an optional part counts when the table has it.
 * The checks test them and the figures use them to fill a total the table has no column for.
 */
export const TTHC_SUMS = [
  // «Trực tiếp» beside «Qua dịch vụ bưu chính công ích» (tester 13 item 6): postal dossiers count as direct (spec:
  // direct = trực tiếp và bưu chính); read/onlineColumns.ts gives the «Trực tiếp» column to directDesk then.
  { total: 'direct', parts: ['directDesk', 'postal'], optional: [] },
  // «Trực tuyến toàn trình» + «Trực tuyến một phần»: both online (a lone «toàn trình» column is read as online itself).
  { total: 'online', parts: ['onlineFull', 'onlinePartial'], optional: [] },
  { total: 'received', parts: ['online', 'direct'], optional: ['carriedOver'] },
  // One-stop summaries: "Số đầu kỳ (3=4+5)" = "Kỳ trước chuyển qua" + "Tiếp nhận trong kỳ".
  { total: 'received', parts: ['receivedInPeriod'], optional: ['carriedOver'] },
  { total: 'receivedInPeriod', parts: ['online', 'direct'], optional: [] },
  // "Tổng số trễ hạn" beside the parts: late among the resolved + overdue among the pending.
  { total: 'lateTotal', parts: ['late', 'pendingOverdue'], optional: [] },
  { total: 'resolved', parts: ['early', 'onTime', 'late'], optional: [] },
  // A summary with «Giải quyết đúng hạn» and «Giải quyết trễ hạn» but no «Đã giải quyết» and no «Trước hạn»
  // (tester 13 item 8): the early dossiers are among the on-time ones, so the two make the resolved total.
  { total: 'resolved', parts: ['onTime', 'late'], optional: [], without: ['early'] },
  { total: 'pending', parts: ['pendingInTime', 'pendingOverdue'], optional: [] },
] as const satisfies readonly TthcSum[];

/**
 * The parts a TTHC total the table has no column for is made of (the first identity of TTHC_SUMS whose parts it
 * has, with the optional parts it has): «Trực tuyến» from «toàn trình» + «một phần»; null when none fits.
 * `has`: whether the table has a column for a field key.
 */
export function partsOf(total: string, has: (key: string) => boolean): string[] | null {
  const d = TTHC_SUMS.find((s) => s.total === total && s.parts.every(has) && !('without' in s && s.without.some(has)));
  return d ? [...d.parts, ...d.optional.filter(has)] : null;
}

/**
 * The direct count a table has no column for, told by difference when its total and the other parts have columns
 * (Biểu 06: received in the period = online + direct; received = online + direct + carried over): the total's key and
 * the keys taken from it, or null. Tester 17 T02: «Tổng số | Trong kỳ | Từ kỳ trước | Trong đó: Trực tuyến», no direct
 * column: direct = Trong kỳ − Trực tuyến. Only direct: a column left unread beside them would be postal, which is direct
 * too; online is never told so (an unread postal column would be counted online). `has`: whether the table has a column.
 */
export function differenceOf(part: string, has: (key: string) => boolean): { total: string; minus: string[] } | null {
  if (part !== 'direct') return null;
  const order = ['receivedInPeriod', 'received'];
  const sums = TTHC_SUMS.filter((s) => order.includes(s.total)).sort((a, b) => order.indexOf(a.total) - order.indexOf(b.total));
  for (const s of sums) {
    const parts: readonly string[] = s.parts;
    if (!parts.includes(part) || !has(s.total)) continue;
    const others = parts.filter((p) => p !== part);
    if (!others.every(has)) continue;
    return { total: s.total, minus: [...others, ...s.optional.filter(has)] };
  }
  return null;
}

/** TTHC dossier counts (Biểu 06, Thông tư 01/2020/TT-VPCP): one row per field (lĩnh vực), or a total row. */
export const tthc = defineTable({
  name: 'tthc',
  label: TABLE_LABEL.tthc,
  titleWords: ['tthc', 'thủ tục hành chính', 'giải quyết thủ tục hành chính', 'hồ sơ', 'biểu 06', 'một cửa'],
  shape: 'rows',
  required: true,
  anyOf: [['received'], ['resolved']],
  evidence: {
    // Biểu 06: counts received or resolved, beside the timing or channel counts, or under words of dossiers.
    anyOf: [
      [
        { fields: ['received', 'resolved'], values: 'count' },
        { fields: ['early', 'onTime', 'late', 'online', 'direct', 'pendingInTime', 'pendingOverdue'], values: 'count' },
      ],
      [{ fields: ['received', 'resolved'], values: 'count' }, { words: ['hồ sơ', 'thủ tục', 'tthc', 'một cửa', 'biểu 06', 'dịch vụ công'] }],
    ],
    // Complaint handling (xử lý đơn thư) counts letters received and resolved too; a catalogue lists procedures.
    // Citizen reception and petitions (tiếp công dân, đơn kiến nghị, phản ánh) count visits and letters the same way.
    against: ['đơn thư', 'khiếu nại', 'tố cáo', 'mã thủ tục', 'cơ quan thực hiện', 'tiếp công dân', 'lượt tiếp', 'kiến nghị', 'phản ánh'],
    setAside: { titles: ['tiếp công dân', 'đơn kiến nghị', 'kiến nghị, phản ánh', 'phản ánh, kiến nghị'], labels: ['lượt tiếp công dân'] },
  },
  fields: [
    // Counts per thủ tục under label-only rows «I | LĨNH VỰC HỘ TỊCH» (tester 13 item 34, W110): the field is the group
    // row above (read/groupRows.ts), and the figures add the procedures up per field (figures/tthc.ts).
    { key: 'field', label: { vi: 'Lĩnh vực', en: 'Field' }, synonyms: ['lĩnh vực', 'tên lĩnh vực'], kind: 'text', groupRows: { beside: 'procedure' } },
    {
      key: 'procedure',
      label: { vi: 'Thủ tục', en: 'Procedure' },
      synonyms: ['thủ tục', 'tên thủ tục', 'tên thủ tục hành chính', 'thủ tục hành chính', 'tên tthc'],
      kind: 'text',
      formOnly: true,
    },
    {
      key: 'received',
      label: { vi: 'Tổng số hồ sơ tiếp nhận', en: 'Received' },
      synonyms: ['tổng số', 'tổng', 'số đầu kỳ', ...RECEIVED],
      under: [...RECEIVED, 'số đầu kỳ'],
      kind: 'count',
      required: true,
    },
    {
      key: 'receivedInPeriod',
      label: { vi: 'Tiếp nhận trong kỳ', en: 'Received in the period' },
      synonyms: ['tiếp nhận trong kỳ', 'nhận trong kỳ', 'mới tiếp nhận', 'số mới tiếp nhận', 'tiếp nhận mới'],
      kind: 'count',
      formOnly: true,
    },
    { key: 'online', label: { vi: 'Trực tuyến', en: 'Online' }, synonyms: ONLINE, kind: 'count' },
    {
      key: 'onlineFull',
      label: { vi: 'Trực tuyến toàn trình', en: 'Online, whole procedure' },
      synonyms: ONLINE_FULL,
      kind: 'count',
      formOnly: true,
    },
    {
      key: 'onlinePartial',
      label: { vi: 'Trực tuyến một phần', en: 'Online, part of the procedure' },
      synonyms: ONLINE_PARTIAL,
      kind: 'count',
      formOnly: true,
    },
    { key: 'direct', label: { vi: 'Trực tiếp và bưu chính', en: 'Direct and postal' }, synonyms: DIRECT, kind: 'count' },
    {
      key: 'postal',
      label: { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public postal service' },
      synonyms: POSTAL,
      kind: 'count',
      formOnly: true,
    },
    // No header names it: the «Trực tiếp» column becomes it beside a postal column (read/onlineColumns.ts).
    { key: 'directDesk', label: { vi: 'Trực tiếp', en: 'Direct, at the desk' }, synonyms: [], kind: 'count', formOnly: true },
    {
      key: 'carriedOver',
      label: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
      // «Từ kỳ trước» under «Trong đó» beside «Trực tuyến» / «Trực tiếp» (tester 15 item 11).
      synonyms: [
        'kỳ trước chuyển sang',
        'kỳ trước chuyển qua',
        'tồn kỳ trước',
        'từ kỳ trước chuyển sang',
        'từ kỳ trước',
        'chuyển từ kỳ trước',
        'tồn từ kỳ trước',
      ],
      kind: 'count',
    },
    {
      key: 'resolved',
      label: { vi: 'Đã giải quyết', en: 'Resolved' },
      // «Tổng» / «Tổng số» under «Đã giải quyết» or «Đã trả kết quả»: the group's total.
      synonyms: ['tổng số', 'tổng', ...RESOLVED],
      under: RESOLVED_GROUP,
      kind: 'count',
      required: true,
    },
    { key: 'early', label: { vi: 'Trước hạn', en: 'Early' }, synonyms: ['trước hạn', 'trước thời hạn', 'sớm hạn'], kind: 'count' },
    // One column for early and on time together (tester 13 W70): the on-time column, early inside it and not apart
    // (read/partColumns.ts earlyInOnTime says so). Longer than «trước hạn», these win over the early column there.
    { key: 'onTime', label: { vi: 'Đúng hạn', en: 'On time' }, synonyms: ['đúng hạn', 'đúng thời hạn', ...ON_TIME_WITH_EARLY], kind: 'count' },
    { key: 'late', label: { vi: 'Quá hạn', en: 'Late' }, synonyms: ['quá hạn', 'trễ hạn'], under: RESOLVED_GROUP, kind: 'count' },
    { key: 'pending', label: { vi: 'Đang giải quyết', en: 'Pending' }, synonyms: ['tổng số', 'tổng', ...PENDING], under: PENDING, kind: 'count' },
    {
      key: 'pendingInTime',
      label: { vi: 'Trong hạn', en: 'Pending, in time' },
      synonyms: ['trong hạn', 'chưa đến hạn', 'chưa quá hạn', 'chưa hết hạn', 'còn hạn'],
      kind: 'count',
    },
    {
      key: 'lateTotal',
      label: { vi: 'Tổng số trễ hạn', en: 'Late in all' },
      synonyms: ['tổng số trễ hạn', 'tổng số quá hạn', 'tổng trễ hạn', 'tổng quá hạn'],
      kind: 'count',
      formOnly: true,
    },
    {
      key: 'pendingOverdue',
      label: { vi: 'Quá hạn (đang giải quyết)', en: 'Pending, overdue' },
      synonyms: ['quá hạn', 'trễ hạn'],
      under: PENDING,
      kind: 'count',
    },
  ],
});
