/**
 * A table read from several sheets (tester 11 item 2): the command line lists every part with its sheet and range,
 * in the summary and in `validate --json` (`parts`, beside the first part's `sheet` and `range`). A staff list kept
 * on a sheet per unit, written with exceljs.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { runCli } from './runCli';

const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];

async function perUnit(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const units: [string, (string | number)[][]][] = [
    [
      'Cán bộ',
      [
        [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
        [2, 'Trần Thị Bình', 'Bí thư Đảng ủy', 'Cán bộ', 'Đại học'],
      ],
    ],
    [
      'Công chức',
      [
        [1, 'Lê Văn Cường', 'Địa chính - Xây dựng', 'Công chức', 'Đại học'],
        [2, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', 'Công chức', 'Trung cấp'],
        [3, 'Hoàng Văn Em', 'Văn hóa - Xã hội', 'Công chức', 'Cao đẳng'],
      ],
    ],
  ];
  for (const [name, rows] of units) {
    const ws = wb.addWorksheet(name);
    ws.addRow([`DANH SÁCH ${name.toUpperCase()} XÃ TÂN PHÚ`]);
    ws.addRow(HEADER);
    for (const r of rows) ws.addRow(r);
  }
  return writeWorkbook(wb, path.join(tempDir('cchc-parts-'), 'nhan-su.xlsx'));
}

test('validate names both sheets of a staff list kept in two, in words and in --json', async () => {
  const file = await perUnit();
  const text = await runCli(['validate', file]);
  // The part read first (of more evidence: more people) comes first, as in `sheet` and `range`.
  expect(text.stdout).toContain('  ✓ Cán bộ, công chức: sheet «Công chức» A2:E5; sheet «Cán bộ» A2:E4\n');
  const json = await runCli(['validate', file, '--json']);
  const out = JSON.parse(json.stdout) as { tables: Record<string, unknown> };
  expect(out.tables.staff).toEqual({
    sheet: 'Công chức',
    range: 'A2:E5',
    parts: [
      { sheet: 'Công chức', range: 'A2:E5' },
      { sheet: 'Cán bộ', range: 'A2:E4' },
    ],
  });
  // A table read from one place keeps its {sheet, range} alone.
  expect(out.tables.budget).toBeNull();
  const en = await runCli(['validate', file, '--lang', 'en']);
  expect(en.stdout).toContain('Staff (staff): sheet «Công chức» A2:E5; sheet «Cán bộ» A2:E4');
});
