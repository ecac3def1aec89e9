/**
 * Staff: headcount by category and education shares over cán bộ + công chức (not không chuyên trách),
 * from a list of persons or from counts per education level.
 */
import { largestRemainder } from '../round';
import type { CellRef, ReadTable, TypedRow } from '../tables';
import type { FieldKey } from '../schema';
import { issue } from '../issues';
import { cellsOrRange, columnRef, dataRows, num, refs, setSource, sumStrict, tableRef, text, where, type FigureContext } from './common';
import { EDUCATION_LEVELS, type EducationLevel, type StaffFigures } from './types';

const COUNT_KEYS = ['count', 'countCanBo', 'countCongChuc', 'countKhongChuyenTrach'] as const;

/**
 * The staff figures of a read table (a list of persons, or counts per level). A table with data rows whose cán bộ
 * and công chức come out 0 (nobody and no count read, no part-time worker either) is an error at the table: the
 * layout was read wrong or the counts are not numbers, and 0 is never the commune's staff (tester 17 S08, S14).
 */
export function computeStaff(t: ReadTable, ctx: FigureContext): StaffFigures {
  const perLevel = COUNT_KEYS.some((k) => t.located.columns[k] !== undefined);
  const figures = perLevel ? perLevelStaff(t, ctx) : perPersonStaff(t, ctx);
  const rows = t.located.dataRows.length;
  if (figures.total === 0 && !figures.khongChuyenTrach && rows > 0) {
    ctx.issues.push(issue('staff-total-zero', where(tableRef(t), 'staff', 'category'), { sheet: t.located.sheet, rows }));
  }
  return figures;
}

function withShares(counts: Record<EducationLevel, number | null>, decimals: number): StaffFigures['education'] {
  const all = EDUCATION_LEVELS.map((l) => counts[l]);
  const known = all.every((c) => c !== null);
  const pcts = known ? largestRemainder(all as number[], decimals) : all.map(() => null);
  return Object.fromEntries(EDUCATION_LEVELS.map((l, i) => [l, { count: counts[l], pct: pcts[i] }])) as StaffFigures['education'];
}

