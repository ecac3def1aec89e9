/**
 * The zip guard: the one place where the user's zip is parsed (issue 15.1). Nothing after it (our
 * reader, the report copy, exceljs for the rare jobs that still use it) reads the user's bytes as a
 * zip: they get the parts the guard found, or a canonical zip rebuilt from them.
 *
 * The central directory is walked by hand and checked against itself and the local headers (entry
 * count, directory position, names, methods, sizes, no duplicate names, no hidden second directory).
 * The whole file's inflated size is budgeted from the sizes the directory declares; the parts the
 * check reads are inflated (counting the bytes really produced, stopping as soon as a cap is passed),
 * and every other part (media, thumbnails, printer settings...) is never inflated here at all.
 * Lenient where Excel is: entry names with backslashes or in another case, the workbook part found
 * through `_rels/.rels`.
 */
import { Inflate, inflateSync } from 'fflate';
import { FileError } from '../errors';
import { nativeInflate } from './inflate';
import { MAX_VALIDATION_CELLS, ValidationCounter } from './validationSize';
import { isReadPart, partKey } from './readParts';
import { containsUtf16, startsWith } from '../legacy/sniff';
import { formatNumber } from '../../core/format';

export interface GuardLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most zip entries accepted. */
  maxEntries: number;
  /** Most bytes all entries may inflate to, counted while inflating. */
  maxInflatedBytes: number;
  /** Largest inflated/compressed ratio of one entry once it is bigger than `ratioMinBytes`. */
  maxRatio: number;
  ratioMinBytes: number;
  /** Most inflated bytes kept for the reader from the guard's own pass; parts beyond are inflated again when read. */
  maxKeptBytes?: number;
}

export const DEFAULT_LIMITS: GuardLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
  maxInflatedBytes: 500 * 1024 * 1024,
  maxRatio: 200,
  ratioMinBytes: 10 * 1024 * 1024,
  maxKeptBytes: 128 * 1024 * 1024,
};

/** One part of the user's zip as the guard found it. */
export interface ZipPart {
  /** The name as a package part: slashes, no leading slash, the zip's own case. */
  name: string;
  method: 0 | 8;
  /** The part's bytes as stored in the zip (compressed when method is 8): a view of the user's file. */
  raw: Uint8Array;
  crc: number;
  /** Bytes it inflates to: counted when the guard inflated it, else as the directory declares. */
  size: number;
  /** True when the guard inflated it (its size is then the real one). */
  inflated: boolean;
}

