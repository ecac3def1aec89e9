/**
 * Legacy Vietnamese encodings still found in government workbooks, as they arrive in xlsx:
 * each legacy byte stored as the Windows-1252 / Latin-1 character of the same code.
 * - TCVN3 (ABC), fonts ".VnTime", ".VnArial"...: one byte per letter ("Céng hoµ" = "Cộng hoà").
 *   Only lower-case toned letters exist; fonts ending in "H" (".VnTimeH") draw them as capitals.
 * - VNI Windows, fonts "VNI-Times"...: a base letter followed by a mark character ("Coäng" = "Cộng").
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

// Tone marks in the order the tables below list them: grave, hook, tilde, acute, dot below.
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const withTone = (base: string, tone: number) => (base + TONES[tone]).normalize('NFC');

// ---------------------------------------------------------------- TCVN3

/** Per vowel: the TCVN3 codes of its five toned forms (grave, hook, tilde, acute, dot). */
const TCVN3_TONED: [string, number[]][] = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
/** Letters without tone: capitals Ă Â Ê Ô Ơ Ư Đ at A1-A7, small ă â ê ô ơ ư đ at A8-AE. */
const TCVN3_PLAIN = 'ĂÂÊÔƠƯĐăâêôơưđ';

const TCVN3: Map<string, string> = (() => {
  const m = new Map<string, string>();
  [...TCVN3_PLAIN].forEach((u, i) => m.set(String.fromCharCode(0xa1 + i), u));
  for (const [base, codes] of TCVN3_TONED) {
    codes.forEach((code, tone) => m.set(String.fromCharCode(code), withTone(base, tone)));
  }
  return m;
})();

// ---------------------------------------------------------------- VNI

/** VNI marks, lower-case form (the capital form is the same letter upper-cased). */
const VNI_TONE = ['ø', 'û', 'õ', 'ù', 'ï']; // grave, hook, tilde, acute, dot
const VNI_CIRCUMFLEX = 'â';
const VNI_CIRCUMFLEX_TONE = ['à', 'å', 'ã', 'á', 'ä'];
const VNI_BREVE = 'ê';
const VNI_BREVE_TONE = ['è', 'ú', 'ü', 'é', 'ë'];

/** Base letter (as written in VNI) + mark -> Unicode letter, lower case. */
const VNI_PAIRS_LOWER: [string, string][] = (() => {
  const pairs: [string, string][] = [];
  const toned = (legacyBase: string, base: string) => VNI_TONE.forEach((mark, t) => pairs.push([legacyBase + mark, withTone(base, t)]));
  for (const v of ['a', 'e', 'o', 'u', 'y']) toned(v, v);
  toned('ô', 'ơ');
  toned('ö', 'ư');
  pairs.push(['yï', 'ỵ']); // some keyboards write ỵ as a pair too
  for (const v of ['a', 'e', 'o']) {
    const circ = withTone(v, 0).normalize('NFD')[0] + '\u0302';
    pairs.push([v + VNI_CIRCUMFLEX, circ.normalize('NFC')]);
    VNI_CIRCUMFLEX_TONE.forEach((mark, t) => pairs.push([v + mark, withTone(circ, t)]));
  }
  pairs.push(['a' + VNI_BREVE, 'ă']);
  VNI_BREVE_TONE.forEach((mark, t) => pairs.push(['a' + mark, withTone('ă', t)]));
  return pairs;
})();

