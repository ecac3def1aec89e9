/**
 * The font of each text cell of an .xls, which SheetJS Community Edition reads but does not hand out:
 * TCVN3 and VNI text is told by its font (".VnTime", "VNI-Times"). A walk over the BIFF records of the
 * workbook stream ([MS-XLS] 2.4): FONT and XF in the globals, BOUNDSHEET for where each sheet starts, then
 * each worksheet's text cells (LABELSST, LABEL, RSTRING, FORMULA) with their XF index. Bounded by the
 * stream's length: every record moves on by at least its 4-byte header.
 */

/** Font name by sheet name, then by `row * 256 + col` (0-based; an .xls has at most 256 columns). */
export interface BiffFonts {
  sheets: Map<string, Map<number, string>>;
}

/** The part of SheetJS's CFB library used here. */
export interface CfbLib {
  read(data: Uint8Array, options: { type: 'array' }): unknown;
  find(cfb: unknown, path: string): { content?: ArrayLike<number> } | null;
}

const BOF = 0x0809;
const EOF = 0x000a;
const FONT = 0x0031;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const TEXT_CELLS = new Set([0x00fd /* LABELSST */, 0x0204 /* LABEL */, 0x00d6 /* RSTRING */, 0x0006 /* FORMULA */]);
const WORKSHEET = 0x0010;

/** A ShortXLUnicodeString at `at` (BIFF8: count, flags, then Latin-1 or UTF-16LE characters; BIFF5: count, bytes). */
function shortString(b: Uint8Array, at: number, end: number, biff8: boolean): string {
  const n = b[at];
  let i = at + 1;
  const wide = biff8 ? (b[i++] & 1) === 1 : false;
  let s = '';
  for (let k = 0; k < n && i < end; k++) {
    s += String.fromCharCode(wide ? b[i] | (b[i + 1] << 8) : b[i]);
    i += wide ? 2 : 1;
  }
  return s;
}

/** Reads the fonts of the text cells; throws when the container or the workbook stream cannot be read. */
export function biffFonts(cfbLib: CfbLib, bytes: Uint8Array): BiffFonts {
  const cfb = cfbLib.read(bytes, { type: 'array' });
  const entry = cfbLib.find(cfb, 'Workbook') ?? cfbLib.find(cfb, 'Book');
  if (!entry?.content) throw new Error('no workbook stream');
  const b = entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
  const u16 = (o: number) => b[o] | (b[o + 1] << 8);
  const u32 = (o: number) => (u16(o) | (u16(o + 2) << 16)) >>> 0;

  const fonts: string[] = [];
  const xfFont: number[] = [];
  const sheetAt: { name: string; pos: number }[] = [];
  let biff8 = true;
  // The globals substream: from the first BOF to its EOF.
  for (let p = 0; p + 4 <= b.length;) {
    const type = u16(p);
    const size = u16(p + 2);
    const d = p + 4;
    const end = Math.min(d + size, b.length);
    if (type === BOF && p === 0) biff8 = u16(d) === 0x0600;
    else if (type === FONT) {
      fonts.push(shortString(b, d + 14, end, biff8));
      // Font index 4 does not exist in BIFF: the fifth FONT record is index 5.
      if (fonts.length === 4) fonts.push('');
    } else if (type === XF) xfFont.push(u16(d));
    else if (type === BOUNDSHEET) {
      if (b[d + 5] === 0 /* worksheet or dialog */) sheetAt.push({ name: shortString(b, d + 6, end, biff8), pos: u32(d) });
    } else if (type === EOF) break;
    p = d + size;
  }

  const sheets = new Map<string, Map<number, string>>();
  for (const { name, pos } of sheetAt) {
    if (pos + 4 > b.length || u16(pos) !== BOF || u16(pos + 6) !== WORKSHEET) continue;
    const cells = new Map<number, string>();
    let depth = 0;
    for (let p = pos; p + 4 <= b.length;) {
      const type = u16(p);
      const size = u16(p + 2);
      const d = p + 4;
      if (type === BOF) depth++;
      else if (type === EOF && --depth === 0) break;
      else if (depth === 1 && TEXT_CELLS.has(type) && size >= 6) {
        const font = fonts[xfFont[u16(d + 4)] ?? -1];
        if (font) cells.set(u16(d) * 256 + u16(d + 2), font);
      }
      p = d + size;
    }
    sheets.set(name, cells);
  }
  return { sheets };
}