export interface GuardResult {
  /** Part name -> its size (really inflated for the parts the check reads, declared for the others). */
  entries: Map<string, number>;
  /** Every part, in the zip's order (directory entries left out). */
  zipParts: ZipPart[];
  /** The workbook part, as found through `_rels/.rels` (normally "xl/workbook.xml"). */
  workbookPart: string;
  /** The whole file's budgeted inflated size: real sizes where inflated, declared elsewhere. */
  inflatedBytes: number;
  /**
   * Cells covered by all sheets' data validations together (Infinity when one could not be read). Counted
   * when first asked (only a job that hands the workbook to exceljs needs it), from the sheets' bytes kept
   * or inflated again.
   */
  readonly validationCells: number;
  /** True when validationCells is small enough for exceljs to read validations and conditional formats. */
  readonly validationsSafe: boolean;
  /** Parts exceljs drops when it saves a copy: charts (and chart sheets), pivot tables. */
  dropped: { charts: boolean; pivots: boolean };
  /** Names of the entries the caller asked to keep (see guardXlsx's `keep`). */
  kept: string[];
  /**
   * The inflated bytes of a kept entry: from the guard's own pass while they fitted `maxKeptBytes`,
   * else inflated again now (its real size is known, so this is safe). Undefined for other names.
   */
  part(name: string): Uint8Array | undefined;
  /**
   * The inflated bytes of any part, kept or not, inflated now within what the budget left for it
   * (FileError 'zip-bomb' past it, 'damaged' when it does not inflate). For the rare jobs that hand
   * the whole workbook to a library.
   */
  inflate(name: string): Uint8Array;
  /** Lets go of the bytes kept from the guard's pass. */
  release(): void;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;
/** Largest output a native inflater produces in one piece; a bigger entry is streamed and counted by fflate. */
const WHOLE_MAX = 64 * MB;
const CONTENT_TYPES = '[content_types].xml';
const DEFAULT_WORKBOOK = 'xl/workbook.xml';
const OFFICE_DOCUMENT = /\/officeDocument$/;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** For what Excel can open (.xlsb, .ods, CSV): saving it again as .xlsx is the way out. */
const SAVE_AS = { vi: 'hãy mở nó trong Excel và lưu lại dưới dạng «Excel Workbook (.xlsx)»', en: 'open it in Excel and save it as "Excel Workbook (.xlsx)"' };
/** An .ods is most often made in LibreOffice, where no Excel is at hand: its own «Lưu thành» does the same. */
const SAVE_ODS_AS = {
  vi: 'hãy mở nó trong LibreOffice Calc (hoặc Excel), chọn Tệp → Lưu thành… với kiểu «Excel 2007-365 (.xlsx)» rồi chọn tệp mới',
  en: 'open it in LibreOffice Calc (or Excel), choose File → Save As… with the type "Excel 2007-365 (.xlsx)", then choose the new file',
};
/** For what Excel cannot turn into the figures (an empty file, a picture, a PDF, other files zipped): the wrong file was chosen. */
const CHOOSE_OTHER = {
  vi: 'hãy chọn tệp bảng tính Excel chứa số liệu (.xlsx hoặc .xls)',
  en: 'choose the Excel workbook that holds the figures (.xlsx or .xls)',
};

const notXlsx = (what: { vi: string; en: string }, advice: { vi: string; en: string } = SAVE_AS) =>
  new FileError('not-xlsx', {
    vi: `Tệp này ${what.vi}, không phải bảng tính Excel .xlsx; ${advice.vi}.`,
    en: `This file ${what.en}, not an Excel .xlsx workbook; ${advice.en}.`,
  });

const IMAGE_SIGNATURES: [number[], { vi: string; en: string }][] = [
  [[0x89, 0x50, 0x4e, 0x47], { vi: 'là ảnh PNG', en: 'is a PNG image' }],
  [[0xff, 0xd8, 0xff], { vi: 'là ảnh JPEG', en: 'is a JPEG image' }],
  [[0x47, 0x49, 0x46, 0x38], { vi: 'là ảnh GIF', en: 'is a GIF image' }],
];

/** Archives other than zip: the workbook, if any, is inside and must be taken out first. */
const ARCHIVE_SIGNATURES: [number[], string][] = [
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'RAR'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z'],
  [[0x1f, 0x8b], 'gzip'],
];
const UNPACK_FIRST = {
  vi: 'hãy giải nén nó rồi chọn tệp bảng tính Excel chứa số liệu (.xlsx hoặc .xls) ở bên trong',
  en: 'unpack it and choose the Excel workbook that holds the figures (.xlsx or .xls) inside',
};

/** What an OpenDocument package's stored `mimetype` entry says it is (ODF 1.2 part 3, §3.3). */
const ODF_KINDS: [string, { vi: string; en: string }, { vi: string; en: string }][] = [
  ['spreadsheet', { vi: 'là bảng tính OpenDocument (.ods)', en: 'is an OpenDocument spreadsheet (.ods)' }, SAVE_ODS_AS],
  ['text', { vi: 'là văn bản OpenDocument (.odt)', en: 'is an OpenDocument text (.odt)' }, CHOOSE_OTHER],
  ['presentation', { vi: 'là bản trình chiếu OpenDocument (.odp)', en: 'is an OpenDocument presentation (.odp)' }, CHOOSE_OTHER],
];

/** The damaged-file sentence; the technical detail goes only in `FileError.detail` (--json's `error.detail`), never in a sentence, English or Vietnamese. */
export const damaged = (detail?: string) =>
  new FileError(
    'damaged',
    {
      vi: 'Tệp .xlsx bị hỏng hoặc chưa được tải về đầy đủ; hãy mở thử trong Excel, lưu lại rồi thử lại.',
      en: 'The .xlsx file is damaged or incomplete; open it in Excel, save it again and retry.',
    },
    detail,
  );

const WORD = { vi: 'là tài liệu Word (.docx)', en: 'is a Word document (.docx)' };
const POWERPOINT = { vi: 'là bản trình chiếu PowerPoint (.pptx)', en: 'is a PowerPoint presentation (.pptx)' };

const zipBomb = () =>
  new FileError('zip-bomb', {
    vi: 'Tệp có nội dung nén bất thường (giải nén ra quá lớn) nên không được mở để bảo vệ máy tính.',
    en: 'The file holds abnormally compressed content (it would inflate far too much), so it is not opened to protect this computer.',
  });

/** The size sentence: for files over the cap, and for inputs whose size cannot be known (pipes, devices). */
export function tooLarge(bytes: number | null, limits: GuardLimits = DEFAULT_LIMITS): FileError {
  const max = Math.round(limits.maxFileBytes / MB);
  if (bytes === null) {
    return new FileError('too-large', {
      vi: `Không biết được kích thước của đầu vào này (không phải tệp thông thường, giới hạn ${max} MB); hãy lưu bảng tính thành tệp .xlsx rồi chọn tệp đó.`,
      en: `The size of this input cannot be known (it is not a regular file; the limit is ${max} MB); save the workbook as an .xlsx file and choose that file.`,
    });
  }
  // Each language's decimal mark: «60,0 MB» in the Vietnamese sentence (tester 12 item 8).
  const size = (lang: 'vi' | 'en') => formatNumber(bytes / MB, 1, lang);
  return new FileError('too-large', {
    vi: `Tệp quá lớn (${size('vi')} MB, giới hạn ${max} MB); hãy xóa các sheet không cần cho báo cáo rồi thử lại.`,
    en: `The file is too large (${size('en')} MB, the limit is ${max} MB); remove the sheets the report does not need and retry.`,
  });
}

/** Classifies bytes that are not a zip: an encrypted workbook, an old .xls, a PDF, text. */
function notAZip(bytes: Uint8Array): FileError {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Excel saves a password-protected workbook as an OLE compound file holding the encrypted package.
    if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
      return new FileError('encrypted', {
        vi: 'Tệp được đặt mật khẩu nên không đọc được; hãy mở trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại và thử lại.',
        en: 'The file is password-protected and cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook), save and retry.',
      });
    }
    // A readable .xls never gets here (FileHost reads it through legacy/): this one has no workbook stream.
    return new FileError('not-xlsx', {
      vi: 'Tệp Office đời cũ này không có bảng tính đọc được (tệp .xls bị hỏng, chưa tải về đủ, hoặc là tệp Word/PowerPoint); hãy mở thử trong Excel, lưu thành «Excel Workbook (.xlsx)» rồi thử lại.',
      en: 'This old-style Office file holds no readable workbook (a damaged or incomplete .xls, or a Word/PowerPoint file); open it in Excel, save it as "Excel Workbook (.xlsx)" and retry.',
    });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return notXlsx({ vi: 'là tài liệu PDF', en: 'is a PDF document' }, CHOOSE_OTHER);
  if (bytes.length === 0) return notXlsx({ vi: 'trống (0 byte)', en: 'is empty (0 bytes)' }, CHOOSE_OTHER);
  for (const [signature, what] of IMAGE_SIGNATURES) if (startsWith(bytes, signature)) return notXlsx(what, CHOOSE_OTHER);
  for (const [signature, kind] of ARCHIVE_SIGNATURES) {
    if (startsWith(bytes, signature)) return notXlsx({ vi: `là tệp nén ${kind}`, en: `is a ${kind} archive` }, UNPACK_FIRST);
  }
  const head = bytes.subarray(0, 512);
  const texty = head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  if (texty) {
    // A web page or XML saved under a workbook's name (an error page from a download, a feed): markup, not rows of
    // text. A page holding a <table> never gets here (legacy/sniff.ts reads it).
    const start = new TextDecoder()
      .decode(head)
      .replace(/^\uFEFF?\s*/, '')
      .slice(0, 200)
      .toLowerCase();
    if (/^<!doctype html|^<html|^<head|^<body/.test(start) || (start.startsWith('<') && start.includes('<html'))) {
      return notXlsx({ vi: 'là một trang web (HTML) không có bảng số liệu', en: 'is a web page (HTML) without a table of figures' }, CHOOSE_OTHER);
    }
    if (start.startsWith('<?xml') || start.startsWith('<')) {
      return notXlsx({ vi: 'là tệp XML không phải bảng tính', en: 'is an XML file that is not a workbook' }, CHOOSE_OTHER);
    }
    return notXlsx({ vi: 'là tệp văn bản (CSV hoặc TXT)', en: 'is a text file (CSV or TXT)' });
  }
  return notXlsx({ vi: 'có định dạng không nhận ra được', en: 'has an unrecognised format' });
}

