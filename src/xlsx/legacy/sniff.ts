/**
 * What a file is, from its first bytes (never from its name: web systems save HTML and XML 2003 exports
 * with an .xls or .xlsx name). Only the formats the product reads are named; anything else is null and
 * the zip guard says what it is.
 */

/** 'zip': an .xlsx/.xlsm package; 'xls': Excel 97–2003 (BIFF in an OLE compound file); the two text exports. */
export type FileFormat = 'zip' | 'xls' | 'xml2003' | 'html';
export type LegacyFormat = Exclude<FileFormat, 'zip'>;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** How far into a text file the markers are looked for (an HTML export may carry a long <head>). */
const TEXT_HEAD = 1024 * 1024;
const XML2003_NS = 'urn:schemas-microsoft-com:office:spreadsheet';

/** True when the bytes begin with the signature. */
export function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE text occurs in the bytes (OLE directory entry names are UTF-16LE). */
export function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The text encoding a byte-order mark names (UTF-8 otherwise), and where the text starts. */
export function textEncoding(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; start: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', start: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', start: 2 };
  return { encoding: 'utf-8', start: 0 };
}

/**
 * The file's format by its bytes: the zip signature; the OLE2 compound-file signature with a workbook
 * stream ("Workbook", or "Book" for Excel 5/95) and no encrypted package (a password-protected .xlsx is
 * an OLE file too); `<?xml` with SpreadsheetML 2003's namespace; markup holding a `<table>`.
 */
export function sniffFormat(bytes: Uint8Array): FileFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return null;
    return containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book') ? 'xls' : null;
  }
  const { encoding, start } = textEncoding(bytes);
  const head = new TextDecoder(encoding).decode(bytes.subarray(start, start + TEXT_HEAD)).trimStart();
  if (!head.startsWith('<')) return null;
  if (/^<\?xml[\s?]/.test(head) && head.includes(XML2003_NS) && /<(\w+:)?Workbook[\s>]/.test(head)) return 'xml2003';
  if (/<table[\s>]/i.test(head)) return 'html';
  return null;
}
