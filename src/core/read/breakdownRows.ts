/**
 * Rows that break a row above them down («Trong đó: Nữ», «- Đảng viên», «Dân tộc thiểu số» under «Tổng cộng»,
 * «Trong đó: liên thông khai sinh - BHYT» under a field): part of that row, never a record of the table. Summed
 * with the records they would count their people or dossiers twice (REPORTING-SCHEMA.md §3: a «Tổng cộng» row =
 * the sum of its rows; §4: staff total, TTHC by field). Budget and investment lines have their outline: there a
 * «Trong đó» line has no order mark, so it is no sub-line of any line (check/groups.ts), and is not asked here.
 */
import type { Candidate } from './locate';
import { leadingOrder, orderLevel } from './values';

/** «Trong đó», «Trong đó:», «- Trong đó», «(Trong đó …»: the words that open a breakdown. */
const OF_WHICH = /^[-+*•–(\s]*trong do\b/;

/** A mark opening a line of a breakdown list («- Nữ», «+ Đảng viên»). */
const DASHED = /^[-+*•–]/;

/** What a staff or dossier total is broken down by, named alone on a line under it. */
const ATTRIBUTES = ['nu', 'dang vien', 'dan toc thieu so', 'nguoi dan toc thieu so', 'dan toc', 'doan vien', 'ton giao', 'lien thong'];

/** The folded text of the row's first label (an order mark «1», «I» passed over), or '' when it has none. */
function firstLabel(c: Candidate, row: number): string {
  const { grid } = c;
  for (let col = c.left; col <= c.right; col++) {
    if (grid.isBlank(row, col)) continue;
    if (typeof grid.raw(row, col) !== 'string') return '';
    const t = grid.text(row, col).trim();
    if (orderLevel(t) !== undefined && !DASHED.test(t)) continue;
    return grid.folded(row, col) || (DASHED.test(t) ? '-' : '');
  }
  return '';
}

/** The row's first label as written (an order mark passed over, a dash kept), and its cell's column; null when none. */
export function breakdownLabel(c: Candidate, row: number): { text: string; col: number } | null {
  const { grid } = c;
  for (let col = c.left; col <= c.right; col++) {
    if (grid.isBlank(row, col)) continue;
    const t = grid.text(row, col).trim();
    if (typeof grid.raw(row, col) === 'string' && (orderLevel(t) === undefined || DASHED.test(t))) return { text: t, col };
  }
  return null;
}

/** Whether the folded label names an attribute alone («Nữ», «Đảng viên:», «Dân tộc thiểu số (người)»). */
function isAttribute(folded: string): boolean {
  const f = folded.replace(/^[-+*•–\s]+/, '');
  return ATTRIBUTES.some((a) => f === a || f.startsWith(`${a} `));
}

/**
 * Tells, row by row in order, the breakdown rows of a table: a row opening with «Trong đó» (not in a long list,
 * where only rows after a total are asked), and, after a total that closes records or right after another
 * breakdown row, a row opening with a dash or naming an attribute alone. `row`: the sheet row; `isTotal`: it is a
 * total row; `records`: the records kept above it.
 */
export function breakdownRows(c: Candidate): (row: number, isTotal: boolean, records: number) => boolean {
  // Lists of people, documents or dossiers: a record's label is a name or a code, and a long list is asked nothing
  // until its total.
  const list =
    c.spec.name === 'dossiers' || c.spec.name === 'documents' || (c.spec.name === 'staff' && (c.match.columns.name ?? c.match.columns.givenName) !== undefined);
  let afterTotal = false;
  let closing = false;
  let inBreakdown = false;
  return (row, isTotal, records) => {
    if (isTotal) {
      afterTotal = true;
      closing = records > 0;
      inBreakdown = false;
      return false;
    }
    if (list && !afterTotal) return false;
    const label = firstLabel(c, row);
    const found =
      OF_WHICH.test(label) ||
      ((afterTotal || inBreakdown) && isAttribute(label)) ||
      ((closing || inBreakdown) && DASHED.test(c.grid.text(row, firstCol(c, row)).trim()));
    inBreakdown = found;
    return found;
  };
}

/** The row's first filled column in the table. */
function firstCol(c: Candidate, row: number): number {
  for (let col = c.left; col <= c.right; col++) if (!c.grid.isBlank(row, col)) return col;
  return c.left;
}

/** A row naming a level of government («Cấp xã», «UBND huyện»), maybe after an order mark («A.», «1.»): a group of fields. */
const LEVEL_NAME = /^(?:(?:[ivxlc]+|[a-h]|\d+) )?(?:cap (?:tinh|huyen|xa)|(?:ubnd|uy ban nhan dan) (?:cap )?(?:tinh|huyen|xa))\b/;

/**
 * A group row of a TTHC table (Biểu 06 groups its fields by level): marked by a roman numeral or a capital letter
 * («A | Cấp xã», «I | Cấp huyện»), or naming a level of government whatever its mark («1 | Cấp xã», «Cấp huyện»
 * alone, «1. Cấp xã» in one cell). A field numbered «1 | Hộ tịch» is none.
 */
export function isLevelRow(c: Candidate, row: number): boolean {
  const fieldCol = c.match.columns.field;
  let marked = false;
  for (let col = c.left; col <= c.right; col++) {
    if (c.grid.isBlank(row, col)) continue;
    const t = c.grid.text(row, col).trim();
    const alone = orderLevel(t);
    const mark = alone ?? orderLevel(leadingOrder(t) ?? '');
    if (mark === 1) return true;
    const named = typeof c.grid.raw(row, col) === 'string' && LEVEL_NAME.test(c.grid.folded(row, col));
    // An arabic mark in its own cell («1 | Cấp xã»): the label after it says whether the row is a level.
    if (alone !== undefined && !marked) {
      marked = true;
      continue;
    }
    if (mark !== undefined) return col === fieldCol && named;
    return named;
  }
  return false;
}

/**
 * The group rows of a TTHC table (isLevelRow), over rows numbered 1, 2, …. Returns the levels to give the rows
 * (groups 1, the rest 2), so that a group is checked against its fields (sum-mismatch, as an outline line is) and
 * counted once; null when the table has no group with rows under it. `rows`: the table's data rows, totals and
 * breakdowns left out (and level rows with no number, which are headings: rows.ts).
 */
export function tthcGroupLevels(c: Candidate, rows: readonly number[]): Map<number, number> | null {
  const groups = rows.filter((r) => isLevelRow(c, r));
  if (groups.length === 0 || !rows.some((r) => r > groups[0] && !groups.includes(r))) return null;
  return new Map(rows.map((r) => [r, groups.includes(r) ? 1 : 2]));
}
