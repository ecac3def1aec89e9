/** Block: the open issues, each linked to its cell. */
import { moreInColumn, type Issue, type Lang, type Severity } from '../../issues';
import type { SheetBuilder } from '../builder';
import { heading, headerRow, noteLine, tr } from './common';
import { splitCells } from '../../address';

const SEVERITY_LABEL: Record<Severity, { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

export function issuesBlock(b: SheetBuilder, lang: Lang, n: number, issues: Issue[]): void {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  heading(b, `${n}. ${t('Các vấn đề cần xem lại', 'Issues to review')}`);
  if (issues.length === 0) return noteLine(b, t('Không có vấn đề nào.', 'No issues.'));
  headerRow(b, [t('Nội dung', 'Message'), t('Mức độ', 'Severity'), t('Trang tính', 'Sheet'), t('Ô', 'Cell'), t('Cách sửa', 'How to fix')]);
  for (const i of issues) {
    b.put(0, i.more ? `${i.message} ${moreInColumn(i.more, lang)}` : i.message, { border: true });
    b.put(1, SEVERITY_LABEL[i.severity][lang], { border: true, bold: i.severity === 'error' });
    b.put(2, i.sheet, { border: true });
    const cell = b.put(3, i.cell, { border: true });
    // A hyperlink takes one place: the first of the cells the issue names.
    const first = splitCells(i.cell)[0];
    if (i.sheet && first) b.link(cell, { sheet: i.sheet, cell: first });
    b.put(4, i.hint ?? '', { border: true });
    b.next();
  }
}
