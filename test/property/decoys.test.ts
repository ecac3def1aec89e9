/**
 * Decoys (issue 17, Tests): lists that look like the report's tables but are not them, taken from
 * ../shared (a payroll C, an applicant list L, a complaints report R3, the national catalogue of
 * procedures), added to the clean workbook 00_clean in any number, any place in the tab order, under
 * their own names or names that suggest the table they mimic: the figures never change and no error
 * is added. A table is read on evidence, not on its header or its sheet's name.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { said } from '../helpers/words';

const SHARED = path.resolve(__dirname, '../../../shared');
const load = async (file: string) => readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(SHARED, file))));

/** Each decoy: the file it comes from and its sheet. */
const DECOYS: [string, string][] = [
  ['cases/C_payroll_he_so_luong.xlsx', 'Bảng lương'],
  ['cases/L_applicants_so_hieu_van_bang.xlsx', 'Thi sinh'],
  ['cases/R3_complaints_not_tthc.xlsx', 'Đơn thư'],
  ['realworld/chatbot__danh-sach-tthc-BoTuPhap.xlsx', 'Danh sách TTHC'],
];
/** Names a clerk might give a sheet, several of them the words of the table a decoy mimics. */
const NAMES = ['Cán bộ', 'Danh sách CBCC', 'TTHC', 'Hồ sơ một cửa', 'Văn bản đi', 'Ngân sách', 'Thông tin', 'Sheet9'];

let clean: WorkbookSnapshot;
let baseline: Analysis;
let decoys: SheetSnapshot[];

const errors = (a: Analysis) => a.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.sheet}!${i.cell} ${said(i)}`);
const located = (a: Analysis) => Object.fromEntries(Object.entries(a.tables).map(([k, t]) => [k, `${t?.located.sheet}!${t?.located.range}`]));

beforeAll(async () => {
  clean = await load('cases/00_clean.xlsx');
  baseline = analyze(clean);
  decoys = await Promise.all(
    DECOYS.map(async ([file, sheet]) => {
      const s = (await load(file)).sheets.find((x) => x.name === sheet);
      if (!s) throw new Error(`${file} has no sheet ${sheet}`);
      return s;
    }),
  );
});

test('the clean workbook reads its seed figures and no error (the baseline is right)', () => {
  expect(baseline.figures.tthc).toMatchObject({ received: 252, resolved: 248, pending: 4 });
  expect(baseline.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
  expect(baseline.figures.budget?.revenue.actual).toBe(1_464_000_000);
  expect(errors(baseline)).toEqual([]);
});

test('adding any decoy sheets anywhere, under any name, changes no figure and adds no error', () => {
  const added = fc.array(fc.record({ decoy: fc.nat(DECOYS.length - 1), name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }), at: fc.nat(10) }), {
    minLength: 1,
    maxLength: 4,
  });
  fc.assert(
    fc.property(added, (adds) => {
      const sheets = [...clean.sheets];
      const used = new Set(sheets.map((s) => s.name));
      adds.forEach(({ decoy, name, at }, k) => {
        let n = name ?? decoys[decoy].name;
        if (used.has(n)) n = `${n} (${k + 2})`;
        used.add(n);
        sheets.splice(at % (sheets.length + 1), 0, { ...decoys[decoy], name: n });
      });
      const a = analyze({ sheets });
      expect(a.figures).toEqual(baseline.figures);
      expect(located(a)).toEqual(located(baseline));
      expect(errors(a)).toEqual(errors(baseline));
    }),
    { numRuns: 40 },
  );
});
