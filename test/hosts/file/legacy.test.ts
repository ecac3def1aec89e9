/**
 * Old and exported formats (issue 18 point 6): .xls written by LibreOffice from the test workbooks give
 * the same figures as the .xlsx; the HTML and XML Spreadsheet 2003 exports of ../shared/cases are read;
 * the real .xls files of ../shared/realworld are read; hostile ones are refused with one sentence. The
 * format is told by the bytes, never by the name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { FileHost, isFileError } from '../../../src/hosts/file';
import { DEFAULT_LIMITS } from '../../../src/xlsx/zip/guard';
import { sniffFormat } from '../../../src/xlsx/legacy/sniff';
import { readLegacy } from '../../../src/xlsx/legacy/read';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { encryptedOle, tempDir, workbookBytes } from '../../helpers/xlsx';
import { withoutUnknownFonts } from '../../helpers/exceljsSnapshot';
import { toolsPresent } from '../../helpers/tools';
import { legacyBook } from '../../helpers/legacyBook';
import { toTcvn3, toVni } from '../../helpers/legacyEncoders';

const CASES = '../shared/cases';
const REAL = '../shared/realworld';
const read = (f: string) => new Uint8Array(fs.readFileSync(f));

async function open(bytes: Uint8Array): Promise<{ host: FileHost; snap: WorkbookSnapshot; a: Analysis }> {
  const host = await FileHost.open(bytes);
  const snap = await host.readSnapshot();
  return { host, snap, a: analyze(snap) };
}

/** Every figure but the ones that name where they were read (sheet, cells). */
function figuresOf(a: Analysis): unknown {
  return JSON.parse(JSON.stringify(a.figures, (k, v) => (k === 'cell' || k === 'cells' || k === 'source' || k === 'sheet' ? undefined : v)));
}

describe('the format is told by the bytes', () => {
  it('names each format, whatever the file is called', async () => {
    expect(sniffFormat(read(`${CASES}/17_html_as_xlsx.xlsx`))).toBe('html');
    expect(sniffFormat(read(`${CASES}/17c_xml2003_as_xlsx.xlsx`))).toBe('xml2003');
    expect(sniffFormat(read(`${REAL}/vnah__baocaotaixa.xls`))).toBe('xls');
    expect(sniffFormat(read(`${CASES}/00_clean.xlsx`))).toBe('zip');
    // A password-protected .xlsx is an OLE file too, but no .xls: the guard says it is encrypted.
    expect(sniffFormat(encryptedOle())).toBeNull();
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.4'))).toBeNull();
    expect(sniffFormat(new TextEncoder().encode('STT,Họ và tên\n1,An'))).toBeNull();
    expect(sniffFormat(new TextEncoder().encode('<html><body><p>no table</p></body></html>'))).toBeNull();
    // A byte-order mark and UTF-16 are read through.
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('<table><tr><td>1</td></tr></table>')).flatMap((b) => [b, 0])]);
    expect(sniffFormat(utf16)).toBe('html');
  });

  it('an encrypted workbook is still refused as encrypted', async () => {
    await expect(FileHost.open(encryptedOle())).rejects.toMatchObject({ code: 'encrypted' });
  });
});

describe('web-system exports saved with an .xlsx name (cases 17, 17c)', () => {
  it.each(['17_html_as_xlsx.xlsx', '17c_xml2003_as_xlsx.xlsx'])('%s: the staff table is found and counted', async (name) => {
    const { host, a } = await open(read(`${CASES}/${name}`));
    expect(host.convertedFrom).toBe(name.includes('html') ? 'html' : 'xml2003');
    expect(a.tables.staff?.located.range).toBe('A4:E12');
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
  });

  it('HTML cells are read as the text shown: 01/03/2023 is 1 March, 1.234 is one thousand two hundred and thirty-four', async () => {
    const html =
      '<html><head><meta charset="utf-8"></head><body><table><tr><td>Ngày</td><td>Số tiền</td></tr><tr><td>01/03/2023</td><td>1.234</td></tr></table></body></html>';
    const { snap } = await open(new TextEncoder().encode(html));
    expect(snap.sheets[0].values).toEqual([
      ['Ngày', 'Số tiền'],
      ['01/03/2023', '1.234'],
    ]);
  });
});

