/**
 * Figure paths are checked by the compiler (issue 13 point 5): `FigurePath` is derived from `Figures`, so
 * `npx tsc --noEmit` fails when a line marked @ts-expect-error below compiles, i.e. when a misspelt, renamed
 * or partial path would be accepted. At run time, every path a workbook's sources are recorded under names a
 * figure of its analysis.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { newContext, setSource } from '../../../src/core/figures/common';
import { figurePath, type FigurePath, type Figures } from '../../../src/core/figures/types';
import { fig } from '../../../src/core/layout/blocks/common';
import { rollupTotals } from '../../../src/core/rollup';
import { FileHost } from '../../../src/hosts/file';

/** The value at a figure path ("documents.byType.Quyết định": the type name is the rest of the path). */
function figureAt(figures: unknown, p: string): unknown {
  let at: unknown = figures;
  const parts = p.split('.');
  for (let i = 0; i < parts.length; i++) {
    if (at === null || typeof at !== 'object') return undefined;
    const key = parts[i - 1] === 'byType' ? parts.slice(i).join('.') : parts[i];
    at = (at as Record<string, unknown>)[key];
    if (parts[i - 1] === 'byType') return at;
  }
  return at;
}

const open = async (file: string) => analyze(await (await FileHost.open(new Uint8Array(fs.readFileSync(file)))).readSnapshot());

describe('figure paths', () => {
  it('a path of the figures is accepted, and the builder joins a block and its key', () => {
    const ctx = newContext(1);
    const cell = { sheet: 'TTHC', cell: 'B5' };
    setSource(ctx, 'tthc.received', [cell]);
    setSource(ctx, `budget.${'revenue' as 'revenue' | 'expenditure'}.actual`, [cell]);
    setSource(ctx, 'documents.byType.Quyết định', [cell]);
    const field = 2;
    setSource(ctx, figurePath(`tthc.byField.${field}`, 'onTimePct'), [cell]);
    expect(Object.keys(ctx.sources).sort()).toEqual(['budget.revenue.actual', 'documents.byType.Quyết định', 'tthc.byField.2.onTimePct', 'tthc.received']);
    expect(figurePath('staff.education.none', 'pct')).toBe('staff.education.none.pct');
    expect(fig(3, 'count', 'staff.canBo').path).toBe('staff.canBo');
  });

  it('a misspelt, renamed or partial path does not compile', () => {
    const ctx = newContext(1);
    // @ts-expect-error 'recieved' is no TTHC figure
    setSource(ctx, 'tthc.recieved', [{ sheet: 'TTHC', cell: 'B5' }]);
    // @ts-expect-error 'income' is no side of the budget
    setSource(ctx, 'budget.income.actual', [{ sheet: 'Thu chi', cell: 'E5' }]);
    // @ts-expect-error a level of education is a block (count and pct), not a figure
    const level: FigurePath = 'staff.education.university';
    // @ts-expect-error 'onTimePct' is a TTHC figure, not a budget one
    const wrongBlock = figurePath('budget.revenue', 'onTimePct');
    // @ts-expect-error a path built from any string is refused: build it from a block's path with figurePath
    fig(1, 'count', `tthc.${'received' as string}`);
    // @ts-expect-error an index of the indicators is a number
    setSource(ctx, 'indicators.first.actual', []);
    expect(Object.keys(ctx.sources)).toEqual(['tthc.recieved', 'budget.income.actual']);
    expect([level, wrongBlock]).toEqual(['staff.education.university', 'budget.revenue.onTimePct']);
  });

  it.each([
    ['the example', path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx')],
    ['a Biểu 06 counts table', path.resolve(__dirname, '../../../../shared/cases/G_bieu06_official_layout.xlsx')],
    ['a dossier log grouped by field', path.resolve(__dirname, '../../../../shared/cases/R2b_dossiers_field_group_rows.xlsx')],
  ])('every source of %s is recorded under the path of one of its figures', async (_, file) => {
    const a = await open(file);
    const paths = Object.keys(a.sources);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => figureAt(a.figures, p) === undefined)).toEqual([]);
  });

  it('every total of the roll-up is counted under the path of its figure', async () => {
    const figures: Figures[] = [(await open(path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx'))).figures];
    const { totals, contributors } = rollupTotals(figures);
    const keys = Object.keys(contributors);
    expect(keys).toContain('staff.education.university.pct');
    expect(keys.filter((p) => figureAt(totals, p) === undefined)).toEqual([]);
  });
});
