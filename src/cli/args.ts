/** Command-line arguments: `validate <file> [--json]`, `report <file> [--out DIR] [--force] [--replace] [--json]`, `template [--out FILE] [--replace]`, `help`. */
import type { Bilingual, Lang } from '../core/issues';

export type Command = 'validate' | 'report' | 'template' | 'rollup' | 'help';

export interface CliArgs {
  command: Command;
  file?: string;
  /** rollup: the workbooks and folders named. */
  files?: string[];
  out?: string;
  force: boolean;
  /** report: replace existing outputs instead of writing beside them under the next free name. */
  replace: boolean;
  json: boolean;
  lang: Lang;
  exactTime: boolean;
}

export class ArgError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'ArgError';
  }
}

/** The template's file name inside a folder given as `template --out DIR`. */
export const TEMPLATE_FILE = 'mau-so-lieu-cchc.xlsx';
/** The roll-up workbook's file name inside a folder given as `rollup --out DIR` (its summary: the same name, .docx). */
export const ROLLUP_FILE = 'tong-hop-cchc.xlsx';

/**
 * Where a command writing one workbook (`template`, `rollup`) writes for `--out OUT`: OUT/`file` when OUT is a folder
 * (`isFolder`: one on disk, or a name ending in a slash), as `report --out` takes a folder (tester 6 item 30, tester 7
 * item 21); OUT itself when it ends in .xlsx. Any other name is refused (ArgError) before anything is written: Excel
 * would not open it as a workbook. `what` names the workbook in the refusal («Bảng tính mẫu»).
 */
export function workbookOut(out: string, isFolder: boolean, join: (dir: string, name: string) => string, file: string, what: Bilingual): string {
  if (isFolder || /[\\/]$/.test(out)) return join(out, file);
  if (/\.xlsx$/i.test(out)) return out;
  const suggestion = `${out.replace(/\.[^.\\/]*$/, '')}.xlsx`;
  throw new ArgError({
    vi: `${what.vi} phải có đuôi .xlsx, nhưng --out là «${out}»; hãy dùng ví dụ --out «${suggestion}», hoặc --out một thư mục đã có.`,
    en: `${what.en} must end in .xlsx, but --out is «${out}»; use for example --out «${suggestion}», or --out an existing folder.`,
  });
}

/**
 * The endings of the files a clerk or an officer names (Office, OpenDocument, PDF, text, web, archives): a name ending in
 * one of these is a file's, never a folder to make. A folder name with another dot («Bao cao 2025.Q1», «v1.2») is not.
 */
const FILE_EXTENSION = /\.(xlsx|xlsm|xlsb|xls|xltx|xltm|csv|ods|docx|docm|doc|dotx|odt|rtf|pdf|txt|json|xml|html?|zip|rar|7z)$/i;

/** True when `out` ends in a file's extension (x.docx, bao-cao.xlsx); «x.docx/», ending in a slash, names a folder. */
export const looksLikeFileName = (out: string): boolean => FILE_EXTENSION.test(out);

/** `template --out OUT`: workbookOut with the template's name. */
export const templateOut = (out: string, isFolder: boolean, join: (dir: string, name: string) => string): string =>
  workbookOut(out, isFolder, join, TEMPLATE_FILE, { vi: 'Bảng tính mẫu', en: 'The template' });

/** `rollup --out OUT`: workbookOut with the roll-up's name (the summary goes beside it). */
export const rollupOut = (out: string, isFolder: boolean, join: (dir: string, name: string) => string): string =>
  workbookOut(out, isFolder, join, ROLLUP_FILE, { vi: 'Bảng tổng hợp', en: 'The roll-up workbook' });

/** The language asked for, looked up before anything else so that even argument errors use it. */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'vi';
}

const COMMANDS: Command[] = ['validate', 'report', 'template', 'rollup', 'help'];

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', force: false, replace: false, json: false, lang: langOf(argv), exactTime: false };
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) {
        throw new ArgError({ vi: `Tùy chọn ${flag} cần một giá trị.`, en: `Option ${flag} needs a value.` });
      }
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        help = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--replace':
        args.replace = true;
        break;
      case '--exact-time':
        args.exactTime = true;
        break;
      case '--out':
      case '-o':
        args.out = value();
        break;
      case '--lang': {
        const v = value();
        if (v !== 'vi' && v !== 'en')
          throw new ArgError({ vi: `Ngôn ngữ «${v}» không có; hãy dùng vi hoặc en.`, en: `Language «${v}» is not available; use vi or en.` });
        args.lang = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') {
          throw new ArgError({ vi: `Không có tùy chọn ${a} (xem --help).`, en: `Unknown option ${a} (see --help).` });
        }
        positional.push(a);
    }
  }
  if (help) return { ...args, command: 'help' };
  const [cmd, ...rest] = positional;
  if (!cmd)
    throw new ArgError({
      vi: 'Thiếu lệnh: hãy dùng validate, report hoặc template (xem --help).',
      en: 'No command given: use validate, report or template (see --help).',
    });
  if (!COMMANDS.includes(cmd as Command)) {
    throw new ArgError({
      vi: `Không có lệnh «${cmd}»: hãy dùng một trong các lệnh «validate», «report», «template», «rollup», «help».`,
      en: `Unknown command «${cmd}»: use one of «validate», «report», «template», «rollup», «help».`,
    });
  }
  args.command = cmd as Command;
  // `help` (and `help report`) is what a clerk types first.
  if (args.command === 'help') return args;
  if (args.command === 'template') {
    if (rest.length > 0)
      throw new ArgError({
        vi: `Lệnh template không nhận tệp đầu vào (${rest[0]}); dùng --out để chọn nơi ghi.`,
        en: `template takes no input file (${rest[0]}); use --out to choose where to write.`,
      });
    // Whether --out is a folder is known only on disk: runTemplate decides (templateOut).
    return args;
  }
  if (args.command === 'rollup') {
    if (rest.length === 0)
      throw new ArgError({ vi: 'Lệnh rollup cần ít nhất một tệp hoặc thư mục.', en: 'The rollup command needs at least one file or folder.' });
    return { ...args, files: rest };
  }
  if (rest.length === 0) throw new ArgError({ vi: `Lệnh ${cmd} cần tên tệp .xlsx.`, en: `The ${cmd} command needs an .xlsx file name.` });
  if (rest.length > 1) throw new ArgError({ vi: `Chỉ xử lý một tệp mỗi lần (thừa: ${rest[1]}).`, en: `One file at a time (extra: ${rest[1]}).` });
  args.file = rest[0];
  if (args.command === 'validate' && (args.out !== undefined || args.force || args.replace)) {
    throw new ArgError({
      vi: 'Lệnh validate không ghi tệp nên không dùng --out, --force hay --replace.',
      en: 'validate writes nothing, so --out, --force and --replace do not apply.',
    });
  }
  return args;
}
