/**
 * The unit of amounts, read from a unit line, a header or a title: "ĐVT: đồng", "Đơn vị tính: triệu đồng",
 * "(ĐVT: 1.000 đồng)", "(nghìn đồng)", a cell holding only "Tr.đồng". The currency word only counts in a
 * unit-like place (after ĐVT / Đơn vị tính / Đơn vị, alone in parentheses, or alone in the cell), so that
 * "Hoạt động" or "Đồng Nai" never read as a unit.
 */

export interface ParsedUnit {
  /** How many đồng one unit is: 1, 1e3, 1e6 or 1e9. */
  factor: number;
  /** The matched phrase as written (NFC), e.g. "ĐVT: nghìn đồng" or "(triệu đồng)". */
  text: string;
}

// Patterns run on a simplified copy of the text (lower case, no diacritics but đ kept) of the same length,
// so that match positions point into the original. A bare "d" is not "đ": a cell "D" is no unit.
const CUR = '(?:[dđ]ong|vn[dđ]|đ)';
const CUR_AFTER = '(?:[dđ]ong|vn[dđ]|[dđ])'; // after "tr.", "ng." or 1.000, a plain "d" is clear enough
const THOUSAND = `1[., ]?000`;

interface UnitPatterns {
  afterLabel: RegExp;
  inParens: RegExp;
  whole: RegExp;
  computedIn: RegExp;
  oneLine: RegExp;
  atEnd: RegExp;
}

/**
 * The unit's patterns, `letter` and `digit` being the contents of a character class for a letter and a digit.
 * Built twice: with \p{L} and \p{N} for any text, and with plain ASCII classes for the simplified text of a
 * Vietnamese or English cell, which holds nothing but ASCII and "đ": the same tests there, without the cost of
 * compiling Unicode property classes at each start (about 1 ms a pattern).
 */
function unitPatterns(letter: string, digit: string, flags: string): UnitPatterns {
  const word = `${letter}${digit}`;
  const phrase =
    `(?:(?<b>t[yi](?:\\s*${CUR})?|${THOUSAND}[., ]?000[., ]?000\\s*${CUR_AFTER})` +
    `|(?<m>trieu(?:\\s*${CUR})?|tr\\s*\\.?\\s*${CUR_AFTER}|${THOUSAND}[., ]?000\\s*${CUR_AFTER})` +
    `|(?<k>(?:nghin|ngan)(?:\\s*${CUR})?|ng\\s*\\.?\\s*${CUR_AFTER}|${THOUSAND}\\s*${CUR_AFTER})` +
    `|(?<u>${CUR}))(?![${word}])`;
  return {
    // After a label, with or without a colon or "là" ("Đơn vị tính là triệu đồng"); what follows must not be
    // another word ("Đơn vị: Đồng Tâm" is a place).
    afterLabel: new RegExp(
      `(?<![${word}])[dđ](?:on vi tinh|on vi tien(?: te)?|v tinh|vt|\\.v\\.t\\.?|on vi)` +
        `\\s*(?:la(?![${word}])\\s*)?[:.\\-\\u2013]?\\s*${phrase}(?=\\s*(?:$|[^${word}\\s]))`,
      flags,
    ),
    inParens: new RegExp(`[(\\[]\\s*${phrase}\\s*[)\\]]`, flags),
    whole: new RegExp(`^\\s*${phrase}\\s*$`, flags),
    // A unit stated in a sentence: "số liệu tính bằng triệu đồng", "được tính bằng nghìn đồng", "tính theo đơn vị
    // triệu đồng".
    computedIn: new RegExp(`(?<![${word}])tinh (?:bang|theo)(?:\\s+don vi)?\\s*[:]?\\s*${phrase}`, flags),
    // Words that tie a note to one line or item, not the table: "riêng dòng 3", "mục II", "trừ khoản…".
    oneLine: new RegExp(`(?<![${word}])(?:rieng|dong so|dong \\d|dong [ivx]+(?![${letter}])|muc|tru|khoan|o cot|cot \\d)(?![${letter}])`, flags),
    // A unit ending the text: "Ghi chú: Triệu đồng." (what stands before it is checked apart).
    atEnd: new RegExp(`(?<![${word}])${phrase}(?=[\\s.]*$)`, flags),
  };
}

const ASCII_PATTERNS = unitPatterns('a-zA-Zđ', '0-9', '');
let unicodePatterns: UnitPatterns | undefined;

/** The patterns for a simplified text: the ASCII ones when it holds only ASCII and "đ". */
function patternsFor(simple: string): UnitPatterns {
  return /[\u0080-\u0110\u0112-\uffff]/.test(simple) ? (unicodePatterns ??= unitPatterns('\\p{L}', '\\p{N}', 'u')) : ASCII_PATTERNS;
}

/** What may stand beside a unit in a note line that states nothing else: "Ghi chú: (triệu đồng)", "* Triệu đồng.". */
const NOTE_LABEL = /^[\s()[\].,;:*\-\u2013]*(?:(?:ghi chu|chu thich|luu y)[\s:.\-\u2013]*)?$/u;

