/**
 * The guard is the one zip parser (issue 15.1) and a lenient one (issue 18.4). Shapes other readers
 * disagree on are refused with one clear line or read within the limits; shapes Excel opens are read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFile } from 'child_process';
import { unzipSync } from 'fflate';
import { FileHost } from '../../src/hosts/file';
import { guardXlsx } from '../../src/xlsx/zip/guard';
import { FileError } from '../../src/xlsx/errors';
import { REPORT_SHEET_TITLE } from '../../src/core/layout/types';
import { makeZip, xlsxEntries, type RawEntry } from '../helpers/zipShapes';
import { tempDir } from '../helpers/xlsx';
import { toolsPresent } from '../helpers/tools';

function outcome(bytes: Uint8Array): string {
  try {
    guardXlsx(bytes);
    return 'ok';
  } catch (e) {
    if (e instanceof FileError) return `${e.code}: ${e.text.vi}`;
    throw e;
  }
}

async function valuesOf(bytes: Uint8Array): Promise<unknown> {
  const snap = await (await FileHost.open(bytes)).readSnapshot();
  return snap.sheets.map((s) => [s.name, s.values]);
}

const layout = { name: 'Báo cáo', cells: [{ row: 0, col: 0, value: REPORT_SHEET_TITLE.vi }], merges: [], columnWidths: [20], madeByAddin: true };

const MB = 1024 * 1024;

describe('parser-differential shapes: refused in one line, or read within the limits', () => {
  it('the baseline hand-made workbook reads', async () => {
    expect(outcome(makeZip(xlsxEntries()))).toBe('ok');
    expect(await valuesOf(makeZip(xlsxEntries()))).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
  });

  it('an end record that lies about the entry count is refused as damaged', () => {
    const entries = xlsxEntries();
    expect(outcome(makeZip(entries, { count: entries.length - 1 }))).toMatch(/^damaged: Tệp .xlsx bị hỏng/);
    expect(outcome(makeZip(entries, { count: entries.length + 3 }))).toMatch(/^damaged/);
  });

  it('a second, shifted directory listing a hidden 100 MB entry: only the real directory is read, the copy never holds the hidden entry', async () => {
    const hidden: RawEntry = { name: 'xl/worksheets/sheet9.xml', data: new Uint8Array(100 * MB) };
    const bytes = makeZip(xlsxEntries(), { hidden: [hidden] });
    const guard = guardXlsx(bytes);
    expect(guard.zipParts.map((p) => p.name)).not.toContain('xl/worksheets/sheet9.xml');
    expect(guard.inflatedBytes).toBeLessThan(MB);
    const host = await FileHost.open(bytes);
    await host.writeReportSheet(layout);
    const copy = await host.save();
    expect(Object.keys(unzipSync(copy))).not.toContain('xl/worksheets/sheet9.xml');
    expect(copy.length).toBeLessThan(bytes.length);
  });

  it('duplicate entry names, also in another case or with backslashes, are refused', () => {
    const entries = xlsxEntries();
    const dup = (name: string) => makeZip([...entries, { name, data: '<worksheet/>' }]);
    expect(outcome(dup('xl/worksheets/sheet1.xml'))).toMatch(/^damaged/);
    expect(outcome(dup('XL/Worksheets/Sheet1.xml'))).toMatch(/^damaged/);
    expect(outcome(dup('xl\\worksheets\\sheet1.xml'))).toMatch(/^damaged/);
  });

  it.each([
    ['name', { name: 'xl/worksheets/sheetX.xml' }],
    ['method', { method: 0 }],
    ['compressed size', { csize: 3 }],
    ['size', { size: 7 }],
  ])('a local header that disagrees with the directory (%s) is refused', (_what, local) => {
    const entries = xlsxEntries().map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, local } : e));
    expect(outcome(makeZip(entries))).toMatch(/^damaged/);
  });

  const hasTime = toolsPresent('/usr/bin/time');
  (hasTime ? it : it.skip)(
    'report on the hidden-directory shape: exit 0 or 1, within 300 MB peak (GNU time)',
    async () => {
      const dir = tempDir('cchc-shapes-');
      const file = path.join(dir, 'hai-thu-muc.xlsx');
      fs.writeFileSync(file, makeZip(xlsxEntries(), { hidden: [{ name: 'xl/worksheets/sheet9.xml', data: new Uint8Array(200 * MB) }] }));
      const root = path.resolve(__dirname, '../..');
      const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile(
          '/usr/bin/time',
          ['-v', path.join(root, 'node_modules/.bin/tsx'), path.join(root, 'src/cli/main.ts'), 'report', file, '--force', '--out', path.join(dir, 'out')],
          { cwd: root, timeout: 120000 },
          (err, _o, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 99) : 0, stderr }),
        ),
      );
      expect([0, 1]).toContain(r.code);
      const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024;
      expect(peak).toBeGreaterThan(10);
      expect(peak).toBeLessThan(300);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    180000,
  );
});

describe('lenient where Excel is', () => {
  it('entry names with backslashes read like the same workbook with slashes', async () => {
    const bytes = makeZip(xlsxEntries().map((e) => ({ ...e, name: e.name.replace(/\//g, '\\') })));
    expect(await valuesOf(bytes)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
  });

  it('entry names in another case read', async () => {
    const bytes = makeZip(xlsxEntries().map((e) => (e.name.startsWith('xl/') ? { ...e, name: e.name.toUpperCase().replace('.XML', '.xml') } : e)));
    expect(await valuesOf(bytes)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
  });

  it('the workbook part is found through _rels/.rels, and worksheets at any path through its relationships', async () => {
    const bytes = makeZip(xlsxEntries({ workbook: 'book/main.xml', sheet: 'data/part.xml' }));
    expect(await valuesOf(bytes)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
    // The copy adds its sheet beside that workbook part and reads back the same.
    const host = await FileHost.open(bytes);
    await host.writeReportSheet(layout);
    const back = await valuesOf(await host.save());
    expect((back as [string, unknown][]).map((s) => s[0])).toEqual(['Dữ liệu', 'Báo cáo']);
    expect((back as [string, unknown][])[0]).toEqual(['Dữ liệu', [['Tổng', 42]]]);
  });

  it('placeholder <sheet r:id=""> entries of old macro sheets are skipped', async () => {
    const bytes = makeZip(xlsxEntries({ sheets: '<sheet name="Macro1" sheetId="2" r:id=""/><sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>' }));
    expect(await valuesOf(bytes)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
  });

  it('a UTF-16 workbook part is decoded, and the copy rewrites it as UTF-8', async () => {
    const entries = xlsxEntries().map((e) => {
      if (e.name !== 'xl/workbook.xml') return e;
      const text = (e.data as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
        bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
      }
      return { ...e, data: bytes };
    });
    const bytes = makeZip(entries);
    expect(await valuesOf(bytes)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
    const host = await FileHost.open(bytes);
    await host.writeReportSheet(layout);
    const wb = new TextDecoder().decode(unzipSync(await host.save())['xl/workbook.xml']);
    expect(wb).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
    expect(wb).toContain('<sheet name="Báo cáo"');
  });

  it('parts the check never reads are never inflated: an empty thumbnail that does not inflate is ignored, media are budgeted as declared', async () => {
    const broken: RawEntry = { name: 'docProps/thumbnail.jpeg', data: new Uint8Array(0), method: 8, local: {}, declaredSize: 0 };
    const media: RawEntry = { name: 'xl/media/image1.png', data: new Uint8Array(4 * MB) };
    // A deflate entry of zero bytes is not a deflate stream: any inflater refuses it.
    const bytes = makeZip([...xlsxEntries(), media]);
    const withThumb = (() => {
      const z = makeZip([...xlsxEntries(), { ...broken, method: 0 }]);
      // Turn the stored empty entry into a "deflated" one with no stream (method 8 in both headers).
      const out = z.slice();
      for (let i = 0; i + 4 < out.length; i++) {
        const sig = out[i] === 0x50 && out[i + 1] === 0x4b;
        if (sig && out[i + 2] === 0x03 && out[i + 3] === 0x04 && new TextDecoder().decode(out.subarray(i + 30, i + 30 + 23)) === 'docProps/thumbnail.jpeg')
          out[i + 8] = 8;
        if (sig && out[i + 2] === 0x01 && out[i + 3] === 0x02 && new TextDecoder().decode(out.subarray(i + 46, i + 46 + 23)) === 'docProps/thumbnail.jpeg')
          out[i + 10] = 8;
      }
      return out;
    })();
    expect(await valuesOf(withThumb)).toEqual([['Dữ liệu', [['Tổng', 42]]]]);
    const guard = guardXlsx(bytes);
    const m = guard.zipParts.find((p) => p.name === 'xl/media/image1.png')!;
    expect(m.inflated).toBe(false);
    expect(guard.inflatedBytes).toBeGreaterThanOrEqual(4 * MB);
    // The copy carries the media part as the user's zip stored it.
    const host = await FileHost.open(bytes);
    await host.writeReportSheet(layout);
    expect(unzipSync(await host.save())['xl/media/image1.png'].length).toBe(4 * MB);
  });
});
