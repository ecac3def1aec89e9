/**
 * What a Vietnamese text must not hold (issue 11 §1): issue codes (`number-as-text`), table keys
 * (`staff`), other quotation marks than «…», and English words a sentence could leak ("Error",
 * "not found", "undefined"). Text from the user's own workbook or file names is taken out first:
 * what stands in «…» (the one quote style, src/core/labels.ts) and paths.
 */
import { ISSUE_CODES } from '../../src/core/issues';
import { TABLE_NAMES } from '../../src/core/schema';

/**
 * English words that no Vietnamese sentence of ours uses. Left out on purpose: "sheet" (the product's
 * Vietnamese word for a sheet, docs/where-to-change-what.md), "Excel", "Word", "Office", "Unicode".
 */
export const ENGLISH_WORDS = [
  // Not "in", "to", "no": Vietnamese words too ("in" = to print).
  'the',
  'and',
  'of',
  'not',
  'is',
  'are',
  'was',
  'with',
  'from',
  'for',
  'on',
  'at',
  'by',
  'or',
  'found',
  'missing',
  'error',
  'errors',
  'warning',
  'warnings',
  'note',
  'notes',
  'issue',
  'issues',
  'info',
  'table',
  'tables',
  'file',
  'files',
  'cell',
  'cells',
  'row',
  'rows',
  'column',
  'columns',
  'workbook',
  'page',
  'general',
  'whole',
  'total',
  'data',
  'value',
  'values',
  'unknown',
  'undefined',
  'null',
  'NaN',
  'true',
  'false',
  'object',
  'wrote',
  'written',
  'reading',
  'checking',
  'writing',
  'report',
  'draft',
  'summary',
  'period',
  'read',
];

/** Text the user wrote, a path, or a command the user types (the help's `npm run cli -- report …` lines): not ours to word. */
export function withoutUserText(text: string, paths: readonly string[] = []): string {
  let out = text;
  for (const p of [...paths].sort((a, b) => b.length - a.length)) out = out.split(p).join(' ');
  return out
    .replace(/«[^»\n]*»/g, ' ')
    .replace(/^\s*npm run .*$/gm, ' ')
    .replace(/<[^>\n]*>\.report\b/g, ' ')
    .replace(/\S*[\\/]\S*/g, ' ') // paths and fractions (08/KH-UBND): neither is a word of ours
    .replace(/\S+\.(xlsx|xlsm|xls|docx|xml|html?)\b/gi, ' ');
}

/** Everything in `text` (user text taken out) that a Vietnamese output must not say, each once. */
export function foreignWords(text: string, paths: readonly string[] = []): string[] {
  const t = withoutUserText(text, paths);
  const found = new Set<string>();
  for (const code of ISSUE_CODES) if (t.includes(code)) found.add(code);
  const words = t.split(/[^\p{L}\p{N}_-]+/u).filter(Boolean);
  const english = new Set(ENGLISH_WORDS.map((w) => w.toLowerCase()));
  for (const w of words) {
    // Table keys are lower-case (`tthc`; the Vietnamese abbreviation is TTHC).
    if ((TABLE_NAMES as readonly string[]).includes(w)) found.add(w);
    else if (english.has(w.toLowerCase()) && !/^[A-ZĐ]{2,}$/.test(w)) found.add(w);
  }
  for (const q of ['"', '“', '”']) if (t.includes(q)) found.add(q);
  return [...found];
}