describe('real .xls files (../shared/realworld)', () => {
  it.each(['hccxp__BC_KETQUAXULYDON.xls', 'hccxp__BC_TONGHOPKETQUAXULYDON01.xls', 'hue__PhulucT1_TT116.xls', 'vnah__baocaotaixa.xls'])(
    '%s is read with its sheets, merges and fonts',
    async (name) => {
      const { host, snap } = await open(read(`${REAL}/${name}`));
      expect(host.convertedFrom).toBe('xls');
      const withData = snap.sheets.filter((s) => s.values.length > 0);
      expect(withData.length).toBeGreaterThan(0);
      expect(withData.some((s) => (s.merges ?? []).length > 0)).toBe(true);
      expect(withData.some((s) => s.fonts?.some((row) => row.some((f) => typeof f === 'string')))).toBe(true);
    },
  );

  it('keeps the very hidden sheets of the Huế price report as very hidden', async () => {
    const { snap } = await open(read(`${REAL}/hue__PhulucT1_TT116.xls`));
    expect(snap.sheets.filter((s) => s.visibility === 'veryHidden')).toHaveLength(14);
    expect(snap.sheets.some((s) => s.visibility === undefined && s.values.length > 0)).toBe(true);
  });

  it('the commune programme form holds no table (none is made up)', async () => {
    const { a } = await open(read(`${REAL}/vnah__baocaotaixa.xls`));
    expect(Object.values(a.tables).filter(Boolean)).toEqual([]);
  });
});

describe('the report copy of an old format', () => {
  it('is a new .xlsx holding the sheets as read plus the report sheet, and says the format was not kept', async () => {
    const { host, snap, a } = await open(read(`${REAL}/vnah__baocaotaixa.xls`));
    const sheet = await host.writeReportSheet(reportSheetLayout(a, 'vi', 'pane'));
    const bytes = await host.save();
    expect(sniffFormat(bytes)).toBe('zip');
    const copy = await FileHost.open(bytes);
    expect(copy.convertedFrom).toBeNull();
    const back = await copy.readSnapshot();
    // Fonts are compared where the .xls names one (a cell without gets the copy's default font); merges in any order.
    const sorted = (w: WorkbookSnapshot) => ({ sheets: w.sheets.map((s) => ({ ...s, merges: [...(s.merges ?? [])].sort() })) });
    expect(sorted(withoutUnknownFonts({ sheets: back.sheets.filter((s) => !s.madeByAddin) }, snap))).toEqual(sorted(snap));
    expect(back.sheets.filter((s) => s.madeByAddin).map((s) => s.name)).toEqual([sheet]);
    const [note] = host.copyWarnings();
    expect(note.vi).toMatch(/Excel 97–2003 \(\.xls\).*tệp \.xlsx mới/);
    expect(note.en).toMatch(/new \.xlsx/);
  });
});

describe('hostile old-format files are refused with one sentence', () => {
  it('a truncated .xls', async () => {
    const bytes = read(`${REAL}/vnah__baocaotaixa.xls`);
    const err = await FileHost.open(bytes.slice(0, Math.floor(bytes.length / 3))).catch((e: unknown) => e);
    expect(isFileError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'damaged' });
    expect((err as { text: { vi: string } }).text.vi).not.toMatch(/\n/);
  });

  it('an .xls over the size limit is not parsed at all', async () => {
    const bytes = read(`${REAL}/vnah__baocaotaixa.xls`);
    const err = await FileHost.open(bytes, { ...DEFAULT_LIMITS, maxFileBytes: 10_000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too-large' });
    expect((err as { text: { vi: string } }).text.vi).toMatch(/quá lớn/);
  });

  it('a file with more cells than the limit (lowered here from MAX_LEGACY_CELLS)', async () => {
    const row = `<tr>${'<td>1</td>'.repeat(50)}</tr>`;
    const html = new TextEncoder().encode(`<table>${row.repeat(30)}</table>`);
    const err = await readLegacy(html, 'html', DEFAULT_LIMITS, 1000).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'too-large' });
    expect((err as { text: { vi: string } }).text.vi).toMatch(/quá nhiều ô/);
    await expect(readLegacy(html, 'html', DEFAULT_LIMITS, 1500)).resolves.toBeDefined();
  });
});

