#!/usr/bin/env node
/**
 * `node bench/compare.mjs BEFORE.cjs AFTER.cjs [FILE...]`: runs `validate --json` and `report --json --force`
 * of two builds of the command line on the same workbooks and says which differ (stdout, stderr, exit status,
 * and every part of the written .xlsx and .docx but their creation dates; no progress lines). Without files: every .xlsx, .xlsm
 * and .xls of ../shared/cases, ../shared/realworld, examples/ and /work/benchfiles (the bench logs).
 * `--validate-only` (first after the builds) skips `report`, for a quicker pass on a busy machine.
 * Exit 0 when all are byte-identical, 1 otherwise. For checking that a speed-up changed nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [before, after, ...rest] = process.argv.slice(2);
const validateOnly = rest[0] === '--validate-only';
const named = validateOnly ? rest.slice(1) : rest;
if (!before || !after) {
  process.stderr.write('usage: node bench/compare.mjs BEFORE.cjs AFTER.cjs [FILE...]\n');
  process.exit(2);
}

/** The workbooks of a folder (not recursive). */
const workbooks = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => /\.(xlsx|xlsm|xls)$/i.test(n))
        .sort()
        .map((n) => join(dir, n))
    : [];

const files = named.length
  ? named
  : [join(root, '../shared/cases'), join(root, '../shared/realworld'), join(root, 'examples'), '/work/benchfiles'].flatMap(workbooks);

const out = join('/tmp', `compare-${process.pid}`);

/** The parts of a written zip, creation dates left out, as one string per part. */
function parts(path) {
  if (!existsSync(path)) return {};
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  const keep = {};
  for (const [name, data] of Object.entries(entries)) {
    let text = Buffer.from(data).toString('latin1');
    if (name === 'docProps/core.xml') text = text.replace(/<dcterms:(created|modified)[^<]*<\/dcterms:\1>/g, '');
    keep[name] = text;
  }
  return keep;
}

/** One command of one build on one file: its outputs. */
function run(cli, args) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  // No progress lines: they come by time, not by what was read.
  const env = { ...process.env, CCHC_PROGRESS_AFTER_MS: '1e9' };
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const written = {};
  for (const n of readdirSync(out)) written[n] = parts(join(out, n));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, written };
}

let differ = 0;
for (const file of files) {
  const commands = [['validate', file, '--json']];
  if (!validateOnly) commands.push(['report', file, '--json', '--force', '--out', out]);
  for (const args of commands) {
    const a = run(before, args);
    const b = run(after, args);
    const bad = [];
    for (const k of ['status', 'stdout', 'stderr']) if (a[k] !== b[k]) bad.push(k);
    const names = new Set([...Object.keys(a.written), ...Object.keys(b.written)]);
    for (const n of names) {
      const pa = a.written[n] ?? {};
      const pb = b.written[n] ?? {};
      for (const p of new Set([...Object.keys(pa), ...Object.keys(pb)])) if (pa[p] !== pb[p]) bad.push(`${n}:${p}`);
    }
    const tag = `${args[0].padEnd(8)} ${file}`;
    if (bad.length) {
      differ++;
      process.stdout.write(`DIFFER ${tag}: ${bad.join(', ')}\n`);
    } else process.stdout.write(`same   ${tag}\n`);
  }
}
rmSync(out, { recursive: true, force: true });
process.stdout.write(`${differ ? `${differ} differ` : 'all byte-identical'} (${files.length} files)\n`);
process.exit(differ ? 1 : 0);
