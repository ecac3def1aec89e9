/** A worksheet's comments part (xl/commentsN.xml: Excel's notes, and the plain copy it keeps of threaded comments). */
import { parseA1 } from '../../core/address';
import type { CellNote } from '../../core/snapshot';
import { cleanText } from '../../core/text/clean';
import { stringItemText } from './xml';

/** Each `<comment ref="B3">` with its text (rich-text runs joined); comments on no cell Excel knows are left out. */
export function parseComments(xml: string): CellNote[] {
  const out: CellNote[] = [];
  const re = /<(?:\w+:)?comment\s[^>]*?ref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment\s*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const at = parseA1(m[1]);
    if (!at) continue;
    const text = cleanText(stringItemText(m[2])).trim();
    if (text) out.push({ row: at.row, col: at.col, text });
  }
  return out;
}
