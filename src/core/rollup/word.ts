/**
 * The Word summary of a roll-up (issue 14 point 2): "Báo cáo tổng hợp kết quả CCHC của các xã", laid
 * out per Nghị định 30/2020/NĐ-CP, Phụ lục I like the commune draft, whose page, header block, title,
 * closing line and signature block it uses (src/core/word/). The province's figures are written in
 * sentences (ratios from summed counts, the rule said once), the rankings' top and bottom communes,
 * the communes whose period or data need a look, and an appendix table of every commune.
 * The issuing agency, number, date and signer are the province's to fill: highlighted placeholders.
 */
import { Packer, type Document } from 'docx';
import { EMPTY_INFO, type ReportInfo } from '../reportInfo';
import { EDUCATION_LEVELS, type FigurePath, type TthcFigures } from '../figures/types';
import { tthcCountsTable } from '../word/appendix';
import { formatNumberVi } from '../format';
import { headerBlock } from '../word/headerBlock';
import type { Block, Cell, Para, ReportModel, Row } from '../word/model';
import { TEXT_WIDTH } from '../word/page';
import { renderDocx } from '../word/render/docx';
import { closingLine, signatureBlock } from '../word/signature';
import { amount, body, count, heading1, heading2, joinVi, pct, ph, proseCount, PT, plainCount, type Part } from '../word/text';
import { title } from '../word/title';
import { countedCommunes, RANKING_KEYS } from './index';
import { fileName } from './exclude';
import { communeName, EDUCATION_TITLES, periodText, RANKING_TITLES } from './sheets';
import type { Ranked, RankingKey, Rollup } from './types';
import { communePeriodLine, communePeriodNote, periodSummary } from './periodNotes';
import { markedAt } from '../word/marks';
import { leftOutPhrase, reviewOf, withCells } from './review';
import { RATIO_PARTS } from './questioned';

export const SUMMARY_TITLE = 'Tổng hợp kết quả CCHC của các xã';
/** Communes named at each end of a ranking. */
const ENDS = 3;

/** The header data of the summary: the province fills in its agency, number and signer. */
export function summaryInfo(r: Rollup, over: Partial<ReportInfo> = {}): ReportInfo {
  const maj = r.period.majority;
  return {
    ...EMPTY_INFO,
    title: SUMMARY_TITLE,
    periodStart: maj?.start ?? null,
    periodEnd: maj?.end ?? null,
    decimals: r.decimals,
    ...over,
  };
}

/** "(tính trên 8 trong 10 xã có số liệu)" when some communes do not give the figure ("1/2 xã" reads as half a commune). */
function over(r: Rollup, key: FigurePath): Part[] {
  const n = r.contributors[key] ?? 0;
  const of = countedCommunes(r);
  return n < of ? [` (tính trên ${n} trong ${of} xã có số liệu)`] : [];
}

/**
 * A province figure as the summary states it (tester 7 item 5): highlighted and followed by «[cần xem lại: UBND xã A
 * (Thu chi NS!E6, E7); …]» when it sums a figure a commune's own draft marks so, as that draft does; followed by what
 * was left out when a commune's figure is in another unit (never summed: it is off by 1 000×).
 */
function q(r: Rollup, key: FigurePath, parts: Part[]): Part[] {
  const { marked, leftOut: all } = reviewOf(r, key);
  // A ratio's communes left out for its numerator's amount were said after that amount, earlier in the sentence.
  const dot = key.lastIndexOf('.');
  const said = new Set((RATIO_PARTS[key.slice(dot + 1)]?.num ?? []).flatMap((k) => reviewOf(r, `${key.slice(0, dot)}.${k}` as FigurePath).leftOut));
  const leftOut = all.filter((c) => !said.has(c));
  const out = markedAt(
    marked.map((c) => withCells(c, key)),
    parts,
  );
  if (!leftOut.length) return out;
  return [
    ...out,
    ph(
      leftOutPhrase(
        leftOut.map((c) => withCells(c, key)),
        'vi',
      ),
    ),
  ];
}

