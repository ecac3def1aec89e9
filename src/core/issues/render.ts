/**
 * An issue in words: its sentence's templates filled with its values in the language asked
 * (numbers 1.464.000 and 14,2% in Vietnamese, 1,464,000 and 14.2% in English; dates dd/mm/yyyy in both),
 * its hint in the words of the front door it is read at (a pin is made differently in the pane, on the web
 * page and not at all on the command line: ./sentences/pins.ts).
 * Every front door words issues here, where it shows them (CLI, pane, page, report sheet, Word note).
 */
import { formatDateVi, formatNumber } from '../format';
import type { Bilingual, FrontDoor, Issue, IssueParam, IssueParams, Lang, RenderedIssue } from './types';
import { PHRASES, PIN_HINTS, SENTENCES, type PhraseKey, type PinHintKey } from './sentences';
import { quotedSheet, sheetReading } from '../text/sheetName';

/** For the pane's and the page's list, which load this module lazily (ui/issueWords.ts). */
export { quotedSheet, shownSheet } from '../text/sheetName';

/** Number of decimals a number carries (0–6): 14.2 -> 1, 81 -> 0, 84.8 -> 1. */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const s = Math.abs(x) * 10 ** d;
    if (Math.abs(s - Math.round(s)) < 1e-7 * Math.max(1, s)) return d;
  }
  return 6;
}

/** A number in the language's separators (format.ts, where every front door takes it from). */
export { formatNumber } from '../format';

function isBilingual(p: object): p is Bilingual {
  return 'vi' in p && 'en' in p;
}

/** A template in both languages: its own, a phrase's, or a pin hint's for `door`. */
function text(t: Bilingual | PhraseKey | PinHintKey, door: FrontDoor): Bilingual {
  if (typeof t !== 'string') return t;
  return t in PIN_HINTS ? PIN_HINTS[t as PinHintKey][door] : PHRASES[t as PhraseKey];
}

/** One value in words; a phrase names its own values, or else the sentence's (`outer`). */
function param(p: IssueParam, lang: Lang, outer: IssueParams): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return formatNumber(p, Math.min(decimalsOf(p), 2), lang);
  if (isBilingual(p)) return p[lang];
  if ('pct' in p) return `${formatNumber(p.pct, p.decimals ?? Math.min(decimalsOf(p.pct), 2), lang)}%`;
  if ('date' in p) return formatDateVi(p.date);
  if ('n' in p) return formatNumber(p.n, p.decimals ?? Math.min(decimalsOf(p.n), p.upTo ?? 2), lang);
  if ('phrase' in p) return fill(PHRASES[p.phrase][lang], p.params ? { ...outer, ...p.params } : outer, lang);
  return p.list.map((x) => param(x, lang, outer)).join(param(p.sep, lang, outer));
}

/** `template` with each `{name}` replaced by its value; a name without a value stays as it is (the catalogue test finds it). */
/**
 * Fills `{name}` holes with their params. `{name:one/many}` is a number and its noun, the noun picked by the number
 * (English: «1 hidden row», «4 hidden rows»); Vietnamese nouns do not change, so its templates need no such hole.
 */
function fill(template: string, params: IssueParams, lang: Lang): string {
  return template.replace(/\{(\w+)(?::([^/{}]+)\/([^/{}]+))?\}/g, (hole, name: string, one?: string, many?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return hole;
    const value = param(params[name], lang, params);
    if (one === undefined || many === undefined) return value;
    const p = params[name];
    const n = typeof p === 'number' ? p : typeof p === 'object' && p !== null && 'n' in p ? p.n : NaN;
    return `${value} ${n === 1 ? one : many}`;
  });
}

const paramsOf = (i: Issue): IssueParams => ({ cell: i.cell, sheet: i.sheet, ...i.params });

/** The issue's message in `lang` (the same at every front door: a message names no control). */
export function issueMessage(i: Issue, lang: Lang): string {
  // 'pane' is never read: a message is a sentence's own text or a phrase, never a pin hint.
  return withReading(fill(text(SENTENCES[i.sentence].message, 'pane')[lang], paramsOf(i), lang), i.sheet);
}

/** The issue's message and hint in `lang`, the hint in the words of `door`, where the clerk reads it. */
export function issueText(i: Issue, lang: Lang, door: FrontDoor): { message: string; hint?: string } {
  const entry = SENTENCES[i.sentence];
  const message = issueMessage(i, lang);
  const hint = i.hintKey ?? ('hint' in entry ? entry.hint : undefined);
  return hint === undefined ? { message } : { message, hint: withReading(fill(text(hint, door)[lang], paramsOf(i), lang), i.sheet) };
}

/** The sentence with the issue's sheet, where it names it «…», followed by its reading when typed in a legacy font (text/sheetName.ts). */
function withReading(sentence: string, sheet: string): string {
  return sheet && sheetReading(sheet) ? sentence.split(`«${sheet}»`).join(quotedSheet(sheet)) : sentence;
}

/**
 * The issue in words, in the shape of `--json` output (docs/reporting-schema.md §3):
 * `{code, severity, sheet, cell, table, field, message, hint?, more?}`, the hint worded for `door`
 * (`validate --json` and `report --json`: 'cli').
 */
export function renderIssue(i: Issue, lang: Lang, door: FrontDoor): RenderedIssue {
  const { message, hint } = issueText(i, lang, door);
  const out: RenderedIssue = { code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, table: i.table, field: i.field, message };
  if (hint !== undefined) out.hint = hint;
  if (i.more !== undefined) out.more = i.more;
  return out;
}
