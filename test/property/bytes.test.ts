/**
 * Damaged bytes of a real workbook (issue 6 §4): flipped bytes, truncation, inserted junk, swapped
 * blocks. Reading either gives a snapshot the core can analyse or throws a FileError (never another
 * error, never a hang); the command line ends with 0, 1 or 2 and never shows a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { FileError, readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze } from '../../src/core/analyze';
import { runCli } from '../cli/runCli';
import { tempDir } from '../helpers/xlsx';

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');
const original = new Uint8Array(fs.readFileSync(EXAMPLE));
const N = original.length;

type Mutation =
  | { kind: 'flip'; at: number[]; xor: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; junk: Uint8Array }
  | { kind: 'swap'; a: number; b: number; len: number }
  | { kind: 'zero'; at: number; len: number };

const offset = fc.integer({ min: 0, max: N - 1 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(offset, { minLength: 1, maxLength: 12 }),
    xor: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 12, maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: offset }),
  fc.record({ kind: fc.constant('insert' as const), at: offset, junk: fc.uint8Array({ minLength: 1, maxLength: 300 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: offset, b: offset, len: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: offset, len: fc.integer({ min: 1, max: 2048 }) }),
);

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      m.at.forEach((p, i) => (out[p] ^= m.xor[i]));
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at);
    case 'insert': {
      const out = new Uint8Array(bytes.length + m.junk.length);
      out.set(bytes.subarray(0, m.at), 0);
      out.set(m.junk, m.at);
      out.set(bytes.subarray(m.at), m.at + m.junk.length);
      return out;
    }
    case 'swap': {
      const out = bytes.slice();
      const len = Math.min(m.len, bytes.length - Math.max(m.a, m.b));
      const a = bytes.slice(m.a, m.a + len);
      const b = bytes.slice(m.b, m.b + len);
      out.set(b, m.a);
      out.set(a, m.b);
      return out;
    }
    case 'zero': {
      const out = bytes.slice();
      out.fill(0, m.at, m.at + m.len);
      return out;
    }
  }
}

const BUDGET_MS = 10000;

/** Reads the bytes within a time budget: 'ok' with the snapshot, a FileError code, or what else happened. */
async function outcome(bytes: Uint8Array): Promise<{ kind: 'ok' | 'file-error' | 'other'; detail: string; ms: number }> {
  const t = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${BUDGET_MS} ms`)), BUDGET_MS);
  });
  try {
    const snap = await Promise.race([readSnapshotFromXlsx(bytes), timeout]);
    // What was read must be a snapshot the core can take.
    for (const s of snap.sheets) {
      const w = s.values[0]?.length ?? 0;
      if (!s.values.every((r) => r.length === w)) return { kind: 'other', detail: `ragged rows in ${s.name}`, ms: Date.now() - t };
    }
    analyze(snap);
    return { kind: 'ok', detail: '', ms: Date.now() - t };
  } catch (e) {
    if (e instanceof FileError) return { kind: 'file-error', detail: e.code, ms: Date.now() - t };
    const what = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    return { kind: 'other', detail: what, ms: Date.now() - t };
  } finally {
    clearTimeout(timer);
  }
}

describe('damaged bytes of the example workbook', () => {
  it('the untouched example reads fine (the harness can tell success)', async () => {
    expect((await outcome(original)).kind).toBe('ok');
    expect((await outcome(original.slice(0, N - 10))).kind).toBe('file-error');
  });

  it('every mutant either reads into a snapshot or throws a FileError, within the time budget', async () => {
    const seen = { ok: 0, 'file-error': 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const r = await outcome(mutate(original, m));
        expect(r.kind === 'other' ? r.detail : r.kind).toMatch(/^(ok|file-error)$/);
        expect(r.ms).toBeLessThan(BUDGET_MS);
        seen[r.kind as 'ok' | 'file-error']++;
      }),
      { numRuns: 120 },
    );
    // Both ends are reached: some mutants are harmless, many are refused.
    expect(seen['file-error']).toBeGreaterThan(10);
  });
});

/** The parts inside the zip, so that damage can reach the XML parser and not only the zip layer. */
const parts = unzipSync(original);
const PART_NAMES = Object.keys(parts).filter((n) => !n.endsWith('/'));

/** XML fragments that make a part wrong in its meaning rather than its bytes. */
const XML_JUNK = [
  '<',
  '>',
  '&',
  '&#0;',
  '&bogus;',
  '"',
  '</row>',
  '<c r="XFD1048577" t="s"><v>99999</v></c>',
  '<v>1e400</v>',
  '<v>NaN</v>',
  ' r="A0"',
  ' r="ZZZZ9"',
  ' t="e"',
  ' s="9999"',
  '<si><t>',
  '\u0000',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '<mergeCell ref="A1:XFD1048576"/>',
];

const partMutation = fc.record({
  part: fc.constantFrom(...PART_NAMES),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  edit: fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), text: fc.oneof(fc.constantFrom(...XML_JUNK), fc.string({ maxLength: 20 })) }),
    fc.record({ kind: fc.constant('delete' as const), len: fc.integer({ min: 1, max: 200 }) }),
    fc.record({ kind: fc.constant('truncate' as const) }),
  ),
});

function mutatePart(m: {
  part: string;
  at: number;
  edit: { kind: 'insert'; text: string } | { kind: 'delete'; len: number } | { kind: 'truncate' };
}): Uint8Array {
  const files = { ...parts };
  const data = files[m.part];
  const p = Math.floor(m.at * data.length);
  if (m.edit.kind === 'insert') {
    const junk = strToU8(m.edit.text);
    const out = new Uint8Array(data.length + junk.length);
    out.set(data.subarray(0, p));
    out.set(junk, p);
    out.set(data.subarray(p), p + junk.length);
    files[m.part] = out;
  } else if (m.edit.kind === 'delete') {
    files[m.part] = new Uint8Array([...data.subarray(0, p), ...data.subarray(p + m.edit.len)]);
  } else {
    files[m.part] = data.slice(0, p);
  }
  return zipSync(files);
}

describe('damaged parts inside a well-formed zip', () => {
  it('every damaged part reads into a snapshot or throws a FileError, within the time budget', async () => {
    const seen = { ok: 0, 'file-error': 0 };
    await fc.assert(
      fc.asyncProperty(partMutation, async (m) => {
        const r = await outcome(mutatePart(m));
        expect(r.kind === 'other' ? r.detail : r.kind).toMatch(/^(ok|file-error)$/);
        expect(r.ms).toBeLessThan(BUDGET_MS);
        seen[r.kind as 'ok' | 'file-error']++;
      }),
      { numRuns: 80 },
    );
    expect(seen.ok).toBeGreaterThan(0);
  });
});

describe('the command line on damaged bytes', () => {
  const dir = tempDir('cchc-bytes-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const mutants: [string, Mutation][] = [
    ['truncated at 70%', { kind: 'truncate', at: Math.floor(N * 0.7) }],
    ['bytes flipped in the middle', { kind: 'flip', at: [Math.floor(N / 2), Math.floor(N / 2) + 7, Math.floor(N / 3)], xor: [0xff, 0x55, 0x0f] }],
    ['junk before the zip', { kind: 'insert', at: 0, junk: new Uint8Array(64).fill(0x41) }],
    ['two blocks swapped', { kind: 'swap', a: 1000, b: Math.floor(N / 2), len: 2000 }],
    ['a block of zeros near the end', { kind: 'zero', at: N - 600, len: 300 }],
  ];

  it.each(mutants)('validate on %s: exit 0, 1 or 2, no stack trace, one line when 2', async (_label, m) => {
    const file = path.join(dir, `${m.kind}.xlsx`);
    fs.writeFileSync(file, mutate(original, m));
    const r = await runCli(['validate', file, '--json']);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/^ {4}at /m);
    // --json always prints one JSON object, also when the file cannot be used (then ok: false and the error's code).
    const json = JSON.parse(r.stdout) as { ok?: boolean; error?: { code: string; message: string } };
    if (r.code === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(json.ok).toBe(false);
      expect(json.error?.code).toMatch(/^[a-z-]+$/);
    }
    expect(r.ms).toBeLessThan(30000);
  });
});
