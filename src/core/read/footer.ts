/**
 * The lines under a table that end it: a note («Ghi chú: …», «Nguồn: …») in one cell, or a signature block
 * («Người lập biểu | TM. ỦY BAN NHÂN DÂN», «Người ghi sổ | Lãnh đạo duyệt», «KẾ TOÁN | CHỦ TỊCH UBND XÃ») whose
 * every cell names a role that signs, or the place and date it is signed on. Nearly every printed list ends so
 * (Nghị định 30/2020 signature block); such a line is no record.
 */
import type { Grid } from './grid';
import { isTextCell } from './grid';
import { isTotalText } from './values';

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
  'tm',
  'kt',
  'ttl',
  'tl',
];

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
 * A line in [left, right] that ends the table above it: one cell holding a note («Ghi chú: …», «Nguồn: …»), a
 * footnote («(*) …», tester 17 B09) or a signer's role, or several text cells each naming a signer's role (or the
 * place and date), never a total.
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
  if (filled.length === 0 || filled.some(isTotalText)) return false;
  if (filled.length === 1 && (opensWith(filled[0], NOTE_WORDS) || isFootnote(text, filled[0]))) return true;
  return filled.every((f) => opensWith(f, SIGNER_WORDS) || signedOn(f));
}
