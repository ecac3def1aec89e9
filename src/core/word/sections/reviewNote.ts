/**
 * A highlighted note before the body when the data still has open issues: the draft states the
 * figures as the workbook gives them, so the clerk must see which ones are known to be wrong before
 * signing. It lists the errors and the warnings that change a figure or a quoted text (marks.ts:
 * a stated 14,2% against a computed 14,3%, a malformed document symbol); each figure they touch is
 * also marked where it stands in the body.
 */
import type { Para } from '../model';
import { body, ph, proseCount } from '../text';
import type { Ctx } from './context';
import { countBySeverity, issueMessage } from '../../issues';
import { openIssues } from '../marks';
import { SEVERITY_LABEL } from '../../labels';

/** The note lists at most this many issues; the report sheet lists them all. */
const MAX_LISTED = 10;

export function reviewNote(ctx: Ctx): Para[] {
  const open = openIssues(ctx.analysis.issues).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (open.length === 0) return [];
  // Issues left out of the list (Issue.more) count too.
  const { error, warning } = countBySeverity(open);
  const total = error + warning;
  const where = (sheet: string, cell: string) => (sheet ? ` (${sheet}${cell ? `!${cell}` : ''})` : '');
  const lines = open
    .slice(0, MAX_LISTED)
    .map((i) => body([ph(`- ${i.severity === 'warning' ? `${SEVERITY_LABEL.warning.vi}: ` : ''}${issueMessage(i, 'vi')}${where(i.sheet, i.cell)}`)]));
  const listed = Math.min(open.length, MAX_LISTED);
  const more = total > listed ? [body([ph(`- ... và ${proseCount(total - listed)} vấn đề khác (xem sheet «Báo cáo»).`)])] : [];
  const word = (s: 'error' | 'warning') => SEVERITY_LABEL[s].vi.toLocaleLowerCase('vi');
  const counts = [
    error ? `${proseCount(error)} ${word('error')} chưa sửa` : '',
    warning ? `${proseCount(warning)} ${word('warning')} làm thay đổi số liệu` : '',
  ]
    .filter(Boolean)
    .join(' và ');
  return [
    body([
      ph(
        `[Lưu ý khi hoàn thiện, xóa đoạn này trước khi ký: số liệu còn ${counts}, các con số liên quan trong bản nháp có thể chưa đúng và được tô màu tại chỗ, kèm ô cần xem lại. Sửa trong Excel rồi lập lại bản nháp.]`,
      ),
    ]),
    ...lines,
    ...more,
  ];
}
