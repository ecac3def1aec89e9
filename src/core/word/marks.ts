/**
 * Figures tied to an open issue, marked where they stand in the draft (issue 10 §4): the figure is
 * highlighted and followed by the issue's cell, "[cần xem lại: Thu chi NS!E6, E7]", so the signer
 * sees it in the sentence, not only in the note on page 1.
 *
 * An issue is tied to a figure when one of its cells lies in one of the figure's source cells
 * (Analysis.sources, by dotted path: "budget.revenue.actual"); a duplicate-row issue, when its row does. Open issues are the errors and the
 * warnings that change a figure or a quoted text (FIGURE_WARNINGS); a number written as text that
 * was read right, or a blank row, changes nothing and is not marked.
 */
import type { Analysis } from '../analyze';
import { parseRange, splitCells } from '../address';
import type { FigurePath } from '../figures/types';
import type { Issue } from '../issues';
import { isSeg, type Part, type Seg } from './text';
import type { Para } from './model';
import { changesFigure, FIGURE_WARNINGS } from '../issues/figureWarnings';

/** The warnings that change a figure: kept with the issue catalogue, which the pane loads without the draft. */
export { FIGURE_WARNINGS };

/** Errors, and the warnings that change a figure (changesFigure): what the note on page 1 lists and what marks a figure. */
export function openIssues(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error' || changesFigure(i));
}

type Box = { top: number; left: number; bottom: number; right: number };
const boxes = (cells: string): Box[] => splitCells(cells).map((c) => parseRange(c)!);
const meet = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * True when an amount a share is computed from is flagged as written in another unit (unit-mismatch): the
 * share is then wrong by 1 000× («đạt 0%»), so the draft leaves it «[...]%» and the report sheet leaves it blank.
 */
export const unitSlipped = (issues: readonly Issue[]): boolean => issues.some((i) => i.code === 'unit-mismatch');

/**
 * The open issues (errors first) whose cells meet the sources of any of `paths`, then the warnings that the
 * table of those figures states another period than the report's (its title line is no source cell, yet
 * every figure of the table is in question); empty when none.
 */
export function issuesOf(analysis: Pick<Analysis, 'issues' | 'sources'>, paths: FigurePath[]): Issue[] {
  const byCell = issuesAt(
    analysis,
    paths.flatMap((p) => analysis.sources[p] ?? []),
  );
  const roots = new Set(paths.map((p) => p.slice(0, p.indexOf('.'))));
  const ofPeriod = analysis.issues.filter(
    (i) => i.sentence === 'table-period-differs' && i.severity === 'warning' && roots.has(i.table === 'dossiers' ? 'tthc' : i.table) && !byCell.includes(i),
  );
  return [...byCell, ...ofPeriod];
}

/** The open issues (errors first) whose cells meet any of `sources` (a sheet and an A1 cell or range each). */
export function issuesAt(analysis: Pick<Analysis, 'issues'>, sources: readonly { sheet: string; cell: string }[]): Issue[] {
  if (sources.length === 0) return [];
  const open = openIssues(analysis.issues).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return open.filter((issue) => {
    if (!issue.sheet || !issue.cell) return false;
    // A record written twice (a dossier's code, a person, a field: duplicate-row) is counted twice in every figure its
    // row feeds, whichever of its cells the issue names (tester 7 item 7): the issue stands for its whole row.
    const mine = issue.code === 'duplicate-row' ? boxes(issue.cell).map((b) => ({ ...b, left: 0, right: Infinity })) : boxes(issue.cell);
    return sources.some((s) => s.sheet === issue.sheet && boxes(s.cell).some((b) => mine.some((m) => meet(b, m))));
  });
}

/** At most this many cells after a marked figure; the note on page 1 and the report sheet list them all. */
const MAX_CELLS = 3;

/** `parts` highlighted, then the issues' cells, when a figure of `paths` is tied to an open issue; else `parts` as they are. */
export function marked(analysis: Analysis, parts: Part[], ...paths: FigurePath[]): Part[] {
  return markedBy(issuesOf(analysis, paths), parts);
}

/** The cells of `issues` as a mark names them: "Thu chi NS!E6; Thu chi NS!E7", at most MAX_CELLS, then "; …". */
export function cellsToCheck(issues: readonly Issue[]): string {
  return cellList(issues.map((i) => `${i.sheet}!${i.cell}`));
}

/** Cells or names as a mark lists them: unique, at most MAX_CELLS, then "; …" (the roll-up's totals lines use it too). */
export const cellList = (list: readonly string[]): string => {
  const cells = [...new Set(list)];
  return cells.slice(0, MAX_CELLS).join('; ') + (cells.length > MAX_CELLS ? '; …' : '');
};

/** `parts` highlighted and followed by the cells of `issues` (word/marks's own mark); `parts` as they are when none. */
export function markedBy(issues: readonly Issue[], parts: Part[]): Part[] {
  return markedAt(
    issues.map((i) => `${i.sheet}!${i.cell}`),
    parts,
  );
}

/** `parts` highlighted and followed by `cells` ("Thu chi NS!B3"), the same mark as markedBy's; `parts` as they are when none. */
export function markedAt(cells: readonly string[], parts: Part[]): Part[] {
  if (cells.length === 0) return parts;
  const shown = cellList(cells);
  const lit = parts.map((p): Part => (typeof p === 'string' ? { text: p, ph: true } : isSeg(p) ? ({ ...p, ph: true } satisfies Seg) : p));
  return [...lit, { text: ` [cần xem lại: ${shown}]`, ph: true, checks: [...new Set(cells)] }];
}

/** The cells every mark of `paras` stands for (markedAt's `checks`), footnotes included. */
export function markedCells(paras: readonly Para[]): Set<string> {
  const out = new Set<string>();
  const walk = (parts: readonly Part[]): void => {
    for (const p of parts) {
      if (typeof p === 'string') continue;
      if (isSeg(p)) p.checks?.forEach((c) => out.add(c));
      else p.footnote.forEach((f) => walk(f.parts));
    }
  };
  paras.forEach((p) => walk(p.parts));
  return out;
}
