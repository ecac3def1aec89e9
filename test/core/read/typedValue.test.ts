import fs from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import { readWorkbook } from '../../../src/core/read';
import { LazyTypedValue, plainAnalysisValues } from '../../../src/core/read/typedValue';
import { valueAt } from '../../../src/core/tables';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { book, sheet } from './snap';

describe('typed values: cell and text worked out when asked', () => {
  const s = sheet(
    'Hồ sơ',
    [
      ['DANH SÁCH HỒ SƠ'],
      ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
      ['  H001 ', 'Hộ tịch', 'Trực tuyến', 45000, 45003, 45002.5],
      ['H002', 'Chứng thực', 'Trực tiếp', '05/03/2023', 45010, null],
    ],
    { origin: { row: 3, col: 1 } },
  );

  test('each value names its own cell on the sheet and its text as written, trimmed', () => {
    const rows = readWorkbook(book(s)).tables.dossiers!.rows;
    const first = rows[0].values;
    expect(first.code).toBeInstanceOf(LazyTypedValue);
    expect([first.code!.cell, first.code!.text, first.code!.value]).toEqual(['B6', 'H001', 'H001']);
    expect([first.doneAt!.cell, first.doneAt!.text, first.doneAt!.value]).toEqual(['G6', '45002.5', 45002.5]);
    const second = rows[1].values;
    expect([second.receivedAt!.cell, second.receivedAt!.text, second.receivedAt!.value]).toEqual(['E7', '05/03/2023', 44990]);
    expect([second.doneAt!.cell, second.doneAt!.text, second.doneAt!.value]).toEqual(['G7', '', null]);
  });

  test('JSON and the copy posted by the web worker carry cell and text; the grid never goes with them', () => {
    const a = analyze(book(s));
    const lazy = a.tables.dossiers!.rows[1].values.receivedAt;
    const plain = { value: 44990, raw: '05/03/2023', cell: 'E7', text: '05/03/2023' };
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(plain);
    // A structured clone keeps own fields only: without plainAnalysisValues the cell would be lost.
    expect((structuredClone(lazy) as { cell?: string }).cell).toBeUndefined();
    const posted = structuredClone(plainAnalysisValues(a));
    expect(posted.tables.dossiers!.rows[1].values.receivedAt).toEqual(plain);
    expect(posted.figures).toEqual(JSON.parse(JSON.stringify(a.figures)));
    expect(posted.issues).toEqual(a.issues);
  });

  test('the example workbook: every posted value equals the value read, field by field', async () => {
    const a = analyze(await readSnapshotFromXlsx(fs.readFileSync('examples/ba-bich-2023.xlsx')));
    const posted = structuredClone(plainAnalysisValues(a));
    let n = 0;
    for (const [name, t] of Object.entries(a.tables)) {
      const copy = posted.tables[name as keyof typeof posted.tables]!;
      t!.rows.forEach((r, i) => {
        for (const [k, v] of Object.entries(r.values)) {
          expect(valueAt(copy.rows[i], k)).toEqual({ value: v!.value, raw: v!.raw, cell: v!.cell, text: v!.text });
          n++;
        }
      });
    }
    expect(n).toBeGreaterThan(100);
  });
});
