/**
 * Reads every sheet's used range into a snapshot, in bulk.
 * Sync 1: the sheet list (names are unknown before it, so 2 syncs is the honest minimum).
 * Sync 2: every sheet's values, number formats, value types, fonts, merges and visible cells in one batch.
 * Comments (ExcelApi 1.10, comments.ts) ride along: their texts with sync 1, their cells with sync 2.
 * Only when Excel refuses that batch as too large does it fall back to reading sizes, then finding
 * where the values are (filledBlocks.ts: a stray value at XFD1048576 costs a few syncs), then row
 * blocks of those in batches sized by their UTF-8 bytes. Excel on the web answers at most 5 MB a response
 * and 5 million cells a range: over them it throws (payload limits, RangeExceedsLimit,
 * GeneralException) or hands back `values === null`. A batch still refused is split again, down
 * to one row; a row Excel cannot send ends in a clear sentence (ReadTooLargeError), never a crash.
 */
import type { CellValue, SheetBlock, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import type { Progress } from '../host';
import { cleanText } from '../../core/text/clean';
import { detectFeatures, type Features } from './features';
import { queueSheetList, type SheetInfo } from './sheets';
import { hiddenLines } from './hidden';
import { filledBlocks, type Rect } from './filledBlocks';
import { queueComments, type QueuedComments } from './comments';

/**
 * valuesOnly = true: the used range is bounded by cells that hold values. Cells that only carry
 * formatting (borders drawn down to row 5000, a coloured whole block) hold no data for the core,
 * and on clerks' sheets they can make the range many times larger than the data.
 */
const VALUES_ONLY = true;
/** Bytes a fallback batch aims at: under Excel on the web's 5 MB a response, with room for the JSON around the grids. */
export const RESPONSE_BUDGET = 4_000_000;
/**
 * A cell's bytes in a response before one batch is measured: Vietnamese text is 2–3 bytes a letter,
 * and the number format, value type and font name come with each value.
 */
const FIRST_BYTES_PER_CELL = 200;

/** Thrown when even one row is more than Excel will send; `bilingual` is what the pane shows. */
export class ReadTooLargeError extends Error {
  readonly bilingual = {
    vi: 'Excel không gửi được một dòng của sổ tính cho ngăn vì quá lớn (Excel trên web giới hạn 5 MB một lần). Xin mở tệp bằng trang Báo cáo CCHC (web.html) hoặc bằng Excel trên máy tính.',
    en: 'Excel cannot send one row of this workbook to the pane, it is too large (Excel on the web allows 5 MB at a time). Please open the file in the CCHC report page (web.html) or in Excel on a computer.',
  };
  constructor(sheet: string) {
    super(`A row of ${sheet} is over Excel's response limit`);
    this.name = 'ReadTooLargeError';
  }
}

type Cells = { values: unknown[][]; types: string[][]; formats: string[][]; fonts: (string | null)[][] | null };

export async function readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot> {
  const features = detectFeatures();
  return Excel.run(async (context) => {
    const list = queueSheetList(context, features);
    const comments = queueComments(context, features);
    await context.sync();
    const { sheets, ours } = list();
    const ourId = ours?.id ?? null;
    onProgress?.({ stage: 'read', fraction: 0.1 });
    // VeryHidden sheets belong to other tools (or other add-ins), never to the clerk's data.
    const readable = sheets.filter((s) => s.visibility !== 'VeryHidden');
    const toRead = readable.filter((s) => s.id !== ourId);
    try {
      comments?.locate();
      const out = await readAllAtOnce(context, readable, toRead, ourId, features);
      if (out) {
        onProgress?.({ stage: 'read', fraction: 1 });
        return withComments(out, comments);
      }
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
    }
    // A refused batch loaded nothing: the comments' cells go again with the fallback's first sync.
    comments?.locate();
    return withComments(await readInBlocks(context, readable, toRead, ourId, features, onProgress), comments);
  });
}

/** Each sheet with its comments as notes (SheetSnapshot.notes), once their cells are loaded. */
function withComments(snapshot: WorkbookSnapshot, comments: QueuedComments | null): WorkbookSnapshot {
  const bySheet = comments?.bySheet();
  if (!bySheet?.size) return snapshot;
  return { sheets: snapshot.sheets.map((s) => (bySheet.has(s.name) ? { ...s, notes: bySheet.get(s.name) } : s)) };
}

/** The errors Excel gives for a request or a response over its limits (the web's GeneralException included). */
const TOO_LARGE = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit', 'GeneralException']);

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && TOO_LARGE.has(code);
}

