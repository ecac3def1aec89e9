/** 2.4 Cải cách tổ chức bộ máy (headcount) and 2.5 Cải cách chế độ công vụ (qualifications). */
import type { Para } from '../model';
import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type EducationLevel, type FigurePath, type StaffFigures } from '../../figures/types';
import { body, count, pct, ph, plainCount, type Part } from '../text';
import { area } from './area';
import { notProvided, type Ctx } from './context';
import { marked } from '../marks';
import { roundHalfAway } from '../../round';
import { formatNumberVi, formatRoundedPercentVi } from '../../format';
import type { Analysis } from '../../analyze';

/** Each level's name in the draft: the one every output prints (figures/types.ts EDUCATION_LEVEL_LABELS). */
export const EDUCATION_LABELS = Object.fromEntries(EDUCATION_LEVELS.map((l) => [l, EDUCATION_LEVEL_LABELS[l].vi])) as Record<EducationLevel, string>;

/** The whole the education shares are of: the headcount less those whose level is unknown, else the sum of the levels. */
export function educationWhole(s: StaffFigures): number | null {
  if (s.total !== null) return s.total - (s.unclassified ?? 0);
  const counts = EDUCATION_LEVELS.map((l) => s.education[l].count);
  return counts.every((c) => c === null) ? null : counts.reduce<number>((a, c) => a + (c ?? 0), 0);
}

/**
 * "Sau đại học: 1/21, chiếm 4,8%; Đại học: 17/21, chiếm 80,9%; Trung cấp: 3/21, chiếm 14,3%." (levels at 0 left out),
 * then "; chưa xác định được trình độ: 1 người (không tính vào tỷ lệ)" when some level could not be read.
 */
export function educationParts(s: StaffFigures, decimals: number, mark: (parts: Part[], ...paths: FigurePath[]) => Part[] = (p) => p): Part[] {
  const whole = educationWhole(s);
  // A share is built on the whole: a row in question there (a person twice, a hidden sheet) marks every share
  // (tester 11 item 6); a level not read leaves its person out of the shares, said after them, not on each.
  const items = EDUCATION_LEVELS.filter((l) => s.education[l].count !== 0 && s.education[l].count !== null).map((l): Part[] => [
    `${EDUCATION_LABELS[l]}: `,
    ...mark([plainCount(s.education[l].count), '/', plainCount(whole), ', chiếm ', pct(s.education[l].pct, decimals)], 'staff.total'),
  ]);
  if (!items.length) return [count(null)];
  const out: Part[] = [];
  items.forEach((it, k) => out.push(...(k ? ['; '] : []), ...it));
  // Those whose level could not be read are said, outside the shares (their cells are the issue's).
  const left = s.unclassified ?? 0;
  if (left > 0) out.push('; chưa xác định được trình độ: ', ...mark([plainCount(left), ' người'], 'staff.unclassified'), ' (không tính vào tỷ lệ)');
  return [...out, '.'];
}

/** An education share whose largest-remainder rounding is not its own plain rounding (sharesRoundedApart). */
export interface ShareRoundedApart {
  level: EducationLevel;
  /** Its persons, and the whole the shares are of (educationWhole). */
  count: number;
  whole: number;
  /** count / whole * 100, unrounded; the share as figured (largest remainder); the exact value rounded alone. */
  exact: number;
  share: number;
  plain: number;
}

/**
 * The education shares that their largest-remainder rounding (REPORTING-SCHEMA §4: they add up to 100) shows other
 * than their own plain rounding at `decimals` (17/21 = 80,95%: 80,9%, where it alone rounds to 81%), levels at 0 left
 * out; empty when every share is its plain rounding. The draft's footnote and the report sheet's note say them.
 */
export function sharesRoundedApart(s: StaffFigures, decimals: number): ShareRoundedApart[] {
  const whole = educationWhole(s);
  if (!whole) return [];
  return EDUCATION_LEVELS.flatMap((level) => {
    const { count, pct: share } = s.education[level];
    if (!count || share === null) return [];
    const exact = (count / whole) * 100;
    const plain = roundHalfAway(exact, decimals);
    return Math.abs(plain - share) < 1e-9 ? [] : [{ level, count, whole, exact, share, plain }];
  });
}

