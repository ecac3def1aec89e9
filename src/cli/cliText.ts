/** What the command line says, in Vietnamese and English. */
import type { Lang } from '../core/issues';
import { GENERAL_LABEL, quote } from '../core/labels';
import { quotedSheet } from '../core/text/sheetName';

type Text = { vi: string; en: string };
const pick = (lang: Lang, t: Text) => t[lang];

export const USAGE: Text = {
  vi: `Kiểm tra số liệu và lập báo cáo cải cách hành chính (CCHC) từ bảng tính Excel.

Cách dùng:
  npm run cli -- validate <tệp.xlsx> [--json]
      Tìm các bảng số liệu, kiểm tra và liệt kê các vấn đề.
  npm run cli -- report <tệp.xlsx> [--out THƯ_MỤC] [--force] [--replace] [--json]
      Ghi THƯ_MỤC/<tên>.report.xlsx (có thêm sheet «Báo cáo») và THƯ_MỤC/<tên>.report.docx (mặc định: out/).
      Khi còn lỗi thì dừng lại, trừ khi có --force. Tệp gốc không bao giờ bị ghi đè.
      Nếu đã có tệp kết quả cùng tên thì ghi thành <tên>.report (2).xlsx / .docx, không thay tệp cũ,
      trừ khi có --replace.
  npm run cli -- template [--out TỆP.xlsx hoặc THƯ_MỤC] [--replace]
      Ghi bảng tính mẫu để nhập số liệu (mặc định: out/mau-so-lieu-cchc.xlsx; --out là thư mục thì ghi
      THƯ_MỤC/mau-so-lieu-cchc.xlsx). Nếu tệp đó đã có thì
      giữ nguyên và ghi thành mau-so-lieu-cchc (2).xlsx, trừ khi có --replace.
  npm run cli -- rollup <tệp hoặc thư mục>... [--out TỆP.xlsx hoặc THƯ_MỤC] [--replace] [--json]
      Tổng hợp bảng tính của nhiều xã: ghi out/tong-hop-cchc.xlsx (--out là thư mục thì ghi
      THƯ_MỤC/tong-hop-cchc.xlsx) và báo cáo tổng hợp .docx bên cạnh;
      bản tổng hợp cũ được giữ (bản mới là tong-hop-cchc (2).xlsx), trừ khi có --replace.
      Kỳ báo cáo: số liệu tổng hợp chỉ của một kỳ: kỳ của quá nửa số xã có ghi kỳ, nếu không có thì kỳ có
      nhiều xã nhất (bằng nhau thì kỳ gần nhất); xã khác kỳ được liệt kê nhưng không cộng.
      Xã không ghi kỳ báo cáo vẫn được cộng và được nêu tên.

Tùy chọn:
  --json         in đúng một đối tượng JSON (cho chương trình khác đọc)
  --lang en      thông báo bằng tiếng Anh
  --exact-time   so thời hạn hồ sơ theo giờ, phút, giây (mặc định: theo ngày)
  help, --help   hiện hướng dẫn này

Ghim bảng, ghim cột: lệnh này không ghim được, nhưng đọc các ghim lưu trong tệp. Ghim trong Excel ở khung
Báo cáo CCHC («Ghim bảng vào vùng đang chọn», «Ghim cột») rồi lưu tệp, hoặc ghim cột trên trang web rồi dùng
tệp báo cáo Excel tải về.

Mã thoát: 0 không có lỗi; 1 có lỗi trong số liệu; 2 không dùng được tệp hoặc sai tham số.`,
  en: `Check the data and draft the administrative-reform (CCHC) report from an Excel workbook.

Usage:
  npm run cli -- validate <file.xlsx> [--json]
      Find the data tables, check them and list the issues.
  npm run cli -- report <file.xlsx> [--out DIR] [--force] [--replace] [--json]
      Write DIR/<name>.report.xlsx (with a «Báo cáo» sheet added) and DIR/<name>.report.docx (default: out/).
      Stops when there are errors unless --force. The input file is never written.
      Existing outputs are kept: the new pair is written as <name>.report (2).xlsx / .docx, unless --replace.
  npm run cli -- template [--out FILE.xlsx or DIR] [--replace]
      Write a blank input workbook (default: out/mau-so-lieu-cchc.xlsx; --out a folder: DIR/mau-so-lieu-cchc.xlsx).
      An existing file of that name
      is kept and the new one written as mau-so-lieu-cchc (2).xlsx, unless --replace.
  npm run cli -- rollup <file or folder>... [--out FILE.xlsx or DIR] [--replace] [--json]
      Roll up many communes' workbooks: writes out/tong-hop-cchc.xlsx (--out a folder: DIR/tong-hop-cchc.xlsx)
      and the Word summary beside it;
      an earlier roll-up is kept (the new one is tong-hop-cchc (2).xlsx), unless --replace.
      Periods: the totals are of one period: that of more than half of the communes stating one, else the
      one most communes state (the latest of a tie); communes of other periods are listed but not summed. A commune giving no period is summed and named.

Options:
  --json         print exactly one JSON object on stdout
  --lang en      messages in English
  --exact-time   compare dossier deadlines to the second (default: by calendar day)
  help, --help   show this help

Pinning a table or a column: this command cannot pin, but it reads the pins saved in the file. Pin in Excel
in the CCHC pane («Pin table to the selection», «Pin column») and save the file, or pin a column on the web
page and use the Excel report it downloads.

Exit status: 0 no errors; 1 errors in the data; 2 the file cannot be used or bad arguments.`,
};