/** An OpenDocument package named by its stored `mimetype`: a spreadsheet LibreOffice or Excel can save again, anything else the wrong file. */
function openDocument(bytes: Uint8Array, mimetype: Entry | undefined): FileError {
  const stored = mimetype && mimetype.method === 0 && mimetype.compressedSize < 200;
  const type = stored ? new TextDecoder().decode(bytes.subarray(mimetype.dataStart, mimetype.dataStart + mimetype.compressedSize)) : '';
  for (const [kind, what, advice] of ODF_KINDS) {
    if (type === `application/vnd.oasis.opendocument.${kind}`) return notXlsx(what, advice);
  }
  return notXlsx({ vi: 'là tệp OpenDocument', en: 'is an OpenDocument file' }, CHOOSE_OTHER);
}

interface Entry {
  /** As written in the directory. */
  rawName: string;
  /** Normalised (slashes, no leading slash). */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  /** As the directory declares it: budgeted, and enforced for the parts the guard inflates. */
  declaredSize: number;
  localOffset: number;
  /** Where the entry's data starts (after its local header), filled once the local header is checked. */
  dataStart: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

function findEocd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

const tooManyParts = (count: number, limits: GuardLimits) =>
  new FileError('too-large', {
    vi: `Tệp có quá nhiều thành phần (${count}, giới hạn ${limits.maxEntries}) nên không được mở.`,
    en: `The file has too many parts (${count}, the limit is ${limits.maxEntries}), so it is not opened.`,
  });

/**
 * Reads the central directory and checks that it is the only one: the entry count agrees with the
 * records in the directory's declared size, and the directory ends where the end record (or the zip64
 * record) starts, so no second directory hides before or after it.
 */
function readCentralDirectory(bytes: Uint8Array, limits: GuardLimits): { entries: Entry[]; cdOffset: number } {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw damaged('no zip directory');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  let cdEnd = eocd;
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw damaged('bad zip64 locator');
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== 0x06064b50) throw damaged('bad zip64 directory');
    count = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdOffset = u64(bytes, z + 48);
    cdEnd = z;
  } else if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    cdEnd = u64(bytes, eocd - 12);
  }
  if (count !== u16(bytes, eocd + 8) && count < 0xffff) throw damaged('two zip directory counts disagree');
  if (count > limits.maxEntries) throw tooManyParts(count, limits);
  if (cdOffset + cdSize !== cdEnd) throw damaged('zip directory not where its end record says');
  const entries: Entry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  while (p < cdOffset + cdSize) {
    if (entries.length >= count) throw damaged('zip directory holds more entries than it declares');
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged('bad zip directory entry');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen + extraLen + commentLen > cdOffset + cdSize) throw damaged('bad zip directory entry');
    let compressedSize = u32(bytes, p + 20);
    let declaredSize = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    // Zip64 sizes live in the extra field (id 1), in this order, only for fields set to 0xFFFFFFFF.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen;) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (declaredSize === 0xffffffff) {
          declaredSize = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    const rawName = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({
      rawName,
      name: rawName.replace(/\\/g, '/').replace(/^\/+/, ''),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize,
      declaredSize,
      localOffset,
      dataStart: 0,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (entries.length !== count) throw damaged('zip directory holds fewer entries than it declares');
  return { entries, cdOffset };
}

/**
 * Checks each entry's local header against its directory record (name, method, sizes unless a data
 * descriptor follows) and that no two entries' data overlap or run into the directory.
 */
function checkLocalHeaders(bytes: Uint8Array, entries: Entry[], cdOffset: number): void {
  const decoder = new TextDecoder('utf-8');
  for (const e of entries) {
    const p = e.localOffset;
    if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw damaged(`bad entry ${e.name}`);
    const nameLen = u16(bytes, p + 26);
    const start = p + 30 + nameLen + u16(bytes, p + 28);
    if (decoder.decode(bytes.subarray(p + 30, p + 30 + nameLen)) !== e.rawName) throw damaged(`entry ${e.name} named differently in its header`);
    if (u16(bytes, p + 8) !== e.method) throw damaged(`entry ${e.name} compressed differently in its header`);
    const descriptor = (u16(bytes, p + 6) & 8) !== 0;
    const csize = u32(bytes, p + 18);
    const size = u32(bytes, p + 22);
    const zip64 = csize === 0xffffffff || size === 0xffffffff;
    if (!descriptor && !zip64 && (csize !== e.compressedSize || size !== e.declaredSize)) throw damaged(`entry ${e.name} sized differently in its header`);
    e.dataStart = start;
    if (start + e.compressedSize > bytes.length) throw damaged(`truncated entry ${e.name}`);
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 0; i < byOffset.length; i++) {
    const end = byOffset[i].dataStart + byOffset[i].compressedSize;
    const next = i + 1 < byOffset.length ? byOffset[i + 1].localOffset : cdOffset;
    if (end > next) throw damaged('zip entries overlap');
  }
}

/** Inflates an entry whole with the native inflater, if one is registered and the output stays under `cap`. */
function inflateWhole(raw: Uint8Array, cap: number, entry: Entry): Uint8Array | null {
  const inflate = nativeInflate();
  if (!inflate || cap <= 0) return null;
  try {
    return inflate(raw, cap, entry.declaredSize);
  } catch {
    throw damaged(`cannot inflate ${entry.name}`);
  }
}

/**
 * Inflates an entry with fflate's streaming Inflate, handing over each chunk and counting the bytes
 * really produced; throws as soon as `cap` or the entry's ratio is passed. Returns the size.
 */
function inflateStreaming(raw: Uint8Array, entry: Entry, limits: GuardLimits, cap: number, onChunk: (chunk: Uint8Array) => void): number {
  let produced = 0;
  let over: FileError | null = null;
  const inflater = new Inflate((chunk: Uint8Array) => {
    produced += chunk.length;
    if (!over) onChunk(chunk);
    if (produced > cap) over = zipBomb();
    else if (produced > limits.ratioMinBytes && produced > limits.maxRatio * Math.max(1, entry.compressedSize)) over = zipBomb();
  });
  try {
    for (let q = 0; q < raw.length || q === 0; q += CHUNK) {
      const last = q + CHUNK >= raw.length;
      inflater.push(raw.subarray(q, Math.min(raw.length, q + CHUNK)), last);
      if (over || last) break;
    }
  } catch {
    if (over) throw over;
    throw damaged(`cannot inflate ${entry.name}`);
  }
  if (over) throw over;
  return produced;
}

/** Joins inflated chunks into one array. */
function joined(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A relationship target resolved against the folder of the part that points to it. */
export function resolveTarget(base: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  const parts = t.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** The officeDocument target of the package's `_rels/.rels`, or null. Attributes in any order, any quotes. */
export function officeDocumentTarget(rels: Uint8Array | undefined): string | null {
  if (!rels) return null;
  const xml = decodePart(rels);
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1].matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs.set(a[1], a[3] ?? a[4] ?? '');
    if (OFFICE_DOCUMENT.test(attrs.get('Type') ?? '') && attrs.get('TargetMode') !== 'External') {
      const target = attrs.get('Target');
      if (target) return resolveTarget('', target.replace(/&amp;/g, '&'));
    }
  }
  return null;
}

/** A part's bytes as text: UTF-8, or UTF-16 when a byte-order mark or the first character's zero byte says so. */
export function decodePart(bytes: Uint8Array): string {
  return new TextDecoder(utf16Of(bytes) ?? 'utf-8').decode(bytes);
}

/** Whether decodePart reads the bytes as UTF-16 rather than UTF-8. */
export function isUtf16(bytes: Uint8Array): boolean {
  return utf16Of(bytes) !== null;
}

function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0 && bytes.length > 3 && bytes[3] === 0);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c);
  return le ? 'utf-16le' : be ? 'utf-16be' : null;
}

