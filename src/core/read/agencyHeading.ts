/**
 * The issuing agency from the sheets' heading lines, when no info table names it (tester 14, finding 3). A
 * commune's forms start with its agency in the national heading's left block («UBND XÃ BA BÍCH», Nghị định
 * 30/2020 Phụ lục I, ô số 1); a workbook without the «Thông tin» sheet still names its commune there. Without it the
 * report's header had a placeholder and the roll-up summed the file beside the same commune's other file.
 */
import { a1 } from '../address';
import { issue, type Issue } from '../issues';
import type { ReportInfo } from '../reportInfo';
import type { Grid } from './grid';
import { parseAgency } from '../word/names';

/** Rows from a sheet's top looked at: the heading's agency lines come before any title. */
const HEADING_ROWS = 4;

/** The commune-level kinds of agency (word/names.ts parseAgency): «UBND XÃ BA BÍCH», «Ủy ban nhân dân phường An Hòa». */
const COMMUNE_KINDS = new Set(['xã', 'phường', 'thị trấn', 'đặc khu']);

/** The heading's agency text of a cell: its first line, without what follows a wide gap («… CỘNG HÒA …»). */
function agencyText(text: string): string | null {
  const line = text
    .normalize('NFC')
    .split(/\r?\n|\s{3,}/)[0]
    .trim()
    .replace(/\s+/g, ' ');
  if (line.length > 80) return null;
  const agency = parseAgency(line);
  return agency && agency.name && COMMUNE_KINDS.has(agency.kind) ? line : null;
}

/**
 * `info` with the agency of the sheets' heading lines when `info` names none: the commune-level agency
 * («UBND XÃ …», «UBND PHƯỜNG …») written in the first rows of the visible sheets, taken only when every sheet
 * that writes one writes the same (a province's summary naming several communes gives none). The note says
 * where it was read. `grids`: the visible sheets' blocks, in tab order.
 */
export function withHeadingAgency(info: ReportInfo, grids: Grid[]): { info: ReportInfo; issue: Issue | null } {
  if (info.agency) return { info, issue: null };
  let found: { agency: string; sheet: string; cell: string } | null = null;
  for (const g of grids) {
    if (g.top > HEADING_ROWS) continue;
    for (let r = g.top; r <= Math.min(g.bottom, HEADING_ROWS - 1); r++) {
      for (let c = g.left; c <= g.right; c++) {
        const agency = agencyText(g.text(r, c));
        if (!agency) continue;
        if (!found) found = { agency, sheet: g.name, cell: a1(r, c) };
        else if (found.agency.toLocaleLowerCase('vi') !== agency.toLocaleLowerCase('vi')) return { info, issue: null };
      }
    }
  }
  if (!found) return { info, issue: null };
  return {
    info: { ...info, agency: found.agency },
    issue: issue('agency-from-heading', { sheet: found.sheet, cell: found.cell, table: 'info', field: 'agency' }, { agency: found.agency }),
  };
}
