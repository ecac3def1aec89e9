/**
 * A highlighted note before the body when the data still has open issues: the draft states the
 * figures as the workbook gives them, so the clerk must see which ones are known to be wrong before
 * signing. It counts the errors and, apart, the warnings that mark a figure or a quoted text of this
 * draft (marks.ts: a stated 14,2% against a computed 14,3% beside the figure it feeds); a warning of that
 * kind that marks nothing here (a malformed symbol in a paragraph the draft does not mark, a stated % the
 * draft does not write) is counted as another warning, never as one that changes a figure.
 */
import type { Para } from '../model';
import { body, ph, proseCount } from '../text';
import type { Ctx } from './context';
import { countBySeverity, issueMessage, type Issue } from '../../issues';
import { openIssues } from '../marks';
import { SEVERITY_LABEL } from '../../labels';

/** The note lists at most this many issues; the report sheet lists them all. */
const MAX_LISTED = 10;

/**
 * The note, or nothing when no issue is open. `marked`: the cells the body's marks stand for
 * (marks.ts markedCells), so that a warning is said to change a figure only when it marks one.
 */
export function reviewNote(ctx: Ctx, marked: ReadonlySet<string>): Para[] {
  const open = openIssues(ctx.analysis.issues);
  if (open.length === 0) return [];
  const errors = open.filter((i) => i.severity === 'error');
  const marks = (i: Issue) => marked.has(`${i.sheet}!${i.cell}`);
  const changing = open.filter((i) => i.severity === 'warning' && marks(i));
  const others = open.filter((i) => i.severity === 'warning' && !marks(i));
  // Issues left out of the list (Issue.more) count too.
  const error = countBySeverity(errors).error;
  const warning = countBySeverity(changing).warning;
  const other = countBySeverity(others).warning;
  const total = error + warning + other;
  const where = (sheet: string, cell: string) => (sheet ? ` (${sheet}${cell ? `!${cell}` : ''})` : '');
  const label = SEVERITY_LABEL.warning.vi;
  const line = (i: Issue, prefix: string) => body([ph(`- ${prefix}${issueMessage(i, 'vi')}${where(i.sheet, i.cell)}`)]);
  const lines = [
    ...errors.map((i) => line(i, '')),
    ...changing.map((i) => line(i, `${label}: `)),
    ...others.map((i) => line(i, `${label}, không làm thay đổi số liệu trong bản nháp: `)),
  ].slice(0, MAX_LISTED);
  const more = total > lines.length ? [body([ph(`- ... và ${proseCount(total - lines.length)} vấn đề khác (xem sheet «Báo cáo»).`)])] : [];
  const word = (s: 'error' | 'warning') => SEVERITY_LABEL[s].vi.toLocaleLowerCase('vi');
  const counts = [
    error ? `${proseCount(error)} ${word('error')} chưa sửa` : '',
    warning ? `${proseCount(warning)} ${word('warning')} làm thay đổi số liệu` : '',
  ]
    .filter(Boolean)
    .join(' và ');
  const rest = other ? `${proseCount(other)} ${word('warning')} khác không làm thay đổi số liệu trong bản nháp` : '';
  const text = counts
    ? `số liệu còn ${counts}, các con số liên quan trong bản nháp có thể chưa đúng và được tô màu tại chỗ, kèm ô cần xem lại.${rest ? ` Ngoài ra còn ${rest}.` : ''} Sửa trong Excel rồi lập lại bản nháp.`
    : `không có lỗi hay cảnh báo nào làm thay đổi số liệu trong bản nháp, nhưng sổ tính còn ${rest}. Nên sửa trong Excel rồi lập lại bản nháp.`;
  return [body([ph(`[Lưu ý khi hoàn thiện, xóa đoạn này trước khi ký: ${text}]`)]), ...lines, ...more];
}
