/**
 * A plain zip writer for the report copy: every entry written with its own local header and
 * central-directory record, sizes and CRC in both (no data descriptors, no zip64: the copy of a file
 * under the 50 MB cap stays far below 4 GB). An entry is either new bytes (deflated here) or a part
 * of the user's zip copied as it was compressed (its stream, CRC and size taken from the guard).
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

export type ZipOut = { name: string; data: Uint8Array } | { name: string; raw: Uint8Array; method: 0 | 8; crc: number; size: number };

const encoder = new TextEncoder();

/** Sizes above this do not fit a plain zip record. */
const MAX_32 = 0xffffffff;

/** Writes the entries in order into one zip; throws RangeError when the result would need zip64. */
export function writeZip(entries: ZipOut[]): Uint8Array {
  const records: { name: Uint8Array; method: number; crc: number; csize: number; size: number; offset: number; body: Uint8Array }[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    let body: Uint8Array;
    let method: number;
    let crc: number;
    let size: number;
    if ('data' in e) {
      crc = crc32(e.data);
      size = e.data.length;
      // Tiny parts are stored: deflate would not shrink them.
      const deflated = size > 64 ? deflateSync(e.data, { level: 6 }) : null;
      if (deflated && deflated.length < size) {
        body = deflated;
        method = 8;
      } else {
        body = e.data;
        method = 0;
      }
    } else {
      ({ raw: body, method, crc, size } = e);
    }
    if (size > MAX_32 || body.length > MAX_32 || offset > MAX_32) throw new RangeError('zip too large');
    records.push({ name, method, crc, csize: body.length, size, offset, body });
    offset += 30 + name.length + body.length;
  }
  const cdSize = records.reduce((n, r) => n + 46 + r.name.length, 0);
  const out = new Uint8Array(offset + cdSize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v >>> 0, true);
    p += 4;
  };
  // Names are UTF-8 (general-purpose flag bit 11); time and date: 1980-01-01 00:00.
  const common = (r: (typeof records)[number]) => {
    u16(20);
    u16(0x0800);
    u16(r.method);
    u16(0);
    u16(0x21);
    u32(r.crc);
    u32(r.csize);
    u32(r.size);
    u16(r.name.length);
    u16(0);
  };
  for (const r of records) {
    u32(0x04034b50);
    common(r);
    out.set(r.name, p);
    p += r.name.length;
    out.set(r.body, p);
    p += r.body.length;
  }
  const cdStart = p;
  for (const r of records) {
    u32(0x02014b50);
    u16(20);
    common(r);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(r.offset);
    out.set(r.name, p);
    p += r.name.length;
  }
  const cdLength = p - cdStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(records.length);
  u16(records.length);
  u32(cdLength);
  u32(cdStart);
  u16(0);
  return out;
}
