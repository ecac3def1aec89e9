/** What every section reads: the analysis, and what is derived once from it. */
import type { Analysis } from '../../analyze';
import { formatDateVi } from '../../format';
import { agencyInBody, superiorLevel } from '../names';
import { ph, type Part } from '../text';
import { narrativeEntries, type NarrativeEntry } from './narrative';

export interface Ctx {
  analysis: Analysis;
  decimals: number;
  /** "UBND xã Ba Bích" */
  agency: string;
  /** "huyện", "tỉnh" or "cấp trên" (for "dự toán huyện giao"). */
  superiorLevel: string;
  narrative: NarrativeEntry[];
}

export function makeCtx(analysis: Analysis): Ctx {
  const d = analysis.info.decimals;
  return {
    analysis,
    decimals: Number.isInteger(d) && d >= 0 && d <= 4 ? d : 1,
    agency: agencyInBody(analysis.info),
    superiorLevel: superiorLevel(analysis.info),
    narrative: narrativeEntries(analysis.tables.narrative),
  };
}

/** "từ ngày 08/07/2022 đến ngày 31/03/2023", with blanks highlighted when a date is unknown. */
export function periodParts(ctx: Ctx): Part[] {
  return ['từ ngày ', dateOrBlank(ctx.analysis.info.periodStart), ' ', ...untilParts(ctx)];
}

/** "đến ngày 31/03/2023" */
export function untilParts(ctx: Ctx): Part[] {
  return ['đến ngày ', dateOrBlank(ctx.analysis.info.periodEnd)];
}

const dateOrBlank = (x: number | null): Part => (x !== null && Number.isFinite(x) ? formatDateVi(x) : ph('[.../.../...]'));

/** The highlighted sentence for a table the workbook does not have. */
export function notProvided(what: string): Part[] {
  return [ph(`[Chưa có số liệu ${what}: sổ tính chưa có bảng này, cần bổ sung số liệu hoặc tự viết nội dung]`)];
}
