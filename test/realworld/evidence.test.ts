/**
 * Real workbooks of Vietnamese public bodies (../shared/realworld, README): forms that are none of the
 * report's tables are not read as them, and a form's caption of dotted placeholders raises nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';

const REAL = path.resolve(__dirname, '../../../shared/realworld');
const read = async (name: string): Promise<Analysis> => analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(REAL, name)))));

test("chatbot: the national portal's catalogue of procedures is no TTHC table, no dossier log, no info block", async () => {
  const a = await read('chatbot__danh-sach-tthc-BoTuPhap.xlsx');
  expect(a.tables.tthc).toBeUndefined();
  expect(a.tables.dossiers).toBeUndefined();
  expect(a.tables.info).toBeUndefined();
  expect(a.figures.tthc).toBeNull();
});

test("cdcchc 1629: a vocational school's finance form (Chỉ tiêu / Mã số / Giá trị) is no budget table", async () => {
  const a = await read('cdcchc__1629.xlsx');
  expect(a.tables.budget).toBeUndefined();
  expect(a.figures.budget).toBeNull();
});

test('agcongvan thongkebaocao: the caption "Từ ngày: …/…/… Đến ngày: …/…/…" makes no info table and no error', async () => {
  const a = await read('agcongvan__thongkebaocao.xlsx');
  expect(a.tables.info).toBeUndefined();
  expect(a.issues.filter((i) => i.severity === 'error' && i.code !== 'missing-table')).toEqual([]);
  expect(a.issues.filter((i) => i.sheet === 'Sheet1' && i.severity !== 'info')).toEqual([]);
});