/** UTF-8 bytes of a string (what the request and response limits count). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

async function readAllAtOnce(
  context: Excel.RequestContext,
  readable: SheetInfo[],
  toRead: SheetInfo[],
  ourId: string | null,
  features: Features,
): Promise<WorkbookSnapshot | null> {
  const reads = toRead.map((s) => {
    // getUsedRange, not ...OrNullObject: on a blank sheet it gives A1 (it does not throw), so the
    // fonts and merges queued on it in the same batch never hang off a null object.
    const used = context.workbook.worksheets.getItem(s.id).getUsedRange(VALUES_ONLY);
    return { sheet: s, used, ...queueCells(used, features), merges: queueMerges(used, features), visible: queueVisible(used, features) };
  });
  await context.sync();
  // Excel on the web hands back null values for a range over 5 million cells: read in blocks.
  if (reads.some((r) => r.used.values === null || r.used.numberFormat === null || r.used.valueTypes === null)) return null;
  const byId = new Map(reads.map((r) => [r.sheet.id, r]));
  return {
    sheets: readable.map((s) => {
      const madeByAddin = s.id === ourId;
      const r = byId.get(s.id);
      if (!r) return emptySheet(s.name, madeByAddin, s);
      const cells: Cells = {
        values: r.used.values,
        types: r.used.valueTypes as string[][],
        formats: r.used.numberFormat,
        fonts: r.fonts ? fontNames(r.fonts.value) : null,
      };
      const snap = toSheetSnapshot(s.name, r.used.rowIndex, r.used.columnIndex, cells, madeByAddin, s);
      const merges = r.merges && !r.merges.isNullObject ? splitAreas(r.merges.address) : [];
      if (merges.length) snap.merges = merges;
      return withHidden(snap, r.visible);
    }),
  };
}

/** Loads a range's contents; fonts through getCellProperties where ExcelApi 1.9 exists. */
function queueCells(range: Excel.Range, features: Features) {
  range.load('rowIndex,columnIndex,values,numberFormat,valueTypes');
  const fonts = features.cellProperties ? range.getCellProperties({ format: { font: { name: true } } }) : null;
  return { fonts };
}

function queueMerges(range: Excel.Range, features: Features): Excel.RangeAreas | null {
  return features.mergedAreas ? range.getMergedAreasOrNullObject().load('address') : null;
}

/**
 * The used range's visible cells (ExcelApi 1.9), whose gaps are the hidden rows and columns: one address
 * in the same batch. Without 1.9 hidden rows and columns are not known (the snapshot says none).
 */
function queueVisible(range: Excel.Range, features: Features): Excel.RangeAreas | null {
  return features.cellProperties ? range.getSpecialCellsOrNullObject('Visible').load('address') : null;
}

/** The snapshot with its hidden rows and columns, from the visible cells queued by queueVisible. */
function withHidden(snap: SheetSnapshot, visible: Excel.RangeAreas | null): SheetSnapshot {
  if (!visible || snap.values.length === 0) return snap;
  const areas = visible.isNullObject ? null : splitAreas(visible.address);
  return { ...snap, ...hiddenLines(areas, snap.origin.row, snap.origin.col, snap.values.length, snap.values[0].length) };
}

/**
 * The hidden rows and columns within the sheet's value blocks (not the space between them: the
 * rows hidden below the data down to a stray far value would be a million numbers for nothing).
 */
function withHiddenIn(snap: SheetSnapshot, visible: Excel.RangeAreas | null, rects: Rect[]): SheetSnapshot {
  if (!visible || snap.values.length === 0) return snap;
  const areas = visible.isNullObject ? null : splitAreas(visible.address);
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const r of rects) {
    const h = hiddenLines(areas, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    for (const i of h.hiddenRows ?? []) rows.add(i);
    for (const i of h.hiddenCols ?? []) cols.add(i);
  }
  const out = { ...snap };
  if (rows.size) out.hiddenRows = [...rows].sort((a, b) => a - b);
  if (cols.size) out.hiddenCols = [...cols].sort((a, b) => a - b);
  return out;
}

