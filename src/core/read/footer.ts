/**
 * The lines under a table that end it, for every kind of table (one rule, read/locate.ts): a note («Ghi chú: …»,
 * «Nguồn: …»), a footnote («(*) …») or a prose summary («Tổng số: 03 người (01 cán bộ, 02 công chức).») in one
 * cell, or a signature block («Người lập biểu | TM. ỦY BAN NHÂN DÂN», «Người ghi sổ | Lãnh đạo duyệt», «KẾ TOÁN |
 * CHỦ TỊCH UBND XÃ», «Người lập biểu | Trưởng bộ phận một cửa») naming the roles that sign, or the place and date it
 * is signed on. Nearly every printed list ends so (Nghị định 30/2020 signature block); such a line is no record.
 */
import type { Grid } from './grid';
import { isTextCell } from './grid';
import { TOTAL_LABEL_MAX, isTotalText } from './values';

/** Words opening a note or a signature (folded). */
const NOTE_WORDS = ['ghi chu', 'luu y', 'nguon'];
/** Words opening a role that signs under a table (folded: «TM.» is «tm», «KT.» «kt»). */
const SIGNER_WORDS = [
  'nguoi lap',
  'nguoi ghi so',
  'nguoi kiem tra',
  'nguoi duyet',
  'lanh dao duyet',
  'lanh dao don vi',
  'xac nhan',
  'thu truong',
  'ke toan',
  'chu tich',
  'pho chu tich',
  'truong bo phan',
  'truong phong',
  'truong ban',
  'giam doc',
  'pho giam doc',
  'bi thu',
  'thu quy',
  'tm',
  'kt',
  'ttl',
  'tl',
];
/**
 * Roles that only a signature block opens with (folded): a line holding one of them is a signature line whatever
 * its other cells say («Người lập biểu | Bộ phận tiếp nhận và trả kết quả»), unless a cell holds a figure.
 */
const SIGNATURE_ONLY = ['nguoi lap', 'nguoi ghi so', 'nguoi kiem tra', 'nguoi duyet', 'lanh dao duyet', 'thu truong don vi', 'tm', 'kt', 'ttl', 'tl'];
/** Most cells a signature line fills: the signers side by side. */
const SIGNERS_MAX = 4;

const opensWith = (f: string, words: readonly string[]): boolean => words.some((w) => f === w || f.startsWith(`${w} `));

/** «Tân Phú, ngày 05 tháng 7 năm 2025», «Ngày … tháng … năm …»: the place and date a signature is given on. */
const signedOn = (f: string): boolean => /(?:^|\s)ngay(?:\s.*)?\sthang(?:\s.*)?\snam(?:\s|$)/.test(f);

/**
 * A footnote's text: «(*) Bao gồm thu phí…», «(**) Số liệu ước…», or a bare «*» before a sentence («* Số liệu
 * thực hiện tính đến ngày 30/9.»: five words or more, or a full stop; a short «* Thu tại xã» may head rows).
 */
function isFootnote(text: string, folded: string): boolean {
  if (/^\(\s*\*+\s*\)/u.test(text)) return true;
  if (!/^\*+\s*\S/u.test(text)) return false;
  return folded.split(' ').filter(Boolean).length >= 5 || /\.\s*$/u.test(text);
}

/**
 * A total stated in a sentence, not a total row: a total word, a count and what is counted, then more words
 * («Tổng số: 03 người (01 cán bộ, 02 công chức).», «Tổng cộng 4 hồ sơ, trong đó 2 hồ sơ trực tuyến»). Folded. A
 * plain «Tổng cộng: 4 hồ sơ» or «Cộng: 8 người» is a total row of the list (read/listTotal.ts checks its count).
 */
const SUMMARY =
  /^(?:tong cong|tong so|tong|cong)(?: chung)?(?: [a-z]+){0,6}? \d+ (?:nguoi|can bo|cong chuc|cbcc|van ban|ho so|thu tuc|linh vuc|ban ghi|muc|khoan|dong|trieu dong|nghin dong)(?: [a-z0-9]+)+$/;

/** A total word, a count and three words or more after it: «Tổng số người: 03 (01 cán bộ, 02 công chức).» */
const SUMMARY_LONG = /^(?:tong cong|tong so|tong|cong)(?: chung)?(?: [a-z]+){0,6}? \d+(?: [a-z0-9]+){3,}$/;

/** A summary sentence (see SUMMARY), longer than a total label; `text` as shown, `folded` its folded form. */
export function isSummaryLine(text: string, folded: string): boolean {
  // A shorter one («Cộng 8 (3 cán bộ, 5 công chức)», «Cộng tháng 01: 02 văn bản») is a total row of the list,
  // its count checked (read/listTotal.ts), and a month's count may stand amid the list.
  return text.length > TOTAL_LABEL_MAX && (SUMMARY.test(folded) || SUMMARY_LONG.test(folded));
}

/**
 * A line in [left, right] that ends the table above it: one cell holding a note («Ghi chú: …», «Nguồn: …»), a
 * footnote («(*) …», tester 17 B09), a prose summary (tester 17 S23) or a signer's role, or several text cells
 * each naming a signer's role (or the place and date), or up to four text cells without a figure one of which
 * opens with a role only a signature names (tester 17 T28). A total row is none.
 */
export function isFooter(grid: Grid, row: number, left: number, right: number): boolean {
  const filled: string[] = [];
  let text = '';
  for (let c = left; c <= right; c++) {
    if (grid.isBlank(row, c)) continue;
    if (!isTextCell(grid, row, c)) return false;
    filled.push(grid.folded(row, c));
    text = grid.text(row, c).trim();
  }
  if (filled.length === 0) return false;
  if (filled.length === 1 && isSummaryLine(text, filled[0])) return true;
  if (filled.some(isTotalText)) return false;
  if (filled.length === 1 && (opensWith(filled[0], NOTE_WORDS) || isFootnote(text, filled[0]))) return true;
  if (filled.every((f) => opensWith(f, SIGNER_WORDS) || signedOn(f))) return true;
  // «Người lập biểu | Trưởng bộ phận một cửa»: one role only a signature opens with, beside roles in words.
  return filled.length <= SIGNERS_MAX && filled.some((f) => opensWith(f, SIGNATURE_ONLY)) && filled.every((f) => !/\d/.test(f) || signedOn(f));
}