/** The test workbooks converted to .xls by LibreOffice, in one soffice run. */
const hasSoffice = toolsPresent('soffice');
(hasSoffice ? describe : describe.skip)('.xls written by LibreOffice gives the same figures as the .xlsx', () => {
  const books: Record<string, () => Promise<Uint8Array>> = {
    'example.xlsx': async () => read('examples/ba-bich-2023.xlsx'),
    'clean.xlsx': async () => read(`${CASES}/00_clean.xlsx`),
    'clean-dated.xlsx': async () => read(`${CASES}/00_clean_dated.xlsx`),
    'tcvn3.xlsx': () => workbookBytes(legacyBook(toTcvn3, '.VnTime', '.VnTimeH')),
    'vni.xlsx': () => workbookBytes(legacyBook(toVni, 'VNI-Times', null)),
    'hidden.xlsx': async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRows([
        ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
        [1, 'An', 'Cán bộ', 'Đại học'],
        [2, 'Bình', 'Công chức', 'Trung cấp'],
      ]);
      ws.getRow(3).hidden = true;
      ws.getColumn(2).hidden = true;
      wb.addWorksheet('Cũ', { state: 'hidden' }).getCell('A1').value = 'cũ';
      return workbookBytes(wb);
    },
    'notes.xlsx': async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRows([
        ['STT', 'Họ và tên', 'Loại'],
        [1, 'An', 'Cán bộ'],
      ]);
      ws.getCell('B2').note = 'Đã nghỉ hưu từ 01/10/2023';
      ws.getCell('D5').note = 'Ô trống có ghi chú';
      return workbookBytes(wb);
    },
  };
  const dir = tempDir('cchc-xls-');
  const xls: Record<string, Uint8Array> = {};
  const xlsx: Record<string, Uint8Array> = {};

  beforeAll(async () => {
    for (const [name, make] of Object.entries(books)) {
      xlsx[name] = await make();
      fs.writeFileSync(path.join(dir, name), xlsx[name]);
    }
    const profile = `file://${tempDir('cchc-lo-')}`;
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xls', '--outdir', dir, ...Object.keys(books).map((n) => path.join(dir, n))],
      {
        timeout: 240_000,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    for (const name of Object.keys(books)) xls[name] = read(path.join(dir, name.replace(/\.xlsx$/, '.xls')));
  }, 300_000);

  it.each(Object.keys(books))('%s', async (name) => {
    expect(sniffFormat(xls[name])).toBe('xls');
    const fromXls = await open(xls[name]);
    const fromXlsx = await open(xlsx[name]);
    expect(fromXls.host.convertedFrom).toBe('xls');
    expect(figuresOf(fromXls.a)).toEqual(figuresOf(fromXlsx.a));
    const found = (a: Analysis) => Object.entries(a.tables).map(([k, t]) => [k, t?.located.sheet ?? null, t?.located.range ?? null]);
    expect(found(fromXls.a)).toEqual(found(fromXlsx.a));
  });

  it('keeps the legacy fonts, so TCVN3 text is converted and flagged as in the .xlsx', async () => {
    const { snap, a } = await open(xls['tcvn3.xlsx']);
    expect(snap.sheets[0].fonts?.flat()).toContain('.VnTime');
    expect(snap.sheets[0].fonts?.flat()).toContain('.VnTimeH');
    expect(a.figures.staff?.education.postgraduate.count).toBe(1);
    expect(a.issues.some((i) => i.code === 'legacy-encoding')).toBe(true);
  });

  it('keeps hidden sheets, rows and columns', async () => {
    const { snap } = await open(xls['hidden.xlsx']);
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.hiddenRows, s.hiddenCols])).toEqual([
      ['Cán bộ', undefined, [2], [1]],
      ['Cũ', 'hidden', undefined, undefined],
    ]);
  });

  it('keeps cell comments in the report copy, also on a blank cell', async () => {
    const { host, a } = await open(xls['notes.xlsx']);
    await host.writeReportSheet(reportSheetLayout(a, 'vi', 'pane'));
    // Read back with SheetJS: exceljs's reader drops a comment on a blank cell (its writer keeps it).
    const copy = XLSX.read(await host.save(), { type: 'array', dense: true });
    const data = copy.Sheets['Cán bộ']['!data'] as (XLSX.CellObject | undefined)[][];
    const note = (r: number, c: number) => (data[r]?.[c]?.c ?? []).map((p) => p.t).join('');
    expect(note(1, 1)).toContain('Đã nghỉ hưu từ 01/10/2023');
    expect(note(4, 3)).toContain('Ô trống có ghi chú');
    expect(data[1][1]?.v).toBe('An');
  });

  it('keeps dates as serials of the 1900 date system', async () => {
    const a = (await open(xls['clean-dated.xlsx'])).snap;
    const b = (await open(xlsx['clean-dated.xlsx'])).snap;
    const dates = (s: WorkbookSnapshot) => s.sheets.flatMap((sh) => sh.values.flat().filter((v) => typeof v === 'number' && v > 40000));
    expect(dates(a)).toEqual(dates(b));
    expect(dates(a).length).toBeGreaterThan(0);
  });
});