/**
 * Checks the bytes of an .xlsx; throws a FileError saying why they cannot be used.
 * Returns what was counted, every part as found (for the report copy), and the inflated bytes of the
 * entries `keep` names (by default the parts the check reads), so that reading them never inflates twice.
 */
/**
 * The deflated parts guardXlsx(bytes, limits, keep) would inflate, as byte ranges of `bytes` found by
 * the guard's own directory walk and header checks, with the sizes the directory declares. For a front
 * door whose native inflater is asynchronous (the browser's DecompressionStream, see
 * src/web/nativeInflate.ts): it inflates these first and serves them to the guard through
 * setNativeInflate. Empty when the guard would refuse the file (it then says why itself).
 */
/**
 * The entries' inflated size as their headers declare it (stored entries at their own size), in bytes; throws the
 * zip-bomb refusal when one entry's declared ratio or the whole passes the limits, before anything is inflated.
 */
function declaredTotal(entries: Entry[], limits: GuardLimits): number {
  let total = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) throw damaged(`unsupported compression in ${e.name}`);
    const size = e.method === 0 ? e.compressedSize : e.declaredSize;
    if (e.method === 8 && size > limits.ratioMinBytes && size > limits.maxRatio * Math.max(1, e.compressedSize)) throw zipBomb();
    total += size;
  }
  if (total > limits.maxInflatedBytes) throw zipBomb();
  return total;
}

