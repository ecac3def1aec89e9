/**
 * Small building blocks for the draft's text: a sentence is a list of parts (plain text, a
 * segment with its marks, a highlighted placeholder the clerk must fill, a footnote), and a
 * paragraph of the report model (model.ts). No renderer here: render/docx.ts and render/html.ts.
 * Every figure goes through `count`/`amount`/`pct` so a null never prints as 0, "null" or "NaN".
 */
import { formatNumberVi, formatPercentVi, formatRoundedPercentVi } from '../format';
import { isSeg, type Para, type Part, type Seg } from './model';

export { isSeg, type Part, type Seg } from './model';

/** Half-points: 14 pt = 28. */
export const PT = (pt: number) => pt * 2;
export const BODY_SIZE = PT(14);
/** 1 cm first-line indent, 6 pt after, 1.3 lines (inside the 1.15–1.5 band of Nghị định 30). */
export const FIRST_LINE = 567;
export const SPACE_AFTER = 120;
export const LINE = 312;

export const ph = (text: string): Seg => ({ text, ph: true });
export const b = (text: string): Seg => ({ text, bold: true });
export const i = (text: string): Seg => ({ text, italics: true });
/** The generic mark of a missing figure. */
export const MISSING = '[...]';

/** Applies italics to a group of parts (a parenthesis written in italics, as the seed does). */
export function italic(...parts: Part[]): Part[] {
  return parts.map((p) => (typeof p === 'string' ? i(p) : isSeg(p) ? { ...p, italics: true } : p));
}

/** A body paragraph: 14 pt, justified, first line indented 1 cm, 6 pt after. */
export function body(parts: Part[], opts: { keepNext?: boolean; italics?: boolean; bold?: boolean; role?: Para['role'] } = {}): Para {
  return {
    kind: 'para',
    role: opts.role ?? 'body',
    parts,
    run: { size: BODY_SIZE, italics: opts.italics, bold: opts.bold },
    align: 'both',
    indent: { firstLine: FIRST_LINE },
    spacing: { after: SPACE_AFTER, line: LINE, lineRule: 'auto' },
    keepNext: opts.keepNext,
  };
}

/** "I. KẾT QUẢ ..." — bold capitals. */
export const heading1 = (text: string) => body([text.toLocaleUpperCase('vi')], { bold: true, keepNext: true, role: 'heading1' });
/** "1. ..." and "2.1. ..." — bold. */
export const heading2 = (text: string) => body([text], { bold: true, keepNext: true, role: 'heading2' });
/** "a) ..." — regular, in italics as the seed writes it. */
export const heading3 = (text: string) => body([text], { italics: true, keepNext: true, role: 'heading3' });

/** A paragraph of the clerk's own text, or the highlighted note of what belongs there. */
export function placeholderParagraph(note: string): Para {
  return body([ph(`[${note}]`)]);
}

// ---- figures -------------------------------------------------------------------------------

type N = number | null | undefined;
const ok = (x: N): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The one rule for a count in the draft's prose: 1 to 9 take a leading zero, as administrative reports write
 * counts ("09 văn bản", "02 người"); 0 and 10 or more as they are ("0 hồ sơ", "289 hồ sơ", "1.464"). The seed
 * report (../shared/seed/) writes "03 quyết định, 04 công văn và 02 kế hoạch", "02 cuộc họp", "04 công chức" but
 * "trực tuyến 8 hồ sơ": one rule here, so a draft never mixes "09 văn bản" with "2 người". Figures in tables and
 * percentages are not counts in prose, nor are the parts of a fraction ("1/21") (`plainCount`, `pct`). A number that is no whole count is written as it is.
 */
export function proseCount(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 9 ? `0${n}` : formatNumberVi(n);
}

/** A count in the draft's prose (`proseCount`): 9 -> "09", 289 -> "289"; null -> highlighted "[...]". */
export function count(x: N): Part {
  return ok(x) ? proseCount(x) : ph(MISSING);
}

/** A count as a plain figure, without the prose's leading zero, in a table's cell or a fraction ("1/21"): 9 -> "9"; null -> "[...]". */
export function plainCount(x: N): Part {
  return ok(x) ? formatNumberVi(x) : ph(MISSING);
}

/** An amount in đồng: 1220963992 -> "1.220.963.992 đồng". */
export function amount(x: N): Part {
  return ok(x) ? `${formatNumberVi(Math.round(x))} đồng` : ph(`${MISSING} đồng`);
}

/**
 * A computed percentage, rounded to the report's decimals: 60.55 -> "60,6%". A whole result is
 * written as a clerk writes it, without a trailing ",0": 100 -> "100%", 49.96 -> "50%" (issue 10 §6).
 */
export function pct(x: N, decimals: number): Part {
  if (!ok(x)) return ph(`${MISSING}%`);
  return formatRoundedPercentVi(x, decimals);
}

/** A percentage as the clerk typed it (targets, actuals): 60 -> "60%", 84.8 -> "84,8%". */
export function givenPct(x: N): Part {
  if (!ok(x)) return ph(`${MISSING}%`);
  const decimals = Number.isInteger(x) ? 0 : Number.isInteger(x * 10) ? 1 : 2;
  return formatPercentVi(x, decimals);
}

/** Joins parts with ", " and " và " before the last: ["a","b","c"] -> a, b và c. */
export function joinVi(items: Part[][], last = ' và '): Part[] {
  const out: Part[] = [];
  items.forEach((it, k) => {
    if (k > 0) out.push(k === items.length - 1 ? last : ', ');
    for (const x of it) out.push(x);
  });
  return out;
}

/** Plain text of parts (for tests and for places that need a string). */
export function plain(parts: Part[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : isSeg(p) ? p.text : '')).join('');
}

/** First letter in lower case (to embed a name mid-sentence). */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
