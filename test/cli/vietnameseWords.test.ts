/**
 * The Vietnamese command line prints no English (issue 11 §1): no issue code (`number-as-text`), no table
 * key (`staff`), no English word and no other quotes than «…» in stdout or stderr of `validate`, `report`,
 * `rollup` and `help`, on every workbook of ../shared/cases (the hostile ones too) and the example, and on
 * the files it refuses. `--lang en` and `--json` still carry the codes and keys.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from './runCli';
import { foreignWords } from '../helpers/englishWords';
import { encryptedOle, plainOle, simpleWorkbook, tempDir, workbookBytes } from '../helpers/xlsx';

const ROOT = path.resolve(__dirname, '../..');
const CASES = path.join(ROOT, '../shared/cases');
const EXAMPLE = path.join(ROOT, 'examples/ba-bich-2023.xlsx');
const isBook = (f: string) => /\.(xlsx|xlsm|xls)$/i.test(f);
const FILES = [
  ...fs
    .readdirSync(CASES)
    .filter(isBook)
    .map((f) => path.join(CASES, f)),
  ...fs
    .readdirSync(path.join(CASES, 'hostile'))
    .filter(isBook)
    .map((f) => path.join(CASES, 'hostile', f)),
  EXAMPLE,
];

/** Runs `job` over `items`, two at a time (the machine's cores are shared). */
async function twoAtATime<T, R>(items: T[], job: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    for (let k = next++; k < items.length; k = next++) out[k] = await job(items[k]);
  };
  await Promise.all([lane(), lane()]);
  return out;
}

/** `file: words` for every run whose output says what a Vietnamese output must not. */
async function leaks(args: (file: string) => string[], files = FILES): Promise<string[]> {
  const found = await twoAtATime(files, async (file) => {
    const r = await runCli(args(file));
    expect([0, 1, 2]).toContain(r.code);
    const words = foreignWords(`${r.stdout}\n${r.stderr}`, [file]);
    return words.length ? `${path.basename(file)}: ${words.join(' ')}` : '';
  });
  return found.filter(Boolean);
}

describe('the Vietnamese command line says nothing in English', () => {
  const dir = tempDir('cchc-words-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has cases to read', () => {
    expect(FILES.length).toBeGreaterThan(40);
  });

  it('validate, on every case and the example', async () => {
    expect(await leaks((f) => ['validate', f])).toEqual([]);
  }, 600000);

  it('report --force, on every case and the example (the lines written and the copy warnings included)', async () => {
    const out = path.join(dir, 'report');
    expect(await leaks((f) => ['report', f, '--out', out, '--force'])).toEqual([]);
  }, 900000);

  it('rollup over the cases folder and the example', async () => {
    const r = await runCli(['rollup', CASES, EXAMPLE, '--out', path.join(dir, 'rollup', 'tong-hop.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Tổng hợp \d+ tệp/);
    expect(foreignWords(`${r.stdout}\n${r.stderr}`, [CASES, EXAMPLE])).toEqual([]);
  }, 300000);

  it('help, and the sentences of refusal (bad command, bad language, a missing file, a folder, a damaged or locked file)', async () => {
    const put = (name: string, bytes: Uint8Array) => {
      fs.writeFileSync(path.join(dir, name), bytes);
      return path.join(dir, name);
    };
    const good = await workbookBytes(simpleWorkbook());
    const runs = [
      ['help'],
      ['--help'],
      ['kiemtra', EXAMPLE],
      ['validate', EXAMPLE, '--lang', 'fr'],
      ['validate', path.join(dir, 'khong-co.xlsx')],
      ['validate', dir],
      ['validate', path.join(CASES, 'README.md')],
      ['validate', put('cut.xlsx', good.subarray(0, Math.floor(good.length * 0.6)))],
      ['validate', put('locked.xlsx', encryptedOle())],
      ['validate', put('old.xls', plainOle())],
      ['template', '--out', path.join(dir, 'mau.txt')],
    ];
    for (const args of runs) {
      const r = await runCli(args);
      const said = `${r.stdout}\n${r.stderr}`;
      expect(said.trim()).not.toBe('');
      expect({
        args,
        words: foreignWords(
          said,
          args.filter((a) => a.includes('/')),
        ),
      }).toEqual({ args, words: [] });
    }
  }, 300000);

  it('the detector is not blind: --lang en, and --json, carry the codes and the table keys', async () => {
    const en = await runCli(['validate', EXAMPLE, '--lang', 'en']);
    expect(foreignWords(en.stdout, [EXAMPLE])).toEqual(expect.arrayContaining(['number-as-text', 'staff', 'Error', 'Warning']));
    expect(en.stdout).toMatch(/\[Warning\] E6 \(number-as-text\) /);
    expect(en.stdout).toMatch(/✓ Staff \(staff\): sheet «CBCC» A\d+:F\d+/);
    const json = JSON.parse((await runCli(['validate', EXAMPLE, '--json'])).stdout);
    expect(json.issues.map((i: { code: string }) => i.code)).toContain('number-as-text');
    expect(Object.keys(json.tables)).toContain('staff');
  });
});