/**
 * The fallback for large workbooks: sizes first, then only the blocks that hold values (filledBlocks.ts), read as row blocks in batches of about RESPONSE_BUDGET
 * bytes. The bytes a cell costs are guessed, then measured on each batch read; a batch Excel still
 * refuses is split again (ReadTooLargeError when a single row is refused).
 */
async function readInBlocks(
  context: Excel.RequestContext,
  readable: SheetInfo[],
  toRead: SheetInfo[],
  ourId: string | null,
  features: Features,
  onProgress?: (p: Progress) => void,
): Promise<WorkbookSnapshot> {
  const used = toRead.map((s) => context.workbook.worksheets.getItem(s.id).getUsedRange(VALUES_ONLY));
  const sizes = used.map((u) => u.load('rowIndex,columnIndex,rowCount,columnCount'));
  const visible = used.map((u) => queueVisible(u, features));
  const merges = used.map((u) => queueMerges(u, features));
  await context.sync();
  // Only the blocks that hold values: a stray value far from the data must not make the read cover the space between.
  const rects = await filledBlocks(
    context,
    toRead.map((s, i) => ({
      id: s.id,
      used: {
        top: sizes[i].rowIndex,
        left: sizes[i].columnIndex,
        bottom: sizes[i].rowIndex + sizes[i].rowCount - 1,
        right: sizes[i].columnIndex + sizes[i].columnCount - 1,
      },
    })),
  );
  let perCell = FIRST_BYTES_PER_CELL;
  const cap = () => Math.max(1, Math.floor(RESPONSE_BUDGET / perCell));
  const pending = planBlocks(
    toRead.flatMap((s, i) =>
      rects[i].map((r, k) => ({ id: s.id, key: `${i}/${k}`, top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 })),
    ),
    cap(),
  ).flat();
  const total = pending.reduce((n, b) => n + b.rows * b.cols, 0) || 1;
  const parts = new Map<string, Cells[]>();
  let done = 0;
  while (pending.length) {
    const batch = takeBatch(pending, cap());
    if (batch.length === 1 && batch[0].rows > 1 && batch[0].rows * batch[0].cols > cap()) {
      pending.unshift(...halve(batch[0]));
      continue;
    }
    const queued = batch.map((b) => {
      const range = context.workbook.worksheets.getItem(b.id).getRangeByIndexes(b.top, b.left, b.rows, b.cols);
      return { b, range, ...queueCells(range, features) };
    });
    let refused = false;
    try {
      // One sync per batch is the point of batching: each batch is sized to stay under Excel's limits.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      refused = queued.some((q) => q.range.values === null || q.range.numberFormat === null || q.range.valueTypes === null);
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      refused = true;
    }
    if (refused) {
      if (batch.length === 1 && batch[0].rows === 1) throw new ReadTooLargeError(toRead.find((s) => s.id === batch[0].id)?.name ?? '');
      // Split again: half as many cells a batch from now on.
      perCell *= 2;
      pending.unshift(...batch);
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const q of queued) {
      const list = parts.get(q.b.key ?? q.b.id) ?? [];
      const part: Cells = {
        values: q.range.values,
        types: q.range.valueTypes as string[][],
        formats: q.range.numberFormat,
        fonts: q.fonts ? fontNames(q.fonts.value) : null,
      };
      list.push(part);
      parts.set(q.b.key ?? q.b.id, list);
      bytes += utf8Bytes(JSON.stringify([part.values, part.types, part.formats])) + (q.fonts ? utf8Bytes(JSON.stringify(q.fonts.value)) : 0);
      cells += q.b.rows * q.b.cols;
    }
    // The next batches are sized by what this one really weighed (with a margin), never by less than the first guess's tenth.
    perCell = Math.max(FIRST_BYTES_PER_CELL / 10, (1.25 * bytes) / cells);
    done += cells;
    onProgress?.({ stage: 'read', fraction: 0.1 + (0.9 * done) / total });
  }
  return {
    sheets: readable.map((s) => {
      const madeByAddin = s.id === ourId;
      const j = toRead.indexOf(s);
      if (j < 0 || !rects[j].length) return emptySheet(s.name, madeByAddin, s);
      // Each block's row slices joined again, then the first block is the sheet's own, the others its `blocks`.
      const blocks = rects[j].map((r, k) => {
        const slices = parts.get(`${j}/${k}`) ?? [];
        const cells: Cells = {
          values: slices.flatMap((b) => b.values),
          types: slices.flatMap((b) => b.types),
          formats: slices.flatMap((b) => b.formats),
          fonts: slices.every((b) => b.fonts) ? slices.flatMap((b) => b.fonts!) : null,
        };
        return toSheetSnapshot(s.name, r.top, r.left, cells, madeByAddin, s);
      });
      const [first, ...rest] = blocks;
      const more: SheetBlock[] = rest
        .filter((b) => b.values.length > 0)
        .map((b) => ({ origin: b.origin, values: b.values, ...(b.formats ? { formats: b.formats } : {}), ...(b.fonts ? { fonts: b.fonts } : {}) }));
      const snap: SheetSnapshot = more.length ? { ...first, blocks: more } : { ...first };
      const m = merges[j];
      const areas = m && !m.isNullObject ? splitAreas(m.address) : [];
      if (areas.length && snap.values.length) snap.merges = areas;
      return withHiddenIn(snap, visible[j], rects[j]);
    }),
  };
}