/** One character per UTF-16 unit: lower case, no diacritics (đ kept), any space -> ' '. */
function simplify(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (/\s/.test(c)) c = ' ';
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function factorOf(groups: Record<string, string | undefined> | undefined): number {
  if (groups?.b !== undefined) return 1e9;
  if (groups?.m !== undefined) return 1e6;
  if (groups?.k !== undefined) return 1e3;
  return 1;
}

/**
 * Finds the unit of amounts in a text (a unit line, a title, a header); null when it names none. A unit stated
 * in a sentence ("Số liệu tính bằng triệu đồng") counts unless the sentence is about one line or item.
 */
export function parseUnit(text: string): ParsedUnit | null {
  const original = text.normalize('NFC');
  const simple = simplify(original);
  const p = patternsFor(simple);
  for (const re of [p.afterLabel, p.inParens, p.whole, p.computedIn]) {
    const m = re.exec(simple);
    if (m && !(re === p.computedIn && p.oneLine.test(simple))) {
      return {
        factor: factorOf(m.groups),
        text: original.slice(m.index, m.index + m[0].length).trim(),
      };
    }
  }
  return null;
}

/**
 * A cell that states the unit and nothing else: "Đơn vị tính: triệu đồng", "(ĐVT: 1.000đ)". A unit named in
 * passing ("số liệu tính bằng triệu đồng", "Tr.đ" alone) is not such a statement; null then.
 */
export function parseUnitStatement(text: string): ParsedUnit | null {
  const original = text.normalize('NFC');
  const simple = simplify(original);
  const m = patternsFor(simple).afterLabel.exec(simple);
  if (!m) return null;
  const rest = simple.slice(0, m.index) + simple.slice(m.index + m[0].length);
  if (!/^[\s()[\].,;:*\-\u2013]*$/u.test(rest)) return null;
  return { factor: factorOf(m.groups), text: original.slice(m.index, m.index + m[0].length).trim() };
}

/**
 * A note under a table that states the unit of its figures: "Ghi chú: số liệu tính bằng triệu đồng",
 * "* ĐVT: nghìn đồng", "Đơn vị tính là triệu đồng", or a unit alone ("(triệu đồng)", "Ghi chú: Triệu đồng"). A note
 * about one line or item ("Riêng dòng 3 tính bằng nghìn đồng", "Mục II tính bằng đồng") is not the table's unit, nor
 * an amount named in passing ("Gồm 200 triệu đồng thu bổ sung"); null then, and when no unit is stated.
 */
export function parseUnitNote(text: string): ParsedUnit | null {
  const original = text.normalize('NFC');
  const simple = simplify(original);
  const p = patternsFor(simple);
  if (p.oneLine.test(simple)) return null;
  let m = p.afterLabel.exec(simple) ?? p.computedIn.exec(simple);
  if (!m) {
    // A unit alone, in parentheses or not, after at most a "Ghi chú:" label.
    m = p.inParens.exec(simple) ?? p.atEnd.exec(simple);
    if (!m || !NOTE_LABEL.test(simple.slice(0, m.index) + simple.slice(m.index + m[0].length))) return null;
  }
  return { factor: factorOf(m.groups), text: original.slice(m.index, m.index + m[0].length).trim() };
}

/**
 * A unit written in a cell's note or comment (Excel's Review → Note): "ĐVT: triệu đồng", "Số liệu tính bằng nghìn
 * đồng", "(triệu đồng)" or "Triệu đồng" alone, also after the author's name Excel puts first ("Nguyễn Văn A:\nĐVT:
 * triệu đồng"). A note about one line or item ("riêng dòng 3…") is not the table's unit; null then, and when none.
 */
export function parseUnitInNote(text: string): ParsedUnit | null {
  const original = text.normalize('NFC');
  const simple = simplify(original);
  const p = patternsFor(simple);
  if (p.oneLine.test(simple)) return null;
  for (const re of [p.afterLabel, p.computedIn, p.inParens]) {
    const m = re.exec(simple);
    if (m) return { factor: factorOf(m.groups), text: original.slice(m.index, m.index + m[0].length).trim() };
  }
  // The unit alone on the note's last line, under the author's name.
  const lines = original.split('\n');
  const last = lines[lines.length - 1];
  const lastSimple = simplify(last);
  const m = patternsFor(lastSimple).whole.exec(lastSimple);
  return m ? { factor: factorOf(m.groups), text: last.trim() } : null;
}

/** Both sets of patterns, for the test that they agree on text of ASCII and "đ" (test/core/read/unitAscii.test.ts). */
export function unitPatternSetsForTest(): { ascii: UnitPatterns; unicode: UnitPatterns } {
  return { ascii: ASCII_PATTERNS, unicode: unitPatterns('\\p{L}', '\\p{N}', 'u') };
}
