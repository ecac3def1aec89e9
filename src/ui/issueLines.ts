/**
 * The issue list as a clerk works through it (issue 11 §4): the issues of one code in one column
 * collapse into one line with a count and the range, so twelve "number as text" notes make one line
 * and do not bury the three that matter; lines go errors first, then the warnings that change a
 * figure (the draft's changesFigure), then the other warnings, then notes; the general issues
 * (no sheet) form one group, "Chung": on top when it holds an error, else after the sheets.
 */
import { parseRange, rangeA1, splitCells } from '../core/address';
import type { Issue } from '../core/issues';
import { changesFigure } from '../core/issues/figureWarnings';
import type { Lang } from '../core/issues/types';
import { t } from './i18n';

/** 0 error, 1 warning that changes a figure, 2 other warning, 3 note. */
export type Tier = 0 | 1 | 2 | 3;

export function tierOf(i: Pick<Issue, 'severity' | 'code' | 'noFigure'>): Tier {
  if (i.severity === 'error') return 0;
  if (i.severity === 'warning') return changesFigure(i) ? 1 : 2;
  return 3;
}

/** One line of the list: one issue, or the issues of one code in one column. */
export interface IssueLine {
  /** Stable within one list. */
  key: string;
  /** The first issue: its message and hint are the line's. */
  first: Issue;
  issues: Issue[];
  /** Cells with this issue, those left out of the analysis (`Issue.more`) included. */
  count: number;
  /** The cell, or the range spanning every cell of the line ('' when none is named). */
  range: string;
  tier: Tier;
}

/** Letters of an issue's first cell ("E" of "E12"), '' when it names none. */
const columnOf = (cell: string) => /^\$?([A-Za-z]+)/.exec(cell)?.[1]?.toUpperCase() ?? '';

/** The smallest range holding every cell the issues name. */
function spanOf(issues: readonly Issue[]): string {
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const i of issues) {
    for (const c of splitCells(i.cell)) {
      const r = parseRange(c)!;
      box = box
        ? { top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right) }
        : r;
    }
  }
  return box ? rangeA1(box.top, box.left, box.bottom, box.right) : issues[0].cell;
}

/** Params that hold the cell's own value, which differs from cell to cell of one line. */
const VALUE_PARAMS = new Set(['cell', 'where', 'text', 'value']);

/**
 * What an issue's sentence says besides its cell and that cell's value: the sentence, the hint and
 * every other param, with the cell's address and row number masked where a param names them
 * ("Ô D5", "dòng 5"). Numbers and dates are a cell's value; labels ("Tổng thu", a column's name) are not.
 */
function sayingOf(i: Issue): string {
  const row = /\d+$/.exec(i.cell.split(':')[0])?.[0];
  const masked = (v: string) => {
    let out = v.split(i.cell).join('#');
    if (row) out = out.replace(new RegExp(`(^|\\D)${row}(?!\\d)`, 'g'), '$1#');
    return out;
  };
  const params = Object.entries(i.params)
    .filter(([k, v]) => !VALUE_PARAMS.has(k) && typeof v !== 'number' && !(typeof v === 'object' && ('n' in v || 'pct' in v || 'date' in v)))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${masked(JSON.stringify(v))}`);
  return [i.sentence, i.hintKey ?? '', ...params].join('|');
}

/**
 * Collapses issues whose sentence differs in nothing but the cell and its value (the same code,
 * severity, sheet, table, field, column, sentence, hint and other params) into lines, in order of
 * first appearance: "Tổng thu" and "Tổng chi" missing stay two lines. Issues naming no cell stay
 * one line each.
 */
export function issueLines(issues: readonly Issue[]): IssueLine[] {
  const byKey = new Map<string, Issue[]>();
  let n = 0;
  for (const i of issues) {
    const column = columnOf(i.cell);
    const key = column ? `${i.code}|${i.severity}|${i.sheet}|${i.table}|${i.field}|${column}|${sayingOf(i)}` : `#${n++}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  return [...byKey.entries()].map(([key, list]) => ({
    key,
    first: list[0],
    issues: list,
    count: list.reduce((s, i) => s + 1 + (i.more && i.more > 0 ? i.more : 0), 0),
    range: list.length === 1 ? list[0].cell : spanOf(list),
    tier: tierOf(list[0]),
  }));
}

