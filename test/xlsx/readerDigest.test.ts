/**
 * The reader's equivalence across its speed work (issue 15 point 3): every workbook of ../shared (cases,
 * real-world files, corpus) and of examples/ reads to the very snapshot it read to when the digests in
 * readerDigests.json were taken, or is refused with the same code. A change of the reader that changes
 * what it reads fails here, file by file; when the change is meant, take the digests again with
 * `UPDATE_READER_DIGESTS=1 npx jest test/xlsx/readerDigest` and say why in the commit.
 *
 * The digest is a SHA-256 of the snapshot written with sorted keys, so the order in which the reader
 * sets a sheet's fields does not matter, its values, formats, fonts, merges and hidden lines do.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FileHost } from '../../src/hosts/file';
import { isFileError } from '../../src/xlsx/errors';

const ROOT = path.join(__dirname, '..', '..');
const FOLDERS = ['../shared/cases', '../shared/realworld', '../shared/corpus', 'examples'];
const DIGESTS = path.join(__dirname, 'readerDigests.json');
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

function filesUnder(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : WORKBOOK.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

/** JSON with every object's keys sorted (undefined fields left out, as JSON.stringify does). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

async function digestOf(file: string): Promise<string> {
  let read: unknown;
  try {
    const host = await FileHost.open(new Uint8Array(fs.readFileSync(path.join(ROOT, file))));
    read = await host.readSnapshot();
  } catch (e) {
    if (!isFileError(e)) throw e;
    read = { refused: e.code };
  }
  return crypto.createHash('sha256').update(canonical(read)).digest('hex');
}

const files = FOLDERS.flatMap(filesUnder);
const stored: Record<string, string> = fs.existsSync(DIGESTS) ? JSON.parse(fs.readFileSync(DIGESTS, 'utf8')) : {};

describe('the reader reads every known workbook as before', () => {
  if (process.env.UPDATE_READER_DIGESTS) {
    it('takes the digests again', async () => {
      const out: Record<string, string> = {};
      for (const f of files) out[f] = await digestOf(f);
      fs.writeFileSync(DIGESTS, `${JSON.stringify(out, null, 2)}\n`);
    }, 600_000);
    return;
  }

  it('finds the workbooks the digests were taken on', () => {
    const known = files.filter((f) => f in stored);
    // ../shared may gain files (read by other tests until digests are taken); most of the stored ones must be here.
    expect(known.length).toBeGreaterThanOrEqual(Math.ceil(Object.keys(stored).length * 0.9));
    expect(known.length).toBeGreaterThan(90);
  });

  it.each(files.filter((f) => f in stored))(
    '%s',
    async (file) => {
      expect(await digestOf(file)).toBe(stored[file]);
    },
    120_000,
  );
});
