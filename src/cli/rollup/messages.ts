/** What `rollup` says, in Vietnamese and English. */
import type { Lang } from '../../core/issues';
import { formatNumber } from '../../core/format';
import { MARK } from '../../core/rollup/marks';

const pick = (l: Lang, vi: string, en: string) => (l === 'en' ? en : vi);

export const rm = {
  noFiles: (l: Lang) =>
    pick(
      l,
      'Không tìm thấy bảng tính nào (.xlsx, .xlsm, .xls) trong các tệp và thư mục đã chỉ.',
      'No workbook (.xlsx, .xlsm, .xls) found in the files and folders given.',
    ),
  progress: (l: Lang, k: number, n: number, file: string) => pick(l, `[${k}/${n}] Đã đọc ${file}`, `[${k}/${n}] Read ${file}`),
  heading: (l: Lang, files: number, used: number, refused: number) => {
    const [f, u, r] = [files, used, refused].map((n) => formatNumber(n, 0, l));
    return pick(l, `Tổng hợp ${f} tệp: ${u} xã đọc được, ${r} tệp không dùng được.`, `Roll-up of ${f} files: ${u} communes read, ${r} files not used.`);
  },
  commune: (l: Lang, mark: string, file: string, agency: string | null, period: string, errors: number, warnings: number) => {
    const [e, w] = [formatNumber(errors, 0, l), formatNumber(warnings, 0, l)];
    return `  ${mark} ${file} — ${agency ?? pick(l, '(không rõ cơ quan)', '(agency not given)')} — ${period} — ${pick(l, `${e} lỗi, ${w} cảnh báo`, `${e} errors, ${w} warnings`)}`;
  },
  refusedHeading: (l: Lang) => pick(l, 'Các tệp không dùng được:', 'Files not used:'),
  refused: (file: string, why: string) => `  ${MARK.out} ${file}: ${why}`,
  totalsTthc: (l: Lang, received: string, online: string, onTime: string) =>
    pick(
      l,
      `Toàn tỉnh: tiếp nhận ${received} hồ sơ TTHC, trực tuyến ${online}, giải quyết đúng hạn ${onTime} (tỷ lệ tính từ tổng số hồ sơ của các xã).`,
      `Province: ${received} dossiers received, ${online} online, ${onTime} resolved on time (ratios from the summed counts).`,
    ),
  rollupWorkbook: (l: Lang) => pick(l, 'bảng tổng hợp', 'the roll-up workbook'),
  summaryDraft: (l: Lang) => pick(l, 'dự thảo báo cáo tổng hợp (Word)', 'the summary draft (Word)'),
  outIsInput: (l: Lang, p: string) =>
    pick(
      l,
      `Tệp kết quả ${p} lại là một trong các tệp đầu vào; hãy chọn tên khác với --out.`,
      `The output ${p} is one of the inputs; choose another name with --out.`,
    ),
};
