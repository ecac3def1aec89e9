/**
 * The report sheet's tables sit at the top of each row (webfix §3): the issue list's short cells
 * (Mức độ, Sheet, Ô) and the figures beside a wrapped text read on the text's first line, in the
 * copy's styles.xml as written and read back; titles and headers stay centred.
 */
import { readFileSync } from 'fs';
import { strFromU8, unzipSync } from 'fflate';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { FileHost } from '../../../src/hosts/file';

/** Each cellXfs entry's vertical alignment ('' when it has none: Excel's bottom). */
function verticals(styles: string): string[] {
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
  return [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => /vertical="(\w+)"/.exec(m[1] ?? '')?.[1] ?? '');
}

describe('the report sheet aligns its tables to the top', () => {
  it('every bordered body cell of the copy is vertical="top", headers and titles centred', async () => {
    const host = await FileHost.open(readFileSync('examples/ba-bich-2023.xlsx'));
    const analysis = analyze(await host.readSnapshot(), { lang: 'vi', overrides: await host.loadOverrides() });
    const layout = reportSheetLayout(analysis, 'vi', 'cli');
    expect(analysis.issues.length).toBeGreaterThan(0);
    const name = await host.writeReportSheet(layout);
    const parts = unzipSync(await host.save());
    const v = verticals(strFromU8(parts['xl/styles.xml']));
    const wb = strFromU8(parts['xl/workbook.xml']);
    const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(\\w+)"`).exec(wb)![1];
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
    const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)!;
    const sheet = strFromU8(parts[`xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`]);
    const styleAt = new Map<string, number>();
    for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)) styleAt.set(m[1], Number(m[2]));

    const at = (row: number, col: number) => v[styleAt.get(`${String.fromCharCode(65 + col)}${row + 1}`)!];
    const body = layout.cells.filter((c) => c.border && c.align !== 'center');
    const heads = layout.cells.filter((c) => c.align === 'center');
    // The issue list's rows: a severity word in column C beside the wrapped message.
    const severity = layout.cells.filter((c) => c.col === 2 && (c.value === 'Lỗi' || c.value === 'Cảnh báo' || c.value === 'Lưu ý'));
    expect(severity.length).toBeGreaterThan(0);
    for (const s of severity) for (const col of [0, 2, 3, 4, 5]) expect([s.row, col, at(s.row, col)]).toEqual([s.row, col, 'top']);
    expect(body.length).toBeGreaterThan(severity.length * 5);
    for (const c of body) expect([c.row, c.col, at(c.row, c.col)]).toEqual([c.row, c.col, 'top']);
    for (const c of heads) expect([c.row, c.col, at(c.row, c.col)]).toEqual([c.row, c.col, 'center']);
  });
});
