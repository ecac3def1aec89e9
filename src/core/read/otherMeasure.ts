/**
 * A block shaped like a table that counts something else (tester 13 item 33c): under a staff table by level,
 * «2. Trình độ lý luận chính trị» heads a second block of the same columns (Cao cấp / Trung cấp / Sơ cấp), which is
 * political theory, not professional training, and not another period of the staff table. The heading line just
 * above a block's header says so, with one of its table's `evidence.otherMeasures` (schema), as whole words.
 */
import type { Candidate } from './locate';
import { fold, containsWords } from '../text/fold';

/** The line heading a block: its cell and text as written. */
export interface HeadingLine {
  row: number;
  col: number;
  text: string;
}

/** The nearest non-blank line above the header, within the candidate's columns; null when none. */
function headingLine(c: Candidate): HeadingLine | null {
  for (const row of c.titleRows) {
    for (let col = c.left; col <= c.right; col++) {
      const text = c.grid.text(row, col).trim();
      if (text) return { row, col, text };
    }
  }
  return null;
}

/**
 * The heading line of `c` when it names another measure than its table's (staff: «Trình độ lý luận chính trị»,
 * «Trình độ tin học»), else null. Only the line just above the header counts: a sheet's title over several blocks
 * («THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC», «… hệ thống chính trị xã») says nothing of one block.
 */
export function otherMeasureHeading(c: Candidate): HeadingLine | null {
  const words = c.spec.evidence?.otherMeasures;
  if (!words?.length) return null;
  const line = headingLine(c);
  if (!line) return null;
  const folded = fold(line.text);
  return words.some((w) => containsWords(folded, fold(w))) ? line : null;
}
