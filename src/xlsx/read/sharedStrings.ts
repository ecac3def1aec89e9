/**
 * xl/sharedStrings.xml (without element prefixes: see partText): the strings cells of type "s" point to by
 * index, cleaned of what no output can hold (core/text/clean.ts).
 */
import { decodeXml, stringItemText } from './xml';
import { cleanText, isCleanText } from '../../core/text/clean';

/** The usual item, `<si><t>text</t></si>`, as it starts and ends. */
const PLAIN_START = '<si><t>';
const PLAIN_END = '</t></si>';

/**
 * The items' texts in order. The part is asked once whether it holds entities, escapes or characters to
 * clean: most parts hold none, and their plain items are then cut straight from it (a 100 000-row log has
 * 100 000 items, which each asked it again).
 */
export function parseSharedStrings(xml: string): string[] {
  const open = '<si';
  const close = '</si>';
  const plainStart = '<t>';
  const plainEnd = '</t>';
  const escapes = xml.indexOf('&') >= 0 || xml.indexOf('_x') >= 0;
  const clean = isCleanText(xml);
  /** A plain item's text as written: decoded and cleaned only when the part needs it. */
  const text = (raw: string): string => {
    const decoded = escapes ? decodeXml(raw) : raw;
    return clean && decoded === raw ? raw : cleanText(decoded);
  };
  const out: string[] = [];
  let i = 0;
  for (;;) {
    // Items follow one another: the next one is most often `<si><t>` right here, with no `<` in its text.
    if (xml.startsWith(PLAIN_START, i)) {
      const lt = xml.indexOf('<', i + PLAIN_START.length);
      if (lt >= 0 && xml.startsWith(PLAIN_END, lt)) {
        out.push(text(xml.slice(i + PLAIN_START.length, lt)));
        i = lt + PLAIN_END.length;
        continue;
      }
    }
    const s = xml.indexOf(open, i);
    if (s < 0) return out;
    const after = xml.charCodeAt(s + open.length);
    // "<si" must not be the start of a longer name.
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      i = s + open.length;
      continue;
    }
    const gt = xml.indexOf('>', s);
    if (gt < 0) return out;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      i = gt + 1;
      continue;
    }
    const e = xml.indexOf(close, gt);
    const end = e < 0 ? xml.length : e;
    // An item of one plain <t>text</t> is cut straight from the part, without the general walk.
    const start = gt + 1 + plainStart.length;
    const textEnd = end - plainEnd.length;
    if (textEnd >= start && xml.startsWith(plainStart, gt + 1) && xml.startsWith(plainEnd, textEnd) && xml.indexOf('<', start) === textEnd) {
      out.push(text(xml.slice(start, textEnd)));
    } else out.push(cleanText(stringItemText(xml.slice(gt + 1, end))));
    i = end + close.length;
  }
}
