/**
 * The zip guard: looks at an .xlsx's bytes before exceljs does. exceljs trusts what a zip
 * declares and inflates everything in memory, so a hostile or broken file could hang or exhaust
 * the machine. Here the central directory is walked by hand and every entry is inflated with
 * fflate's streaming Inflate, counting the bytes really produced (declared sizes are never
 * trusted) and stopping as soon as a cap is passed.
 */
import { Inflate, inflateSync } from 'fflate';
import { FileError } from './errors';
import { nativeInflate } from './inflate';
import { MAX_VALIDATION_CELLS, ValidationCounter } from './validationSize';

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

export interface GuardResult {
  /** Entry name -> bytes it really inflated to. */
  entries: Map<string, number>;
  inflatedBytes: number;
  /** Cells covered by all sheets' data validations together (Infinity when one could not be read). */
  validationCells: number;
  /** True when validationCells is small enough for exceljs to read validations and conditional formats. */
  validationsSafe: boolean;
  /** Parts exceljs drops when it saves a copy: charts (and chart sheets), pivot tables. */
  dropped: { charts: boolean; pivots: boolean };
  /** Names of the entries the caller asked to keep (see guardXlsx's `keep`). */
  kept: string[];
  /**
   * The inflated bytes of a kept entry: from the guard's own pass while they fitted `maxKeptBytes`,
   * else inflated again now (its real size is known, so this is safe). Undefined for other names.
   */
  part(name: string): Uint8Array | undefined;
  /** Lets go of the bytes kept from the guard's pass. */
  release(): void;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;
/** Largest output a native inflater produces in one piece; a bigger entry is streamed and counted by fflate. */
const WHOLE_MAX = 64 * MB;
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const notXlsx = (what: { vi: string; en: string }) =>
  new FileError('not-xlsx', {
    vi: `Tệp này ${what.vi}, không phải bảng tính Excel .xlsx; hãy mở nó trong Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".`,
    en: `This file ${what.en}, not an Excel .xlsx workbook; open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  });

export const damaged = (detail?: string) =>
  new FileError('damaged', {
    vi: `Tệp .xlsx bị hỏng hoặc chưa được tải về đầy đủ${detail ? ` (${detail})` : ''}; hãy mở thử trong Excel, lưu lại rồi thử lại.`,
    en: `The .xlsx file is damaged or incomplete${detail ? ` (${detail})` : ''}; open it in Excel, save it again and retry.`,
  });

const zipBomb = () =>
  new FileError('zip-bomb', {
    vi: 'Tệp có nội dung nén bất thường (giải nén ra quá lớn) nên không được mở để bảo vệ máy tính.',
    en: 'The file holds abnormally compressed content (it would inflate far too much), so it is not opened to protect this computer.',
  });

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** True when the UTF-16LE text occurs in the bytes (OLE directory entry names are UTF-16LE). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
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
      vi: 'Tệp Office đời cũ này không có bảng tính đọc được (tệp .xls bị hỏng, chưa tải về đủ, hoặc là tệp Word/PowerPoint); hãy mở thử trong Excel, lưu thành "Excel Workbook (.xlsx)" rồi thử lại.',
      en: 'This old-style Office file holds no readable workbook (a damaged or incomplete .xls, or a Word/PowerPoint file); open it in Excel, save it as "Excel Workbook (.xlsx)" and retry.',
    });
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return notXlsx({ vi: 'là tài liệu PDF', en: 'is a PDF document' });
  if (bytes.length === 0) return notXlsx({ vi: 'trống (0 byte)', en: 'is empty (0 bytes)' });
  const head = bytes.subarray(0, 512);
  const texty = head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  if (texty) return notXlsx({ vi: 'là tệp văn bản (CSV hoặc TXT)', en: 'is a text file (CSV or TXT)' });
  return notXlsx({ vi: 'có định dạng không nhận ra được', en: 'has an unrecognised format' });
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** As the directory declares it: a hint for buffer sizes, never trusted as a limit. */
  declaredSize: number;
  localOffset: number;
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

/** Reads the central directory: names, methods, compressed sizes and where each entry's data starts. */
function readCentralDirectory(bytes: Uint8Array, limits: GuardLimits): Entry[] {
  const eocd = findEocd(bytes);
  if (eocd < 0) throw damaged('no zip directory');
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== 0x07064b50) throw damaged('bad zip64 locator');
    const z = u64(bytes, loc + 8);
    if (z + 56 > bytes.length || u32(bytes, z) !== 0x06064b50) throw damaged('bad zip64 directory');
    count = u64(bytes, z + 32);
    cdOffset = u64(bytes, z + 48);
  }
  if (count > limits.maxEntries) {
    throw new FileError('too-large', {
      vi: `Tệp có quá nhiều thành phần (${count}, giới hạn ${limits.maxEntries}) nên không được mở.`,
      en: `The file has too many parts (${count}, the limit is ${limits.maxEntries}), so it is not opened.`,
    });
  }
  const entries: Entry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw damaged('bad zip directory entry');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen + extraLen > bytes.length) throw damaged('bad zip directory entry');
    let compressedSize = u32(bytes, p + 20);
    const uncompressed32 = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    // Zip64 sizes live in the extra field (id 1), in this order, only for fields set to 0xFFFFFFFF.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(bytes, e);
      const len = u16(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (uncompressed32 === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + len;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize,
      declaredSize: uncompressed32,
      localOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
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
 * really produced; throws as soon as the total or the entry's ratio passes its cap. Returns the size.
 */
function inflateStreaming(raw: Uint8Array, entry: Entry, limits: GuardLimits, totalBefore: number, onChunk: (chunk: Uint8Array) => void): number {
  let produced = 0;
  let over: FileError | null = null;
  const inflater = new Inflate((chunk: Uint8Array) => {
    produced += chunk.length;
    if (!over) onChunk(chunk);
    if (totalBefore + produced > limits.maxInflatedBytes) over = zipBomb();
    else if (produced > limits.ratioMinBytes && produced > limits.maxRatio * Math.max(1, entry.compressedSize)) over = zipBomb();
  });
  try {
    for (let q = 0; q < raw.length || q === 0; q += CHUNK) {
      const last = q + CHUNK >= raw.length;
      inflater.push(raw.subarray(q, Math.min(raw.length, q + CHUNK)), last);
      if (over || last) break;
    }
  } catch {
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

/**
 * Checks the bytes of an .xlsx; throws a FileError saying why they cannot be used.
 * Returns what was counted (entries and their real inflated sizes), and the inflated bytes of the
 * entries `keep` names, so that reading them never inflates twice.
 */
export function guardXlsx(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS, keep: (name: string) => boolean = () => false): GuardResult {
  if (bytes.length > limits.maxFileBytes) {
    const size = (bytes.length / MB).toFixed(1);
    const max = Math.round(limits.maxFileBytes / MB);
    throw new FileError('too-large', {
      vi: `Tệp quá lớn (${size} MB, giới hạn ${max} MB); hãy xóa các trang tính không cần cho báo cáo rồi thử lại.`,
      en: `The file is too large (${size} MB, the limit is ${max} MB); remove the sheets the report does not need and retry.`,
    });
  }
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
  if (!isZip) throw notAZip(bytes);

  const entries = readCentralDirectory(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => e.flags & 1)) {
    throw new FileError('encrypted', {
      vi: 'Tệp được đặt mật khẩu (nén có mã hóa) nên không đọc được; hãy bỏ mật khẩu rồi lưu lại và thử lại.',
      en: 'The file is password-protected (encrypted zip) and cannot be read; remove the password, save and retry.',
    });
  }
  if (!REQUIRED_PARTS.every((n) => names.has(n))) {
    if (names.has('xl/workbook.bin')) throw notXlsx({ vi: 'là tệp Excel nhị phân (.xlsb)', en: 'is a binary Excel file (.xlsb)' });
    if (names.has('word/document.xml')) throw notXlsx({ vi: 'là tài liệu Word (.docx)', en: 'is a Word document (.docx)' });
    if (names.has('content.xml')) throw notXlsx({ vi: 'là tệp OpenDocument (.ods)', en: 'is an OpenDocument file (.ods)' });
    throw notXlsx({ vi: 'là tệp nén không chứa bảng tính', en: 'is a zip archive without a workbook' });
  }

  const sizes = new Map<string, number>();
  const parts = new Map<string, Uint8Array>();
  const where = new Map<string, { start: number; end: number; method: number }>();
  const keepBudget = limits.maxKeptBytes ?? DEFAULT_LIMITS.maxKeptBytes ?? 0;
  let keptBytes = 0;
  let total = 0;
  let validationCells = 0;
  for (const entry of entries) {
    // Sheet XML is scanned for validation ranges as it inflates: no second inflation later.
    const counter = SHEET_PART.test(entry.name) ? new ValidationCounter() : null;
    let kept: Uint8Array[] | null = keep(entry.name) ? [] : null;
    const p = entry.localOffset;
    if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw damaged(`bad entry ${entry.name}`);
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged(`truncated entry ${entry.name}`);
    if (kept) where.set(entry.name, { start, end, method: entry.method });
    // Past the budget, chunks are no longer kept (a zip bomb would be held up to the inflation cap).
    const keepChunk = (chunk: Uint8Array) => {
      if (!kept) return;
      keptBytes += chunk.length;
      if (keptBytes <= keepBudget) kept.push(chunk);
      else kept = null;
    };
    let produced = 0;
    if (entry.method === 0) {
      produced = entry.compressedSize;
      counter?.push(bytes.subarray(start, end));
      keepChunk(bytes.subarray(start, end));
    } else if (entry.method === 8) {
      const ratioCap = Math.max(limits.ratioMinBytes, limits.maxRatio * Math.max(1, entry.compressedSize));
      const cap = Math.min(WHOLE_MAX, limits.maxInflatedBytes - total, ratioCap);
      const whole = inflateWhole(bytes.subarray(start, end), cap, entry);
      if (whole) {
        produced = whole.length;
        counter?.push(whole);
        keepChunk(whole);
      } else produced = inflateStreaming(bytes.subarray(start, end), entry, limits, total, (chunk) => {
        counter?.push(chunk);
        keepChunk(chunk);
      });
    } else {
      throw damaged(`unsupported compression in ${entry.name}`);
    }
    total += produced;
    if (total > limits.maxInflatedBytes) throw zipBomb();
    sizes.set(entry.name, produced);
    if (kept) parts.set(entry.name, joined(kept, produced));
    if (counter) validationCells += counter.cells;
  }
  const part = (name: string): Uint8Array | undefined => {
    const kept = parts.get(name);
    if (kept) return kept;
    const at = where.get(name);
    if (!at) return undefined;
    const raw = bytes.subarray(at.start, at.end);
    if (at.method === 0) return raw;
    const size = sizes.get(name) ?? 0;
    return nativeInflate()?.(raw, size) ?? inflateSync(raw, { out: new Uint8Array(size) });
  };
  return {
    entries: sizes,
    inflatedBytes: total,
    validationCells,
    validationsSafe: validationCells <= MAX_VALIDATION_CELLS,
    dropped: {
      charts: [...names].some((n) => n.startsWith('xl/charts/chart') || n.startsWith('xl/chartsheets/')),
      pivots: [...names].some((n) => n.startsWith('xl/pivotTables/') || n.startsWith('xl/pivotCache/')),
    },
    kept: [...where.keys()],
    part,
    release: () => parts.clear(),
  };
}
