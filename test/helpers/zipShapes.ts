/**
 * Zips written by hand, to make the shapes other zip readers disagree on (issue 15.1): a directory
 * that lies about its entry count, a second directory, duplicate names, local headers that disagree
 * with the directory. Each entry's data is deflated (or stored) for real; only what the test asks is bent.
 */
import zlib from 'node:zlib';
import { strToU8 } from 'fflate';
import { crc32 as ourCrc32 } from '../../src/xlsx/zip/crc32';

// Node's zlib for speed: a hidden entry of hundreds of MB is made in a moment.
const deflateSync = (d: Uint8Array) => new Uint8Array(zlib.deflateRawSync(d, { level: 1 }));
const crc32 = (d: Uint8Array) => ((zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32 ?? ourCrc32)(d);

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  method?: 0 | 8;
  /** What the local header says instead of the directory's values. */
  local?: { name?: string; method?: number; csize?: number; size?: number };
  /** Uncompressed size the directory declares (default: the real one). */
  declaredSize?: number;
}

export interface ZipShape {
  /** Entry count the end record declares (default: the real one). */
  count?: number;
  /** Entries whose data is written but which only a second directory, written before the real one, lists. */
  hidden?: RawEntry[];
}

const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

/** The chunks joined into one array (also the zip-bomb test's). */
export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

export function makeZip(entries: RawEntry[], shape: ZipShape = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const directory = (list: RawEntry[], offsets: number[], bodies: Uint8Array[]) =>
    concat(
      list.map((e, i) => {
        const data = typeof e.data === 'string' ? strToU8(e.data) : e.data;
        const name = strToU8(e.name);
        return new Uint8Array([
          ...u32(0x02014b50),
          ...u16(20),
          ...u16(20),
          ...u16(0x0800),
          ...u16(e.method ?? 8),
          ...u16(0),
          ...u16(0x21),
          ...u32(crc32(data)),
          ...u32(bodies[i].length),
          ...u32(e.declaredSize ?? data.length),
          ...u16(name.length),
          ...u16(0),
          ...u16(0),
          ...u16(0),
          ...u16(0),
          ...u32(0),
          ...u32(offsets[i]),
          ...name,
        ]);
      }),
    );
  const writeEntries = (list: RawEntry[]) => {
    const offsets: number[] = [];
    const bodies: Uint8Array[] = [];
    for (const e of list) {
      const data = typeof e.data === 'string' ? strToU8(e.data) : e.data;
      const body = (e.method ?? 8) === 8 ? deflateSync(data) : data;
      const name = strToU8(e.local?.name ?? e.name);
      const local = new Uint8Array([
        ...u32(0x04034b50),
        ...u16(20),
        ...u16(0x0800),
        ...u16(e.local?.method ?? e.method ?? 8),
        ...u16(0),
        ...u16(0x21),
        ...u32(crc32(data)),
        ...u32(e.local?.csize ?? body.length),
        ...u32(e.local?.size ?? e.declaredSize ?? data.length),
        ...u16(name.length),
        ...u16(0),
        ...name,
      ]);
      offsets.push(offset);
      bodies.push(body);
      chunks.push(local, body);
      offset += local.length + body.length;
    }
    return { offsets, bodies };
  };
  const main = writeEntries(entries);
  if (shape.hidden) {
    const hidden = writeEntries(shape.hidden);
    // The second directory lists everything, hidden entries too; the end record points past it.
    const second = directory([...entries, ...shape.hidden], [...main.offsets, ...hidden.offsets], [...main.bodies, ...hidden.bodies]);
    chunks.push(second);
    offset += second.length;
  }
  const cd = directory(entries, main.offsets, main.bodies);
  const count = shape.count ?? entries.length;
  const eocd = new Uint8Array([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(cd.length), ...u32(offset), ...u16(0)]);
  return concat([...chunks, cd, eocd]);
}

const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The entries of a small valid .xlsx: one sheet "Dữ liệu" holding "Tổng" and 42. Paths can be moved. */
export function xlsxEntries(opts: { workbook?: string; sheet?: string; sheets?: string } = {}): RawEntry[] {
  const wb = opts.workbook ?? 'xl/workbook.xml';
  const folder = wb.slice(0, wb.lastIndexOf('/') + 1);
  const sheet = opts.sheet ?? 'worksheets/sheet1.xml';
  return [
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wb}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${folder}${sheet}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    { name: '_rels/.rels', data: xml(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wb}"/></Relationships>`) },
    {
      name: wb,
      data: xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${opts.sheets ?? '<sheet name="Dữ liệu" sheetId="1" r:id="rId1"/>'}</sheets></workbook>`),
    },
    {
      name: `${folder}_rels/${wb.slice(folder.length)}.rels`,
      data: xml(`<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${sheet}"/></Relationships>`),
    },
    {
      name: `${folder}${sheet}`,
      data: xml(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tổng</t></is></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>`,
      ),
    },
  ];
}
