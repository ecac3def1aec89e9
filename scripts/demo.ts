/**
 * `npm run demo`: the whole pipeline on examples/ba-bich-2023.xlsx through the command line's own
 * code (report --force --replace): the tables found, the issues, then out/ba-bich-2023.report.xlsx and .docx.
 * Exits 0 even though the example has errors: showing them is the point.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli } from '../src/cli/run';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const example = path.join(root, 'examples', 'ba-bich-2023.xlsx');
  if (!fs.existsSync(example)) {
    process.stderr.write('Chưa có tệp ví dụ; hãy chạy "npm run example" trước.\n');
    return 2;
  }
  const rel = path.relative(process.cwd(), example) || example;
  const out = path.relative(process.cwd(), path.join(root, 'out')) || 'out';
  const code = await cli(['report', rel, '--out', out, '--force', '--replace', ...process.argv.slice(2)]);
  // 1 only means "the data has errors", which the demo is meant to show.
  return code === 1 ? 0 : code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
