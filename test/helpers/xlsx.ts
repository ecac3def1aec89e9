/** Helpers for tests that need real .xlsx files (written with exceljs) and hostile look-alikes. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';

export function tempDir(prefix = 'cchc-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<string> {
  fs.writeFileSync(file, await workbookBytes(wb));
  return file;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A small workbook with one sheet of data. */
export function simpleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('B2').value = 'Tên';
  ws.getCell('C2').value = 'Số';
  ws.getCell('B3').value = 'một';
  ws.getCell('C3').value = 1;
  return wb;
}

/** A minimal OLE compound file whose directory names the encrypted package, as Excel writes for a password. */
export function encryptedOle(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const put = (text: string, at: number) => {
    for (let i = 0; i < text.length; i++) bytes[at + i * 2] = text.charCodeAt(i);
  };
  put('EncryptionInfo', 1024);
  put('EncryptedPackage', 1152);
  return bytes;
}

/** An old .xls-like OLE file (no encryption streams). */
export function plainOle(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const text = 'Workbook';
  for (let i = 0; i < text.length; i++) bytes[1024 + i * 2] = text.charCodeAt(i);
  return bytes;
}

const MINIMAL_PARTS = {
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook/>'),
};

/** A zip with the parts of an xlsx plus one entry of `mb` megabytes of zeros, compressed with fflate's streaming Zip. */
export function zipBomb(mb: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, data] of Object.entries(MINIMAL_PARTS)) {
    const f = new ZipDeflate(name);
    zip.add(f);
    f.push(data, true);
  }
  const big = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(big);
  const zeros = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mb; i++) big.push(zeros, i === mb - 1);
  zip.end();
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** A zip that is not an xlsx (lacks the workbook part). */
export function plainZip(): Uint8Array {
  return zipSync({ 'readme.txt': strToU8('hello') });
}
