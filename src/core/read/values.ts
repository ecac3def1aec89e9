/** Small readings of single cells: numbers or not, formula errors, categories, totals, outline levels. */
import { isCellError, type CellValue } from '../snapshot';
import { fold } from '../text/fold';
import { parseNumberText } from './number';
import { parseDateText } from './date';
import { memoized } from '../memo';

/** A number, or text that reads as one ("1.464.000", "25%"), or a date typed as text. */
export function looksNumeric(raw: CellValue, text: string): boolean {
  if (typeof raw === 'number') return true;
  if (typeof raw !== 'string') return false;
  return numericText(text);
}

/** Header matching asks this of the same cells for every table and header depth: each text is decided once. */
const numericText = memoized(10_000, (text) => parseNumberText(text) !== null || parseDateText(text) !== null);

/** "-", "–", "x": how clerks write "none" in a count or amount column. */
export function isDash(text: string): boolean {
  return /^[-–—x×]$/i.test(text.trim());
}

const ERROR_TEXT = /^#(?:DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)/i;

/** The Excel error a cell holds (as an error value or as its text), or null. */
export function formulaErrorOf(raw: CellValue, text: string): string | null {
  if (raw !== null && typeof raw === 'object' && isCellError(raw)) return String(raw.error || '#ERROR');
  if (typeof raw !== 'string') return null;
  const t = text.trim();
  // Every error text starts with "#": the regex is left for those (this runs per text cell).
  return t.startsWith('#') && ERROR_TEXT.test(t) ? t : null;
}

/** Per category table: its phrases, longest first, padded with spaces to match whole words (see containsWords). */
const phraseCache = new WeakMap<Record<string, string[]>, { key: string; padded: string }[]>();
/** Per category table: the answer for each folded text seen (a column repeats a few values down 100 000 rows). */
const answerCache = new WeakMap<Record<string, string[]>, (folded: string) => string | null>();

/**
 * The canonical category whose words occur in the folded text: the one written last ("Cán bộ KCT" is
 * không chuyên trách), the longest at the same place ("rất hài lòng" before "hài lòng", "không chuyên trách"
 * before "chuyên trách").
 */
export function matchCategory(folded: string, categories: Record<string, string[]>): string | null {
  let answer = answerCache.get(categories);
  if (!answer) answerCache.set(categories, (answer = memoized(10_000, (f) => matchCategoryNow(f, categories))));
  return answer(folded);
}

function matchCategoryNow(folded: string, categories: Record<string, string[]>): string | null {
  let phrases = phraseCache.get(categories);
  if (!phrases) {
    const all: { key: string; phrase: string }[] = [];
    for (const [key, words] of Object.entries(categories)) {
      all.push({ key, phrase: fold(key) });
      for (const w of words) all.push({ key, phrase: fold(w) });
    }
    all.sort((a, b) => b.phrase.length - a.phrase.length);
    phrases = all.filter((p) => p.phrase).map((p) => ({ key: p.key, padded: ` ${p.phrase} ` }));
    phraseCache.set(categories, phrases);
  }
  const text = ` ${folded} `;
  // The vocabulary word written last names the value: in "Cán bộ KCT xã" KCT says which cán bộ. Phrases are
  // tried longest first, so at the same end the longer one ("rất hài lòng", "sau đại học") is kept.
  let best: string | null = null;
  let bestEnd = -1;
  for (const p of phrases) {
    const at = text.lastIndexOf(p.padded);
    if (at < 0) continue;
    const end = at + p.padded.length;
    if (end > bestEnd) {
      best = p.key;
      bestEnd = end;
    }
  }
  return best;
}

const TOTAL_WORDS = ['tong cong', 'cong', 'tong so', 'tong', 'cong chung', 'tong cong chung', 'tong so chung', 'toan xa'];

/**
 * A total word followed by the count it states, maybe after what is counted: "Cộng: 8 người", "Tổng số 8",
 * "Tổng số CBCC: 8". Without the number, "Cộng Văn Hòa" (a name) or "Công chức" (folded "cong chuc") is no total.
 */