/**
 * Why a share differs from the plain rounding of its quotient (brief draft11 item 2): the shares are rounded by
 * largest remainder so that they add up to 100 (REPORTING-SCHEMA §4), so 17/21 = 80,95% is written 80,9% where the
 * clerk's own table, rounding each share alone, says 81%. The footnote names each such share with its count, its
 * exact value and both roundings, a highlighted line after the shares; null when every share is its plain rounding.
 */
export function roundingNote(s: StaffFigures, decimals: number): string | null {
  const pc = (x: number, d: number) => `${formatNumberVi(roundHalfAway(x, d), d)}%`;
  const moved = sharesRoundedApart(s, decimals).map(
    (m) =>
      `${EDUCATION_LABELS[m.level]} ${m.count}/${m.whole} = ${pc(m.exact, 2)}, ghi ${formatRoundedPercentVi(m.share, decimals)} (làm tròn riêng thì là ${formatRoundedPercentVi(m.plain, decimals)})`,
  );
  if (!moved.length) return null;
  const places = decimals === 0 ? 'đến hàng đơn vị' : `đến ${decimals} chữ số thập phân`;
  return `[Lưu ý về cách làm tròn, xóa trước khi ký: các tỷ lệ trình độ được làm tròn ${places} sao cho cộng lại đúng 100% (phương pháp phần dư lớn nhất), nên có thể khác bảng tính làm tròn từng tỷ lệ riêng: ${moved.join('; ')}.]`;
}

/**
 * The headcount, stated once, in 2.4 (2.5 states the qualifications on it); marked when an open issue touches it,
 * such as a list whose title states another day than the period's («tính đến ngày 31/12/2022», tester 6 item 16).
 */
function headcountParts(s: StaffFigures, analysis: Analysis): Part[] {
  // Each count is marked after its unit («12 người [cần xem lại: …]»), as the other figures of the draft are; every
  // count built on a row in question is marked, not the total alone (tester 11 item 6).
  // A count not given is a gap to fill already, not a figure to review.
  const people = (n: number | null, path: FigurePath) => (n === null ? [count(n), ' người'] : marked(analysis, [count(n), ' người'], path));
  return [
    'Số lượng cán bộ, công chức ',
    ...people(s.total, 'staff.total'),
    ', trong đó cán bộ ',
    ...people(s.canBo, 'staff.canBo'),
    ', công chức ',
    ...people(s.congChuc, 'staff.congChuc'),
    '; những người hoạt động không chuyên trách ',
    ...people(s.khongChuyenTrach, 'staff.khongChuyenTrach'),
    '.',
  ];
}

export function organisation(ctx: Ctx): Para[] {
  const s = ctx.analysis.figures.staff;
  return area(ctx, {
    key: '2.4',
    title: 'Cải cách tổ chức bộ máy',
    figures: [
      body([
        '- Việc thực hiện các quy định về quản lý, sử dụng biên chế được giao: ',
        ...(s ? headcountParts(s, ctx.analysis) : notProvided('cán bộ, công chức')),
      ]),
    ],
    resultNote: 'Nêu kết quả thực hiện các quy định về phân cấp quản lý, tổ chức bộ máy, vị trí việc làm',
    limitNote: 'Nêu hạn chế, khó khăn trong cải cách tổ chức bộ máy và nguyên nhân',
  });
}

export function civilService(ctx: Ctx): Para[] {
  const s = ctx.analysis.figures.staff;
  const figures = s
    ? [
        body(['- Chất lượng cán bộ, công chức: ', ...educationParts(s, ctx.decimals, (p, ...paths) => marked(ctx.analysis, p, ...paths))]),
        ...[roundingNote(s, ctx.decimals)].flatMap((why) => (why ? [body([ph(why)])] : [])),
      ]
    : [body(['- ', ...notProvided('số lượng, trình độ chuyên môn của cán bộ, công chức')])];
  return area(ctx, {
    key: '2.5',
    title: 'Cải cách chế độ công vụ',
    figures,
    resultNote: 'Nêu kết quả quản lý, bố trí, sử dụng cán bộ, công chức; đào tạo, bồi dưỡng; chấp hành kỷ luật, kỷ cương hành chính',
    limitNote: 'Nêu hạn chế, khó khăn trong cải cách chế độ công vụ và nguyên nhân',
  });
}
