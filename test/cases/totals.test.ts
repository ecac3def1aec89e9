/**
 * Formulas without a saved value and blank totals (issue 18 point 1): a formula of plain arithmetic is computed
 * by the reader (a note per sheet); a blank total its parts determine is computed from them, and a warning names the
 * cell and says to open and save the file in Excel. No figure is null without an issue saying why.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { hinted, said } from '../helpers/words';

const SHARED = path.join(__dirname, '../../../shared');

async function analyzeCase(name: string): Promise<Analysis> {
  return analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(SHARED, 'cases', name)))));
}

describe.each(['04_formula_no_cache.xlsx', '04b_blank_totals.xlsx'])('%s', (name) => {
  let a: Analysis;
  let clean: Analysis;
  beforeAll(async () => {
    a = await analyzeCase(name);
    clean = await analyzeCase('00_clean.xlsx');
  });

  test("gives 00_clean's figures for tthc, staff and budget", () => {
    expect(a.figures.tthc).toEqual(clean.figures.tthc);
    expect(a.figures.staff).toEqual(clean.figures.staff);
    expect(a.figures.budget).toEqual(clean.figures.budget);
    expect(a.figures.tthc).toMatchObject({ received: 252, online: 15, direct: 237, resolved: 248, pending: 4 });
    expect(a.figures.budget?.revenue.actual).toBe(1464000000);
  });

  test('each total is said as computed, by the reader from its formula (04) or from its parts (04b), with no error', () => {
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (name !== '04_formula_no_cache.xlsx') return;
    // The formulas (SUM of the parts) are computed when the file is read: one note per sheet (src/xlsx/read/formula.ts).
    const notes = a.issues.filter((i) => i.sentence === 'formulas-computed');
    expect(notes.every((i) => i.code === 'missing-cell')).toBe(true);
    expect(notes.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.params.count}`)).toEqual(['info Thu chi NS!C4 3', 'info TTHC Q1!C9 11']);
    expect(said(notes[1])).toContain('C9, D9, E9, F9, G9, …');
    expect(hinted(notes[1])).toContain('mở tệp bằng Excel rồi lưu lại');
  });

  test('a warning names each blank total computed from its parts and says to save the file in Excel', () => {
    if (name === '04_formula_no_cache.xlsx') return;
    const filled = a.issues.filter((i) => i.code === 'missing-cell' && i.severity === 'warning');
    expect(filled.map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      ...'CDEFGHIJKLM'.split('').map((c) => `TTHC Q1!${c}9`),
      'Thu chi NS!C4',
      'Thu chi NS!D4',
      'Thu chi NS!E4',
    ]);
    const received = filled[0];
    expect(said(received)).toContain('C6:C8');
    expect(said(received)).toContain('252');
    expect(hinted(received)).toContain('mở tệp bằng Excel và lưu lại');
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
