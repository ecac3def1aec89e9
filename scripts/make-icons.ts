/**
 * Draws the add-in's icons (16, 32, 64, 80, 128 px) and writes them as PNG with a tiny encoder
 * (zlib from Node, CRC-32 by hand). Run: npx tsx scripts/make-icons.ts. The PNGs are committed.
 * The picture: a sheet (white page on a blue tile) with three bars and a check mark.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

type RGBA = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePng(width: number, height: number, pixels: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The picture in a 0..1 square: the colour at (x, y), or null for transparent. */
function paint(x: number, y: number): RGBA | null {
  const tile: RGBA = [16, 124, 65, 255]; // Excel green
  const page: RGBA = [255, 255, 255, 255];
  const bar: RGBA = [16, 124, 65, 255];
  const check: RGBA = [0, 90, 158, 255];
  const r = 0.16;
  const inTile = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inTile) return null;
  // Check mark: two thick segments.
  const seg = (ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  if (Math.min(seg(0.52, 0.7, 0.64, 0.82), seg(0.64, 0.82, 0.86, 0.52)) < 0.065) return check;
  if (x > 0.2 && x < 0.72 && y > 0.14 && y < 0.86) {
    const bars = [
      [0.28, 0.62, 0.3],
      [0.28, 0.52, 0.44],
      [0.28, 0.64, 0.58],
    ];
    for (const [x0, x1, y0] of bars) if (x > x0 && x < x1 && y > y0 && y < y0 + 0.07) return bar;
    return page;
  }
  return tile;
}

function draw(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const ss = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let rr = 0;
      let gg = 0;
      let bb = 0;
      let aa = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          rr += c[0] * c[3];
          gg += c[1] * c[3];
          bb += c[2] * c[3];
          aa += c[3];
        }
      const i = (py * size + px) * 4;
      if (aa > 0) {
        out[i] = Math.round(rr / aa);
        out[i + 1] = Math.round(gg / aa);
        out[i + 2] = Math.round(bb / aa);
      }
      out[i + 3] = Math.round(aa / (ss * ss));
    }
  return out;
}

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, size, draw(size)));
}
console.log('assets/icon-{16,32,64,80,128}.png written');