function opening(r: Rollup, info: ReportInfo): Para[] {
  const maj = r.period.majority;
  const parts: Part[] = [
    'Trên cơ sở báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) của ',
    count(countedCommunes(r)),
    ' xã',
    maj ? `, kỳ báo cáo ${periodText(maj.start, maj.end, 'vi')}` : '',
    ', ',
    info.agency ?? ph('[cơ quan tổng hợp]'),
    ' tổng hợp kết quả như sau.',
  ];
  const out = [body(parts)];
  out.push(
    body([
      'Các tỷ lệ của toàn tỉnh được tính từ tổng các số liệu của các xã (ví dụ: tỷ lệ hồ sơ trực tuyến bằng tổng số hồ sơ trực tuyến chia cho tổng số hồ sơ tiếp nhận), không lấy trung bình cộng các tỷ lệ của từng xã.',
    ]),
  );
  // A second file of a commune already summed is no broken file: said apart from the files that could not be used.
  const twice = r.refused.filter((f) => f.error.code === 'duplicate');
  // A commune that cannot be told from namesakes of several districts is readable: said apart too, with how to fix it.
  const untold = r.refused.filter((f) => f.error.code === 'ambiguous-commune');
  const unusable = r.refused.filter((f) => f.error.code !== 'duplicate' && f.error.code !== 'ambiguous-commune');
  if (unusable.length) {
    out.push(body([`Có ${proseCount(unusable.length)} tệp không dùng được nên chưa được tổng hợp: `, unusable.map((f) => fileName(f.file)).join('; '), '.']));
  }
  if (twice.length) {
    out.push(
      body([
        `Có ${proseCount(twice.length)} tệp là bản gửi lại hoặc bản sao báo cáo của xã đã được tổng hợp nên không cộng lần nữa: `,
        twice.map((f) => fileName(f.file)).join('; '),
        '.',
      ]),
    );
  }
  if (untold.length) {
    out.push(
      body([
        `Chưa cộng ${proseCount(untold.length)} tệp vì không biết là của xã nào (không ghi «Cơ quan chủ quản» mà trùng tên với các xã thuộc các cơ quan chủ quản khác nhau; cần ghi «Cơ quan chủ quản» rồi tổng hợp lại): `,
        untold.map((f) => fileName(f.file)).join('; '),
        '.',
      ]),
    );
  }
  // Not a majority's period: which one the figures are of, and why, before them.
  if (r.period.majority && r.period.chosen !== 'majority') out.push(body([periodSummary(r, 'vi')]));
  const left = r.communes.filter((_, i) => r.leftOut[i]);
  if (left.length) {
    out.push(
      body([
        `Không cộng vào số liệu toàn tỉnh và không xếp hạng ${proseCount(left.length)} xã báo cáo kỳ khác với ${r.period.chosen === 'majority' ? 'đa số' : 'kỳ được tổng hợp'}: `,
        ...joinVi(left.map((c) => [communeName(c), ` (${periodText(c.periodStart, c.periodEnd, 'vi')})`])),
        '.',
      ]),
    );
  }
  return out;
}

function tthcSection(r: Rollup): Block[] {
  const t = r.totals.tthc;
  const d = r.decimals;
  if (!t) return [heading2('1. Cải cách thủ tục hành chính'), body([ph('[Chưa xã nào có số liệu giải quyết TTHC.]')])];
  return [
    heading2('1. Cải cách thủ tục hành chính'),
    body([
      'Các xã đã tiếp nhận ',
      ...q(r, 'tthc.received', [count(t.received)]),
      ' hồ sơ TTHC',
      ...over(r, 'tthc.received'),
      ', trong đó trực tuyến ',
      ...q(r, 'tthc.online', [count(t.online)]),
      ' hồ sơ, đạt tỷ lệ ',
      ...q(r, 'tthc.onlinePct', [pct(t.onlinePct, d)]),
      ...over(r, 'tthc.onlinePct'),
      '; trực tiếp và qua dịch vụ bưu chính ',
      ...q(r, 'tthc.direct', [count(t.direct)]),
      ' hồ sơ.',
    ]),
    body([
      'Đã giải quyết ',
      ...q(r, 'tthc.resolved', [count(t.resolved)]),
      ' hồ sơ, trong đó trước hạn ',
      ...q(r, 'tthc.early', [count(t.early)]),
      ', đúng hạn ',
      ...q(r, 'tthc.onTime', [count(t.onTime)]),
      ', quá hạn ',
      ...q(r, 'tthc.late', [count(t.late)]),
      ' hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn đạt ',
      ...q(r, 'tthc.onTimePct', [pct(t.onTimePct, d)]),
      ...over(r, 'tthc.onTimePct'),
      ', tỷ lệ quá hạn ',
      ...q(r, 'tthc.latePct', [pct(t.latePct, d)]),
      '.',
    ]),
    ...byFieldPart(r, t),
  ];
}

