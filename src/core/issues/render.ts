/**
 * An issue in words: its sentence's templates filled with its values in the language asked
 * (numbers 1.464.000 and 14,2% in Vietnamese, 1,464,000 and 14.2% in English; dates dd/mm/yyyy in both).
 * Every front door words issues here, where it shows them (CLI, pane, page, report sheet, Word note).
 */
import { formatDateVi, formatNumberVi } from '../format';
import type { Bilingual, Issue, IssueParam, IssueParams, Lang, RenderedIssue } from './types';
import { PHRASES, SENTENCES, type PhraseKey } from './sentences';

/** Number of decimals a number carries (0–6): 14.2 -> 1, 81 -> 0, 84.8 -> 1. */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const s = Math.abs(x) * 10 ** d;
    if (Math.abs(s - Math.round(s)) < 1e-7 * Math.max(1, s)) return d;
  }
  return 6;
}

/** Vietnamese separators swapped for English ones: "1.234,5" -> "1,234.5". */
const toEn = (vi: string) => vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

/** A number in the language's separators, with `decimals` places. */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  const vi = formatNumberVi(x, decimals);
  return lang === 'vi' ? vi : toEn(vi);
}

function isBilingual(p: object): p is Bilingual {
  return 'vi' in p && 'en' in p;
}

function text(t: Bilingual | PhraseKey): Bilingual {
  return typeof t === 'string' ? PHRASES[t] : t;
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
function fill(template: string, params: IssueParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (hole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? param(params[name], lang, params) : hole,
  );
}

/** The issue's message and hint in `lang`. */
export function issueText(i: Issue, lang: Lang): { message: string; hint?: string } {
  const entry = SENTENCES[i.sentence];
  const params: IssueParams = { cell: i.cell, sheet: i.sheet, ...i.params };
  const message = fill(text(entry.message)[lang], params, lang);
  const hint = i.hintKey ?? ('hint' in entry ? entry.hint : undefined);
  return hint === undefined ? { message } : { message, hint: fill(text(hint)[lang], params, lang) };
}

/**
 * The issue in words, in the shape of `--json` output (docs/reporting-schema.md §3):
 * `{code, severity, sheet, cell, table, field, message, hint?, more?}`.
 */
export function renderIssue(i: Issue, lang: Lang): RenderedIssue {
  const { message, hint } = issueText(i, lang);
  const out: RenderedIssue = { code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, table: i.table, field: i.field, message };
  if (hint !== undefined) out.hint = hint;
  if (i.more !== undefined) out.more = i.more;
  return out;
}
