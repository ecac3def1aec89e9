/**
 * `npm run demo`: the whole pipeline on examples/ba-bich-2023.xlsx through the command line's own
 * code (report --force --replace): the tables found, the issues, then out/ba-bich-2023.report.xlsx and .docx.
 * Exits 0 even though the example has errors: showing them is the point.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli } from '../src/cli/run';
import { langOf } from '../src/cli/args';

const FORCED = {
  vi: 'Tệp ví dụ cố ý có lỗi để minh hoạ, và bản demo chạy report với --force nên vẫn ghi báo cáo dù còn lỗi. Với tệp của mình, hãy sửa lỗi rồi chạy lại; chỉ dùng --force khi cần bản nháp trước khi sửa xong.',
  en: 'The example has errors on purpose, and the demo runs report with --force, so the report is written although errors remain. With your own file, fix the errors and run again; use --force only when you need a draft before they are fixed.',
};

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const example = path.join(root, 'examples', 'ba-bich-2023.xlsx');
  if (!fs.existsSync(example)) {
    process.stderr.write('Chưa có tệp ví dụ; hãy chạy "npm run example" trước.\n');
    return 2;
  }
  const rel = path.relative(process.cwd(), example) || example;
  const out = path.relative(process.cwd(), path.join(root, 'out')) || 'out';
  const args = process.argv.slice(2);
  const code = await cli(['report', rel, '--out', out, '--force', '--replace', ...args]);
  // 1 only means "the data has errors", which the demo is meant to show: say why it wrote anyway.
  if (code === 1) process.stdout.write(`\n${langOf(args) === 'en' ? FORCED.en : FORCED.vi}\n`);
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