/** Why a file could not be written, by the system's error code, with what to do. */
export function writeReason(code: string): Text {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return {
        vi: 'không có quyền ghi vào thư mục này; hãy chọn thư mục khác bằng --out.',
        en: 'no permission to write in this folder; choose another with --out.',
      };
    case 'EROFS':
      return { vi: 'ổ đĩa này chỉ cho đọc; hãy chọn thư mục khác bằng --out.', en: 'this drive is read-only; choose another folder with --out.' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { vi: 'ổ đĩa đã đầy; hãy xoá bớt tệp hoặc chọn ổ khác bằng --out.', en: 'the drive is full; free some space or choose another drive with --out.' };
    case 'EEXIST':
    case 'ENOTDIR':
      return {
        vi: 'trên đường dẫn có một tệp trùng tên với thư mục cần tạo; hãy chọn thư mục khác bằng --out.',
        en: 'a file on the path has the name of a folder that must be made; choose another folder with --out.',
      };
    case 'EISDIR':
      return {
        vi: 'đó là một thư mục; hãy đổi tên hoặc chọn thư mục khác bằng --out.',
        en: 'that is a folder; rename it or choose another folder with --out.',
      };
    case 'EBUSY':
      return {
        vi: 'tệp đang mở trong chương trình khác (có thể là Excel hoặc Word); hãy đóng tệp rồi chạy lại.',
        en: 'the file is open in another program (Excel or Word perhaps); close it and run again.',
      };
    case 'ENAMETOOLONG':
      return {
        vi: 'tên hoặc đường dẫn quá dài; hãy chọn thư mục ngắn hơn bằng --out.',
        en: 'the name or path is too long; choose a shorter folder with --out.',
      };
    default:
      return {
        vi: 'hệ thống không cho ghi tệp này; hãy chọn thư mục khác bằng --out rồi chạy lại.',
        en: 'the system refused to write this file; choose another folder with --out and run again.',
      };
  }
}