/** Lines by where their range starts, row by row and left to right; a line naming no cell first. */
function byPlace(a: IssueLine, b: IssueLine): number {
  const ra = parseRange(splitCells(a.range)[0] ?? '');
  const rb = parseRange(splitCells(b.range)[0] ?? '');
  return (ra ? 1 : 0) - (rb ? 1 : 0) || (ra && rb ? ra.top - rb.top || ra.left - rb.left : 0);
}

/**
 * Lines by sheet, "" (general) being one group. Groups go by their worst line's tier, then general
 * first, then workbook order (`sheetOrder`, else first appearance); lines within a group by tier,
 * then by place (row by row, a line naming no cell first), then as they came. The pane, the page
 * and the command line (cli/print.ts) all list issues in this order (tester 16 F7).
 */
export function groupLines(lines: readonly IssueLine[], sheetOrder: readonly string[] = []): [string, IssueLine[]][] {
  const groups = new Map<string, IssueLine[]>();
  for (const l of lines) {
    const list = groups.get(l.first.sheet) ?? [];
    list.push(l);
    groups.set(l.first.sheet, list);
  }
  const appearance = [...groups.keys()];
  // General errors (a required table missing) on top; general notes after every sheet's.
  const place = (sheet: string, worst: number) => {
    if (sheet === '') return worst === 0 ? -1 : Infinity;
    const n = sheetOrder.indexOf(sheet);
    return n >= 0 ? n : sheetOrder.length + appearance.indexOf(sheet);
  };
  return [...groups.entries()]
    .map(([sheet, list]) => ({
      sheet,
      list: list
        .map((l, n) => ({ l, n }))
        .sort((a, b) => a.l.tier - b.l.tier || byPlace(a.l, b.l) || a.n - b.n)
        .map(({ l }) => l),
      worst: list.reduce((w, l) => Math.min(w, l.tier), 3),
    }))
    .sort((a, b) => a.worst - b.worst || place(a.sheet, a.worst) - place(b.sheet, b.worst))
    .map(({ sheet, list }) => [sheet, list]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A line's message and hint: one issue's own words (`words`: the front door's renderer, core/issues issueText);
 * a line of several cells says its range where the hint names the cell ("Đổi các ô F6:F9 …", not "Đổi ô F6"),
 * and its message, which quotes one cell's value, is marked as an example. Shared by the pane, the page and the
 * command line, so that each lists the same lines.
 */
export function lineText(line: IssueLine, lang: Lang, words: (i: Issue) => { message: string; hint?: string }): { message: string; hint?: string } {
  const i = line.first;
  if (line.issues.length === 1 || !i.cell || !line.range || line.range === i.cell) return words(i);
  const own = words(i);
  const params = i.params.cell === i.cell || i.params.cell === undefined ? { ...i.params, cell: line.range } : i.params;
  const many = words({ ...i, cell: line.range, params }).hint;
  const plural = (h: string) =>
    lang === 'vi'
      ? h.replace(
          new RegExp(`(^|[^\\p{L}])([ôÔ]) ${escape(line.range)}`, 'gu'),
          (_m, pre: string, o: string) => `${pre}${o === 'Ô' ? 'Các' : 'các'} ô ${line.range}`,
        )
      : h;
  const mentionsCell = own.message.includes(i.cell);
  return {
    message: mentionsCell ? t(lang, 'forExample', { text: own.message }) : own.message,
    hint: many === undefined ? undefined : plural(many),
  };
}
