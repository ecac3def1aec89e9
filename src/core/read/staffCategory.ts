/**
 * A staff list of persons with no «Loại» column: each person's category (cán bộ, công chức, không chuyên trách)
 * told from the position column («Chủ tịch UBND», «Văn phòng - Thống kê», «KCT - Văn thư»; positionCategory.ts),
 * else from another cell of the row holding only a category's words («KCT» in «Ghi chú»). Without it every person
 * listed would count as cán bộ or công chức in the education shares (REPORTING-SCHEMA §4: they are counted over
 * cán bộ + công chức, không chuyên trách apart).
 */
import { a1, rangeA1 } from '../address';
import type { Issue } from '../issues';
import { fold } from '../text/fold';
import type { Candidate } from './locate';
import type { ColumnStore, GridColumn } from './typedColumns';
import { categoryOfPosition, type StaffCategory } from './positionCategory';
import * as msg from './readerIssues';

/** A cell holding only a category's words, in a column no field reads (short forms such as «CC», «CB» are too loose there). */
const CATEGORY_CELL: Record<string, StaffCategory> = {
  'can bo': 'canBo',
  'can bo chuyen trach': 'canBo',
  'cong chuc': 'congChuc',
  'khong chuyen trach': 'khongChuyenTrach',
  'can bo khong chuyen trach': 'khongChuyenTrach',
  'nguoi hoat dong khong chuyen trach': 'khongChuyenTrach',
  kct: 'khongChuyenTrach',
  hdkct: 'khongChuyenTrach',
  nhdkct: 'khongChuyenTrach',
  'nguoi hdkct': 'khongChuyenTrach',
  'ban chuyen trach': 'khongChuyenTrach',
};

/**
 * Sets, for each person of `store` with no category yet (none above them under a heading «I. CÁN BỘ»), the
 * category their position tells, read at the position's cell. Only when at least one person's is told: a list
 * whose positions tell nothing is left as it was (figures/staff.ts says the column is missing). Each person
 * then left without one is named with their position cell, an error: the figures over cán bộ + công chức
 * cannot be computed without them. Returns the column the categories were read from (the table's category
 * column for the figures and their sources), or undefined when none was set.
 */
export function categoriesFromPositions(c: Candidate, store: ColumnStore, issues: Issue[]): number | undefined {
  const { grid, spec, match } = c;
  const positionCol = match.columns.position;
  const mapped = new Set(Object.values(match.columns));
  const position = store.field('position');
  const heading = store.field('category') as GridColumn | undefined;
  const told: { n: number; key: StaffCategory; row: number; col: number }[] = [];
  const untold: { n: number; row: number; col: number; text: string }[] = [];
  for (let n = 0; n < store.length; n++) {
    if (store.isTotal(n) || typeof heading?.value(n) === 'string') continue;
    const name = store.field('name')?.text(n) ?? '';
    const education = store.field('education')?.text(n) ?? '';
    if (!name && !education) continue; // no person
    const row = store.rowOf(n);
    const text = position?.text(n) ?? '';
    const atRow = position ? position.cellRow(n) : row;
    let key = text ? categoryOfPosition(text) : null;
    let col = positionCol ?? match.columns.name ?? c.left;
    let at = atRow;
    if (key === null) {
      for (let x = c.left; x <= c.right && key === null; x++) {
        if (mapped.has(x) || typeof grid.raw(row, x) !== 'string') continue;
        const k = CATEGORY_CELL[fold(grid.text(row, x))];
        if (k) {
          key = k;
          col = x;
          at = row;
        }
      }
    }
    if (key) told.push({ n, key, row: at, col });
    else untold.push({ n, row: atRow, col, text });
  }
  if (told.length === 0) return undefined;
  const category = heading ?? store.addField('category', -1, false);
  for (const t of told) {
    const cell = a1(t.row, t.col);
    category.setSpecial(t.n, { value: t.key, raw: grid.raw(t.row, t.col), cell, text: grid.text(t.row, t.col).trim() });
  }
  const field = spec.fields.find((f) => f.key === 'position') ?? null;
  const col = positionCol ?? told[0].col;
  const rows = told.map((t) => t.row);
  issues.push(msg.categoryFromPosition(spec, field, { sheet: grid.name, cell: rangeA1(Math.min(...rows), col, Math.max(...rows), col) }));
  for (const u of untold)
    issues.push(msg.categoryNotTold(spec, positionCol === undefined ? null : field, { sheet: grid.name, cell: a1(u.row, u.col) }, u.text));
  return col;
}
