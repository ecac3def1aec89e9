/**
 * Document numbers and symbols (số, ký hiệu) as Nghị định 30/2020 writes them:
 *   "175/QĐ-UBND", "66/UBND", "07/TB-UBND", "05/BC-UBND", and for legal normative documents
 *   "35/2022/NQ-HĐND" (number/year/symbol).
 * Party documents follow the Party's own rule (Hướng dẫn 36-HD/VPTW): "23-CTr/HU", "04-NQ/TU".
 * Decision: that form is accepted as well-formed (a commune's list may cite them); it is not
 * a slip in the State form.
 * Not well-formed: spaces ("08 /KH-UBND"), extra words ("08/KH-UBND xã", "Số 08/KH-UBND"),
 * lower-case symbols ("08/kh-ubnd").
 */
import { DOCUMENT_TYPES } from '../schema/documents';

export interface DocNumber {
  number: number;
  /** The part after the number: "QĐ-UBND", "UBND", "CTr/HU". */
  symbol: string;
  /**
   * Document type: "Quyết định", "Công văn", ... (see DOCUMENT_TYPES); for a legal normative document whose type
   * part is unknown, that part itself.
   */
  type: string;
  /** The year of a legal normative document's number ("35/2022/NQ-HĐND"). */
  year?: number;
  /** The number/symbol as Nghị định 30 writes it when its type part lacks diacritics: "01/QĐ-UBND" for "01/QD-UBND". */
  written?: string;
}

// A symbol part starts with a capital and never has two lower-case letters in a row:
// "UBND", "HĐND", "QĐ", "TTr", "CTr", "TTg", "QyĐ", "BCĐ389" — but not "UBNDxa" or "Ubnd".
const PART = String.raw`\p{Lu}(?:[\p{Lu}\d]|\p{Ll}(?![\p{Ll}]))*`;
const SYMBOL = `${PART}(?:-${PART})*`;
let forms: { state: RegExp; party: RegExp } | undefined;

/**
 * The two forms, compiled on first use: their Unicode property classes cost a few milliseconds to build
 * (more to run the first time), and a workbook with no register of documents never needs them.
 */
function docForms(): { state: RegExp; party: RegExp } {
  return (forms ??= {
    state: new RegExp(String.raw`^(\d{1,6})(?:\/(\d{4}))?\/(${SYMBOL})$`, 'u'),
    party: new RegExp(String.raw`^(\d{1,6})-(${PART})\/(${SYMBOL})$`, 'u'),
  });
}

/**
 * Other type abbreviations of Nghị định 30 (Phụ lục III), beyond the report's DOCUMENT_TYPES, and those of the
 * legal normative documents a list may cite ("30/2020/NĐ-CP", "01/2021/TT-BNV").
 */
const MORE_TYPES: Record<string, string> = {
  NQ: 'Nghị quyết',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  TC: 'Thông cáo',
  HD: 'Hướng dẫn',
  CTr: 'Chương trình',
  PA: 'Phương án',
  ĐA: 'Đề án',
  DA: 'Dự án',
  BB: 'Biên bản',
  HĐ: 'Hợp đồng',
  CĐ: 'Công điện',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  GM: 'Giấy mời',
  GGT: 'Giấy giới thiệu',
  GUQ: 'Giấy ủy quyền',
  GNP: 'Giấy nghỉ phép',
  PG: 'Phiếu gửi',
  PC: 'Phiếu chuyển',
  PB: 'Phiếu báo',
  KL: 'Kết luận',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
};

/** Every type abbreviation as Nghị định 30 writes it -> its type. */
const ABBREVIATIONS = new Map<string, string>([
  ...Object.entries(DOCUMENT_TYPES).flatMap(([name, abbrs]) => abbrs.map((a) => [a, name] as [string, string])),
  ...Object.entries(MORE_TYPES),
]);

/** Upper case without diacritics (Đ -> D): "QĐ" -> "QD". */
const bare = (abbr: string): string =>
  abbr
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase();

/**
 * Abbreviations typed without diacritics ("QD" for "QĐ", "QYD" for "QyĐ") -> the written form, when only one
 * abbreviation reads so: "HD" is Hướng dẫn as written (Hợp đồng's "HĐ" also reads "HD"), "DA" is Dự án.
 */
const BARE_FORMS: Map<string, string> = (() => {
  const seen = new Map<string, string[]>();
  for (const a of ABBREVIATIONS.keys()) seen.set(bare(a), [...(seen.get(bare(a)) ?? []), a]);
  const out = new Map<string, string>();
  for (const [b, forms] of seen) if (forms.length === 1 && forms[0] !== b) out.set(b, forms[0]);
  return out;
})();