const TOTAL_WITH_COUNT = /^(?:tong cong|tong so|tong|cong)(?: chung)?(?: (?:nguoi|cbcc|can bo cong chuc|can bo|cong chuc|van ban|ho so))? (\d+)(?: |$)/;

/** A total label is short (read/rows.ts): a longer line opening with a total word is a sentence (read/footer.ts). */
export const TOTAL_LABEL_MAX = 40;

/**
 * A total word followed only by words of the period or of the whole place (tester 15 item 23): «Cộng quý I», «Cộng
 * năm 2025», «Cộng tháng 03», «Cộng cả năm», «Tổng số 6 tháng đầu năm», «Cộng toàn xã», «Toàn xã quý I/2025». Folded;
 * each word after the head must be one of these («Cộng thu», «Tổng số hồ sơ», «Công chức» are no totals).
 */
const TOTAL_SCOPED =
  /^(?:tong cong|tong so|tong|cong|toan xa)(?: chung)?(?: (?:quy|nam|thang|ca|dau|cuoi|ky|bao cao|tu|den|nay|ngay|luy ke|toan|xa|phuong|thi tran|huyen|tinh|chung|cac don vi|i|ii|iii|iv|\d{1,4}))+$/;

/**
 * "Tổng cộng", "Cộng", "Tổng số" (alone or as the start of "Tổng cộng: ..."), one stating its count ("Cộng: 8
 * người"), or one naming the period or place it totals ("Cộng quý I", "Cộng năm 2025"). Folded text.
 */
export function isTotalText(folded: string): boolean {
  return TOTAL_WORDS.includes(folded) || folded.startsWith('tong cong ') || TOTAL_WITH_COUNT.test(folded) || TOTAL_SCOPED.test(folded);
}

/**
 * A label that opens with a total word and goes on: «Tổng số phiếu», «Cộng các mức», «Tổng (phiếu)», «Tong so
 * phieu». Asked only of a category column's cell that names no category (rows.ts), where a level, a status or a
 * type never starts so; elsewhere «Tổng số hộ nghèo» or «Tổng thu» is a line of its own. Text as shown (legacy font
 * converted); diacritics tell «Cộng» from «Công» («Công chức», «Công văn»), so an unaccented «Cong …» is not one.
 */
export function opensWithTotalWord(text: string): boolean {
  const t = text.normalize('NFC').toLowerCase();
  return /^[\s"'(]*(?:tổng|cộng|tong)(?=$|[\s:.,;(–-])/.test(t);
}

/** The count a total label states ("Cộng: 8 người" -> 8, "Tổng cộng 08 người" -> 8), or null. */
export function totalCountOf(folded: string): number | null {
  const m = TOTAL_WITH_COUNT.exec(folded);
  return m ? Number(m[1]) : null;
}

/**
 * Outline level of a budget or investment line from its order ("I" -> 1, "1" -> 2, "1.1" or "a)" -> 3,
 * "1.1.1" -> 4, "-" or "+" -> 4), or from the same mark at the start of the content; undefined when nothing
 * tells. A letter or a dash under a deeper line goes below it (rows.ts outlineLevels).
 */
export function orderLevel(order: string): number | undefined {
  const t = order.trim();
  if (!t) return undefined;
  if (/^[IVXLC]+\s*[.)]?$/.test(t) || /^[A-H]\s*[.)]?$/.test(t)) return 1;
  if (/^\d+\s*[.)]?$/.test(t)) return 2;
  if (/^\d+(?:\.\d+)+\s*[.)]?$/.test(t)) return Math.min(t.replace(/[.)\s]+$/, '').split('.').length + 1, 6);
  if (/^[a-zđ]\s*[.)]?$/.test(t)) return 3;
  if (/^[-+*•–]$/.test(t)) return 4;
  return undefined;
}

/** The outline mark a content cell starts with ("I. Thu ngân sách", "a) Thu phí", "- Chi khác"). */
export function leadingOrder(content: string): string | null {
  const m = /^\s*((?:[IVXLC]+|[A-H]|\d+(?:\.\d+)*|[a-zđ])\s*[.)]|[-+*•–])\s+\S/.exec(content);
  return m ? m[1] : null;
}
