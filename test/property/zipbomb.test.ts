/**
 * A zip bomb shaped like an .xlsx whose sheet inflates to about 4 GB (issue 6 §4): refused by the command
 * line in seconds with status 2 and one line, with a bounded peak memory.
 * (test/cli/unusable.test.ts already covers a 24 MB bomb's message; this one is about 180 times larger and measures memory.)
 */
import { toolsPresent } from '../helpers/tools';
import * as fs from 'fs';
import * as path from 'path';
import { Deflate, Inflate, inflateSync, strToU8 } from 'fflate';
import { guardXlsx, DEFAULT_LIMITS, FileError } from '../../src/hosts/file';
import { runCli } from '../cli/runCli';
import { tempDir } from '../helpers/xlsx';
import { concat } from '../helpers/zipShapes';
import { runMeasured } from '../helpers/measured';

const MB = 1024 * 1024;
const UNIT_BYTES = 8 * MB;

/**
 * One byte-aligned, non-final run of deflate blocks for UNIT_BYTES of a repeated row. Repeating it
 * k times is a valid raw deflate stream of k × UNIT_BYTES: a unit only refers back inside itself, and
 * the data before each copy is the same as before the first.
 */
function deflateUnit(): { unit: Uint8Array; plain: Uint8Array } {
  // XML whitespace compresses best (about 1000:1), so several GB fit in a few MB on disk.
  const row = strToU8('    ');
  const plain = new Uint8Array(UNIT_BYTES);
  for (let i = 0; i < UNIT_BYTES; i += row.length) plain.set(row.subarray(0, Math.min(row.length, UNIT_BYTES - i)), i);
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
  d.push(plain, false);
  d.flush(true);
  return { unit: concat(chunks), plain: row };
}

/** An empty final stored block ends the stream. */
const FINAL_BLOCK = new Uint8Array([0x01, 0x00, 0x00, 0xff, 0xff]);

interface ZipEntry {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** Declared uncompressed size (a bomb lies). */
  size: number;
}

/** A plain zip written by hand (CRCs left 0: the guard never trusts the directory anyway). */
function zip(entries: ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
  const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  for (const e of entries) {
    const name = strToU8(e.name);
    const common = [
      ...u16(20),
      ...u16(0),
      ...u16(e.method),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(e.data.length),
      ...u32(e.size),
      ...u16(name.length),
      ...u16(0),
    ];
    const local = new Uint8Array([...u32(0x04034b50), ...common, ...name]);
    parts.push(local, e.data);
    central.push(new Uint8Array([...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name]));
    offset += local.length + e.data.length;
  }
  const cd = concat(central);
  const eocd = new Uint8Array([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cd.length),
    ...u32(offset),
    ...u16(0),
  ]);
  return concat([...parts, cd, eocd]);
}

/** An .xlsx-shaped zip whose sheet1.xml inflates to `copies` × 8 MB. */
function xlsxBomb(unit: Uint8Array, copies: number): Uint8Array {
  const body = new Uint8Array(unit.length * copies + FINAL_BLOCK.length);
  for (let i = 0; i < copies; i++) body.set(unit, i * unit.length);
  body.set(FINAL_BLOCK, unit.length * copies);
  const xml = (s: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
  const stored = (name: string, data: Uint8Array): ZipEntry => ({ name, method: 0, data, size: data.length });
  return zip([
    stored(
      '[Content_Types].xml',
      xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    ),
    stored(
      '_rels/.rels',
      xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    ),
    stored(
      'xl/workbook.xml',
      xml(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="TTHC" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    ),
    stored(
      'xl/_rels/workbook.xml.rels',
      xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    ),
    // The declared size is a modest lie: only the bytes really inflated count.
    { name: 'xl/worksheets/sheet1.xml', method: 8, data: body, size: 12345 },
  ]);
}

/** Copies of the 8 MB unit: as many as fit in 4.5 MB on disk (about 3.5 GB inflated). Under 5 MB the CLI prints
 * no progress line when stderr is not a terminal, so its stderr is the refusal alone. */
const ON_DISK = 4.5 * MB;

describe('a zip bomb of several GB shaped like an .xlsx', () => {
  const dir = tempDir('cchc-bomb-');
  let unit: Uint8Array;
  let row: Uint8Array;
  let bombFile: string;
  let copies: number;

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    ({ unit, plain: row } = deflateUnit());
    copies = Math.floor(ON_DISK / unit.length);
    bombFile = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(bombFile, xlsxBomb(unit, copies));
  });

  it('is small on disk and really a valid deflate stream that inflates to copies × 8 MB (several GB)', () => {
    expect(fs.statSync(bombFile).size).toBeLessThan(5 * MB);
    expect(copies * UNIT_BYTES).toBeGreaterThan(2 * 1024 * MB);
    // A 3-copy stream inflates to exactly 24 MB: the construction is sound, so the big one is copies × 8 MB.
    const small = concat([unit, unit, unit, FINAL_BLOCK]);
    const out = inflateSync(small);
    expect(out.length).toBe(3 * UNIT_BYTES);
    expect(out.subarray(2 * UNIT_BYTES, 2 * UNIT_BYTES + row.length)).toEqual(row);
    // Counting the big one's first 256 MB streaming confirms it keeps going (without holding it).
    let produced = 0;
    const inf = new Inflate((c) => (produced += c.length));
    for (let i = 0; i < 32; i++) inf.push(unit, false);
    expect(produced).toBeGreaterThanOrEqual(31 * UNIT_BYTES);
  });

  it('the guard refuses it in-process, within seconds of CPU', () => {
    const bytes = new Uint8Array(fs.readFileSync(bombFile));
    const code = (limits = DEFAULT_LIMITS) => {
      try {
        guardXlsx(bytes, limits);
        return 'ok';
      } catch (e) {
        return e instanceof FileError ? e.code : `other: ${String(e)}`;
      }
    };
    // CPU time, not wall time: the test machine may be shared. Either way the guard stops at the
    // 500 MB total cap at the latest (the ratio is judged against the whole entry's compressed size).
    const cpuSeconds = (fn: () => void) => {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1e6;
    };
    expect(cpuSeconds(() => expect(code()).toBe('zip-bomb'))).toBeLessThan(30);
  });

  const hasGnuTime = toolsPresent('/usr/bin/time');
  (hasGnuTime ? it : it.skip)('the command line refuses it in seconds: status 2, one line, peak memory under 500 MB', async () => {
    const r = await runMeasured(['validate', bombFile, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'zip-bomb' } });
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/bất thường/);
    expect(r.stderr).not.toMatch(/^ {4}at /m);
    expect(r.peakMb).toBeGreaterThan(10); // the measurement is real
    expect(r.peakMb).toBeLessThan(500);
    // Seconds of CPU (start-up of tsx included); wall time only loosely, the machine may be shared.
    expect(r.cpu).toBeLessThan(45);
    expect(r.ms).toBeLessThan(90000);
  });

  (hasGnuTime ? it.skip : it)('without GNU time (apt package "time"), the command line still refuses it: status 2, one line', async () => {
    const r = await runCli(['validate', bombFile]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