function perPersonStaff(t: ReadTable, ctx: FigureContext): StaffFigures {
  const persons = dataRows(t).filter((r) => text(r, 'name') || r.values.category?.value || r.values.education?.value);
  const hasCategory = t.located.columns.category !== undefined;
  const cat = { canBo: 0, congChuc: 0, khongChuyenTrach: 0 };
  let categoryUnknown = !hasCategory;
  const edu: Record<EducationLevel, number> = { postgraduate: 0, university: 0, college: 0, secondary: 0, none: 0 };
  const eduRows: Record<EducationLevel, TypedRow[]> = { postgraduate: [], university: [], college: [], secondary: [], none: [] };
  let educationUnknown = t.located.columns.education === undefined;
  // A level the schema does not know leaves that person out of the shares (its constraint-error names the cell),
  // never the others (tester 7 item 11).
  const unclassified: TypedRow[] = [];
  // A contract worker is none of the three: left out, with a note. A category the schema does not know leaves
  // that person out of every staff figure (its constraint-error names the cell and marks the figures), never the
  // others; a blank one leaves every figure unknown (cases 26b: no share over part of the staff).
  const contract: TypedRow[] = [];
  // A cán bộ or công chức whose level cell is blank: «chưa qua đào tạo» by the schema (§2), said at the cells.
  const blankLevel: TypedRow[] = [];
  for (const r of persons) {
    const c = r.values.category?.value;
    if (c === 'canBo' || c === 'congChuc' || c === 'khongChuyenTrach') cat[c]++;
    else if (c === 'contract') contract.push(r);
    else if (hasCategory && !r.values.category?.text.trim()) categoryUnknown = true;
    // Education is counted over cán bộ + công chức; without a category column every person listed counts.
    if (hasCategory && c !== 'canBo' && c !== 'congChuc') continue;
    const e = r.values.education;
    let level: EducationLevel | null = null;
    if (e && typeof e.value === 'string' && (EDUCATION_LEVELS as string[]).includes(e.value)) level = e.value as EducationLevel;
    else if (!e || (e.value === null && !e.text.trim())) level = 'none'; // a blank level means no training (schema)
    if (level === 'none' && !educationUnknown && (!e || !e.text.trim())) blankLevel.push(r);
    if (level) {
      edu[level]++;
      eduRows[level].push(r);
    } else unclassified.push(r);
  }
  if (unclassified.length > 0 && !educationUnknown) {
    const classified = EDUCATION_LEVELS.reduce((a, l) => a + edu[l], 0);
    if (classified === 0) educationUnknown = true;
    setSource(ctx, 'staff.unclassified', unclassified.length <= 3 ? cellsOrRange(unclassified, 'education', 3) : columnRefs(unclassified, 'education'));
  }
  if (contract.length > 0) {
    const cells = cellsOrRange(contract, 'category', 3).map((c) => c.cell);
    const at = where({ sheet: contract[0].sheet, cell: cells.join(', ') }, 'staff', 'category');
    ctx.issues.push(issue('staff-contract-left-out', at, { count: contract.length, cells: cells.join(', ') + (contract.length > 3 ? ', …' : '') }));
  }
  if (blankLevel.length > 0) {
    const cells = cellsOrRange(blankLevel, 'education', 3).map((c) => c.cell);
    const at = where({ sheet: blankLevel[0].sheet, cell: cells.join(', ') }, 'staff', 'education');
    const shown = cells.join(', ') + (blankLevel.length > 3 ? ', …' : '');
    ctx.issues.push(issue('staff-education-blank', at, { count: blankLevel.length, cells: shown }, { marksFigures: true }));
  }
  if (!hasCategory && persons.length > 0) {
    ctx.issues.push(issue('staff-category-missing', where(tableRef(t), 'staff', 'category'), {}));
  }
  // Education is counted over cán bộ + công chức: with a person's category unknown, no share is over all of them.
  if (hasCategory && categoryUnknown) educationUnknown = true;
  const canBo = categoryUnknown ? null : cat.canBo;
  const congChuc = categoryUnknown ? null : cat.congChuc;
  // A list of cán bộ, công chức (the usual one) holds no part-time worker: with none listed, their number is
  // not given by the data (null, a placeholder in the draft), never 0 (brief w5 point 3).
  const khongChuyenTrach = categoryUnknown || cat.khongChuyenTrach === 0 ? null : cat.khongChuyenTrach;
  const counts = Object.fromEntries(EDUCATION_LEVELS.map((l) => [l, educationUnknown ? null : edu[l]])) as Record<EducationLevel, number | null>;

  const categoryCells = columnRefs(persons, 'category');
  for (const k of ['total', 'canBo', 'congChuc', 'khongChuyenTrach'] as const) setSource(ctx, `staff.${k}`, categoryCells);
  const eduCells = columnRefs(persons, 'education');
  for (const l of EDUCATION_LEVELS) {
    const cells = eduRows[l].length > 0 && eduRows[l].length <= 3 ? cellsOrRange(eduRows[l], 'education', 3) : eduCells;
    setSource(ctx, `staff.education.${l}.count`, cells);
    setSource(ctx, `staff.education.${l}.pct`, eduCells);
  }
  return {
    total: sumStrict([canBo, congChuc]),
    canBo,
    congChuc,
    khongChuyenTrach,
    education: withShares(counts, ctx.decimals),
    unclassified: educationUnknown ? 0 : unclassified.length,
  };
}

/** The column of `key` over `rows`, one range per sheet: a list kept in parts on several sheets (read/index.ts staffParts). */
function columnRefs(rows: TypedRow[], key: 'category' | 'education'): CellRef[] {
  const sheets = [...new Set(rows.map((r) => r.sheet))];
  return refs(
    ...sheets.map((sheet) =>
      columnRef(
        rows.filter((r) => r.sheet === sheet),
        key,
      ),
    ),
  );
}

