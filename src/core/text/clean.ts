/**
 * Text any output can hold. XML 1.0 (the .xlsx copy, the .docx) has no place for C0 control characters
 * other than tab, line feed and carriage return, for lone surrogates, or for U+FFFE / U+FFFF; Unicode
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) are not text either.
 * One stray `_xFFFE_` in a cell made both outputs unreadable (issue 16 §5), so both hosts clean every
 * cell text as they read it.
 */

/** What needs cleaning; most texts hold none of it, and are returned as they are. */
const UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
/** A valid surrogate pair is kept: only a high surrogate followed by a low one is one. */
const PARTS = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

/** Whether `s` holds nothing cleanText would change (one scan: a whole part can be asked once for all its texts). */
export function isCleanText(s: string): boolean {
  return !UNCLEAN.test(s);
}

/**
 * The text without C0 controls (a vertical tab or form feed, used by some exports as a line break,
 * becomes a line feed), noncharacters and lone surrogates (a lone surrogate becomes U+FFFD, the
 * replacement character, so that the clerk sees something was there). Tab, line feed and carriage
 * return are kept. Pure; O(length).
 */
export function cleanText(s: string): string {
  if (!UNCLEAN.test(s)) return s;
  return s.replace(PARTS, (m) => {
    if (m.length === 2) return isNoncharacterPair(m) ? '' : m;
    const c = m.charCodeAt(0);
    if (c === 0x0b || c === 0x0c) return '\n';
    if (c >= 0xd800 && c <= 0xdfff) return '\uFFFD';
    return '';
  });
}

/** U+1FFFE, U+1FFFF ... U+10FFFF: the last two code points of the planes above the first. */
function isNoncharacterPair(pair: string): boolean {
  return ((pair.codePointAt(0) as number) & 0xfffe) === 0xfffe;
}
