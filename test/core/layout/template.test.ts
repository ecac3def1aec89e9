/** The template: one sheet per table, headers the reader finds again (round trip through readWorkbook). */
import { readWorkbook } from '../../../src/core/read';
import { TABLE_NAMES, type TableName } from '../../../src/core/schema/types';
import { SCHEMA, type FieldKey } from '../../../src/core/schema';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { CATEGORY_CHOICES, TEMPLATE_SHEETS, templateLayouts } from '../../../src/core/layout/template';
import type { SheetLayout } from '../../../src/core/layout/types';
import { parseRange } from '../../../src/core/address';

/** What a host would read back from the sheets written from these layouts. */
function snapshotOf(layouts: SheetLayout[], fill: Partial<Record<string, CellValue[][]>> = {}): WorkbookSnapshot {
  return {
    sheets: layouts.map((l): SheetSnapshot => {
      const extra = fill[l.name] ?? [];
      const rows = Math.max(...l.cells.map((c) => c.row)) + 1;
      const cols = Math.max(...l.cells.map((c) => c.col)) + 1;
      const values: CellValue[][] = Array.from({ length: rows }, () => Array(cols).fill(null));
      const formats: (string | null)[][] = Array.from({ length: rows }, () => Array(cols).fill(null));
      for (const c of l.cells) {
        values[c.row][c.col] = c.value;
        formats[c.row][c.col] = c.numFmt ?? null;
      }
      const first = firstDataRow(l);
      extra.forEach((r, i) => r.forEach((v, j) => (values[first + i][j] = v)));
      return { name: l.name, origin: { row: 0, col: 0 }, values, formats, merges: l.merges };
    }),
  };
}

/** The first data row: under the last bold header. */
function firstDataRow(l: SheetLayout): number {
  return Math.max(...l.cells.filter((c) => c.bold && c.border).map((c) => c.row)) + 1;
}

