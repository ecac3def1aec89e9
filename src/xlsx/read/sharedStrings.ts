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
    // Most items are one plain <t>text</t>: take it without the general walk.
    const body = xml.slice(gt + 1, end);
    if (body.startsWith(plainStart) && body.endsWith(plainEnd) && body.indexOf('<', plainStart.length) === body.length - plainEnd.length) {
      out.push(cleanText(decodeXml(body.slice(plainStart.length, body.length - plainEnd.length))));
    } else out.push(cleanText(stringItemText(body)));
    i = end + close.length;
  }
}
