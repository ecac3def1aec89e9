/**
 * Numbers typed as text: Vietnamese "1.234.567", "12,5", "12,5%"; English "1,234,567", "12.5";
 * spaces (or NBSP) as thousands separators; a currency word ("đồng", "đ", "VNĐ") is ignored; accounting parentheses
 * ("(5.000)") make a negative.
 * A lone separator followed by exactly three digits ("1.234", "12,500") can be read both ways:
 * it is flagged `ambiguous` and the column's style (guessNumberStyle) decides; Vietnamese by default
 * (DOMAIN.md §5: thousands ".", decimal ",").
 */

export type NumberStyle = 'vi' | 'en';

/** `value` is the number as written: "12,5%" -> { value: 12.5, percent: true }. */
export interface ParsedNumber {
  value: number;
  percent: boolean;
  ambiguous: boolean;
  /** The style this text proves on its own ("1220.96": en; "1.234.567", "12,5": vi); null for plain integers and ambiguous texts. */
  evidence: NumberStyle | null;
}

type Reading = ParsedNumber;

const CURRENCY = '(?:đồng|đ|vnđ|vnd|₫)';
const LEADING_CURRENCY = new RegExp(`^${CURRENCY}\\.?\\s*`, 'iu');
const TRAILING_CURRENCY = new RegExp(`(?<=[\\d\\s])${CURRENCY}\\.?$`, 'iu');

/** Grouped integer part: 1-3 digits then groups of exactly 3 (no leading zero unless the whole part is "0"). */
const groupedInt = (sep: string) => new RegExp(`^(?:[1-9]\\d{0,2}(?:${sep}\\d{3})+)$`);
const DOT_GROUPS = groupedInt('\\.');
const COMMA_GROUPS = groupedInt(',');
const SPACE_GROUPS = groupedInt(' ');

function toNumber(intDigits: string, fracDigits: string): number {
  return Number(`${intDigits || '0'}${fracDigits ? `.${fracDigits}` : ''}`);
}

/** Reads the unsigned body (digits and separators only). */
function readBody(body: string, style: NumberStyle | undefined): Omit<Reading, 'percent'> | null {
  if (!/^[\d., ]+$/.test(body) || !/\d/.test(body)) return null;

  if (/^\d+$/.test(body)) return { value: Number(body), ambiguous: false, evidence: null };

  if (body.includes(' ')) {
    // Spaces group thousands; at most one '.' or ',' follows as the decimal mark.
    const m = /^([\d ]+?)(?:([.,])(\d+))?$/.exec(body);
    if (!m || !SPACE_GROUPS.test(m[1])) return null;
    const evidence: NumberStyle | null = m[2] === ',' ? 'vi' : m[2] === '.' ? 'en' : null;
    return { value: toNumber(m[1].replace(/ /g, ''), m[3] ?? ''), ambiguous: false, evidence };
  }

  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark and occurs once; the other groups thousands.
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if ((decimal === '.' ? dots : commas) !== 1) return null;
    const at = body.lastIndexOf(decimal);
    const int = body.slice(0, at);
    const frac = body.slice(at + 1);
    if (!/^\d+$/.test(frac)) return null;
    if (!(decimal === '.' ? COMMA_GROUPS : DOT_GROUPS).test(int)) return null;
    return {
      value: toNumber(int.replace(/[.,]/g, ''), frac),
      ambiguous: false,
      evidence: decimal === ',' ? 'vi' : 'en',
    };
  }

  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  // The style in which `sep` is the thousands separator.
  const thousandsStyle: NumberStyle = sep === '.' ? 'vi' : 'en';
  const decimalStyle: NumberStyle = sep === '.' ? 'en' : 'vi';

  if (count > 1) {
    // "1.234.567": only thousands grouping makes sense.
    if (!(sep === '.' ? DOT_GROUPS : COMMA_GROUPS).test(body)) return null;
    return { value: Number(body.replace(/[.,]/g, '')), ambiguous: false, evidence: thousandsStyle };
  }

  const at = body.indexOf(sep);
  const int = body.slice(0, at);
  const frac = body.slice(at + 1);
  if (!/^\d+$/.test(frac) || !/^\d*$/.test(int)) return null;
  const canBeThousands = (sep === '.' ? DOT_GROUPS : COMMA_GROUPS).test(body);
  if (!canBeThousands) {
    // "12,5", "1.5", "0.125", "1234.567": only a decimal reading fits.
    return { value: toNumber(int, frac), ambiguous: false, evidence: decimalStyle };
  }
  const asThousands = (style ?? 'vi') === thousandsStyle;
  return {
    value: asThousands ? Number(int + frac) : toNumber(int, frac),
    ambiguous: true,
    evidence: null,
  };
}

