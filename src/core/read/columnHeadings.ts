/** The words of each found column's header, as the clerk wrote them (for wording the report in her own terms). */
import type { Grid } from './grid';

/**
 * Each field's header text: the header rows' cells of its column, top to bottom, a merged cell read from its
 * top-left cell (a group header «Dự toán» over «Huyện giao»), joined by a space, blank parts and repeats left out.
 * `columns` maps field keys to 0-based sheet columns, `headerRows` are 0-based sheet rows.
 */
export function columnHeadings(grid: Grid, headerRows: readonly number[], columns: Readonly<Record<string, number>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, col] of Object.entries(columns)) {
    const parts: string[] = [];
    for (const r of headerRows) {
      const m = grid.mergeOf(r, col);
      const t = (m ? grid.text(m.top, m.left) : grid.text(r, col)).replace(/\s+/gu, ' ').trim();
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) out[key] = parts.join(' ');
  }
  return out;
}
