/**
 * The roll-up workbook as data (issue 14 point 1): one sheet per list the province officer works
 * from — the communes, the totals with the rule they follow, the rankings, every commune's errors,
 * the period check and the files that could not be used. A host writes it (no cell links: the
 * sources are other files, so each commune's row names its file). Percentages are stored as
 * fractions shown `0.0%`, amounts in đồng shown `#,##0`, dates as Excel serials shown dd/mm/yyyy.
 */
import type { Lang } from '../issues';
import { GENERAL_LABEL, SEVERITY_LABEL } from '../labels';
import { EDUCATION_LEVEL_LABELS, EDUCATION_LEVELS, type FigurePath, type N } from '../figures/types';
import { formatDateVi } from '../format';
import { countedCommunes, RANKING_KEYS } from './index';
import { fileName } from './exclude';
import { ROLLUP_SHEET_NAMES } from './words';
import { communeName } from './identity';
import { noPeriod } from './period';
import { communePeriodNote, periodSummary } from './periodNotes';
import type { CommuneResult, RankingKey, Rollup } from './types';
import { figureAt, questionOf } from './questioned';
import { reviewNote } from './review';

export type CellFormat = 'int' | 'money' | 'pct' | 'date' | 'text';
export interface RollupCell {
  v: string | number | null;
  fmt?: CellFormat;
  /** A figure in question (the commune's draft marks it, or a total built on such): filled yellow. */
  review?: boolean;
}
export interface RollupColumn {
  title: string;
  fmt: CellFormat;
  /** Width in characters. */
  width: number;
}
export interface RollupSheet {
  name: string;
  title: string;
  /** Lines under the title (the rule a total follows, the majority period...). */
  notes: string[];
  columns: RollupColumn[];
  rows: RollupCell[][];
  /** Row indexes (into rows) to highlight: a commune whose period differs, an error. */
  flagged?: number[];
  /**
   * How a wide sheet prints (A4 landscape, the header row on every page): over `pagesWide` pages side by side, its
   * first `titleColumns` columns repeated on each (print titles). Absent: one page wide.
   */
  print?: { pagesWide: number; titleColumns: number };
}

const T = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);
const col = (title: string, fmt: CellFormat, width: number): RollupColumn => ({ title, fmt, width });
/**
 * A percentage figure (in percent, already rounded to the report's decimals) as the fraction Excel's `0.0%`
 * shows, without the float noise of the division (7.2 / 100 is 0.07200000000000001; the cell holds 0.072).
 */
export const pctCell = (x: N): RollupCell => ({ v: x === null ? null : Number((x / 100).toPrecision(12)), fmt: 'pct' });
const num = (x: N, fmt: CellFormat = 'int'): RollupCell => ({ v: x, fmt });
/** A ratio of the totals: its exact quotient (a fraction) when known, so the cell computes on, never a rounded 0. */
const exactPct = (r: Rollup, key: FigurePath, x: N): RollupCell =>
  x === null ? { v: null, fmt: 'pct' } : r.exact[key] !== undefined ? { v: r.exact[key]!, fmt: 'pct' } : pctCell(x);

/**
 * A commune's figure at `path` in its row, yellow when its draft marks it (questioned.ts); a share built on an amount
 * in another unit is left blank (its draft writes «[...]%», the commune's report sheet leaves it blank).
 */
function communeCell(c: CommuneResult, path: FigurePath, fmt: CellFormat): RollupCell {
  const x = figureAt(c.figures, path);
  const q = questionOf(c.questioned, path);
  const cell = fmt === 'pct' ? pctCell(q?.unit ? null : x) : num(x, fmt);
  return q ? { ...cell, review: true } : cell;
}
const txt = (s: string | null): RollupCell => ({ v: s, fmt: 'text' });

/** Each level's name: the one every output prints (figures/types.ts). */
export const EDUCATION_TITLES = EDUCATION_LEVEL_LABELS;