function perLevelStaff(t: ReadTable, ctx: FigureContext): StaffFigures {
  const has = (k: FieldKey<'staff'>) => t.located.columns[k] !== undefined;
  // A "Tổng cộng" row is not added again.
  const rows = dataRows(t).filter((r) => r.values.education?.value != null || COUNT_KEYS.some((k) => num(r, k) !== null));
  // Over the rows that have the column (a table counted per unit keeps its counts per category in a row of their own).
  const sum = (k: FieldKey<'staff'>) => {
    const own = rows.filter((r) => r.values[k] !== undefined);
    return has(k) && own.length > 0 ? sumStrict(own.map((r) => num(r, k))) : null;
  };
  const split = has('countCanBo') && has('countCongChuc');
  const canBo = sum('countCanBo');
  const congChuc = sum('countCongChuc');
  const khongChuyenTrach = sum('countKhongChuyenTrach');
  // Per level, the CBCC count is cán bộ + công chức when split (and the row has them), else the level's count.
  const splitRow = (r: TypedRow) => split && (r.values.countCanBo !== undefined || r.values.countCongChuc !== undefined);
  const cbccOf = (r: TypedRow) => (splitRow(r) ? sumStrict([num(r, 'countCanBo'), num(r, 'countCongChuc')]) : num(r, 'count'));
  const byLevel: Record<EducationLevel, number | null> = { postgraduate: 0, university: 0, college: 0, secondary: 0, none: 0 };
  const levelRows: Record<EducationLevel, TypedRow[]> = { postgraduate: [], university: [], college: [], secondary: [], none: [] };
  let unknown = !has('education');
  for (const r of rows) {
    // A row with no level at all holds the counts per category of a table counted per unit (read/countsAcross.ts).
    if (r.values.education === undefined && has('education')) continue;
    const level = r.values.education?.value;
    if (typeof level !== 'string' || !(EDUCATION_LEVELS as string[]).includes(level)) {
      unknown = true;
      continue;
    }
    const l = level as EducationLevel;
    byLevel[l] = sumStrict([byLevel[l], cbccOf(r)]);
    levelRows[l].push(r);
  }
  if (unknown) for (const l of EDUCATION_LEVELS) byLevel[l] = null;
  const total = split ? sumStrict([canBo, congChuc]) : sum('count');
  if (levelsCountPartTime(byLevel, levelRows, splitRow, canBo, congChuc, khongChuyenTrach)) {
    ctx.issues.push(issue('staff-levels-include-part-time', where(tableRef(t), 'staff', 'education'), { partTime: khongChuyenTrach as number }));
  }

  setSource(ctx, 'staff.total', split ? refs(columnRef(rows, 'countCanBo'), columnRef(rows, 'countCongChuc')) : refs(columnRef(rows, 'count')));
  setSource(ctx, 'staff.canBo', refs(columnRef(rows, 'countCanBo')));
  setSource(ctx, 'staff.congChuc', refs(columnRef(rows, 'countCongChuc')));
  setSource(ctx, 'staff.khongChuyenTrach', refs(columnRef(rows, 'countKhongChuyenTrach')));
  for (const l of EDUCATION_LEVELS) {
    const cells = levelRows[l].flatMap((r) =>
      splitRow(r) ? cellsOrRange([r], 'countCanBo').concat(cellsOrRange([r], 'countCongChuc')) : cellsOrRange([r], 'count'),
    );
    setSource(ctx, `staff.education.${l}.count`, cells);
    setSource(ctx, `staff.education.${l}.pct`, cells);
  }
  return {
    total,
    canBo,
    congChuc,
    khongChuyenTrach,
    education: withShares(byLevel, ctx.decimals),
  };
}

/**
 * The level counts, not split by category, add up to cán bộ + công chức + không chuyên trách and not to cán bộ +
 * công chức (a table by khối: «Tổng số | Cán bộ | Công chức | Không chuyên trách | Đại học | …»): the levels describe
 * every person counted, part-time officials with them, and no share over cán bộ + công chức alone can be told from
 * them. The shares are then over all of them, and said (staff-levels-include-part-time).
 */
function levelsCountPartTime(
  byLevel: Record<EducationLevel, number | null>,
  levelRows: Record<EducationLevel, TypedRow[]>,
  splitRow: (r: TypedRow) => boolean,
  canBo: number | null,
  congChuc: number | null,
  khongChuyenTrach: number | null,
): boolean {
  if (canBo === null || congChuc === null || !khongChuyenTrach) return false;
  if (EDUCATION_LEVELS.some((l) => levelRows[l].some(splitRow))) return false;
  const levels = sumStrict(EDUCATION_LEVELS.map((l) => byLevel[l]));
  return levels !== null && levels === canBo + congChuc + khongChuyenTrach;
}
