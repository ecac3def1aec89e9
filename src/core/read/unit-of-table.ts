/**
 * The unit of a table's amounts: a unit line above the header ("ĐVT: triệu đồng", or a sentence: "Ghi chú: số liệu
 * tính bằng triệu đồng", "Đơn vị tính là triệu đồng"), the title, the far right
 * of the title band (past the table's last column), the header of each amount column ("Thực hiện (nghìn
 * đồng)"), or a unit statement in a cell of the table's first line ("Ghi chú": "Đơn vị tính: triệu đồng").
 * A note in the footnote band under the last line ("Ghi chú: số liệu tính bằng triệu đồng") states it too.
 * A column's own unit wins over the table's. A unit noted beside a later line is about that line: it is not
 * the table's. Only when no cell's text names a unit, one written in a cell's note or comment (Excel's Review →
 * Note) on the title band or a header cell holds ("ĐVT: triệu đồng" as a note on the title): the table's, or an
 * amount column's own when on that column's header. Last, a unit line that stands above several tables of the
 * sheet holds for each: over revenue and expenditure side by side, or over two stacked blocks (tester13 #30, #31).
 */
import { a1 } from '../address';
import type { AmountUnit } from '../tables';
import type { Candidate } from './locate';
import { parseUnit, parseUnitInNote, parseUnitNote, parseUnitStatement } from './unit';

/** How far right of a table's last column a title band's unit is looked for. */
const TITLE_BAND_REACH = 8;
/** How many lines under a table's last line its footnote band may run. */
const FOOTNOTE_REACH = 6;

export interface TableUnit {
  /** The table's unit; `source` absent when none was written and đồng is assumed. */
  unit: AmountUnit;
  assumed: boolean;
  /** Field key -> factor, for amount columns whose header names a unit. */
  columnFactors: Record<string, number>;
}

export function tableUnit(c: Candidate): TableUnit {
  const { grid, spec, match } = c;
  let unit: AmountUnit | null = null;
  // Nearest line above first: a unit line sits between the title and the header.
  for (const r of c.titleRows) {
    for (let col = grid.left; col <= grid.right && !unit; col++) {
      const t = grid.text(r, col);
      if (!t.trim()) continue;
      const u = parseUnit(t);
      if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
    }
    if (unit) break;
  }
  // The far right of the title band or of the header, past the table's columns (a title merged over the
  // table may be read as its header's top row), as long as no other table's header or values stand between.
  const bottom = c.headerRows[c.headerRows.length - 1];
  const first = c.dataRows[0];
  for (const r of unit ? [] : [...c.headerRows, ...c.titleRows]) {
    for (let col = c.right + 1; col <= c.right + TITLE_BAND_REACH && !unit; col++) {
      if ((r !== bottom && !grid.isBlank(bottom, col)) || (first !== undefined && !grid.isBlank(first, col))) break;
      const t = grid.text(r, col);
      const u = t.trim() ? parseUnitStatement(t) : null;
      if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
    }
    if (unit) break;
  }
  const columnFactors: Record<string, number> = {};
  let firstColumnUnit: AmountUnit | null = null;
  for (const f of spec.fields) {
    if (f.kind !== 'amount') continue;
    const col = match.columns[f.key];
    if (col === undefined) continue;
    for (const r of c.headerRows) {
      const t = grid.text(r, col);
      const u = t.trim() ? parseUnit(t) : null;
      if (u) {
        columnFactors[f.key] = u.factor;
        firstColumnUnit ??= { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
        break;
      }
    }
  }
  // A unit written in the header row but in a column of its own ("ĐVT: đồng" at the far right).
  if (!unit) {
    for (const r of c.headerRows) {
      for (let col = c.left; col <= c.right && !unit; col++) {
        if (Object.values(match.columns).includes(col)) continue;
        const t = grid.text(r, col);
        const u = t.trim() ? parseUnit(t) : null;
        if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
      }
    }
  }
  // A statement of the unit, alone in a cell of the table's first line (its "Ghi chú"), holds for the table;
  // one beside a later line is about that line only.
  for (let col = c.left; col <= c.right && !unit && first !== undefined; col++) {
    if (Object.values(match.columns).includes(col) && !isTextField(c, col)) continue;
    const t = grid.text(first, col);
    const u = t.trim() ? parseUnitStatement(t) : null;
    if (u) unit = { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(first, col) } };
  }
  unit ??= footnoteUnit(c);
  unit ??= firstColumnUnit;
  // A cell's own text wins: notes are read only when no text named a unit.
  if (!unit) unit = noteUnit(c, columnFactors);
  unit ??= sharedUnitLine(c);
  if (unit) return { unit, assumed: false, columnFactors };
  return { unit: { factor: 1, text: 'đồng (mặc định)' }, assumed: true, columnFactors };
}