describe('templateLayouts', () => {
  const layouts = templateLayouts('vi');

  test('one sheet per table, with the expected names', () => {
    expect(layouts.map((l) => l.name)).toEqual([
      'Thông tin',
      'Chỉ tiêu',
      'Khảo sát',
      'Văn bản',
      'TTHC',
      'Hồ sơ',
      'Cán bộ',
      'Ngân sách',
      'Đầu tư công',
      'Thuyết minh',
    ]);
    expect(Object.keys(TEMPLATE_SHEETS)).toEqual([...TABLE_NAMES]);
  });

  test('instruction line, unit line where amounts are, bold bordered headers from the schema labels', () => {
    const byName = Object.fromEntries(layouts.map((l) => [l.name, l]));
    for (const t of ['budget', 'investment'] as TableName[]) {
      expect(byName[TEMPLATE_SHEETS[t]].cells.some((c) => c.value === 'ĐVT: đồng')).toBe(true);
    }
    expect(byName['Văn bản'].cells.some((c) => c.value === 'ĐVT: đồng')).toBe(false);
    const docs = byName['Văn bản'];
    expect(docs.cells.find((c) => c.row === 1)!.italic).toBe(true);
    const headers = docs.cells.filter((c) => c.row === 3);
    expect(headers.map((c) => c.value)).toEqual(SCHEMA.documents.fields.filter((f) => !f.formOnly).map((f) => f.label.vi));
    expect(headers.every((c) => c.bold && c.border)).toBe(true);
    expect(docs.columnWidths).toHaveLength(4);
  });

  test('dropdown lists for the categories, over the data rows', () => {
    const lists = layouts.flatMap((l) => (l.lists ?? []).map((x) => ({ sheet: l.name, ...x })));
    const find = (sheet: string, values: string[]) => lists.find((l) => l.sheet === sheet && JSON.stringify(l.values) === JSON.stringify(values));
    expect(find('Khảo sát', CATEGORY_CHOICES['survey.level'])).toBeDefined();
    expect(find('Cán bộ', CATEGORY_CHOICES['staff.category'])).toBeDefined();
    expect(find('Cán bộ', CATEGORY_CHOICES['staff.education'])).toBeDefined();
    expect(find('Hồ sơ', CATEGORY_CHOICES['dossiers.channel'])).toBeDefined();
    const types = find('Văn bản', CATEGORY_CHOICES['documents.type'])!;
    expect(types.values).toContain('Quyết định');
    expect(parseRange(types.range)).toEqual({ top: 4, left: 2, bottom: 103, right: 2 });
  });

  test('number formats: amounts #,##0, dates dd/mm/yyyy, text as text', () => {
    const budget = layouts.find((l) => l.name === 'Ngân sách')!;
    const row = budget.cells.filter((c) => c.row === 4).sort((a, b) => a.col - b.col);
    expect(row.map((c) => c.numFmt)).toEqual(['@', '@', '#,##0', '#,##0', '#,##0', '0.00']);
    const docs = layouts.find((l) => l.name === 'Văn bản')!;
    expect(docs.cells.find((c) => c.row === 4 && c.col === 1)!.numFmt).toBe('dd/mm/yyyy');
  });

  test('English instructions, Vietnamese headers (the reader matches them)', () => {
    const en = templateLayouts('en');
    const docs = en.find((l) => l.name === 'Văn bản')!;
    expect(String(docs.cells.find((c) => c.row === 1)!.value)).toMatch(/One document/);
    expect(docs.cells.filter((c) => c.row === 3).map((c) => c.value)).toContain('Số ký hiệu');
  });

  test('round trip: the reader finds every table of the blank template', () => {
    const read = readWorkbook(snapshotOf(layouts));
    for (const t of TABLE_NAMES) {
      if (t === 'info') continue; // a blank info block has no values to find
      expect({ t, sheet: read.tables[t]?.located.sheet }).toEqual({ t, sheet: TEMPLATE_SHEETS[t] });
    }
  });

  test('round trip with one row filled per table: every field lands in its column, categories read back', () => {
    const fill = {
      'Chỉ tiêu': [['Hồ sơ xử lý trên mạng', 60, 80]],
      'Khảo sát': [
        ['Rất hài lòng', 84.8],
        ['Hài lòng', 13.43],
        ['Bình thường', 1.77],
        ['Không hài lòng', 0],
      ],
      'Văn bản': [['175/QĐ-UBND', 44923, 'Quyết định', 'Ban hành kế hoạch CCHC năm 2023']],
      TTHC: [['Hộ tịch', 12, 2, 10, 0, 12, 8, 0, 4, 0, 0, 0]],
      'Hồ sơ': [['H01', 'Hộ tịch', 'Đăng ký khai sinh', 'Bưu chính', 45000.4, 45002.7, 45001.5, 'Đã trả kết quả']],
      'Cán bộ': [
        ['Nguyễn Văn A', 'Chủ tịch', 'Cán bộ', 'Sau đại học'],
        ['Trần Thị B', 'Văn phòng', 'Không chuyên trách', 'Chưa qua đào tạo'],
      ],
      'Ngân sách': [['I', 'Tổng thu ngân sách', 1000, 1000, 250, 25]],
      'Đầu tư công': [['1', 'Vốn huyện', 380, 190, 50]],
      'Thuyết minh': [['2.3', 'Hạn chế', 'Một số hồ sơ còn trễ hạn.']],
    };
    const read = readWorkbook(snapshotOf(layouts, fill));
    const v = (t: TableName, key: FieldKey, row = 0) => read.tables[t]?.rows[row]?.values[key]?.value;
    expect(v('indicators', 'target')).toBe(60);
    expect(read.tables.survey!.rows.map((r) => r.values.level!.value)).toEqual(['veryHigh', 'high', 'neutral', 'low']);
    expect(v('documents', 'type')).toBe('Quyết định');
    expect(v('documents', 'date')).toBe(44923);
    const tthc = read.tables.tthc!;
    expect(Object.keys(tthc.located.columns).sort()).toEqual(
      SCHEMA.tthc.fields
        .filter((f) => !f.formOnly)
        .map((f) => f.key)
        .sort(),
    );
    expect([v('tthc', 'received'), v('tthc', 'online'), v('tthc', 'resolved'), v('tthc', 'late'), v('tthc', 'pendingOverdue')]).toEqual([12, 2, 12, 4, 0]);
    expect(v('dossiers', 'channel')).toBe('postal');
    expect(v('dossiers', 'doneAt')).toBe(45001.5);
    expect(read.tables.staff!.rows.map((r) => [r.values.category!.value, r.values.education!.value])).toEqual([
      ['canBo', 'postgraduate'],
      ['khongChuyenTrach', 'none'],
    ]);
    expect(v('budget', 'estimateCouncil')).toBe(1000);
    expect(v('budget', 'actual')).toBe(250);
    expect(v('investment', 'disbursed')).toBe(190);
    expect(v('narrative', 'part')).toBe('limit');
  });

  test('round trip of the info sheet with values', () => {
    const info = layouts.find((l) => l.name === 'Thông tin')!;
    const snap = snapshotOf([info]);
    const sheet = snap.sheets[0];
    const rowOf = (label: string) => sheet.values.findIndex((r) => r[0] === label);
    sheet.values[rowOf('Cơ quan ban hành')][1] = 'UBND XÃ BA BÍCH';
    sheet.values[rowOf('Từ ngày')][1] = 44750;
    sheet.values[rowOf('Đến ngày')][1] = 45016;
    sheet.values[rowOf('Số chữ số thập phân')][1] = 2;
    const read = readWorkbook(snap);
    expect(read.info.agency).toBe('UBND XÃ BA BÍCH');
    expect([read.info.periodStart, read.info.periodEnd, read.info.decimals]).toEqual([44750, 45016, 2]);
  });
});