/** The abbreviation as Nghị định 30 writes it: itself when known, else its form with diacritics ("QD" -> "QĐ"), else null. */
function writtenAbbreviation(abbr: string): string | null {
  if (ABBREVIATIONS.has(abbr)) return abbr;
  return ABBREVIATIONS.has(bare(abbr)) ? null : (BARE_FORMS.get(bare(abbr)) ?? null);
}

function typeOfAbbreviation(abbr: string): string | null {
  const written = writtenAbbreviation(abbr);
  return written === null ? null : ABBREVIATIONS.get(written)!;
}

/**
 * Type from a State-form symbol: its first part when that names a type ("QĐ-UBND", also typed "QD-UBND"). A symbol
 * of one part ("66/UBND"), or whose first part is an issuer and the next the drafting unit ("15/UBND-VP",
 * "25/SNV-CCHC": Nghị định 30, Phụ lục III), is a công văn. A legal normative document's ("35/2022/X-HĐND") first
 * part is always its type: an unknown one is kept as written.
 */
function typeOfSymbol(symbol: string, withYear: boolean): string {
  const parts = symbol.split('-');
  if (parts.length < 2) return 'Công văn';
  return typeOfAbbreviation(parts[0]) ?? (withYear ? parts[0] : 'Công văn');
}

/**
 * The number/symbol as Nghị định 30 writes it when its type part was typed without diacritics ("01/QD-UBND" ->
 * "01/QĐ-UBND"); null when it is written so already or names no known type.
 */
function withDiacritics(text: string, symbol: string): string | null {
  const first = symbol.split('-')[0];
  const written = symbol.includes('-') ? writtenAbbreviation(first) : null;
  if (written === null || written === first) return null;
  const at = text.lastIndexOf(symbol);
  return text.slice(0, at) + written + symbol.slice(first.length) + text.slice(at + symbol.length);
}

/** Parses a well-formed number/symbol; null when it is not of the Nghị định 30 form. */
export function parseDocNumber(text: string): DocNumber | null {
  const t = text.normalize('NFC').trim();
  const { state, party } = docForms();
  let m = state.exec(t);
  if (m) {
    const d: DocNumber = { number: Number(m[1]), symbol: m[3], type: typeOfSymbol(m[3], !!m[2]) };
    if (m[2]) d.year = Number(m[2]);
    const written = withDiacritics(t, m[3]);
    if (written !== null) d.written = written;
    return d;
  }
  m = party.exec(t);
  if (m) return { number: Number(m[1]), symbol: `${m[2]}/${m[3]}`, type: typeOfAbbreviation(m[2]) ?? m[2] };
  return null;
}

/**
 * Reads what a clerk most likely meant from a malformed number/symbol, for counting and ordering:
 * "08 /KH-UBND" and "08/KH-UBND xã" -> 08/KH-UBND; "Số: 66/UBND" -> 66/UBND. Null when no number/symbol is in it.
 */
export function parseDocNumberLoose(text: string): DocNumber | null {
  const strict = parseDocNumber(text);
  if (strict) return strict;
  const t = text
    .normalize('NFC')
    .replace(/^\s*(?:số|so)\s*[:.]?\s*/iu, '')
    .replace(/\s*([/-])\s*/g, '$1')
    .trim();
  // Keep the first token that looks like a number/symbol, drop trailing words.
  const first = t.split(/\s+/)[0] ?? '';
  const cut = /^(\d{1,6}(?:\/\d{4})?[/-][\p{L}\d/-]+)/u.exec(first);
  if (!cut) return null;
  const upper = cut[1].replace(/[\p{Ll}]+/gu, (s) => (s.length > 1 ? s.toUpperCase() : s));
  return parseDocNumber(upper) ?? parseDocNumber(cut[1].toUpperCase());
}

/** The well-formed writing of a malformed number/symbol, for the hint; null when none can be guessed. */
export function suggestDocNumber(text: string): string | null {
  const d = parseDocNumberLoose(text);
  if (!d) return null;
  const n = String(d.number).padStart(2, '0');
  if (d.symbol.includes('/')) return `${n}-${d.symbol}`;
  const s = d.year ? `${n}/${d.year}/${d.symbol}` : `${n}/${d.symbol}`;
  return parseDocNumber(s)?.written ?? s;
}