/**
 * The unit written in a note on the title band or a header cell: a note on an amount column's header gives that
 * column's factor (into `columnFactors`); the table's unit is a note elsewhere on the title band or header, else the
 * first amount column's. Null when no note names one.
 */
function noteUnit(c: Candidate, columnFactors: Record<string, number>): AmountUnit | null {
  const { grid, spec, match } = c;
  const at = (r: number, col: number): AmountUnit | null => {
    const n = grid.note(r, col);
    const u = n ? parseUnitInNote(n) : null;
    return u && { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, col) } };
  };
  let firstColumnUnit: AmountUnit | null = null;
  const amountCols = new Set<number>();
  for (const f of spec.fields) {
    const col = f.kind === 'amount' ? match.columns[f.key] : undefined;
    if (col === undefined) continue;
    amountCols.add(col);
    for (const r of c.headerRows) {
      const u = at(r, col);
      if (u) {
        columnFactors[f.key] = u.factor;
        firstColumnUnit ??= u;
        break;
      }
    }
  }
  for (const r of c.titleRows) {
    for (let col = grid.left; col <= grid.right; col++) {
      const u = at(r, col);
      if (u) return u;
    }
  }
  for (const r of c.headerRows) {
    for (let col = c.left; col <= c.right; col++) {
      const u = amountCols.has(col) ? null : at(r, col);
      if (u) return u;
    }
  }
  return firstColumnUnit;
}

/**
 * The nearest unit line above the table's header on the whole sheet, past the column band the table was found in
 * and past the tables stacked above it: a cell that states the unit and nothing else ("ĐVT: triệu đồng", at the
 * left or the right of the sheet), or the only text of its line naming one ("TÌNH HÌNH TÀI CHÍNH (triệu đồng)").
 * A line of several cells naming no unit (another table's header or values) is walked past; the first unit line
 * met, the nearest, holds. Null when none stands above.
 */
function sharedUnitLine(c: Candidate): AmountUnit | null {
  const whole = c.grid.whole ?? c.grid;
  for (let r = c.headerRows[0] - 1; r >= whole.top; r--) {
    const filled: number[] = [];
    for (let col = whole.left; col <= whole.right; col++) if (!whole.isBlank(r, col)) filled.push(col);
    for (const col of filled) {
      const t = whole.text(r, col);
      const u = parseUnitStatement(t) ?? (filled.length === 1 ? parseUnit(t) : null);
      if (u) return { factor: u.factor, text: u.text, source: { sheet: whole.name, cell: a1(r, col) } };
    }
  }
  return null;
}

/** The column holds a text field of the table (a content or note column), not a number. */
function isTextField(c: Candidate, col: number): boolean {
  return c.spec.fields.some((f) => f.kind === 'text' && c.match.columns[f.key] === col);
}

/**
 * A unit stated in the footnote band under the table: the lines after its last line holding one note each
 * (a merged note counts once), up to a line of several cells or a number (a signature block, another
 * table). A unit line followed by a header is the next table's unit line, not this table's note.
 */
function footnoteUnit(c: Candidate): AmountUnit | null {
  const { grid } = c;
  const end = Math.min(grid.bottom, c.lastRow + FOOTNOTE_REACH);
  const right = Math.min(grid.right, c.right + TITLE_BAND_REACH);
  const notes = (r: number): string[] | null => {
    const texts = new Set<string>();
    for (let col = c.left; col <= right; col++) {
      if (grid.isBlank(r, col)) continue;
      if (typeof grid.raw(r, col) === 'number') return null;
      texts.add(grid.text(r, col).trim());
    }
    return [...texts].filter((t) => t);
  };
  for (let r = c.lastRow + 1; r <= end; r++) {
    const texts = notes(r);
    if (texts === null || texts.length > 1) return null;
    const u = texts.length ? parseUnitNote(texts[0]) : null;
    if (!u) continue;
    for (let n = r + 1; n <= Math.min(grid.bottom, r + 3); n++) {
      const next = notes(n);
      if (next === null || next.length > 1) return null;
    }
    return { factor: u.factor, text: u.text, source: { sheet: grid.name, cell: a1(r, firstFilled(c, r, right)) } };
  }
  return null;
}

function firstFilled(c: Candidate, r: number, right: number): number {
  for (let col = c.left; col <= right; col++) if (!c.grid.isBlank(r, col)) return col;
  return c.left;
}