/** The dossiers by field (lĩnh vực), summed over the communes reporting each: one sentence, then Biểu 06's table. */
function byFieldPart(r: Rollup, t: TthcFigures): Block[] {
  if (t.byField.length === 0) return [body(['Theo lĩnh vực: ', ph('[chưa xã nào báo cáo số liệu theo lĩnh vực]'), '.'])];
  const most = t.byField.reduce((a, b) => ((b.received ?? -1) > (a.received ?? -1) ? b : a));
  const counted = t.byField.flatMap((f, i): Part[] => [
    i > 0 ? '; ' : '',
    f.field || ph('[Lĩnh vực]'),
    ' ',
    count(f.received),
    ` hồ sơ (${proseCount(r.contributors[`tthc.byField.${i}.received`] ?? 0)} xã)`,
  ]);
  return [
    body([
      'Theo lĩnh vực, hồ sơ tiếp nhận gồm: ',
      ...counted,
      most.received !== null ? `; nhiều nhất là lĩnh vực ${most.field}` : '',
      '. Kết quả giải quyết theo từng lĩnh vực (mỗi lĩnh vực cộng các xã có báo cáo lĩnh vực đó) như bảng sau:',
    ]),
    tthcCountsTable(t),
  ];
}

function staffSection(r: Rollup): Para[] {
  const s = r.totals.staff;
  if (!s) return [heading2('2. Cải cách tổ chức bộ máy và chế độ công vụ'), body([ph('[Chưa xã nào có số liệu cán bộ, công chức.]')])];
  // A level no one holds is left out, as the commune draft words it (staffing.ts educationParts): never "0 người (0%)".
  const levels = EDUCATION_LEVELS.filter((l) => s.education[l].count !== 0).map((l) => [
    EDUCATION_TITLES[l].vi.toLocaleLowerCase('vi'),
    ' ',
    ...q(r, `staff.education.${l}.count`, [count(s.education[l].count)]),
    ' người (',
    ...q(r, `staff.education.${l}.pct`, [pct(s.education[l].pct, r.decimals)]),
    ')',
  ]);
  return [
    heading2('2. Cải cách tổ chức bộ máy và chế độ công vụ'),
    body([
      'Tổng số cán bộ, công chức cấp xã là ',
      ...q(r, 'staff.total', [count(s.total)]),
      ' người',
      ...over(r, 'staff.total'),
      ' (cán bộ ',
      ...q(r, 'staff.canBo', [count(s.canBo)]),
      ', công chức ',
      ...q(r, 'staff.congChuc', [count(s.congChuc)]),
      '); người hoạt động không chuyên trách ',
      ...q(r, 'staff.khongChuyenTrach', [count(s.khongChuyenTrach)]),
      ' người.',
    ]),
    ...(levels.length > 0
      ? [body(['Về trình độ chuyên môn của cán bộ, công chức: ', ...joinVi(levels, '; '), ...over(r, 'staff.education.university.count'), '.'])]
      : []),
  ];
}

