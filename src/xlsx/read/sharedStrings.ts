/**
 * xl/sharedStrings.xml (without element prefixes: see partText): the strings cells of type "s" point to by
 * index, cleaned of what no output can hold (core/text/clean.ts).
 */
import { decodeXml, stringItemText } from './xml';
import { cleanText } from '../../core/text/clean';

export function parseSharedStrings(xml: string): string[] {
  const open = '<si';
  const close = '</si>';
  const plainStart = '<t>';
  const plainEnd = '</t>';
  const out: string[] = [];
  let i = 0;
  for (;;) {
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
    // Most items are one plain <t>text</t>: its text is cut straight from the part, without the general walk.
    const text = gt + 1 + plainStart.length;
    const textEnd = end - plainEnd.length;
    if (textEnd >= text && xml.startsWith(plainStart, gt + 1) && xml.startsWith(plainEnd, textEnd) && xml.indexOf('<', text) === textEnd) {
      out.push(cleanText(decodeXml(xml.slice(text, textEnd))));
    } else out.push(cleanText(stringItemText(xml.slice(gt + 1, end))));
    i = end + close.length;
  }
}
