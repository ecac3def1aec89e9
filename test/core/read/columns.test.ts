/**
 * Typed columns (issue 15 point 3): the reader holds a table's values per field and makes rows only when asked.
 * Whatever reads the columns must find what the rows say, and the figures and checks computed from the
 * columns must be those computed from the rows, on every real workbook at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readWorkbook, type ReadResult } from '../../../src/core/read';
import { computeFigures } from '../../../src/core/figures';
import { checkTables } from '../../../src/core/check';
import { tableColumns } from '../../../src/core/columns';
import type { ReadTable } from '../../../src/core/tables';
import { FileHost } from '../../../src/hosts/file';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { book, sheet } from './snap';

const SHARED = path.resolve(__dirname, '../../../../shared');

function workbooks(): string[] {
  const out = [path.resolve(__dirname, '../../../examples/ba-bich-2023.xlsx')];
  for (const folder of ['cases', 'realworld']) {
    const dir = path.join(SHARED, folder);
    for (const f of fs.readdirSync(dir).sort()) if (/\.(xlsx|xlsm|xls)$/i.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

async function snapshotOf(file: string): Promise<WorkbookSnapshot | null> {
  try {
    const host = await FileHost.open(new Uint8Array(fs.readFileSync(file)));
    return await host.readSnapshot();
  } catch {
    return null;
  }
}

/** The same read with every table made of its rows (copies, so the columns are read from the rows). */
function asRows(read: ReadResult): ReadResult {
  const tables: ReadResult['tables'] = {};
  for (const [name, t] of Object.entries(read.tables) as [keyof ReadResult['tables'], ReadTable][]) tables[name] = { located: t.located, rows: [...t.rows] };
  return { ...read, tables };
}

/** Every value of every table as the columns give it. */
function columnValues(read: ReadResult): unknown[] {
  const out: unknown[] = [];
  for (const t of Object.values(read.tables)) {
    const cols = tableColumns(t!);
    const keys = Object.keys(t!.located.columns);
    for (let i = 0; i < cols.length; i++) {
      out.push([cols.row(i), cols.isTotal(i), cols.sheet(i)]);
      for (const k of keys) {
        const c = cols.field(k);
        out.push(c ? [k, c.value(i) ?? null, c.num(i), c.text(i), c.cellRow(i), c.typed(i)?.cell ?? null] : [k]);
      }
    }
  }
  return out;
}

/** Analyses one snapshot from the columns, then from the rows, and compares. */
function compare(snapshot: WorkbookSnapshot): number {
  const read = readWorkbook(snapshot);
  const fromColumns = { values: columnValues(read), figures: computeFigures(read, {}), checks: checkTables(read) };
  const rows = asRows(read);
  const fromRows = { values: columnValues(rows), figures: computeFigures(rows, {}), checks: checkTables(rows) };
  expect(fromColumns).toEqual(fromRows);
  return fromColumns.values.length;
}

describe('typed columns', () => {
  test('a dossier log under field headings, with a merged cell, an error and legacy text: columns say what rows say', () => {
    const s = sheet(
      'Hồ sơ',
      [
        ['DANH SÁCH HỒ SƠ'],
        ['Mã hồ sơ', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
        ['Hộ tịch (2)'],
        ['  H001 ', 'Trực tuyến', 45000, 45003, 45002.5, 'Đã trả kết quả'],
        ['H002', null, '05/03/2023', 45010, null, 'Đang xử lý'],
        ['Chứng thực (2)'],
        ['H003', 'Trùc tiÕp', 45001, '#N/A', 45004, 'Đã trả kết quả'],
        ['H003', 'Bưu chính', 'hôm qua', 45012, 45011, 'Hủy'],
        ['Tổng cộng', null, null, null, null, null],
      ],
      { merges: ['A3:F3', 'B4:B5', 'A6:F6'], fonts: { B7: '.VnTime' } },
    );
    const read = readWorkbook(
      book(
        s,
        sheet('Thông tin', [
          ['Từ ngày', '01/01/2023'],
          ['Đến ngày', '31/12/2023'],
          ['Ngày báo cáo', '15/12/2023'],
        ]),
      ),
    );
    const t = read.tables.dossiers!;
    const cols = tableColumns(t);
    expect(cols.length).toBe(5);
    expect(cols.field('field')!.value(2)).toBe('Chứng thực');
    // The blank under a merged cell shows the merged cell's value, and names it.
    expect([cols.field('channel')!.value(1), cols.field('channel')!.typed(1)!.cell]).toEqual(['online', 'B4']);
    expect([cols.field('dueAt')!.value(2), cols.field('dueAt')!.text(2)]).toEqual([null, '#N/A']);
    expect(cols.isTotal(4)).toBe(true);
    expect(compare(book(s))).toBeGreaterThan(30);
  });

  test('the rows are made once, on first access, and then are the table', () => {
    const read = readWorkbook(
      book(
        sheet('Hồ sơ', [
          ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
          ['H1', 45000, 45003],
          ['H2', 45001, 45004],
        ]),
      ),
    );
    const t = read.tables.dossiers!;
    const rows = t.rows;
    expect(t.rows).toBe(rows);
    expect(tableColumns(t).rowAt(1)).toBe(rows[1]);
    rows[1].values.receivedAt!.value = 45002;
    expect(tableColumns(t).field('receivedAt')!.num(1)).toBe(45002);
    expect(JSON.parse(JSON.stringify(t)).rows[0].values.code).toEqual({ value: 'H1', raw: 'H1', cell: 'A2', text: 'H1' });
  });

  test('every workbook of the cases, the real-world files and the example: figures and checks from columns equal those from rows', async () => {
    let values = 0;
    let files = 0;
    for (const file of workbooks()) {
      const snapshot = await snapshotOf(file);
      if (!snapshot) continue;
      values += compare(snapshot);
      files++;
    }
    expect(files).toBeGreaterThan(40);
    expect(values).toBeGreaterThan(1000);
  }, 300_000);
});