function financeSection(r: Rollup): Para[] {
  const b = r.totals.budget;
  const inv = r.totals.investment;
  const d = r.decimals;
  const side = (name: string, key: 'revenue' | 'expenditure'): Part[] => {
    const x = b?.[key];
    if (!x) return [name, ' ', ph('[chưa có số liệu]')];
    return [
      name,
      ' thực hiện ',
      ...q(r, `budget.${key}.actual`, [amount(x.actual)]),
      ...over(r, `budget.${key}.actual`),
      ', đạt ',
      ...q(r, `budget.${key}.pctSuperior`, [pct(x.pctSuperior, d)]),
      ' dự toán cấp trên giao',
      ...over(r, `budget.${key}.pctSuperior`),
      ' và ',
      ...q(r, `budget.${key}.pctCouncil`, [pct(x.pctCouncil, d)]),
      ' dự toán HĐND xã giao',
      ...over(r, `budget.${key}.pctCouncil`),
    ];
  };
  const out = [heading2('3. Cải cách tài chính công'), body([...side('Thu ngân sách các xã', 'revenue'), '; ', ...side('chi ngân sách', 'expenditure'), '.'])];
  out.push(
    inv
      ? body([
          'Vốn đầu tư công đã giải ngân ',
          ...q(r, 'investment.disbursed', [amount(inv.disbursed)]),
          ' trên kế hoạch ',
          ...q(r, 'investment.plan', [amount(inv.plan)]),
          ', đạt ',
          ...q(r, 'investment.pct', [pct(inv.pct, d)]),
          ...over(r, 'investment.pct'),
          '.',
        ])
      : body([ph('[Chưa xã nào có số liệu giải ngân vốn đầu tư công.]')]),
  );
  return out;
}

/** "A (98,5%), B và C (97%)": communes named with their figure, equal ones together. */
function named(r: Rollup, places: Ranked[]): Part[] {
  return joinVi(places.map((p) => [communeName(r.communes[p.index]), ' (', pct(p.value, r.decimals), ')']));
}

/** The top and bottom of one ranking: ties at the edge are all named, so no equal commune is left out. */
export function ends(ranked: Ranked[], n = ENDS): { top: Ranked[]; bottom: Ranked[] } {
  const known = ranked.filter((p) => p.rank !== null);
  if (known.length === 0) return { top: [], bottom: [] };
  const cut = known[Math.min(n, known.length) - 1].value;
  const top = known.filter((p) => p.value! >= cut!);
  const rest = known.filter((p) => !top.includes(p));
  const lowCut = rest.length ? rest[Math.max(0, rest.length - n)].value : null;
  const bottom = lowCut === null ? [] : rest.filter((p) => p.value! <= lowCut).reverse();
  return { top, bottom };
}

function rankingSection(r: Rollup): Para[] {
  const out = [heading1('II. Xếp hạng các xã')];
  (RANKING_KEYS as RankingKey[]).forEach((key, k) => {
    const { top, bottom } = ends(r.ranking[key]);
    const label = RANKING_TITLES[key].vi;
    if (top.length === 0) {
      out.push(body([`${k + 1}. ${label}: `, ph('[chưa xã nào có số liệu]'), '.']));
      return;
    }
    out.push(body([`${k + 1}. ${label}: cao nhất là `, ...named(r, top), ...(bottom.length ? ['; thấp nhất là ', ...named(r, bottom)] : []), '.']));
  });
  return out;
}

function qualitySection(r: Rollup): Para[] {
  const out = [heading1('III. Kỳ báo cáo và chất lượng số liệu')];
  // Each commune whose period is flagged, with its one reason and whether it was summed.
  const flagged = r.communes.flatMap((c, i) => (communePeriodNote(r, i, 'vi') ? [`${communeName(c)}: ${communePeriodLine(r, i, 'vi')}`] : []));
  out.push(body([periodSummary(r, 'vi')]));
  if (flagged.length) out.push(body([`Các xã cần lưu ý về kỳ báo cáo: ${flagged.join('; ')}.`]));
  else if (r.period.majority) out.push(body(['Các xã báo cáo cùng một kỳ.']));
  const withErrors = r.communes.filter((c) => c.counts.error > 0);
  out.push(
    withErrors.length
      ? body([
          `Có ${proseCount(withErrors.length)} xã còn lỗi trong số liệu: `,
          ...joinVi(withErrors.map((c) => [communeName(c), ` (${proseCount(c.counts.error)} lỗi)`])),
          '; danh sách lỗi của từng xã (tệp, trang tính, ô) ở trang "Lỗi các xã" của bảng tổng hợp để gửi các xã rà soát.',
        ])
      : body(['Số liệu của các xã không còn lỗi.']),
  );
  return out;
}

