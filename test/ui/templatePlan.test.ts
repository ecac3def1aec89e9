/**
 * «Tạo sheet mẫu» names what the workbook really has (tester 5 item 22): a kind held on a sheet of another name is
 * named with that sheet («Cán bộ (sheet «CBCC»)»), the dossier log is said to be unneeded beside the TTHC counts,
 * and a sheet that only bears a template's name is said to hold no table; the rest is added.
 */
import { loadIssueWords } from '../../src/ui/issueWords';
import { heldList, templatePlan } from '../../src/ui/templatePlan';
import { TEMPLATE_SHEETS } from '../../src/core/layout/template';
import type { TableName } from '../../src/core/schema/types';
import type { AnalysisView } from '../../src/ui/analysisView';

const TEMPLATES = (Object.entries(TEMPLATE_SHEETS) as [TableName, string][]).map(([table, name]) => ({ name, table }));

function view(sheets: string[], tables: Partial<Record<TableName, string>>): Pick<AnalysisView, 'sheets' | 'tables'> {
  const out: AnalysisView['tables'] = {};
  for (const [table, sheet] of Object.entries(tables) as [TableName, string][])
    out[table] = { located: { table, sheet, range: 'A1:F9', headerRows: [0], columns: {} } };
  return { sheets, tables: out };
}

beforeAll(() => loadIssueWords());

test("the tester's workbook: TTHC counts on «TTHC», staff on «CBCC», no «Hồ sơ»: the workbook's sheets are named, the rest added", () => {
  const plan = templatePlan(TEMPLATES, view(['TTHC', 'CBCC'], { tthc: 'TTHC', staff: 'CBCC' }));
  expect(plan.add).toEqual(['Thông tin', 'Chỉ tiêu', 'Khảo sát', 'Văn bản', 'Ngân sách', 'Đầu tư công', 'Thuyết minh']);
  expect(heldList(plan.held, 'vi')).toBe('TTHC (sheet «TTHC»); Hồ sơ (không cần: đã có bảng Kết quả giải quyết TTHC ở sheet «TTHC»); Cán bộ (sheet «CBCC»)');
  expect(heldList(plan.held, 'en')).toBe(
    'TTHC (sheet «TTHC»); Hồ sơ (not needed: the table Administrative procedures (counts) is on sheet «TTHC»); Cán bộ (sheet «CBCC»)',
  );
});

test("a dossier log found: the counts' template is unneeded, named with the log's sheet", () => {
  const plan = templatePlan(TEMPLATES, view(['Xuất một cửa'], { dossiers: 'Xuất một cửa' }));
  expect(plan.add).not.toContain('TTHC');
  expect(plan.add).not.toContain('Hồ sơ');
  expect(heldList(plan.held, 'vi')).toBe('TTHC (không cần: đã có bảng Danh sách hồ sơ TTHC ở sheet «Xuất một cửa»); Hồ sơ (sheet «Xuất một cửa»)');
});

test("a sheet bearing a template's name (any case) is never added twice; it is said whether a table was found on it", () => {
  const plan = templatePlan(TEMPLATES, view(['cán bộ', 'Ngân sách', 'Số liệu'], { budget: 'Số liệu', investment: 'Ngân sách' }));
  expect(plan.add).not.toContain('Cán bộ');
  expect(plan.add).not.toContain('Ngân sách');
  expect(plan.add).not.toContain('Đầu tư công');
  expect(heldList(plan.held, 'vi')).toBe(
    'Cán bộ (đã có sheet «cán bộ» nhưng chưa thấy bảng số liệu trên đó); Ngân sách (sheet «Số liệu»); Đầu tư công (sheet «Ngân sách»)',
  );
  const bare = templatePlan([{ name: 'Ghi chú' }], view(['Ghi chú'], { budget: 'Ghi chú' }));
  expect(heldList(bare.held, 'en')).toBe('Ghi chú (sheet «Ghi chú» is there, holding the table Budget)');
});

test('a sheet named in a legacy font is named with its reading', () => {
  const plan = templatePlan(TEMPLATES, view(['C¸n bé'], { staff: 'C¸n bé' }));
  expect(heldList(plan.held, 'vi')).toBe('Cán bộ (sheet «C¸n bé» (Cán bộ))');
});

test('a workbook of no template kind gets every template sheet', () => {
  const plan = templatePlan(TEMPLATES, view(['Sheet1'], {}));
  expect(plan.add).toEqual(TEMPLATES.map((t) => t.name));
  expect(plan.held).toEqual([]);
});
