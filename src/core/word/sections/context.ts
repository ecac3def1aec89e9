/** What every section reads: the analysis, and what is derived once from it. */
import type { Analysis } from '../../analyze';
import { formatDateVi } from '../../format';
import { agencyInBody, superiorLevel } from '../names';
import { ph, type Part } from '../text';
import type { LocatedTable } from '../../tables';
import { markedAt } from '../marks';
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

/**
 * "từ ngày 01/01/2023 đến ngày 30/09/2023" for a table's own figures (tester 6 items 16, 25): tableDays.
 * A day the figures stand at ("Số liệu đến ngày …") is said "đến ngày …" alone.
 */
export function tablePeriodParts(ctx: Ctx, located: LocatedTable | undefined): Part[] {
  const d = tableDays(ctx, located, false);
  if (!d) return periodParts(ctx);
  const words: Part[] = d.start === d.end ? ['đến ngày ', formatDateVi(d.end)] : ['từ ngày ', formatDateVi(d.start), ' đến ngày ', formatDateVi(d.end)];
  return d.check ? markedAt([`${located?.sheet ?? ''}!${d.check}`], words) : words;
}

/** True when a table's own title states days other than the report period's (tablePeriodParts then marks them). */
export function tablePeriodDiffers(ctx: Ctx, located: LocatedTable | undefined): boolean {
  return Boolean(tableDays(ctx, located, false)?.check);
}

/** "đến ngày 30/03/2023" for a table whose amounts run from the year's start (a budget): tableDays on the last day only. */
export function tableUntilParts(ctx: Ctx, located: LocatedTable | undefined): Part[] {
  const d = tableDays(ctx, located, true);
  if (!d) return untilParts(ctx);
  const words: Part[] = ['đến ngày ', formatDateVi(d.end)];
  return d.check ? markedAt([`${located?.sheet ?? ''}!${d.check}`], words) : words;
}

/**
 * The days a table's own title says its figures cover, when the draft must say them rather than the report
 * period's (tester 6 item 25): the nearest title line stating a period or a day ("(Số liệu đến ngày
 * 30/03/2023)", "từ ngày 01/01/2023 đến ngày 30/09/2023", "QUÝ I") wins; `check` (its cell, named in the
 * mark, where a table-period-differs warning stands too) when it differs from the report period (`endOnly`: the last days compared, for amounts summed from the year's start). A
 * whole year named alone ("NĂM 2023", a plan's year) serves only when it misses the report period or the
 * period is unknown, then always to check. Null: the report period's own dates serve (or their blanks).
 */
function tableDays(ctx: Ctx, located: LocatedTable | undefined, endOnly: boolean): { start: number; end: number; check: string | null } | null {
  const { periodStart, periodEnd } = ctx.analysis.info;
  const known = (x: number | null): x is number => x !== null && Number.isFinite(x);
  const stated = located?.stated ?? [];
  const own = stated.find((p) => !p.wholeYear);
  if (own) {
    if (!known(periodEnd)) return { ...own, check: null };
    const differs = own.end !== periodEnd || (!endOnly && own.start !== own.end && own.start !== periodStart);
    return { ...own, check: differs ? own.cell : null };
  }
  const year = stated.find((p) => p.wholeYear);
  if (!year) return null;
  if (known(periodEnd) && known(periodStart) && year.end >= periodStart && year.start <= periodEnd) return null;
  return { ...year, check: year.cell };
}

const dateOrBlank = (x: number | null): Part => (x !== null && Number.isFinite(x) ? formatDateVi(x) : ph('[.../.../...]'));

/** The highlighted sentence for a table the workbook does not have. */
export function notProvided(what: string): Part[] {
  return [ph(`[Chưa có số liệu ${what}: sổ tính chưa có bảng này, cần bổ sung số liệu hoặc tự viết nội dung]`)];
}