/** Single VNI characters that are letters on their own. */
const VNI_SINGLE_LOWER: [string, string][] = [
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ñ', 'đ'],
  ['ì', 'ì'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['í', 'í'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

const VNI_PAIRS = new Map<string, string>();
for (const [k, v] of VNI_PAIRS_LOWER) {
  // Case follows the base letter; the mark may be typed in either case.
  const [b, mk] = [...k];
  for (const base of [b, b.toUpperCase()]) {
    for (const mark of [mk, mk.toUpperCase()]) {
      VNI_PAIRS.set(base + mark, base === b ? v : v.toUpperCase());
    }
  }
}
const VNI_SINGLE = new Map<string, string>();
for (const [k, v] of VNI_SINGLE_LOWER) {
  VNI_SINGLE.set(k, v);
  VNI_SINGLE.set(k.toUpperCase(), v.toUpperCase());
}
/** Every character that takes part in VNI letters (bases excluded when plain ASCII). */
const VNI_CHARS = new Set<string>([...VNI_PAIRS.keys()].flatMap((k) => [...k]).filter((c) => c > '\u007f'));
for (const k of VNI_SINGLE.keys()) VNI_CHARS.add(k);

// ---------------------------------------------------------------- fonts and conversion

/** ".VnTime", ".VnArialH", any ".Vn..." -> tcvn3; "VNI-Times", any "VNI-..." -> vni; others null. */
export function legacyEncodingOfFont(font: string | null | undefined): LegacyEncoding | null {
  const f = (font ?? '').trim();
  if (/^\.vn/i.test(f)) return 'tcvn3';
  if (/^vni[-\s]/i.test(f)) return 'vni';
  return null;
}

/** TCVN3 fonts whose name ends in "H" draw every letter as a capital. */
function isCapitalFont(font: string | null | undefined): boolean {
  const f = (font ?? '').trim();
  return legacyEncodingOfFont(f) === 'tcvn3' && f.endsWith('H');
}

/** Converts legacy text to Unicode NFC (upper case for TCVN3 capital fonts such as .VnTimeH). */
export function convertLegacy(text: string, enc: LegacyEncoding, font?: string | null): string {
  let out = '';
  if (enc === 'tcvn3') {
    for (const ch of text) out += TCVN3.get(ch) ?? ch;
    if (isCapitalFont(font)) out = out.toUpperCase();
  } else {
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
      const pair = i + 1 < chars.length ? VNI_PAIRS.get(chars[i] + chars[i + 1]) : undefined;
      if (pair) {
        out += pair;
        i++;
      } else {
        out += VNI_SINGLE.get(chars[i]) ?? chars[i];
      }
    }
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------- detection

/** Characters that legacy text can hold: Latin-1 and the Windows-1252 extras (legacy bytes 80-9F). */
const LEGACY_RANGE =
  /^[\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;

/** TCVN3 letters that are symbols in Latin-1: inside a word they are a strong sign of TCVN3. */
const TCVN3_SYMBOLS = new Set([...'¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾×÷']);

const isUpper = (c: string) => c !== c.toLowerCase();

/**
 * A capital inside a word that also holds a small letter ("ViÖt", "BÝch"): no word is written so, but TCVN3 puts
 * its small toned letters (í, ệ...) at the codes of Latin-1 capitals (Ý, Ö...) (tester 14 finding 1).
 */
function hasInnerCapital(word: string): boolean {
  const chars = [...word];
  return chars.some((c, i) => i > 0 && isUpper(c)) && chars.some((c) => c !== c.toUpperCase());
}

/** A TCVN3 symbol or a letter no Western or Vietnamese word holds (æ ø å ß þ), or a TCVN3 capital inside a word with small letters ("ViÖt", "BÝch"). */
function isStrongTcvn3(word: string): boolean {
  const chars = [...word];
  const inner = hasInnerCapital(word);
  return chars.some((c, i) => TCVN3.has(c) && (TCVN3_SYMBOLS.has(c) || /[æøåßþÆØÅÞ]/.test(c) || (inner && i > 0 && isUpper(c))));
}

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?';
const NUCLEUS =
  '(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|' +
  'ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|' +
  '[aăâeêioôơuưy])';
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True when `word` is a well-formed Vietnamese syllable (one tone at most, checked endings only sắc/nặng). */
function isSyllable(word: string): boolean {
  const nfd = word.normalize('NFD').toLowerCase();
  const tones = nfd.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  // Syllables ending in p, t, c, ch take only the acute or the dot below.
  if (/(?:[ptc]|ch)$/.test(bare) && tones.length && tones[0] !== '\u0301' && tones[0] !== '\u0323') return false;
  // Spelling rules: k, gh, ngh before i/e/ê/y only; c never before them; q only as qu.
  if (/^(?:k|gh|ngh)(?![ieêy])/.test(bare)) return false;
  if (/^c(?!h)[ieêy]/.test(bare)) return false;
  return true;
}

const hasVowel = (s: string) => /[aăâeêioôơuưy]/i.test(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

function legacyChars(enc: LegacyEncoding): (ch: string) => boolean {
  return enc === 'tcvn3' ? (ch) => TCVN3.has(ch) : (ch) => VNI_CHARS.has(ch);
}

/**
 * How well the text reads as `enc`: words that become Vietnamese syllables only after conversion (pos),
 * words that conversion spoils (neg), and whether a TCVN3 symbol sat inside a converted word (strong).
 */
function evidence(text: string, enc: LegacyEncoding): { pos: number; neg: number; strong: boolean; changes: boolean } {
  const isLegacy = legacyChars(enc);
  let word = '';
  const words: string[] = [];
  for (const ch of text) {
    if (/[A-Za-z]/.test(ch) || isLegacy(ch)) word += ch;
    else {
      if (word) words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  let pos = 0;
  let neg = 0;
  let strong = false;
  let changes = false;
  for (const w of words) {
    const conv = convertLegacy(w, enc);
    if (conv === w) continue;
    changes = true;
    // A lone symbol ("©", "½", "·") or a word without a vowel ("Q§") says nothing either way.
    if (!hasVowel(conv) || [...w].every((c) => TCVN3_SYMBOLS.has(c))) continue;
    const convOk = isSyllable(conv);
    // A word as written with a capital inside ("BÝch") is no word, though its letters spell a syllable ("bých").
    if (convOk && (!isSyllable(w) || (hasInnerCapital(w) && !hasInnerCapital(conv)))) {
      pos++;
      if (enc === 'tcvn3' && isStrongTcvn3(w)) strong = true;
    } else if (!convOk) {
      neg++;
    }
  }
  return { pos, neg, strong, changes };
}

/** False when no legacy font could have made the text (plain ASCII, or a letter beyond Latin-1): any font reads it the same. */
export function couldBeLegacy(text: string): boolean {
  return !!text && !/^[\u0000-\u007f]*$/.test(text) && LEGACY_RANGE.test(text);
}

/**
 * Which legacy encoding, if any, the text is in. The cell's font decides when it names one (unless the
 * text holds nothing that conversion would change, or conversion only spoils words); without a font,
 * the words must read as Vietnamese syllables after conversion and not before. Conservative: genuine
 * Unicode Vietnamese (NFC or NFD) and French or English text are never reported.
 */
export function detectLegacy(text: string, font?: string | null): LegacyEncoding | null {
  if (!couldBeLegacy(text)) return null;
  const byFont = legacyEncodingOfFont(font);
  if (byFont) return readsAs(text, byFont) ? byFont : null;
  let best: { enc: LegacyEncoding; pos: number } | null = null;
  for (const enc of ['tcvn3', 'vni'] as const) {
    const e = evidence(text, enc);
    const enough = e.pos >= 2 || (e.pos >= 1 && e.strong);
    if (enough && e.neg * 3 <= e.pos && (!best || e.pos > best.pos)) best = { enc, pos: e.pos };
  }
  return best?.enc ?? null;
}

/**
 * Whether `text` reads as `enc` once something beyond the text says it is in `enc` (a cell's font, or its column's
 * or sheet's other cells: read/legacyColumns.ts): conversion changes it and does not only spoil its words. A short
 * cell («Tó», «Hïng», «TÝ») proves nothing alone; this is the test such evidence decides with.
 */
export function readsAs(text: string, enc: LegacyEncoding): boolean {
  if (!couldBeLegacy(text)) return false;
  const e = evidence(text, enc);
  return e.changes && !(e.pos === 0 && e.neg > 0);
}

/** Latin-1 letters that Unicode Vietnamese itself uses: a word made of these and ASCII tells nothing by them alone. */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ']);

/**
 * A cell mixing Unicode and legacy text: the runs of words a legacy font could have made (every character
 * in Latin-1 / Windows-1252) between Unicode words, each detected and converted on its own.
 * "ĐVT: triÖu ®ång" -> "ĐVT: triệu đồng". Null when the text is not such a mix or no run is legacy text.
 * Only text that holds both a letter beyond Latin-1 and a character that is no Vietnamese letter
 * (®, Ö, ©...) is looked at, so ordinary Unicode Vietnamese costs one scan.
 */
export function convertLegacyRuns(text: string, font?: string | null): { text: string; legacy: LegacyEncoding } | null {
  let beyond = false;
  let odd = false;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (!LEGACY_RANGE.test(ch)) beyond = true;
    else if (!VIETNAMESE_LATIN1.has(ch)) odd = true;
  }
  if (!beyond || !odd) return null;
  const nfc = text.normalize('NFC');
  // Words and the spaces between them, in order; a run is a stretch of words each of which could be legacy.
  const tokens = nfc.split(/(\s+)/);
  let found: LegacyEncoding | null = null;
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const joined = run.join('');
    const enc = couldBeLegacy(joined.trim()) ? detectLegacy(joined, font) : null;
    if (enc) found ??= enc;
    out.push(enc ? convertLegacy(joined, enc, font) : joined);
    run = [];
  };
  for (const t of tokens) {
    if (/^\s*$/.test(t) || LEGACY_RANGE.test(t)) run.push(t);
    else {
      flush();
      out.push(t);
    }
  }
  flush();
  return found ? { text: out.join('').normalize('NFC'), legacy: found } : null;
}
