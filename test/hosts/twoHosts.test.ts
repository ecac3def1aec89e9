/**
 * The same report layout written by both hosts, compared cell by cell (issue 10.1): the file host's copy
 * and the Office host (on the fake Excel) agree on each cell's value type and value, number format and
 * link to the source cell. Figures are numbers with their formats in both.
 */
import * as fs from 'fs';
import { unzipSync, strFromU8 } from 'fflate';
import { installFakeExcel, uninstallFakeExcel } from './office/fakeExcel';
import { OfficeHost } from '../../src/hosts/office';
import { FileHost } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { reportSheetLayout } from '../../src/core/layout/reportSheet';
import { a1 } from '../../src/core/address';
import type { SheetLayout } from '../../src/core/layout/types';

afterEach(() => uninstallFakeExcel());

interface Seen {
  type: string;
  value: unknown;
  format: string;
  link: string | null;
}

/** The report sheet of a saved copy: each layout cell as the file says it (our reader for values and formats, the XML for links). */
async function fileCells(bytes: Uint8Array, sheet: string, layout: SheetLayout): Promise<Map<string, Seen>> {
  const host = await FileHost.open(bytes);
  const snap = await host.readSnapshot();
  const s = snap.sheets.find((x) => x.name === sheet)!;
  const files = unzipSync(bytes);
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const xml = strFromU8(files[`xl/${target}`]);
  const links = new Map(
    [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&')]),
  );
  const out = new Map<string, Seen>();
  for (const c of layout.cells) {
    const v = s.values[c.row - s.origin.row]?.[c.col - s.origin.col] ?? null;
    const f = s.formats?.[c.row - s.origin.row]?.[c.col - s.origin.col] ?? null;
    out.set(a1(c.row, c.col), { type: v === null ? 'empty' : typeof v, value: v, format: f ?? 'General', link: links.get(a1(c.row, c.col)) ?? null });
  }
  return out;
}

test('the file host and the Office host write the report sheet alike: value types, number formats, links', async () => {
  const bytes = new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx'));
  const file = await FileHost.open(bytes);
  const analysis = analyze(await file.readSnapshot());
  const layout = reportSheetLayout(analysis, 'vi', 'pane');
  const sheet = await file.writeReportSheet(layout);
  const fromFile = await fileCells(await file.save(), sheet, layout);

  const model = installFakeExcel();
  model.setValues('Thu chi NS', 'A1', [[1]]);
  const officeSheet = await new OfficeHost().writeReportSheet(layout);
  const ws = model.findSheet(officeSheet)!;

  let numbers = 0;
  let linked = 0;
  for (const c of layout.cells) {
    const o = model.peek(ws, c.row, c.col);
    const f = fromFile.get(a1(c.row, c.col))!;
    const where = `${a1(c.row, c.col)} (${JSON.stringify(c.value)})`;
    const officeType = o.value === null || o.value === '' ? 'empty' : typeof o.value;
    expect({ where, type: f.type }).toEqual({ where, type: officeType });
    if (officeType !== 'empty') expect({ where, value: f.value }).toEqual({ where, value: o.value });
    if (officeType !== 'empty') expect({ where, format: f.format }).toEqual({ where, format: o.numberFormat });
    expect({ where, link: f.link }).toEqual({ where, link: o.hyperlink?.documentReference ?? null });
    if (typeof c.value === 'number') numbers++;
    if (c.link && typeof c.value === 'number') linked++;
  }
  // The comparison means something: the example's report has figures, formatted and linked.
  expect(numbers).toBeGreaterThan(10);
  expect(linked).toBeGreaterThan(5);
  expect([...fromFile.values()].some((s) => s.type === 'number' && s.format === '0.0%')).toBe(true);
  expect([...fromFile.values()].some((s) => s.type === 'number' && s.format === '#,##0')).toBe(true);
});
