/** The report sheet layout: every figure present with its number format and source link; nulls blank with a note. */
import type { Analysis } from '../../../src/core/analyze';
import { computeFigures } from '../../../src/core/figures';
import type { FigurePath } from '../../../src/core/figures/types';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import type { LayoutCell, SheetLayout } from '../../../src/core/layout/types';
import { REPORT_SHEET_BASE_NAME } from '../../../src/core/layout/types';
import type { ReadResult } from '../../../src/core/read';
import { readResult, table } from '../figures/fixtures';

function analysisOf(read: ReadResult, lang: 'vi' | 'en' = 'vi', exactTime = false): Analysis {
  const c = computeFigures(read, { exactTime });
  return { lang, exactTime, sheets: [], tables: read.tables, info: read.info, figures: c.figures, sources: c.sources, issues: c.issues };
}

const seedRead = () =>
  readResult(
    {
      tthc: table('tthc', 'TTHC', { field: 'A', received: 'B', online: 'C', direct: 'D', resolved: 'E', early: 'F', onTime: 'G', late: 'H' }, [
        { field: 'Hộ tịch', received: 200, online: 5, direct: 195, resolved: 200, early: 120, onTime: 0, late: 80 },
        { field: 'Chứng thực', received: 89, online: 3, direct: 86, resolved: 89, early: 55, onTime: 0, late: 34 },
      ]),
      staff: table('staff', 'Cán bộ', { education: 'A', countCanBo: 'B', countCongChuc: 'C', countKhongChuyenTrach: 'D' }, [
        { education: 'postgraduate', countCanBo: 1, countCongChuc: 0, countKhongChuyenTrach: 0 },
        { education: 'university', countCanBo: 8, countCongChuc: 9, countKhongChuyenTrach: 2 },
        { education: 'secondary', countCanBo: 2, countCongChuc: 1, countKhongChuyenTrach: 10 },
      ]),
      budget: table('budget', 'Thu chi', { content: 'B', estimateSuperior: 'C', estimateCouncil: 'D', actual: 'E' }, [
        [{ content: 'Tổng thu', estimateSuperior: 5_856_000, estimateCouncil: 5_856_000, actual: 1_464_000 }, { level: 1 }],
        [{ content: 'Tổng chi', estimateSuperior: 6_104_819_960, estimateCouncil: null, actual: 1_220_963_992 }, { level: 1 }],
      ]),
      investment: table('investment', 'Đầu tư', { content: 'B', plan: 'C', disbursed: 'D' }, [
        { content: 'Vốn huyện', plan: 380_000_000, disbursed: 190_000_000 },
      ]),
      survey: table('survey', 'Khảo sát', { level: 'A', share: 'B' }, [
        { level: 'veryHigh', share: 84.8 },
        { level: 'high', share: 13.43 },
        { level: 'neutral', share: 1.77 },
      ]),
      indicators: table('indicators', 'Chỉ tiêu', { name: 'A', target: 'B', actual: 'C' }, [
        { name: 'Hồ sơ xử lý trên môi trường mạng', target: 60, actual: 80 },
      ]),
    },
    { agency: 'UBND XÃ BA BÍCH', periodStart: 44750, periodEnd: 45016 },
  );

/** Every numeric figure with its dotted path. */
function flatten(x: unknown, path: string, out: [string, number | null][]): void {
  if (x === null || typeof x === 'number') out.push([path, x as number | null]);
  else if (Array.isArray(x)) x.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  else if (typeof x === 'object') for (const [k, v] of Object.entries(x as object)) flatten(v, path ? `${path}.${k}` : k, out);
}
const isPct = (p: string) => /(\.pct\w*|Pct|achievement)$/.test(p) || p.startsWith('survey.') || /^indicators\.\d+\.(target|actual)$/.test(p);

const rowOf = (l: SheetLayout, label: string): LayoutCell[] => {
  const head = l.cells.find((c) => c.value === label);
  if (!head) throw new Error(`no row "${label}"`);
  return l.cells.filter((c) => c.row === head.row).sort((a, b) => a.col - b.col);
};