/** Takes blocks off the front of `pending` up to `cap` cells (at least one block). */
function takeBatch(pending: Block[], cap: number): Block[] {
  const batch: Block[] = [];
  let cells = 0;
  while (pending.length && (batch.length === 0 || cells + pending[0].rows * pending[0].cols <= cap)) {
    const b = pending.shift()!;
    batch.push(b);
    cells += b.rows * b.cols;
  }
  return batch;
}

/** A block's rows in two halves, in order. */
function halve(b: Block): Block[] {
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top },
    { ...b, top: b.top + top, rows: b.rows - top },
  ];
}

export interface Block {
  id: string;
  /** Which of the sheet's value blocks this part of rows belongs to (absent: the sheet's one block). */
  key?: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Splits each used range into row blocks of at most `cap` cells and packs them into batches of at most `cap` cells. */
export function planBlocks(ranges: (Block | null)[], cap: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const r of ranges) {
    if (!r) continue;
    const rowsPerBlock = Math.max(1, Math.floor(cap / r.cols));
    for (let top = 0; top < r.rows; top += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, r.rows - top);
      const cells = rows * r.cols;
      if (size + cells > cap && current.length) {
        batches.push(current);
        current = [];
        size = 0;
      }
      current.push({ ...r, top: r.top + top, rows });
      size += cells;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}

function emptySheet(name: string, madeByAddin: boolean, info?: SheetInfo): SheetSnapshot {
  const s: SheetSnapshot = { name, origin: { row: 0, col: 0 }, values: [] };
  if (madeByAddin) s.madeByAddin = true;
  const visibility = info && sheetVisibility(info.visibility);
  if (visibility) s.visibility = visibility;
  return s;
}

/** Office.js's "Hidden" / "VeryHidden" as the snapshot writes them; undefined for a visible sheet. */
function sheetVisibility(v: string): SheetSnapshot['visibility'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : undefined;
}

function fontNames(props: Excel.CellProperties[][] | null | undefined): (string | null)[][] | null {
  if (!props) return null;
  return props.map((row) => row.map((p) => p?.format?.font?.name ?? null));
}

/** Error cells (valueTypes "Error") become {error: "#DIV/0!"}; empty cells null; dates stay serial numbers. */
export function toSheetSnapshot(name: string, row: number, col: number, cells: Cells, madeByAddin: boolean, info?: SheetInfo): SheetSnapshot {
  const values: CellValue[][] = cells.values.map((r, i) =>
    r.map((v, j) => {
      const t = cells.types[i]?.[j];
      if (t === 'Error') return { error: String(v) };
      if (t === 'Empty' || v === '' || v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'boolean') return v;
      // Text any output can hold, as the file host reads it (core/text/clean.ts).
      return cleanText(String(v));
    }),
  );
  // A blank sheet's used range is A1 alone, empty: the same as no used range.
  if (values.length === 1 && values[0].length === 1 && values[0][0] === null) return emptySheet(name, madeByAddin, info);
  const s: SheetSnapshot = { name, origin: { row, col }, values, formats: cells.formats };
  if (cells.fonts) s.fonts = cells.fonts;
  if (madeByAddin) s.madeByAddin = true;
  const visibility = info && sheetVisibility(info.visibility);
  if (visibility) s.visibility = visibility;
  return s;
}

/** "Sheet1!A1:B2,Sheet1!D4:E5" -> ["A1:B2", "D4:E5"] (sheet names may be quoted and hold commas). */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  const re = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/gi;
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(m[1].replace(/\$/g, ''));
  return out;
}
