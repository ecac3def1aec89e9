/**
 * A worksheet's notes and comments: the comments part (xl/commentsN.xml: Excel's notes, and the plain copy it keeps of
 * threaded comments) and the threaded comments part (xl/threadedComments/threadedCommentN.xml, Excel 365's comments
 * with replies). ECMA-376 Part 1 §18.7 (comments); [MS-XLSX] §2.1.17 (threaded comments).
 */
import { parseA1 } from '../../core/address';
import type { CellNote } from '../../core/snapshot';
import { cleanText } from '../../core/text/clean';
import { decodeXml, stringItemText } from './xml';

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

/**
 * Each cell's thread of `<threadedComment ref="B3"><text>…</text>`: the comment and its replies, in the part's order,
 * joined by line breaks. Excel writes the same comment into the comments part as a placeholder ("[Threaded comment]
 * Your version of Excel allows you to read…"), which `withThreads` replaces by this text.
 */
export function parseThreadedComments(xml: string): CellNote[] {
  const byCell = new Map<string, CellNote>();
  const re = /<(?:\w+:)?threadedComment\s[^>]*?ref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?threadedComment\s*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const at = parseA1(m[1]);
    const body = /<(?:\w+:)?text(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?text\s*>/.exec(m[2]);
    if (!at || !body) continue;
    const text = cleanText(decodeXml(body[1])).trim();
    if (!text) continue;
    const k = `${at.row},${at.col}`;
    const had = byCell.get(k);
    if (had) had.text += `\n${text}`;
    else byCell.set(k, { row: at.row, col: at.col, text });
  }
  return [...byCell.values()];
}

/** The comments part's notes with each threaded cell's placeholder replaced by its thread's own text. */
export function withThreads(notes: CellNote[], threads: CellNote[]): CellNote[] {
  if (!threads.length) return notes;
  const threaded = new Set(threads.map((t) => `${t.row},${t.col}`));
  return [...notes.filter((n) => !threaded.has(`${n.row},${n.col}`)), ...threads];
}
