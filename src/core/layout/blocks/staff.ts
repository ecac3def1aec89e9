/** Block: headcount and the education shares of cán bộ, công chức. */
import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type StaffFigures } from '../../figures/types';
import type { SheetBuilder } from '../builder';
import { formatNumber } from '../../format';
import { sharesRoundedApart } from '../../word/sections/staffing';
import { fig, figureTable, heading, noData, noteLine, tr, type BlockContext } from './common';

/** Each level's name: the one every output prints. */
const EDUCATION_LABEL = EDUCATION_LEVEL_LABELS;

export function staffBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: StaffFigures | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Cán bộ, công chức', 'Staff')}`);
  if (!data) return noData(b, ctx.lang);
  noteLine(b, t('Đơn vị tính: người', 'Unit: persons'));
  figureTable(
    b,
    ctx,
    [t('Chỉ tiêu', 'Item'), t('Số người', 'Persons')],
    [
      { label: t('Cán bộ, công chức', 'Cán bộ and công chức'), bold: true, cells: [fig(data.total, 'count', 'staff.total')] },
      { label: `   - ${t('Cán bộ', 'Cán bộ')}`, cells: [fig(data.canBo, 'count', 'staff.canBo')] },
      { label: `   - ${t('Công chức', 'Công chức')}`, cells: [fig(data.congChuc, 'count', 'staff.congChuc')] },
      { label: t('Người hoạt động không chuyên trách', 'Part-time workers'), cells: [fig(data.khongChuyenTrach, 'count', 'staff.khongChuyenTrach')] },
    ],
  );
  b.next();
  noteLine(b, t('Trình độ chuyên môn của cán bộ, công chức', 'Education of cán bộ and công chức'));
  figureTable(
    b,
    ctx,
    [t('Trình độ', 'Level'), t('Số người', 'Persons'), t('Tỷ lệ (%)', 'Share (%)')],
    [
      ...EDUCATION_LEVELS.map((l) => ({
        label: t(EDUCATION_LABEL[l].vi, EDUCATION_LABEL[l].en),
        cells: [fig(data.education[l].count, 'count', `staff.education.${l}.count`), fig(data.education[l].pct, 'pct', `staff.education.${l}.pct`)],
      })),
      // Those whose level could not be read: counted apart, in no share.
      ...(data.unclassified
        ? [
            {
              label: t('Chưa xác định được trình độ (không tính vào tỷ lệ)', 'Level not recognised (in no share)'),
              cells: [fig(data.unclassified, 'count', 'staff.unclassified'), null],
            },
          ]
        : []),
    ],
  );
  const rounding = sharesNote(data, ctx);
  if (rounding) noteLine(b, rounding);
}

/**
 * The line under the education shares when their largest-remainder rounding (they add up to 100 %) shows a share
 * other than its own plain rounding (17 of 21: 80,9 %, where 17 / 21 rounded is 81,0 %), naming each such share's
 * plain rounding, so that a clerk who recomputes one with a calculator sees why; the same shares as the draft's
 * footnote (word/sections/staffing.ts sharesRoundedApart); null when none differs.
 */
export function sharesNote(data: StaffFigures, ctx: BlockContext): string | null {
  const pct = (x: number) => `${formatNumber(x, ctx.decimals, ctx.lang)}%`;
  const moved = sharesRoundedApart(data, ctx.decimals).map((m) => {
    const label = EDUCATION_LABEL[m.level][ctx.lang];
    return tr(ctx.lang, `${label} là ${pct(m.plain)}`, `${label} would be ${pct(m.plain)}`);
  });
  if (moved.length === 0) return null;
  return tr(
    ctx.lang,
    `Ghi chú: các tỷ lệ được làm tròn sao cho cộng lại đúng 100% (phương pháp phần dư lớn nhất); làm tròn riêng thì ${moved.join(', ')}.`,
    `Note: the shares are rounded to add up to exactly 100% (largest remainder); rounded alone, ${moved.join(', ')}.`,
  );
}