export function deflatedReadParts(
  bytes: Uint8Array,
  limits: GuardLimits = DEFAULT_LIMITS,
  keep: (name: string) => boolean = isReadPart,
): { start: number; end: number; declaredSize: number }[] {
  try {
    if (bytes.length > limits.maxFileBytes) return [];
    const { entries, cdOffset } = readCentralDirectory(bytes, limits);
    checkLocalHeaders(bytes, entries, cdOffset);
    // A file the guard refuses on its declared sizes is not inflated ahead (tester 14 finding 9: the page inflated a
    // 1 MB bomb's 1 GB sheet up to its cap before the guard refused it, the command line refused at once).
    declaredTotal(entries, limits);
    return entries
      .filter((e) => e.method === 8 && !(e.flags & 1) && keep(e.name))
      .map((e) => ({ start: e.dataStart, end: e.dataStart + e.compressedSize, declaredSize: e.declaredSize }));
  } catch {
    return [];
  }
}

export function guardXlsx(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS, keep: (name: string) => boolean = isReadPart): GuardResult {
  if (bytes.length > limits.maxFileBytes) throw tooLarge(bytes.length, limits);
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (!isZip) throw notAZip(bytes);

  const { entries: all, cdOffset } = readCentralDirectory(bytes, limits);
  if (all.some((e) => e.flags & 1)) {
    throw new FileError('encrypted', {
      vi: 'Tệp được đặt mật khẩu (nén có mã hóa) nên không đọc được; hãy bỏ mật khẩu rồi lưu lại và thử lại.',
      en: 'The file is password-protected (encrypted zip) and cannot be read; remove the password, save and retry.',
    });
  }
  checkLocalHeaders(bytes, all, cdOffset);
  // Folder entries ("xl/") hold nothing.
  const entries = all.filter((e) => !(e.name === '' || (e.name.endsWith('/') && e.compressedSize === 0)));
  const byKey = new Map<string, Entry>();
  for (const e of entries) {
    const key = partKey(e.name);
    if (byKey.has(key)) throw damaged(`two entries named ${e.name}`);
    byKey.set(key, e);
  }
  const has = (n: string) => byKey.has(partKey(n));
  if (!has(CONTENT_TYPES) || !(has('_rels/.rels') || has(DEFAULT_WORKBOOK))) {
    if (has('xl/workbook.bin')) throw notXlsx({ vi: 'là tệp Excel nhị phân (.xlsb)', en: 'is a binary Excel file (.xlsb)' });
    if (has('word/document.xml')) throw notXlsx(WORD, CHOOSE_OTHER);
    if (has('ppt/presentation.xml')) throw notXlsx(POWERPOINT, CHOOSE_OTHER);
    if (has('content.xml')) throw openDocument(bytes, byKey.get(partKey('mimetype')));
    throw notXlsx({ vi: 'là tệp nén không chứa bảng tính', en: 'is a zip archive without a workbook' }, CHOOSE_OTHER);
  }

  // The whole file's budget, from the declared sizes: parts never inflated here count as declared.
  let total = declaredTotal(entries, limits);

  const sizes = new Map<string, number>();
  const parts = new Map<string, Uint8Array>();
  const inflated = new Set<string>();
  const keptNames: string[] = [];
  const keepBudget = limits.maxKeptBytes ?? DEFAULT_LIMITS.maxKeptBytes ?? 0;
  let keptBytes = 0;

  /** Inflates one entry within the budget left, handing each chunk to `onChunk`; returns its real size. */
  const inflateEntry = (entry: Entry, onChunk: (chunk: Uint8Array) => void): number => {
    const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      onChunk(raw);
      return raw.length;
    }
    // What this entry may inflate to: the budget less every other entry's share.
    const cap = limits.maxInflatedBytes - (total - (sizes.get(entry.name) ?? entry.declaredSize));
    const ratioCap = Math.max(limits.ratioMinBytes, limits.maxRatio * Math.max(1, entry.compressedSize));
    const whole = inflateWhole(raw, Math.min(WHOLE_MAX, cap, ratioCap), entry);
    if (whole) {
      onChunk(whole);
      return whole.length;
    }
    return inflateStreaming(raw, entry, limits, Math.min(cap, ratioCap), onChunk);
  };

  for (const entry of entries) {
    sizes.set(entry.name, entry.method === 0 ? entry.compressedSize : entry.declaredSize);
    if (!keep(entry.name)) continue;
    keptNames.push(entry.name);
    let kept: Uint8Array[] | null = [];
    const produced = inflateEntry(entry, (chunk) => {
      if (!kept) return;
      keptBytes += chunk.length;
      // Past the budget, chunks are no longer kept (they are inflated again when read).
      if (keptBytes <= keepBudget) kept.push(chunk);
      else kept = null;
    });
    total += produced - (sizes.get(entry.name) ?? 0);
    if (total > limits.maxInflatedBytes) throw zipBomb();
    sizes.set(entry.name, produced);
    inflated.add(entry.name);
    if (kept) parts.set(entry.name, joined(kept, produced));
  }

  const workbookPart = [officeDocumentTarget(partOf('_rels/.rels')), DEFAULT_WORKBOOK].find((n) => n && byKey.has(partKey(n))) ?? null;
  // A Word or PowerPoint file renamed .xlsx has every part an Office package needs: name it for what it is.
  if (!has(DEFAULT_WORKBOOK) && (!workbookPart || /^\/?(word|ppt)\//i.test(workbookPart))) {
    if (has('word/document.xml')) throw notXlsx(WORD, CHOOSE_OTHER);
    if (has('ppt/presentation.xml')) throw notXlsx(POWERPOINT, CHOOSE_OTHER);
  }
  if (!workbookPart) throw notXlsx({ vi: 'là tệp nén không chứa bảng tính', en: 'is a zip archive without a workbook' }, CHOOSE_OTHER);

  function partOf(name: string): Uint8Array | undefined {
    const entry = byKey.get(partKey(name));
    if (!entry || !inflated.has(entry.name)) return undefined;
    const keptBytes = parts.get(entry.name);
    if (keptBytes) return keptBytes;
    return inflateAgain(entry);
  }
  function inflateAgain(entry: Entry): Uint8Array {
    const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) return raw;
    const size = sizes.get(entry.name) ?? 0;
    return nativeInflate()?.(raw, size) ?? inflateSync(raw, { out: new Uint8Array(size) });
  }
  const inflateAny = (name: string): Uint8Array => {
    const entry = byKey.get(partKey(name));
    if (!entry) throw damaged(`missing ${name}`);
    if (inflated.has(entry.name)) return partOf(entry.name) as Uint8Array;
    const chunks: Uint8Array[] = [];
    const produced = inflateEntry(entry, (c) => chunks.push(c));
    total += produced - (sizes.get(entry.name) ?? 0);
    if (total > limits.maxInflatedBytes) throw zipBomb();
    sizes.set(entry.name, produced);
    return joined(chunks, produced);
  };
  let validationCells: number | null = null;
  /** The sheets' validation cells, from the parts the guard inflated (their real sizes are known: inflating again is safe). */
  const countValidations = (): number => {
    let cells = 0;
    for (const e of entries) {
      if (!inflated.has(e.name) || !SHEET_PART.test(e.name)) continue;
      const counter = new ValidationCounter();
      counter.push(partOf(e.name) as Uint8Array);
      cells += counter.cells;
    }
    return cells;
  };
  const names = entries.map((e) => e.name.toLowerCase());
  return {
    entries: sizes,
    zipParts: entries.map((e) => ({
      name: e.name,
      method: e.method as 0 | 8,
      raw: bytes.subarray(e.dataStart, e.dataStart + e.compressedSize),
      crc: e.crc,
      get size() {
        return sizes.get(e.name) ?? e.declaredSize;
      },
      inflated: inflated.has(e.name),
    })),
    workbookPart: byKey.get(partKey(workbookPart))!.name,
    get inflatedBytes() {
      return total;
    },
    get validationCells() {
      return (validationCells ??= countValidations());
    },
    get validationsSafe() {
      return this.validationCells <= MAX_VALIDATION_CELLS;
    },
    dropped: {
      charts: names.some((n) => n.startsWith('xl/charts/chart') || n.startsWith('xl/chartsheets/')),
      pivots: names.some((n) => n.startsWith('xl/pivottables/') || n.startsWith('xl/pivotcache/')),
    },
    kept: keptNames,
    part: partOf,
    inflate: inflateAny,
    release: () => parts.clear(),
  };
}
