/**
 * Entry point of `npm run cli -- ...`: runs one command and exits with its status.
 * The program is loaded inside the promise so that even a failure to load it ends as one line.
 * Started as a worker thread by `rollup` (src/cli/rollup/pool.ts), the same bundle serves its jobs instead.
 */
// First: V8's tiering is set before any other module of the bundle loads (tiering.ts says why).
import './tiering';
import { isMainThread, workerData } from 'worker_threads';
import { inflateAhead } from './inflateAhead';
import { parseArgs } from './args';
import type { Lang } from '../core/issues';

if (!isMainThread && workerData === 'cchc-rollup-worker') {
  void import('./rollup/worker').then((w) => w.serveRollupWorker());
} else {
  runCommand();
}

function runCommand(): void {
  const argv = process.argv.slice(2);
  const english = argv.includes('--lang=en') || argv.some((a, i) => a === '--lang' && argv[i + 1] === 'en');
  // The workbook's parts inflate on zlib's thread pool while the rest of the program loads.
  inflateAhead(argv);
  if (printHelp(argv)) return;

  import('./run')
    .then(({ cli }) => cli(argv))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        process.stderr.write(`${english ? 'The program could not start' : 'Chương trình không khởi động được'}: ${why}\n`);
        process.exitCode = 2;
      },
    );
}

/**
 * `help` (and `--help`, a clerk's first command) answered before the program loads: only its text's module is needed,
 * not the reader, the check and what they build when loaded. The same text as run.ts's `cli` prints; anything else,
 * an argument error among them, is left to it. True when the help was printed.
 */
function printHelp(argv: string[]): boolean {
  let lang: Lang;
  try {
    const args = parseArgs(argv);
    if (args.command !== 'help') return false;
    lang = args.lang;
  } catch {
    return false;
  }
  void import('./cliText').then(({ m }) => {
    const text = m.usage(lang);
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    process.exitCode = 0;
  });
  return true;
}
