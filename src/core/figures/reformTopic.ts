/**
 * Whether a document's summary (trích yếu) touches administrative reform (CCHC). A commune's general
 * outgoing register ("Sổ đăng ký văn bản đi") holds every letter it sent; the draft must not call them
 * all "văn bản chỉ đạo, điều hành về CCHC" (clerk-tester's report, brief w5 point 1).
 *
 * The words are the six areas of the reform programme (Nghị quyết 76/NQ-CP: thể chế, TTHC, tổ chức bộ
 * máy, công vụ, tài chính công, chính quyền điện tử/số) and the words commune documents use for them,
 * compared folded (without diacritics, lower case) as whole words, so "cai cach hanh chinh" matches too.
 */
import { containsWords, fold } from '../text/fold';

const REFORM_PHRASES = [
  'cai cach hanh chinh',
  'cchc',
  'cai cach',
  'thu tuc hanh chinh',
  'tthc',
  'mot cua',
  'dich vu cong',
  'chuyen doi so',
  'chinh quyen dien tu',
  'chinh quyen so',
  'chinh phu dien tu',
  'chinh phu so',
  'tinh gon bo may',
  'to chuc bo may',
  'sap xep bo may',
  'bien che',
  'vi tri viec lam',
  'cong vu',
  'cong chuc',
  'ky luat ky cuong',
  'ky cuong',
  'van hoa cong so',
  'the che',
  'van ban quy pham phap luat',
  'vbqppl',
  'qppl',
  'ra soat van ban',
  'kiem soat thu tuc',
  'tai chinh cong',
  'co che tu chu',
  'hien dai hoa hanh chinh',
  'cong nghe thong tin',
  'cntt',
  'so hoa',
  'ky so',
  'chu ky so',
  'truc tuyen',
  'dinh danh dien tu',
  'de an 06',
  'iso',
  'hai long',
  // The reform's own indexes and work words in the short summaries registers keep (seed: «PAR INDEX»,
  // «Phân công tham mưu», «Đăng nhập hồ sơ»).
  'par index',
  'sipas',
  'ho so',
  'khao sat',
  'tham muu',
] as const;

/**
 * True when `summary` names an area of administrative reform (whole words, compared without diacritics).
 * A blank summary is not judged: callers leave it out.
 */
export function isAboutReform(summary: string): boolean {
  const f = fold(summary);
  return REFORM_PHRASES.some((p) => containsWords(f, p));
}
