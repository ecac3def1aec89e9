#!/usr/bin/env node
/**
 * The physical floor of a check (issue 15 point 3), as a whole process: read the .xlsx, find its
 * worksheet parts in the zip's central directory, inflate each with zlib, decode it as text and scan
 * it once for cells (`<c` start tags). Nothing is parsed or kept. `node bench/floor.mjs FILE` prints
 * the number of cells found; `npm run bench` times it beside the built command line's `validate`.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const bytes = readFileSync(process.argv[2]);
// End of central directory: the last "PK\5\6" record.
let eocd = bytes.length - 22;
while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
if (eocd < 0) throw new Error('no zip directory');
const entries = bytes.readUInt16LE(eocd + 10);
let p = bytes.readUInt32LE(eocd + 16);
let cells = 0;
for (let k = 0; k < entries; k++) {
  const method = bytes.readUInt16LE(p + 10);
  const size = bytes.readUInt32LE(p + 20);
  const nameLen = bytes.readUInt16LE(p + 28);
  const extra = bytes.readUInt16LE(p + 30);
  const comment = bytes.readUInt16LE(p + 32);
  const local = bytes.readUInt32LE(p + 42);
  const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
  p += 46 + nameLen + extra + comment;
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const raw = bytes.subarray(start, start + size);
  const xml = (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
  for (let i = xml.indexOf('<c'); i >= 0; i = xml.indexOf('<c', i + 2)) {
    const c = xml.charCodeAt(i + 2);
    if (c === 32 || c === 62 || c === 47) cells++;
  }
}
process.stdout.write(`${cells}\n`);
