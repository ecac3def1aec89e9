/**
 * A highlighted note before the body when the data still has errors: the draft states the figures
 * as the workbook gives them, so the clerk must see which ones are known to be wrong before signing.
 */
import type { Paragraph } from 'docx';
import { body, ph } from '../text';
import type { Ctx } from './context';
import { countBySeverity } from '../../issues';

/** The note lists at most this many errors; the report sheet lists them all. */
const MAX_LISTED = 10;

export function reviewNote(ctx: Ctx): Paragraph[] {
  const errors = ctx.analysis.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return [];
  // Errors left out of the list (Issue.more) count too.
  const total = countBySeverity(errors).error;
  const where = (sheet: string, cell: string) => (sheet ? ` (${sheet}${cell ? `!${cell}` : ''})` : '');
  const lines = errors.slice(0, MAX_LISTED).map((i) => body([ph(`- ${i.message}${where(i.sheet, i.cell)}`)]));
  const listed = Math.min(errors.length, MAX_LISTED);
  const more = total > listed ? [body([ph(`- ... và ${total - listed} lỗi khác (xem sheet «Báo cáo»).`)])] : [];
  return [
    body([
      ph(
        `[Lưu ý khi hoàn thiện, xóa đoạn này trước khi ký: số liệu còn ${total} lỗi chưa sửa, các con số liên quan trong bản nháp có thể chưa đúng. Sửa trong Excel rồi lập lại bản nháp.]`,
      ),
    ]),
    ...lines,
    ...more,
  ];
}
