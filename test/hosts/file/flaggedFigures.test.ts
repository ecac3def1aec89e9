/**
 * The report sheet marks a figure computed from a cell with an open issue as the Word draft does (the same rule,
 * word/marks.ts): the figure filled yellow and its row's note naming the cells to check, in either language, with a line under the figures saying what the mark means. Written as the report copy of the
 * example and read back with exceljs.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { issuesOf } from '../../../src/core/word/marks';
import { FileHost } from '../../../src/hosts/file';
import type { Lang } from '../../../src/core/issues';

async function reportCopy(lang: Lang) {
  const host = await FileHost.open(readFileSync('examples/ba-bich-2023.xlsx'));
  const analysis = analyze(await host.readSnapshot(), { lang, overrides: await host.loadOverrides() });
  const name = await host.writeReportSheet(reportSheetLayout(analysis, lang, 'cli'));
  const bytes = await host.save();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { analysis, ws: wb.getWorksheet(name)!, links: linksOf(bytes, name) };
}

/** The report sheet's internal links as its XML writes them: cell -> location. */
function linksOf(bytes: Uint8Array, sheet: string): Map<string, string> {
  const files = unzipSync(bytes);
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(strFromU8(files['xl/workbook.xml']))![1];
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const xml = strFromU8(files[`xl/${target.replace(/^\/?xl\//, '')}`]);
  return new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&')]));
}

/** The row whose first cell reads `label`, as [its cells' values, fills, the note, the note's link]. */
function rowOf(ws: ExcelJS.Worksheet, label: string) {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (!found && r.getCell(1).value === label) found = r;
  });
  if (!found) throw new Error(`no row «${label}»`);
  const cells: ExcelJS.Cell[] = [];
  found.eachCell({ includeEmpty: true }, (c) => cells.push(c));
  const fills = cells.map((c) => (c.fill && c.fill.type === 'pattern' && c.fill.pattern === 'solid' ? (c.fill.fgColor?.argb ?? '') : ''));
  const note = cells[cells.length - 1];
  return { values: cells.map((c) => c.value), fills, note: String(note.value ?? ''), actualCell: cells[3].address };
}

const text = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((r) => r.eachCell((c) => out.push(String(c.value))));
  return out.join('\n');
};

describe('the report sheet marks figures taken from flagged cells, as the draft does', () => {
  it.each([
    ['vi', 'Tổng thu ngân sách', 'Cần xem lại: ', 'Số liệu tô vàng'],
    ['en', 'Total revenue', 'To check: ', 'Figures filled yellow'],
  ] as const)('%s', async (lang, revenue, toCheck, legend) => {
    const { analysis, ws, links } = await reportCopy(lang);
    const tied = issuesOf(analysis, ['budget.revenue.actual']);
    expect(tied.length).toBeGreaterThan(0); // the example's unit slip in Thu chi NS
    const r = rowOf(ws, revenue);
    // Columns: label, estimate (superior), estimate (council), actual, % superior, % council, note.
    expect(r.fills[3]).toBe('FFFFFF00');
    expect(r.note.startsWith(toCheck)).toBe(true);
    expect(r.note).toContain(`${tied[0].sheet}!${tied[0].cell}`);
    // The marked figure still links to its source cell.
    expect(links.get(r.actualCell)).toBe(`'Thu chi NS'!E6`);
    expect(text(ws)).toContain(legend);
  });

  it('leaves a figure tied to no open issue as it was: no fill, no note', async () => {
    const { analysis, ws } = await reportCopy('vi');
    expect(issuesOf(analysis, ['investment.plan', 'investment.disbursed', 'investment.pct'])).toEqual([]);
    const r = rowOf(ws, 'Vốn đầu tư công');
    expect(r.values[1]).toBeGreaterThan(0);
    expect(r.fills.slice(1)).toEqual(r.fills.slice(1).map(() => ''));
    expect(r.note).toBe('');
  });
});