function read(text: string, style?: NumberStyle): Reading | null {
  let s = text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u2009\u202f\s]+/g, ' ')
    .trim();
  s = s.replace(LEADING_CURRENCY, '').replace(TRAILING_CURRENCY, '').trim();

  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }

  let negative = false;
  const sign = /^([-+\u2212])\s*/.exec(s);
  if (sign) {
    negative = sign[1] !== '+';
    s = s.slice(sign[0].length);
  } else {
    // Accounting parentheses: «(5.000)» is −5.000 (tester 15 item 12); «(1)», «(12)» stay column numbers.
    const paren = /^\(\s*([\d.,\s]*\d)\s*\)$/.exec(s);
    if (paren && !/^\d{1,2}$/.test(paren[1])) {
      negative = true;
      s = paren[1];
    }
  }

  // "1,23E+06" / "1.23E+06": Excel's scientific display of a number stored as text.
  const sci = /^(\d+)(?:([.,])(\d+))?[eE]([-+]?\d{1,3})$/.exec(s);
  let body: Omit<Reading, 'percent'> | null;
  if (sci) {
    const evidence: NumberStyle | null = sci[2] === ',' ? 'vi' : sci[2] === '.' ? 'en' : null;
    body = { value: Number(`${sci[1]}.${sci[3] ?? '0'}e${sci[4]}`), ambiguous: false, evidence };
  } else {
    body = readBody(s, style);
  }
  if (!body || !Number.isFinite(body.value)) return null;
  return { ...body, value: negative ? -body.value || 0 : body.value, percent };
}

/** Excel keeps 15 significant digits: a longer number is rounded (an ID typed as a number loses its end). */
export const MAX_DIGITS = 15;

/**
 * True when the text, read as a number, has more than MAX_DIGITS significant digits (leading zeros and
 * the digits of an exponent not counted): "1234567890123456789" would silently become 1234567890123456800.
 */
export function hasTooManyDigits(text: string): boolean {
  const mantissa = text.replace(/[eE][-+]?\d+\s*$/, '');
  const digits = mantissa.replace(/\D/g, '').replace(/^0+/, '');
  return digits.replace(/0+$/, '').length > MAX_DIGITS;
}

/** Parses a number typed as text; null when the text is not a number (words, "-", dates like 12/3/2023). */
export function parseNumberText(text: string, style?: NumberStyle): ParsedNumber | null {
  return read(text, style);
}

/**
 * The number style of a column typed as text, from its cells that prove one ("1.234.567", "12,5": vi;
 * "1,234,567", "1220.96": en). Its ambiguous cells ("7.239", "1,500") follow Vietnamese use (DOMAIN.md §5)
 * unless English-style cells outnumber the Vietnamese-style ones and are at least as many as the ambiguous
 * ones: one English-style cell among several "7.239" does not turn them into 7,239 (tester item 1 of
 * round 5; that cell is read as it says and flagged, see isForeignStyle). null when nothing decides (no cell
 * proves a style, the votes tie, or English lacks that weight): the table's other columns may decide, then
 * Vietnamese use.
 */
export function guessNumberStyle(texts: string[], whole: boolean | boolean[] = false): NumberStyle | null {
  let vi = 0;
  let en = 0;
  let ambiguous = 0;
  texts.forEach((t, i) => {
    const r = read(t);
    // A count holds whole numbers: «1,250» there proves the English way (1.250, never 1,25), «1.250» the Vietnamese.
    const e = r?.evidence ?? (r?.ambiguous && (Array.isArray(whole) ? whole[i] : whole) ? wholeReading(t) : null);
    if (e === 'vi') vi++;
    else if (e === 'en') en++;
    else if (r?.ambiguous) ambiguous++;
  });
  if (en > vi && en >= ambiguous) return 'en';
  return vi > en ? 'vi' : null;
}

/**
 * The one style in which an ambiguous text («1,250», «7.239») reads as a whole number (a count's only reading:
 * 1.250 and 7.239); null when both do («1,000»: 1 or 1.000) or the text is not ambiguous.
 */
export function wholeReading(text: string): NumberStyle | null {
  const vi = read(text, 'vi');
  const en = read(text, 'en');
  if (!vi?.ambiguous || !en) return null;
  const a = Number.isInteger(vi.value);
  const b = Number.isInteger(en.value);
  return a === b ? null : a ? 'vi' : 'en';
}

/**
 * The two readings of an ambiguous text when both are whole numbers and differ («1,000»: 1 the Vietnamese way,
 * 1.000 the English way): a count column whose other cells do not decide cannot tell them apart. Else null.
 */
export function twoWholeReadings(text: string): { vi: number; en: number } | null {
  const vi = read(text, 'vi');
  const en = read(text, 'en');
  if (!vi?.ambiguous || !en || !Number.isInteger(vi.value) || !Number.isInteger(en.value) || vi.value === en.value) return null;
  return { vi: vi.value, en: en.value };
}

/** True when the text is a number the column's style decides ("7.239", "1,500"). */
export function isAmbiguousNumber(text: string): boolean {
  return read(text)?.ambiguous === true;
}

/**
 * True when a text read as a number proves the other style than its column's ("1220.96" in a column read
 * the Vietnamese way): it is read as it says, and the column mixes two ways of writing numbers.
 */
export function isForeignStyle(p: ParsedNumber, style: NumberStyle | null | undefined): boolean {
  return p.evidence !== null && p.evidence !== (style ?? 'vi');
}

/**
 * "≥ 90%", "trên 80%", "Từ 30% trở lên", "Không dưới 80%", "12 hồ sơ": the number without comparison words before
 * (one or two: «Đạt từ») or unit words after («trở lên»).
 */
export function bareNumber(text: string): string {
  return text
    .replace(/^\s*(?:(?:≥|>=|>|≤|<=|<|=|~|khoảng|trên|dưới|tối thiểu|tối đa|ít nhất|không dưới|không thấp hơn|từ|đạt)\s*){1,2}/iu, '')
    .replace(/^([-+]?[\d.,\s]*\d\s*%?)\s+[\p{L}][\p{L}\s.]*$/u, '$1')
    .trim();
}