const gridCell = (parts: Part[], width: number, opts: { bold?: boolean; left?: boolean } = {}): Cell => ({
  width,
  paras: [
    {
      kind: 'para',
      role: 'layout',
      parts,
      run: { size: PT(10), bold: opts.bold },
      align: opts.left ? 'left' : 'center',
      spacing: { after: 0 },
    },
  ],
});
const centredLine = (text: string, size: number, opts: { pageBreakBefore?: boolean; after?: number } = {}): Para => ({
  kind: 'para',
  role: 'heading1',
  parts: [text],
  run: { size, bold: true },
  align: 'center',
  spacing: { after: opts.after ?? 0 },
  pageBreakBefore: opts.pageBreakBefore,
});

/** PHỤ LỤC: one row per commune, its key figures and its count of errors. */
function appendix(r: Rollup): Block[] {
  const heads = ['STT', 'Xã', 'Kỳ báo cáo', 'Hồ sơ tiếp nhận', 'Trực tuyến', 'Đúng hạn', 'CB, CC', 'Thu so DT cấp trên', 'Giải ngân', 'Số lỗi'];
  const fixed = [500, 0, 1500, 900, 850, 850, 650, 950, 850, 600];
  const widths = fixed.map((w) => (w === 0 ? TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0) : w));
  const d = r.decimals;
  const text = (p: Part) => [p];
  const rows: Row[] = [
    {
      header: true,
      cells: heads.map((h, k) => gridCell([h], widths[k], { bold: true })),
    },
    ...r.communes.map((c, i): Row => ({
      cantSplit: true,
      cells: [
        text(String(i + 1)),
        text(communeName(c)),
        text(communePeriodLine(r, i, 'vi')),
        text(plainCount(c.figures.tthc?.received)),
        text(pct(c.figures.tthc?.onlinePct, d)),
        text(pct(c.figures.tthc?.onTimePct, d)),
        text(plainCount(c.figures.staff?.total)),
        text(pct(c.figures.budget?.revenue.pctSuperior, d)),
        text(pct(c.figures.investment?.pct, d)),
        text(formatNumberVi(c.counts.error)),
      ].map((parts, k) => gridCell(parts, widths[k], { left: k === 1 })),
    })),
  ];
  return [
    centredLine('PHỤ LỤC', PT(14), { pageBreakBefore: true }),
    centredLine('SỐ LIỆU CẢI CÁCH HÀNH CHÍNH CỦA CÁC XÃ', PT(13), {
      after: 200,
    }),
    { kind: 'table', style: 'grid', widths, rows },
  ];
}

/** The summary as the report model the commune draft uses (src/core/word/model.ts), rendered by the same renderers. */
export function buildSummaryModel(r: Rollup, info: ReportInfo = summaryInfo(r)): ReportModel {
  return {
    creator: info.agency ?? 'Báo cáo CCHC',
    title: `Báo cáo ${SUMMARY_TITLE.charAt(0).toLocaleLowerCase('vi')}${SUMMARY_TITLE.slice(1)}`,
    subject: 'Báo cáo tổng hợp kết quả cải cách hành chính của các xã',
    blocks: [
      headerBlock(info),
      ...title(info),
      ...opening(r, info),
      heading1('I. Kết quả thực hiện'),
      ...tthcSection(r),
      ...staffSection(r),
      ...financeSection(r),
      ...rankingSection(r),
      ...qualitySection(r),
      heading1('IV. Đề xuất, kiến nghị'),
      body([ph('[Đề xuất, kiến nghị của cơ quan tổng hợp]')]),
      closingLine(info),
      // Keeps the closing line with the signature block.
      {
        kind: 'para',
        role: 'spacer',
        parts: [],
        run: {},
        keepNext: true,
        spacing: { after: 0 },
      },
      signatureBlock(info),
      ...appendix(r),
    ],
  };
}

export function buildSummaryDocument(r: Rollup, info: ReportInfo = summaryInfo(r)): Document {
  return renderDocx(buildSummaryModel(r, info));
}

/** The summary's .docx bytes (Node and browser alike). */
export async function buildRollupSummary(r: Rollup, info?: ReportInfo): Promise<Uint8Array> {
  return Packer.pack(buildSummaryDocument(r, info ?? summaryInfo(r)), 'uint8array');
}