export const RANKING_TITLES: Record<RankingKey, { vi: string; en: string }> = {
  onTimePct: { vi: 'Tỷ lệ hồ sơ giải quyết đúng hạn (trước hạn và đúng hạn)', en: 'Dossiers resolved on time (early and on time)' },
  onlinePct: { vi: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', en: 'Dossiers received online' },
  disbursedPct: { vi: 'Tỷ lệ giải ngân vốn đầu tư công', en: 'Public investment disbursed' },
};

/** "01/01/2024 – 31/12/2024", or what is known of it. */
export function periodText(start: number | null, end: number | null, lang: Lang): string {
  if (start === null && end === null) return T(lang, 'không ghi kỳ báo cáo', 'no period given');
  const d = (s: number | null) => (s === null ? '…' : formatDateVi(s));
  return `${d(start)} – ${d(end)}`;
}

export { communeName } from './identity';
/** The «Cơ quan» cell of a commune's row: the name it goes by, blank when it gives no agency (its file is in «Tệp»). */
const agencyCell = (c: CommuneResult) => txt(c.name ?? c.agency);

/**
 * The note every sheet of totals carries on periods: the communes of another period, named with their
 * periods (listed, flagged, never summed or ranked), or, when no period has a majority, the sentence saying
 * the periods differ and every commune was summed.
 */
export function leftOutNote(r: Rollup, lang: Lang): string[] {
  const out = r.communes.filter((_, i) => r.leftOut[i]);
  if (!out.length) return [];
  // Not a majority's period: which one was summed and why comes first.
  if (r.period.chosen !== 'majority') return [periodSummary(r, lang)];
  const list = out.map((c) => `${communeName(c)} (${periodText(c.periodStart, c.periodEnd, lang)})`).join('; ');
  return [
    T(
      lang,
      `Không cộng vào tổng và không xếp hạng ${out.length} xã khác kỳ báo cáo của đa số: ${list}.`,
      `Left out of the totals and rankings, ${out.length} communes of another period than the majority's: ${list}.`,
    ),
  ];
}

function communesSheet(r: Rollup, lang: Lang): RollupSheet {
  const columns = [
    // STT and the commune first: the columns every printed page repeats (print below).
    col(T(lang, 'STT', 'No.'), 'int', 5),
    col(T(lang, 'Cơ quan', 'Agency'), 'text', 26),
    col(T(lang, 'Tệp', 'File'), 'text', 28),
    col(T(lang, 'Từ ngày', 'From'), 'date', 11),
    col(T(lang, 'Đến ngày', 'To'), 'date', 11),
    col(T(lang, 'Đánh giá kỳ báo cáo', 'Period check'), 'text', 16),
    col(T(lang, 'Số lỗi', 'Errors'), 'int', 7),
    col(T(lang, 'Số cảnh báo', 'Warnings'), 'int', 9),
    col(T(lang, 'TTHC tiếp nhận', 'Dossiers received'), 'int', 10),
    col(T(lang, 'Trực tuyến', 'Online'), 'pct', 9),
    col(T(lang, 'Đúng hạn', 'On time'), 'pct', 9),
    col(T(lang, 'Quá hạn', 'Late'), 'pct', 9),
    col(T(lang, 'CB, CC', 'Staff'), 'int', 7),
    col(T(lang, 'Cán bộ', 'Cán bộ'), 'int', 7),
    col(T(lang, 'Công chức', 'Công chức'), 'int', 8),
    col(T(lang, 'Không chuyên trách', 'Part-time'), 'int', 10),
    ...EDUCATION_LEVELS.map((l) => col(EDUCATION_TITLES[l][lang], 'pct', 10)),
    col(T(lang, 'Thu NS thực hiện (đồng)', 'Revenue, actual (đồng)'), 'money', 16),
    col(T(lang, 'Thu so DT cấp trên', 'Revenue vs superior est.'), 'pct', 10),
    col(T(lang, 'Thu so DT HĐND', 'Revenue vs council est.'), 'pct', 10),
    col(T(lang, 'Chi NS thực hiện (đồng)', 'Expenditure, actual (đồng)'), 'money', 16),
    col(T(lang, 'Chi so DT cấp trên', 'Expenditure vs superior est.'), 'pct', 10),
    col(T(lang, 'Chi so DT HĐND', 'Expenditure vs council est.'), 'pct', 10),
    col(T(lang, 'Giải ngân đầu tư công', 'Investment disbursed'), 'pct', 10),
  ];
  const rows = r.communes.map((c, i): RollupCell[] => {
    return [
      num(i + 1),
      agencyCell(c),
      txt(fileName(c.file)),
      num(c.periodStart, 'date'),
      num(c.periodEnd, 'date'),
      txt(periodStatus(r, i, lang) || null),
      num(c.counts.error),
      num(c.counts.warning),
      communeCell(c, 'tthc.received', 'int'),
      communeCell(c, 'tthc.onlinePct', 'pct'),
      communeCell(c, 'tthc.onTimePct', 'pct'),
      communeCell(c, 'tthc.latePct', 'pct'),
      communeCell(c, 'staff.total', 'int'),
      communeCell(c, 'staff.canBo', 'int'),
      communeCell(c, 'staff.congChuc', 'int'),
      communeCell(c, 'staff.khongChuyenTrach', 'int'),
      ...EDUCATION_LEVELS.map((l) => communeCell(c, `staff.education.${l}.pct`, 'pct')),
      communeCell(c, 'budget.revenue.actual', 'money'),
      communeCell(c, 'budget.revenue.pctSuperior', 'pct'),
      communeCell(c, 'budget.revenue.pctCouncil', 'pct'),
      communeCell(c, 'budget.expenditure.actual', 'money'),
      communeCell(c, 'budget.expenditure.pctSuperior', 'pct'),
      communeCell(c, 'budget.expenditure.pctCouncil', 'pct'),
      communeCell(c, 'investment.pct', 'pct'),
    ];
  });
  return {
    name: ROLLUP_SHEET_NAMES.communes[lang],
    title: T(lang, 'SỐ LIỆU CẢI CÁCH HÀNH CHÍNH CỦA CÁC XÃ', 'ADMINISTRATIVE REFORM FIGURES BY COMMUNE'),
    notes: [
      T(
        lang,
        `Mỗi dòng là một xã, lấy từ tệp ghi ở cột «Tệp»; ô trống là số liệu chưa tính được (xem sheet «${ROLLUP_SHEET_NAMES.errors.vi}»).`,
        `One row per commune, from the file named in «File»; a blank cell is a figure that could not be computed (see «${ROLLUP_SHEET_NAMES.errors.en}»).`,
      ),
      ...leftOutNote(r, lang),
    ],
    columns,
    rows,
    flagged: r.communes.flatMap((c, i) => (r.period.differs[i] || c.counts.error > 0 ? [i] : [])),
    // About 35 columns: on one A4 width they printed at 3 pt (tester 7 item 29). Three pages wide, each led by STT and
    // the commune, print near full size.
    print: { pagesWide: 3, titleColumns: 2 },
  };
}

function indicatorsSheet(r: Rollup, lang: Lang): RollupSheet {
  const rows: RollupCell[][] = [];
  for (const c of r.communes) {
    for (const ind of c.figures.indicators ?? []) {
      rows.push([txt(fileName(c.file)), agencyCell(c), txt(ind.name), pctCell(ind.target), pctCell(ind.actual), pctCell(ind.achievement)]);
    }
  }
  return {
    name: ROLLUP_SHEET_NAMES.indicators[lang],
    title: T(lang, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA TỪNG XÃ', 'EACH COMMUNE’S INDICATORS'),
    notes: [T(lang, 'Mức đạt = thực hiện / kế hoạch × 100.', 'Achievement = actual / target × 100.')],
    columns: [
      col(T(lang, 'Tệp', 'File'), 'text', 28),
      col(T(lang, 'Cơ quan', 'Agency'), 'text', 26),
      col(T(lang, 'Chỉ tiêu', 'Indicator'), 'text', 50),
      col(T(lang, 'Kế hoạch', 'Target'), 'pct', 10),
      col(T(lang, 'Thực hiện', 'Actual'), 'pct', 10),
      col(T(lang, 'Mức đạt', 'Achievement'), 'pct', 10),
    ],
    rows,
  };
}

function totalsSheet(r: Rollup, lang: Lang): RollupSheet {
  const t = r.totals;
  const n = (k: FigurePath) => num(r.contributors[k] ?? 0);
  // Each line: its figure (a ratio as its exact quotient), over how many communes, and what is in question (review.ts).
  const line = (label: string, key: FigurePath, v: N, fmt: CellFormat): RollupCell[] => {
    const note = reviewNote(r, key, lang);
    const value = fmt === 'pct' ? exactPct(r, key, v) : num(v, fmt);
    return [txt(label), note ? { ...value, review: true } : value, n(key), txt(note)];
  };
  const rows: RollupCell[][] = [];
  const tt = t.tthc;
  rows.push(
    line(T(lang, 'Hồ sơ TTHC tiếp nhận', 'Dossiers received'), 'tthc.received', tt?.received ?? null, 'int'),
    line(T(lang, '- trực tuyến', '- online'), 'tthc.online', tt?.online ?? null, 'int'),
    line(T(lang, '- trực tiếp, bưu chính', '- direct or by post'), 'tthc.direct', tt?.direct ?? null, 'int'),
    line(T(lang, '- kỳ trước chuyển sang', '- carried over'), 'tthc.carriedOver', tt?.carriedOver ?? null, 'int'),
    line(T(lang, 'Hồ sơ đã giải quyết', 'Dossiers resolved'), 'tthc.resolved', tt?.resolved ?? null, 'int'),
    line(T(lang, '- trước hạn', '- early'), 'tthc.early', tt?.early ?? null, 'int'),
    line(T(lang, '- đúng hạn', '- on time'), 'tthc.onTime', tt?.onTime ?? null, 'int'),
    line(T(lang, '- quá hạn', '- late'), 'tthc.late', tt?.late ?? null, 'int'),
    line(T(lang, 'Hồ sơ đang giải quyết', 'Dossiers pending'), 'tthc.pending', tt?.pending ?? null, 'int'),
    line(
      T(lang, 'Tỷ lệ tiếp nhận trực tuyến = Σ trực tuyến / Σ tiếp nhận', 'Online share = Σ online / Σ received'),
      'tthc.onlinePct',
      tt?.onlinePct ?? null,
      'pct',
    ),
    line(
      T(lang, 'Tỷ lệ đúng hạn = Σ (trước hạn + đúng hạn) / Σ đã giải quyết', 'On-time share = Σ (early + on time) / Σ resolved'),
      'tthc.onTimePct',
      tt?.onTimePct ?? null,
      'pct',
    ),
    line(T(lang, 'Tỷ lệ quá hạn = Σ quá hạn / Σ đã giải quyết', 'Late share = Σ late / Σ resolved'), 'tthc.latePct', tt?.latePct ?? null, 'pct'),
  );
  // The same by field (lĩnh vực), each summed over the communes that report it.
  (tt?.byField ?? []).forEach((f, i) => {
    const k = `tthc.byField.${i}` as const;
    const name = f.field || T(lang, '(không ghi tên)', '(unnamed)');
    const of = (vi: string, en: string) => T(lang, `Lĩnh vực ${name}: ${vi}`, `Field ${name}: ${en}`);
    rows.push(
      line(of('hồ sơ tiếp nhận', 'dossiers received'), `${k}.received`, f.received, 'int'),
      line(T(lang, '- trực tuyến', '- online'), `${k}.online`, f.online, 'int'),
      line(T(lang, '- đã giải quyết', '- resolved'), `${k}.resolved`, f.resolved, 'int'),
      line(T(lang, '- giải quyết trước hạn', '- resolved early'), `${k}.early`, f.early, 'int'),
      line(T(lang, '- giải quyết đúng hạn', '- resolved on time'), `${k}.onTime`, f.onTime, 'int'),
      line(T(lang, '- giải quyết quá hạn', '- resolved late'), `${k}.late`, f.late, 'int'),
      line(T(lang, '- đang giải quyết', '- pending'), `${k}.pending`, f.pending, 'int'),
      line(T(lang, '- tỷ lệ trực tuyến', '- online share'), `${k}.onlinePct`, f.onlinePct, 'pct'),
      line(T(lang, '- tỷ lệ đúng hạn (trước hạn và đúng hạn)', '- on-time share (early and on time)'), `${k}.onTimePct`, f.onTimePct, 'pct'),
    );
  });
  const s = t.staff;
  rows.push(
    line(T(lang, 'Cán bộ, công chức', 'Cán bộ and công chức'), 'staff.total', s?.total ?? null, 'int'),
    line(T(lang, '- cán bộ', '- cán bộ'), 'staff.canBo', s?.canBo ?? null, 'int'),
    line(T(lang, '- công chức', '- công chức'), 'staff.congChuc', s?.congChuc ?? null, 'int'),
    line(T(lang, 'Người hoạt động không chuyên trách', 'Part-time officials'), 'staff.khongChuyenTrach', s?.khongChuyenTrach ?? null, 'int'),
    ...EDUCATION_LEVELS.flatMap((l) => [
      line(
        T(lang, `Trình độ ${EDUCATION_TITLES[l].vi.toLocaleLowerCase('vi')} (người)`, `${EDUCATION_TITLES[l].en} (people)`),
        `staff.education.${l}.count`,
        s?.education[l].count ?? null,
        'int',
      ),
      line(
        T(
          lang,
          `Tỷ lệ trình độ ${EDUCATION_TITLES[l].vi.toLocaleLowerCase('vi')} = Σ người / Σ CB, CC`,
          `${EDUCATION_TITLES[l].en} share = Σ people / Σ staff`,
        ),
        `staff.education.${l}.pct`,
        s?.education[l].pct ?? null,
        'pct',
      ),
    ]),
  );
  for (const side of ['revenue', 'expenditure'] as const) {
    const b = t.budget?.[side] ?? null;
    const name = side === 'revenue' ? T(lang, 'Thu ngân sách', 'Budget revenue') : T(lang, 'Chi ngân sách', 'Budget expenditure');
    rows.push(
      line(
        `${name}: ${T(lang, 'dự toán cấp trên giao (đồng)', 'superior estimate (đồng)')}`,
        `budget.${side}.estimateSuperior`,
        b?.estimateSuperior ?? null,
        'money',
      ),
      line(`${name}: ${T(lang, 'dự toán HĐND giao (đồng)', 'council estimate (đồng)')}`, `budget.${side}.estimateCouncil`, b?.estimateCouncil ?? null, 'money'),
      line(`${name}: ${T(lang, 'thực hiện (đồng)', 'actual (đồng)')}`, `budget.${side}.actual`, b?.actual ?? null, 'money'),
      line(
        `${name}: ${T(lang, 'so dự toán cấp trên = Σ thực hiện / Σ dự toán', 'vs superior estimate = Σ actual / Σ estimate')}`,
        `budget.${side}.pctSuperior`,
        b?.pctSuperior ?? null,
        'pct',
      ),
      line(
        `${name}: ${T(lang, 'so dự toán HĐND = Σ thực hiện / Σ dự toán', 'vs council estimate = Σ actual / Σ estimate')}`,
        `budget.${side}.pctCouncil`,
        b?.pctCouncil ?? null,
        'pct',
      ),
    );
  }
  const inv = t.investment;
  rows.push(
    line(T(lang, 'Kế hoạch vốn đầu tư công (đồng)', 'Public investment plan (đồng)'), 'investment.plan', inv?.plan ?? null, 'money'),
    line(T(lang, 'Đã giải ngân (đồng)', 'Disbursed (đồng)'), 'investment.disbursed', inv?.disbursed ?? null, 'money'),
    line(T(lang, 'Tỷ lệ giải ngân = Σ giải ngân / Σ kế hoạch', 'Disbursed share = Σ disbursed / Σ plan'), 'investment.pct', inv?.pct ?? null, 'pct'),
  );
  return {
    name: ROLLUP_SHEET_NAMES.totals[lang],
    // The period the totals are of, in the title: totals of two periods are never made (period.ts).
    title:
      T(lang, 'TỔNG HỢP SỐ LIỆU CỦA CÁC XÃ', 'TOTALS OF ALL COMMUNES') +
      (r.period.majority
        ? T(
            lang,
            ` - KỲ BÁO CÁO ${periodText(r.period.majority.start, r.period.majority.end, lang)}`,
            ` - PERIOD ${periodText(r.period.majority.start, r.period.majority.end, lang)}`,
          )
        : ''),
    notes: [
      T(
        lang,
        `Tổng của ${countedCommunes(r)} xã đọc được cùng kỳ báo cáo. Các tỷ lệ tính từ tổng các số đếm của các xã (ví dụ: tỷ lệ trực tuyến = tổng hồ sơ trực tuyến / tổng hồ sơ tiếp nhận), không lấy trung bình cộng các tỷ lệ của từng xã.`,
        `Totals of the ${countedCommunes(r)} communes read for the same period. Every ratio is computed from the summed counts (e.g. online share = total online / total received), never as an average of the communes' percentages.`,
      ),
      T(
        lang,
        'Xã thiếu một số liệu thì không được cộng vào dòng đó; một tỷ lệ chỉ cộng các xã có đủ cả tử số và mẫu số. Cột «Số xã» cho biết đã cộng bao nhiêu xã. Số liệu mà báo cáo của xã còn đánh dấu «cần xem lại» được cộng và nêu ở cột «Cần xem lại» (ô tô vàng); số liệu ghi theo đơn vị khác thì không cộng.',
        'A commune missing a figure adds nothing to that line; a ratio sums only the communes giving both its parts. «Communes» says how many were summed. A figure the commune’s own report marks to check is summed and named under «To check» (yellow); a figure in another unit is left out.',
      ),
      T(
        lang,
        'Hồ sơ theo lĩnh vực: mỗi lĩnh vực cộng các xã có báo cáo lĩnh vực đó (tên lĩnh vực so không phân biệt hoa thường, dấu, số thứ tự).',
        'Dossiers by field: each field sums the communes that report it (field names compared regardless of case, diacritics and numbering).',
      ),
      ...leftOutNote(r, lang),
    ],
    columns: [
      col(T(lang, 'Chỉ tiêu', 'Figure'), 'text', 62),
      col(T(lang, 'Toàn tỉnh', 'Province'), 'text', 18),
      col(T(lang, 'Số xã', 'Communes'), 'int', 9),
      col(T(lang, 'Cần xem lại', 'To check'), 'text', 50),
    ],
    rows,
  };
}

function rankingSheet(r: Rollup, lang: Lang): RollupSheet {
  const rows: RollupCell[][] = [];
  for (const key of RANKING_KEYS as RankingKey[]) {
    for (const p of r.ranking[key]) {
      const c = r.communes[p.index];
      rows.push([txt(RANKING_TITLES[key][lang]), num(p.rank), txt(communeName(c)), txt(fileName(c.file)), pctCell(p.value)]);
    }
  }
  return {
    name: ROLLUP_SHEET_NAMES.ranking[lang],
    title: T(lang, 'XẾP HẠNG CÁC XÃ', 'RANKING OF COMMUNES'),
    notes: [
      T(
        lang,
        'Xếp từ cao xuống thấp; các xã bằng nhau cùng hạng (1, 1, 3). Xã không có số liệu thì không xếp hạng (hạng để trống).',
        'Highest first; equal communes share a rank (1, 1, 3). A commune without the figure is not ranked (blank rank).',
      ),
      ...leftOutNote(r, lang),
    ],
    columns: [
      col(T(lang, 'Tiêu chí', 'Criterion'), 'text', 44),
      col(T(lang, 'Hạng', 'Rank'), 'int', 6),
      col(T(lang, 'Xã', 'Commune'), 'text', 26),
      col(T(lang, 'Tệp', 'File'), 'text', 28),
      col(T(lang, 'Tỷ lệ', 'Share'), 'pct', 9),
    ],
    rows,
  };
}

function errorsSheet(r: Rollup, lang: Lang): RollupSheet {
  const rows: RollupCell[][] = [];
  for (const c of r.communes) {
    for (const i of c.issues) {
      const more = i.more ? T(lang, ` (và ${i.more} chỗ khác cùng loại trong cột)`, ` (and ${i.more} more like it in the column)`) : '';
      rows.push([
        txt(fileName(c.file)),
        agencyCell(c),
        txt(SEVERITY_LABEL[i.severity][lang]),
        txt(i.sheet || GENERAL_LABEL[lang]),
        txt(i.cell),
        txt(i.code),
        txt(i.message + more),
      ]);
    }
  }
  return {
    name: ROLLUP_SHEET_NAMES.errors[lang],
    title: T(lang, 'LỖI VÀ CẢNH BÁO TRONG SỐ LIỆU CỦA TỪNG XÃ', 'ERRORS AND WARNINGS IN EACH COMMUNE’S DATA'),
    notes: [T(lang, 'Lọc theo cột «Tệp» để gửi mỗi xã danh sách của mình.', 'Filter by «File» to send each commune its own list.')],
    columns: [
      col(T(lang, 'Tệp', 'File'), 'text', 28),
      col(T(lang, 'Cơ quan', 'Agency'), 'text', 24),
      col(T(lang, 'Mức', 'Severity'), 'text', 9),
      col(T(lang, 'Sheet', 'Sheet'), 'text', 16),
      col(T(lang, 'Ô', 'Cell'), 'text', 9),
      col(T(lang, 'Mã', 'Code'), 'text', 16),
      col(T(lang, 'Nội dung', 'Message'), 'text', 80),
    ],
    rows,
  };
}

/** A commune's period flag in a cell: one reason and its handling ("Không ghi kỳ báo cáo, vẫn cộng vào tổng"). */
function periodStatus(r: Rollup, i: number, lang: Lang): string {
  const c = r.communes[i];
  const note = communePeriodNote(r, i, lang);
  const s = noPeriod(c) ? T(lang, 'không ghi kỳ báo cáo', 'no period given') + (note ? `, ${note}` : '') : note;
  return s ? s[0].toUpperCase() + s.slice(1) : '';
}

function periodsSheet(r: Rollup, lang: Lang): RollupSheet {
  const rows = r.communes.map((c, i): RollupCell[] => {
    const status = periodStatus(r, i, lang) || T(lang, 'Cùng kỳ', 'Same');
    return [txt(fileName(c.file)), agencyCell(c), num(c.periodStart, 'date'), num(c.periodEnd, 'date'), txt(status)];
  });
  return {
    name: ROLLUP_SHEET_NAMES.periods[lang],
    title: T(lang, 'KỲ BÁO CÁO CỦA CÁC XÃ', 'EACH COMMUNE’S REPORTING PERIOD'),
    notes: [periodSummary(r, lang)],
    columns: [
      col(T(lang, 'Tệp', 'File'), 'text', 28),
      col(T(lang, 'Cơ quan', 'Agency'), 'text', 26),
      col(T(lang, 'Từ ngày', 'From'), 'date', 11),
      col(T(lang, 'Đến ngày', 'To'), 'date', 11),
      col(T(lang, 'Đánh giá', 'Status'), 'text', 36),
    ],
    rows,
    flagged: r.communes.flatMap((_, i) => (r.period.differs[i] ? [i] : [])),
  };
}

function refusedSheet(r: Rollup, lang: Lang): RollupSheet {
  return {
    name: ROLLUP_SHEET_NAMES.refused[lang],
    title: T(lang, 'CÁC TỆP KHÔNG DÙNG ĐƯỢC', 'FILES THAT COULD NOT BE USED'),
    notes: [
      r.refused.length
        ? T(lang, 'Các tệp này không được tổng hợp.', 'These files are not in the totals.')
        : T(lang, 'Mọi tệp đều đọc được.', 'Every file was read.'),
    ],
    columns: [col(T(lang, 'Tệp', 'File'), 'text', 36), col(T(lang, 'Mã', 'Code'), 'text', 14), col(T(lang, 'Lý do', 'Reason'), 'text', 90)],
    rows: r.refused.map((f) => [txt(fileName(f.file)), txt(f.error.code), txt(f.error.message)]),
  };
}

/** Every sheet of the roll-up workbook, in the order the officer reads them. */
export function rollupSheets(r: Rollup, lang: Lang): RollupSheet[] {
  return [
    communesSheet(r, lang),
    totalsSheet(r, lang),
    rankingSheet(r, lang),
    errorsSheet(r, lang),
    periodsSheet(r, lang),
    indicatorsSheet(r, lang),
    refusedSheet(r, lang),
  ];
}
