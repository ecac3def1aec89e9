/** The body of the report in the order of the outline (docs/domain.md §1). */
import type { Para } from '../model';
import { heading1, heading2 } from '../text';
import type { Ctx } from './context';
import { opening } from './opening';
import { reviewNote } from './reviewNote';
import { markedCells } from '../marks';
import { dissemination } from './dissemination';
import { indicators } from './indicators';
import { direction } from './direction';
import { institutions } from './institutions';
import { procedures } from './procedures';
import { civilService, organisation } from './staffing';
import { finance } from './finance';
import { digital } from './digital';
import { assessment, proposals, tasks } from './assessment';

/** The body; the note on page 1 comes first but is made last, from the marks the rest holds. */
export function reportBody(ctx: Ctx): Para[] {
  const rest = [
    ...opening(ctx),
    ...dissemination(ctx),
    heading1('II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU'),
    ...indicators(ctx),
    heading2('2. Kết quả thực hiện các nhiệm vụ và giải pháp chủ yếu trên các lĩnh vực'),
    ...direction(ctx),
    ...institutions(ctx),
    ...procedures(ctx),
    ...organisation(ctx),
    ...civilService(ctx),
    ...finance(ctx),
    ...digital(ctx),
    ...assessment(ctx),
    ...tasks(ctx),
    ...proposals(ctx),
  ];
  return [...reviewNote(ctx, markedCells(rest)), ...rest];
}
