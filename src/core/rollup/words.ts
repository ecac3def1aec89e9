/**
 * The roll-up's words that more than one of its parts use, Vietnamese first: the names of the sheets it writes
 * (sheets.ts writes them; exclude.ts knows an earlier roll-up among the inputs by them, so a renamed sheet is
 * still recognised) and the reasons a file is left out of the sums (exclude.ts; the command line, the page and
 * the sheet «Tệp không dùng được» show them). Quotes «…» as everywhere (docs/where-to-change-what.md).
 */
import type { Bilingual } from '../issues';

/** The roll-up workbook's sheets, in both languages (Excel's 31-character limit). */
export const ROLLUP_SHEET_NAMES = {
  communes: { vi: 'Các xã', en: 'Communes' },
  totals: { vi: 'Tổng hợp', en: 'Totals' },
  ranking: { vi: 'Xếp hạng', en: 'Ranking' },
  errors: { vi: 'Lỗi các xã', en: 'Errors' },
  periods: { vi: 'Kỳ báo cáo', en: 'Periods' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  refused: { vi: 'Tệp không dùng được', en: 'Files not used' },
} as const satisfies Record<string, Bilingual>;

const S = ROLLUP_SHEET_NAMES;

/** Why a file is not summed (RefusedFile.error.message): an earlier roll-up, a second copy of a commune. */
export const NOT_SUMMED = {
  /** Code `earlier-rollup`. */
  earlierRollup: (): Bilingual => ({
    vi: `Đây là một bảng tổng hợp đã lập trước (có sheet «${S.communes.vi}», «${S.totals.vi}»), không phải báo cáo của một xã; không cộng vào.`,
    en: `This is an earlier roll-up (it has the «${S.communes.en}» and «${S.totals.en}» sheets), not a commune’s report; not summed.`,
  }),
  /** Code `no-cchc-table`: none of the report's tables was found (a price list, a roster, another form). */
  noCchcTable: (): Bilingual => ({
    vi: 'Tệp không có bảng số liệu CCHC nào (không tìm thấy bảng nào của báo cáo), không phải báo cáo của một xã; không cộng vào.',
    en: 'The file has no CCHC table at all (none of the report’s tables was found), so it is not a commune’s report; not summed.',
  }),
  /** Code `duplicate`: the same bytes as the file `kept`; `left` is not summed. */
  sameBytes: (kept: string, left: string): Bilingual => ({
    vi: `Cùng nội dung với tệp «${kept}» (một bản sao): đã dùng tệp «${kept}», không cộng tệp «${left}» lần thứ hai.`,
    en: `The same bytes as «${kept}» (a copy): «${kept}» was used, «${left}» not summed twice.`,
  }),
  /**
   * Code `duplicate`: the same commune (agency, and `superior` when both files state the same one) and period as the file
   * `kept`, read first, which is used; `left` is not summed. `differ`: the figures differ (a corrected resend, perhaps).
   * Without a superior on both, the way to make them two communes is said.
   */
  sameCommune: (kept: string, left: string, agency: string, superior: string | null, differ: boolean): Bilingual => ({
    vi:
      `Trùng xã với tệp «${kept}» (cùng cơ quan «${agency}»${superior ? `, cùng cơ quan chủ quản «${superior}»` : ''}, cùng kỳ báo cáo` +
      `${differ ? '; số liệu hai tệp khác nhau' : ''}): đã dùng tệp «${kept}» (đọc trước), không cộng tệp «${left}». ` +
      `Nếu «${left}» là bản gửi lại đã sửa, hãy bỏ tệp «${kept}» ra rồi tổng hợp lại` +
      (superior ? '.' : `; nếu là hai xã khác nhau, hãy ghi «Cơ quan chủ quản» trong phần thông tin của cả hai tệp.`),
    en:
      `The same commune as «${kept}» (same agency «${agency}»${superior ? `, same superior agency «${superior}»` : ''}, same period` +
      `${differ ? '; the two files’ figures differ' : ''}): «${kept}» (read first) was used, «${left}» not summed. ` +
      `If «${left}» is a corrected resend, take «${kept}» out and roll up again` +
      (superior ? '.' : `; if they are two communes, state «Cơ quan chủ quản» (the superior agency) in the information of both files.`),
  }),
  /**
   * Code `duplicate`: `copy` is our own report copy (the commune's workbook plus our report sheet `sheet`, written by
   * `report` or the pane) of the commune's own file `original`, which is used. `differ`: the copy's figures are not the
   * original's (one of the two was edited since), so it is named as a copy of the same commune, not «from» that file.
   */
  reportCopy: (original: string, copy: string, sheet: string, differ: boolean): Bilingual =>
    differ
      ? {
          vi:
            `Là bản sao báo cáo do phần mềm tạo (có thêm sheet «${sheet}») của cùng xã, cùng kỳ báo cáo với tệp «${original}», nhưng số liệu hai tệp khác nhau: ` +
            `đã dùng tệp gốc «${original}», không cộng bản sao «${copy}». Nếu số liệu của bản sao mới đúng, hãy bỏ tệp «${original}» ra rồi tổng hợp lại.`,
          en:
            `A report copy made by this software (with the added «${sheet}» sheet) of the same commune and period as «${original}», but their figures differ: ` +
            `the original «${original}» was used, the copy «${copy}» not summed. If the copy’s figures are the right ones, take «${original}» out and roll up again.`,
        }
      : {
          vi: `Là bản sao báo cáo do phần mềm tạo từ ${original} (cùng xã, cùng số liệu, có thêm sheet «${sheet}»): đã dùng tệp gốc «${original}», không cộng bản sao «${copy}» lần thứ hai.`,
          en: `A report copy made by this software from ${original} (the same commune and figures, plus the «${sheet}» sheet): the original «${original}» was used, the copy «${copy}» not summed twice.`,
        },
  /**
   * Code `ambiguous-commune`: `file`'s agency states no superior and bears the name of communes of the same period under
   * two or more different superiors (`namesakes`: each named with its superior, and its file): a resend of which one, or
   * another commune, cannot be told, so it is not summed (summing it could count one commune twice).
   */
  ambiguousCommune: (file: string, agency: string, namesakes: { name: string; file: string }[]): Bilingual => {
    const list = (file: string, and: string) => {
      const items = namesakes.map((n) => `${n.name} (${file} «${n.file}»)`);
      return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
    };
    return {
      vi:
        `Không biết là xã nào: cơ quan «${agency}» không ghi «Cơ quan chủ quản», mà cùng tên, cùng kỳ báo cáo với ${namesakes.length} xã thuộc các cơ quan chủ quản khác nhau: ${list('tệp', 'và')}. ` +
        `Tệp «${file}» có thể là bản gửi lại của một trong các xã đó hoặc là một xã khác, nên chưa cộng vào tổng để không tính trùng. ` +
        `Hãy ghi «Cơ quan chủ quản» (huyện hoặc tỉnh) trong phần thông tin của tệp «${file}» rồi tổng hợp lại.`,
      en:
        `Which commune cannot be told: the agency «${agency}» states no «Cơ quan chủ quản» (superior agency) and bears the name of ${namesakes.length} communes of the same period under different superiors: ${list('file', 'and')}. ` +
        `«${file}» may be a resend of one of them or another commune, so it is not summed, lest one commune be counted twice. ` +
        `State «Cơ quan chủ quản» (the district or province) in the information of «${file}» and roll up again.`,
    };
  },
};
