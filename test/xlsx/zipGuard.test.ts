import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { guardXlsx, DEFAULT_LIMITS } from '../../src/xlsx/zip/guard';
import { FileError } from '../../src/xlsx/errors';
import { encryptedOle, plainOle, plainZip, simpleWorkbook, workbookBytes, zipBomb } from '../helpers/xlsx';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FileError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('guardXlsx', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await workbookBytes(simpleWorkbook());
  });

  it('accepts a real workbook written by exceljs and counts its parts', () => {
    const r = guardXlsx(good);
    expect(r.entries.has('xl/workbook.xml')).toBe(true);
    expect(r.inflatedBytes).toBeGreaterThan(good.length);
  });

  it('rejects a truncated zip as damaged', () => {
    expect(codeOf(() => guardXlsx(good.subarray(0, Math.floor(good.length / 2))))).toBe('damaged');
  });

  it('rejects a zip whose entry data is corrupted as damaged', () => {
    const bad = good.slice();
    // Scribble over the middle of the file (entry data), keeping the directory at the end intact.
    for (let i = 200; i < 400; i++) bad[i] = 0xff;
    expect(['damaged']).toContain(codeOf(() => guardXlsx(bad)));
  });

  it('recognises a password-protected workbook (OLE with EncryptionInfo)', () => {
    expect(codeOf(() => guardXlsx(encryptedOle()))).toBe('encrypted');
    try {
      guardXlsx(encryptedOle());
    } catch (e) {
      expect((e as FileError).text.en).toMatch(/password-protected/);
      expect((e as FileError).text.vi).toMatch(/mật khẩu/);
    }
  });

  it('calls an OLE file without a readable workbook, a CSV, a PDF, random bytes and an empty file "not-xlsx"', () => {
    expect(codeOf(() => guardXlsx(plainOle()))).toBe('not-xlsx');
    expect(codeOf(() => guardXlsx(strToU8('STT,Nội dung,Thực hiện\n1,Thu,1464000\n')))).toBe('not-xlsx');
    expect(codeOf(() => guardXlsx(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toBe('not-xlsx');
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(codeOf(() => guardXlsx(random))).toBe('not-xlsx');
    expect(codeOf(() => guardXlsx(new Uint8Array(0)))).toBe('not-xlsx');
  });

  it('calls a zip without the workbook parts "not-xlsx"', () => {
    expect(codeOf(() => guardXlsx(plainZip()))).toBe('not-xlsx');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w/>') });
    expect(codeOf(() => guardXlsx(docx))).toBe('not-xlsx');
  });

  it('says what the file is and what to do: choose the workbook for an empty file, a picture, a PDF or other files zipped; save again as .xlsx for a CSV', () => {
    const textOf = (bytes: Uint8Array) => {
      try {
        guardXlsx(bytes);
      } catch (e) {
        return (e as FileError).text;
      }
      throw new Error('not refused');
    };
    const chooseOther = [
      [new Uint8Array(0), 'trống (0 byte)'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'là ảnh PNG'],
      [new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), 'là ảnh JPEG'],
      [strToU8('%PDF-1.7\n'), 'là tài liệu PDF'],
      [plainZip(), 'là tệp nén không chứa bảng tính'],
    ] as const;
    for (const [bytes, what] of chooseOther) {
      const text = textOf(bytes);
      expect(text.vi).toContain(what);
      expect(text.vi).toContain('hãy chọn tệp bảng tính Excel chứa số liệu');
      expect(text.vi).not.toContain('lưu lại'); // saving an empty file or a picture again in Excel makes no workbook
      expect(text.en).toContain('choose the Excel workbook that holds the figures');
    }
    expect(textOf(strToU8('STT,Nội dung,Thực hiện\n1,Thu,1464000\n')).vi).toContain('lưu lại dưới dạng «Excel Workbook (.xlsx)»');
  });

  it('names an OpenDocument package by its mimetype, a web page or XML without a table, and other archives (tester 6 item 22)', () => {
    const textOf = (bytes: Uint8Array) => {
      try {
        guardXlsx(bytes);
      } catch (e) {
        return (e as FileError).text;
      }
      throw new Error('not refused');
    };
    // ODF stores `mimetype` first and uncompressed (level 0).
    const odf = (kind: string) =>
      zipSync({ mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect(textOf(odf('text')).vi).toContain('là văn bản OpenDocument (.odt)');
    expect(textOf(odf('text')).vi).toContain('hãy chọn tệp bảng tính Excel chứa số liệu');
    expect(textOf(odf('presentation')).en).toContain('OpenDocument presentation (.odp)');
    // An .ods is saved again as .xlsx, in LibreOffice (where most .ods come from, with no Excel at hand) or Excel.
    expect(textOf(odf('spreadsheet')).vi).toContain('là bảng tính OpenDocument (.ods)');
    expect(textOf(odf('spreadsheet')).vi).toContain('LibreOffice Calc (hoặc Excel), chọn Tệp → Lưu thành… với kiểu «Excel 2007-365 (.xlsx)»');
    expect(textOf(odf('spreadsheet')).en).toContain('File → Save As… with the type "Excel 2007-365 (.xlsx)"');

    const page = textOf(strToU8('\uFEFF<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>'));
    expect(page.vi).toContain('là một trang web (HTML) không có bảng số liệu');
    expect(page.vi).not.toContain('CSV');
    expect(textOf(strToU8('<?xml version="1.0"?><rss><channel/></rss>')).vi).toContain('là tệp XML không phải bảng tính');

    const rar = textOf(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x33, 0x92]));
    expect(rar.vi).toContain('là tệp nén RAR');
    expect(rar.vi).toContain('hãy giải nén nó');
    expect(textOf(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4])).en).toContain('is a 7z archive');
  });

  it('refuses a file over the size cap before looking inside', () => {
    expect(codeOf(() => guardXlsx(good, { ...DEFAULT_LIMITS, maxFileBytes: 100 }))).toBe('too-large');
  });

  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    };
    for (let i = 0; i < 30; i++) files[`xl/media/x${i}.txt`] = strToU8('x');
    expect(codeOf(() => guardXlsx(zipSync(files)))).toBe('ok');
    expect(codeOf(() => guardXlsx(zipSync(files), { ...DEFAULT_LIMITS, maxEntries: 20 }))).toBe('too-large');
  });

  it('stops a zip bomb by its ratio, quickly', () => {
    const bomb = zipBomb(24);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const t = Date.now();
    expect(codeOf(() => guardXlsx(bomb))).toBe('zip-bomb');
    expect(Date.now() - t).toBeLessThan(15000); // a hang guard; speed is measured by npm run bench
  });

  it('counts real inflated bytes against the total cap (declared sizes are not trusted)', () => {
    const bomb = zipBomb(8);
    const noRatio = { ...DEFAULT_LIMITS, maxRatio: 1e9 };
    expect(codeOf(() => guardXlsx(bomb, noRatio))).toBe('ok');
    // Lie in every declared uncompressed size: the guard must still count the real bytes.
    const lied = bomb.slice();
    for (let i = 0; i + 4 < lied.length; i++) {
      if (lied[i] === 0x50 && lied[i + 1] === 0x4b && lied[i + 2] === 0x01 && lied[i + 3] === 0x02) {
        lied.set([1, 0, 0, 0], i + 24);
      }
    }
    expect(codeOf(() => guardXlsx(lied, { ...noRatio, maxInflatedBytes: 4 * 1024 * 1024 }))).toBe('zip-bomb');
  });

  it('passes a workbook with several sheets and styles', async () => {
    const wb = new ExcelJS.Workbook();
    for (let s = 0; s < 5; s++) {
      const ws = wb.addWorksheet(`S${s}`);
      for (let r = 1; r < 200; r++) ws.getRow(r).values = [r, `row ${r}`, r * 1.5];
    }
    const bytes = await workbookBytes(wb);
    expect(guardXlsx(bytes).entries.size).toBeGreaterThan(5);
  });
});