describe('reportSheetLayout', () => {
  const a = analysisOf(seedRead());
  const layout = reportSheetLayout(a, 'vi', 'pane');

  test('sheet name, mark, title with agency and period, in the page header too; no issue list, no print titles', () => {
    expect(layout.name).toBe(REPORT_SHEET_BASE_NAME);
    expect(layout.madeByAddin).toBe(true);
    expect(a.issues).toEqual([]);
    expect(layout.printTitleRows).toBeUndefined();
    const texts = layout.cells.filter((c) => c.row <= 2).map((c) => c.value);
    expect(texts).toContain('UBND XÃ BA BÍCH');
    expect(texts).toContain('Kỳ báo cáo: từ ngày 08/07/2022 đến ngày 31/03/2023');
    expect(layout.pageHeader).toEqual(['SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH', 'UBND XÃ BA BÍCH · Kỳ báo cáo: từ ngày 08/07/2022 đến ngày 31/03/2023']);
    expect(layout.merges.length).toBeGreaterThanOrEqual(3);
  });

  test('every computed figure is on the sheet with its number format and a link to its first source', () => {
    const figs: [string, number | null][] = [];
    flatten(a.figures, '', figs);
    const present = figs.filter(([, v]) => v !== null);
    expect(present.length).toBeGreaterThan(40);
    for (const [path, v] of present) {
      const src = a.sources[path as FigurePath]?.[0];
      const want = isPct(path) ? (v as number) / 100 : v;
      const hit = layout.cells.find(
        (c) =>
          c.numFmt === (isPct(path) ? '0.0%' : '#,##0') &&
          typeof c.value === 'number' &&
          Math.abs(c.value - (want as number)) < 1e-9 &&
          JSON.stringify(c.link) === JSON.stringify(src),
      );
      if (!hit) throw new Error(`figure ${path} = ${v} not found with link ${JSON.stringify(src)}`);
      expect(hit.numFmt).toBe(isPct(path) ? '0.0%' : '#,##0');
      expect(hit.border).toBe(true);
      if (!src)
        expect([
          'survey.low',
          'staff.education.college.count',
          'staff.education.college.pct',
          'staff.education.none.count',
          'staff.education.none.pct',
        ]).toContain(path);
    }
  });

  test('specific rows: TTHC ratios, education shares, budget, investment', () => {
    const online = rowOf(layout, '   - Trực tuyến');
    expect(online.slice(1, 3).map((c) => c.value)).toEqual([8, 0.028]);
    expect(online[1].link).toEqual({ sheet: 'TTHC', cell: 'C5:C6' });
    const univ = rowOf(layout, 'Đại học');
    expect(univ[1].value).toBe(17);
    expect(univ[2].value).toBeCloseTo(0.809, 10);
    expect(univ[2].numFmt).toBe('0.0%');
    const inv = rowOf(layout, 'Vốn đầu tư công');
    expect(inv.slice(1, 4).map((c) => c.value)).toEqual([380_000_000, 190_000_000, 0.5]);
    expect(inv[1].numFmt).toBe('#,##0');
    expect(inv[1].link).toEqual({ sheet: 'Đầu tư', cell: 'C5' });
    const byField = rowOf(layout, 'Chứng thực');
    expect(byField[1].value).toBe(89);
  });

  test('a null figure is a blank cell with a note, never 0', () => {
    const exp = rowOf(layout, 'Tổng chi ngân sách');
    // estimateCouncil blank in the source -> null, and its % too
    expect(exp[2].value).toBeNull();
    expect(exp[5].value).toBeNull();
    expect(exp[2].link).toBeUndefined();
    // The note names what is blank, so the clerk sees which estimate is missing.
    expect(exp[exp.length - 1].value).toBe('Chưa tính được: Dự toán HĐND xã giao; So với dự toán HĐND (%)');
    const rev = rowOf(layout, 'Tổng thu ngân sách');
    expect(rev[rev.length - 1].value).toBe('');
    // carried over: no column, so null -> blank
    const carried = rowOf(layout, '   - Kỳ trước chuyển sang');
    expect(carried[1].value).toBeNull();
    expect(layout.cells.some((c) => c.value === 0 && c.row === carried[1].row)).toBe(false);
  });

  test('absent tables say "Chưa có dữ liệu" in their block', () => {
    const noData = layout.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('Chưa có dữ liệu'));
    expect(noData).toHaveLength(1); // documents only
    const heading = layout.cells.filter((c) => c.row === noData[0].row - 1)[0];
    expect(heading.value).toMatch(/^3\. Văn bản/);
  });

  test('header rows are bold and bordered; widths fit the text', () => {
    const header = rowOf(layout, 'Mức độ');
    expect(header.every((c) => c.bold && c.border)).toBe(true);
    expect(layout.columnWidths.length).toBeGreaterThanOrEqual(4);
    // A label longer than the label column wraps, in a row tall enough for its lines.
    const long = layout.cells.find((c) => c.value === 'Giải quyết đúng hạn (trước hạn và đúng hạn)')!;
    expect(layout.columnWidths[0]).toBeLessThan('Giải quyết đúng hạn (trước hạn và đúng hạn)'.length);
    expect(long.wrap).toBe(true);
    expect(layout.rowHeights?.[long.row]).toBeGreaterThanOrEqual(2 * 15);
    // 1.220.963.992 fits in its column
    const exp = rowOf(layout, 'Tổng chi ngân sách');
    expect(layout.columnWidths[exp[3].col]).toBeGreaterThanOrEqual('1.220.963.992'.length);
  });

  test('the issues block lists open issues, each cell linked', () => {
    const withIssue = analysisOf(
      readResult({ indicators: table('indicators', 'Chỉ tiêu', { name: 'A', target: 'B', actual: 'C' }, [{ name: 'X', target: 0, actual: 5 }]) }),
    );
    const l = reportSheetLayout(withIssue, 'vi', 'pane');
    const msg = l.cells.find((c) => typeof c.value === 'string' && c.value.includes('kế hoạch đang ghi là 0'))!;
    const row = l.cells.filter((c) => c.row === msg.row).sort((x, y) => x.col - y.col);
    expect(row.map((c) => c.value).slice(2, 5)).toEqual(['Cảnh báo', 'Chỉ tiêu', 'B5']);
    expect(row[4].link).toEqual({ sheet: 'Chỉ tiêu', cell: 'B5' });
    // The message spans columns of its own, wrapped.
    expect(l.merges).toContain(`A${msg.row + 1}:B${msg.row + 1}`);
    expect(msg.wrap).toBe(true);
    expect(layout.cells.some((c) => c.value === 'Không có vấn đề nào.')).toBe(true);
    // The list's header row is the print titles, repeated on each page the list spans.
    const header = l.cells.find((c) => c.value === 'Cách sửa')!.row;
    expect(header).toBe(msg.row - 1);
    expect(l.printTitleRows).toEqual([header, header]);
    expect(l.cells.find((c) => c.row === header && c.col === 0)?.value).toBe('Nội dung');
  });

  test('two decimals -> 0.00%', () => {
    const r = seedRead();
    r.info.decimals = 2;
    const l = reportSheetLayout(analysisOf(r), 'vi', 'pane');
    const online = rowOf(l, '   - Trực tuyến');
    expect(online[2]).toMatchObject({ value: 0.0277, numFmt: '0.00%' });
  });

  test('English labels, and the timing rule when figures come from a dossier log', () => {
    const read = readResult(
      {
        dossiers: table('dossiers', 'Hồ sơ', { code: 'A', channel: 'B', receivedAt: 'C', dueAt: 'D', doneAt: 'E' }, [
          { code: 'X', channel: 'online', receivedAt: 45000, dueAt: 45002, doneAt: 45001 },
        ]),
      },
      { periodStart: 44990, periodEnd: 45010 },
    );
    const l = reportSheetLayout(analysisOf(read, 'en', true), 'en', 'pane');
    const texts = l.cells.map((c) => c.value);
    expect(texts).toContain('Received');
    expect(texts.some((v) => typeof v === 'string' && v.includes('to the second'))).toBe(true);
    expect(texts.filter((v) => typeof v === 'string' && v.startsWith('No data yet'))).toHaveLength(6);
    const vi = reportSheetLayout(analysisOf(read), 'vi', 'pane');
    expect(vi.cells.some((c) => typeof c.value === 'string' && c.value.includes('theo ngày'))).toBe(true);
    // a counts table states no timing rule
    expect(layout.cells.some((c) => typeof c.value === 'string' && c.value.includes('theo ngày'))).toBe(false);
  });

  test('user text is written as given', () => {
    const r = seedRead();
    r.info.agency = '=HYPERLINK("x")';
    const l = reportSheetLayout(analysisOf(r), 'vi', 'pane');
    expect(l.cells.some((c) => c.value === '=HYPERLINK("x")')).toBe(true);
  });
});