export const m = {
  usage: (l: Lang) => pick(l, USAGE),
  file: (l: Lang, f: string) => pick(l, { vi: `Tệp: ${f}`, en: `File: ${f}` }),
  tablesHeading: (l: Lang) => pick(l, { vi: 'Các bảng số liệu:', en: 'Data tables:' }),
  /** A table found, by its label; its key (`staff`) only in English, for whoever reads --json beside it. */
  tableFound: (l: Lang, label: string, key: string, where: string) => `  ✓ ${label}${l === 'en' ? ` (${key})` : ''}: ${where}`,
  tableMissing: (l: Lang, label: string, key: string) => `  – ${label}${l === 'en' ? ` (${key})` : ''}: ${pick(l, { vi: 'không tìm thấy', en: 'not found' })}`,
  /** Where a table or an issue is: `sheet «Thu chi NS» A5:F9`. */
  place: (l: Lang, sheet: string, range: string) => `sheet ${quotedSheet(sheet)}${range ? ` ${range}` : ''}`,
  counts: (l: Lang, counts: string) => pick(l, { vi: `Vấn đề: ${counts}.`, en: `Issues: ${counts}.` }),
  general: (l: Lang) => `${GENERAL_LABEL[l]}:`,
  sheetHeading: (l: Lang, s: string) => pick(l, { vi: `Sheet ${quotedSheet(s)}:`, en: `Sheet ${quotedSheet(s)}:` }),
  okNoErrors: (l: Lang) => pick(l, { vi: 'Không có lỗi: có thể lập báo cáo.', en: 'No errors: the report can be made.' }),
  hasErrors: (l: Lang, n: number) =>
    pick(l, { vi: `Có ${n} lỗi cần sửa trước khi lập báo cáo.`, en: `${n} ${n === 1 ? 'error' : 'errors'} must be fixed before the report is made.` }),
  stopped: (l: Lang, n: number) =>
    pick(l, {
      vi: `Chưa lập báo cáo vì còn ${n} lỗi; hãy sửa các lỗi trên, hoặc chạy lại với --force để vẫn lập bản nháp.`,
      en: `The report was not made because of ${n} ${n === 1 ? 'error' : 'errors'}; fix them, or run again with --force to draft it anyway.`,
    }),
  pinned: (l: Lang) => pick(l, { vi: '(đã ghim)', en: '(pinned)' }),
  wrote: (l: Lang, what: string, p: string) => pick(l, { vi: `Đã ghi ${what}: ${p}`, en: `Wrote ${what}: ${p}` }),
  reportWorkbook: (l: Lang, sheet: string) => pick(l, { vi: `bảng tính có sheet ${quote(sheet)}`, en: `the workbook with sheet ${quote(sheet)}` }),
  wordDraft: (l: Lang) => pick(l, { vi: 'bản nháp Word', en: 'the Word draft' }),
  template: (l: Lang) => pick(l, { vi: 'bảng tính mẫu', en: 'the blank template' }),
  keptEarlier: (l: Lang, p: string) =>
    pick(l, {
      vi: `Tệp ${quote(p)} đã có nên được giữ nguyên (có thể đã có số liệu nhập vào); muốn thay nó thì chạy lại với --replace.`,
      en: `${quote(p)} already exists and was kept (it may hold data already entered); run again with --replace to replace it.`,
    }),
  notFound: (l: Lang, f: string) =>
    pick(l, { vi: `Không tìm thấy tệp ${quote(f)}; hãy kiểm tra lại tên và thư mục.`, en: `File ${quote(f)} was not found; check its name and folder.` }),
  isDirectory: (l: Lang, f: string) => pick(l, { vi: `${quote(f)} là một thư mục, không phải tệp .xlsx.`, en: `${quote(f)} is a folder, not an .xlsx file.` }),
  sameAsInput: (l: Lang) =>
    pick(l, {
      vi: 'Tệp kết quả trùng với tệp gốc; hãy chọn thư mục khác bằng --out.',
      en: 'The output would overwrite the input; choose another folder with --out.',
    }),
  cannotRead: (l: Lang, p: string, why: string) =>
    pick(l, {
      vi: `Không đọc được tệp ${quote(p)} (${why}); hãy kiểm tra quyền truy cập tệp.`,
      en: `Cannot read ${quote(p)} (${why}); check the file's permissions.`,
    }),
  copyFailed: (l: Lang, why: string) =>
    pick(l, {
      vi: `Không lập được bản sao có sheet báo cáo (${why}); bản nháp Word vẫn được ghi, tệp gốc không bị thay đổi.`,
      en: `The copy with the report sheet could not be made (${why}); the Word draft is still written and the original file is unchanged.`,
    }),
  outNotFolder: (l: Lang, p: string) =>
    pick(l, {
      vi: `--out phải là một thư mục, nhưng ${quote(p)} là một tệp; hãy chọn một thư mục (ví dụ --out out).`,
      en: `--out must be a folder, but ${quote(p)} is a file; choose a folder (for example --out out).`,
    }),
  /** `report --out` naming a file (x.docx): report writes two files into a folder, never a folder named like a file. */
  outLooksLikeFile: (l: Lang, p: string, folder: string) =>
    pick(l, {
      vi: `--out của lệnh report là thư mục để ghi hai tệp (<tên>.report.xlsx và <tên>.report.docx), nhưng ${quote(p)} là tên một tệp; hãy chỉ một thư mục, ví dụ --out ${quote(folder)}.`,
      en: `report's --out is the folder its two files go to (<name>.report.xlsx and <name>.report.docx), but ${quote(p)} is a file's name; give a folder, for example --out ${quote(folder)}.`,
    }),
  /** The folder to write in is missing and so is `parent`, the folder that would hold it: a mistyped path, never made. */
  outParentMissing: (l: Lang, p: string, parent: string) =>
    pick(l, {
      vi: `Không ghi được vào ${quote(p)}: thư mục ${quote(parent)} không có; hãy kiểm tra lại đường dẫn, hoặc tạo thư mục đó trước rồi chạy lại.`,
      en: `Cannot write to ${quote(p)}: the folder ${quote(parent)} does not exist; check the path, or make that folder first and run again.`,
    }),
  /** A folder the command made to write in (one new folder in an existing one). */
  madeFolder: (l: Lang, p: string) => pick(l, { vi: `Đã tạo thư mục mới ${quote(p)}.`, en: `Made the new folder ${quote(p)}.` }),
  /** `code`: the system's error code (EACCES, ENOSPC…), said as a reason and a way out, never shown bare. */
  cannotWrite: (l: Lang, p: string, code: string) =>
    pick(l, { vi: `Không ghi được ${quote(p)}: ${writeReason(code).vi}`, en: `Cannot write ${quote(p)}: ${writeReason(code).en}` }),
  internal: (l: Lang, why: string) => pick(l, { vi: `Chương trình gặp lỗi khi xử lý tệp: ${why}`, en: `The program failed while processing the file: ${why}` }),
  progress: (l: Lang, stage: 'read' | 'check' | 'write' | 'word') =>
    pick(
      l,
      {
        read: { vi: 'Đang đọc tệp…', en: 'Reading the file…' },
        check: { vi: 'Đang kiểm tra số liệu…', en: 'Checking the data…' },
        write: { vi: 'Đang ghi sheet báo cáo…', en: 'Writing the report sheet…' },
        word: { vi: 'Đang soạn bản nháp Word…', en: 'Drafting the Word document…' },
      }[stage],
    ),
};
