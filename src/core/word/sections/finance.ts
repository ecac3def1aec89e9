/** 2.6 Cải cách tài chính công: revenue and expenditure against the estimates; public investment disbursed. */
import type { Para } from '../model';
import { issuesAt, issuesOf, marked, markedBy, unitSlipped } from '../marks';
import type { BudgetSide } from '../../figures/types';
import type { ReadTable, TypedRow } from '../../tables';
import { findSideLine } from '../../figures/budget';
import { serialParts } from '../../format';
import { estimateGiver } from '../names';
import { percent } from '../../round';
import { num } from '../../rowValues';
import { amount, body, i, italic, pct, ph, type Part } from '../text';
import { area } from './area';
import { notProvided, tableUntilParts, type Ctx } from './context';

/** "đạt 25,0% so với dự toán huyện giao và 19,0% so với dự toán HĐND xã giao" (only the estimates that exist). */
export function againstEstimates(
  side: Pick<BudgetSide, 'estimateSuperior' | 'estimateCouncil' | 'pctSuperior' | 'pctCouncil'>,
  ctx: Ctx,
  slipped = false,
): Part[] {
  // The clerk's own header («Dự toán huyện giao») names the giver; else the superior body's level from the info block.
  const level = estimateGiver(ctx.analysis.tables.budget?.located.headings?.estimateSuperior) ?? ctx.superiorLevel;
  const superior = `dự toán ${level} giao`;
  // An amount in another unit (unit-mismatch) makes its share wrong by 1 000× ("đạt 0%"): not stated, left to fill.
  if (slipped) side = { ...side, pctSuperior: null, pctCouncil: null };
  const d = ctx.decimals;
  const hasS = side.estimateSuperior !== null;
  const hasC = side.estimateCouncil !== null;
  const share = (x: number | null): Part => (slipped ? ph('[...]%') : pct(x, d));
  // An estimate of 0 has no share (tester 14 finding 4: «đạt [...]%» with no reason): the line is outside it.
  const zeroS = side.estimateSuperior === 0;
  const zeroC = side.estimateCouncil === 0;
  if (hasS && hasC && side.estimateSuperior === side.estimateCouncil) {
    if (zeroS) return [`ngoài dự toán (dự toán ${level} và HĐND xã giao bằng 0)`];
    return ['đạt ', share(side.pctSuperior), ` so với dự toán ${level} và HĐND xã giao`];
  }
  const parts: Part[][] = [];
  if (hasS && !zeroS) parts.push([share(side.pctSuperior), ` so với ${superior}`]);
  if (hasC && !zeroC) parts.push([share(side.pctCouncil), ' so với dự toán HĐND xã giao']);
  const zeros = [...(zeroS ? [superior] : []), ...(zeroC ? ['dự toán HĐND xã giao'] : [])];
  const outside: Part[] = zeros.length ? [`${parts.length ? ', ' : ''}ngoài dự toán (${zeros.join(' và ')} bằng 0)`] : [];
  if (!parts.length) return outside.length ? outside : ['đạt ', ph('[...]%'), ' so với dự toán'];
  return ['đạt ', ...parts[0], ...(parts[1] ? [' và ', ...parts[1]] : []), ...outside];
}

/** Rows directly under the side's total line, by outline level: the same line the figures are taken from. */
export function childLines(t: ReadTable | undefined, side: 'revenue' | 'expenditure'): TypedRow[] {
  const line = t ? findSideLine(t, side) : null;
  if (!t || !line || line.level === undefined) return [];
  const out: TypedRow[] = [];
  for (const r of t.rows.slice(t.rows.indexOf(line) + 1)) {
    if (r.level === undefined || r.level <= line.level) break;
    if (r.level === line.level + 1) out.push(r);
  }
  return out;
}

const slipped = unitSlipped;

function sideParagraph(ctx: Ctx, label: string, which: 'revenue' | 'expenditure', side: BudgetSide): Para {
  const children = childLines(ctx.analysis.tables.budget, which).map((r): Part[] => {
    const actual = num(r, 'actual');
    const estS = num(r, 'estimateSuperior');
    const estC = num(r, 'estimateCouncil');
    const name = (r.values.content?.text ?? '')
      .trim()
      .replace(/^[-+\s]+/u, '')
      .replace(/[:.;]+$/u, '');
    const lower = /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
    const est = {
      estimateSuperior: estS,
      estimateCouncil: estC,
      pctSuperior: percent(actual, estS, ctx.decimals),
      pctCouncil: percent(actual, estC, ctx.decimals),
    };
    // A sub-line read from a flagged cell is marked as the total is (its own cells, not the total's).
    const cells = (['actual', 'estimateSuperior', 'estimateCouncil'] as const).flatMap((k) => {
      const v = r.values[k];
      return v?.cell ? [{ sheet: r.sheet, cell: v.cell }] : [];
    });
    const issues = issuesAt(ctx.analysis, cells);
    return markedBy(issues, [`${lower} `, amount(actual), ', ', ...againstEstimates(est, ctx, slipped(issues))]);
  });
  const detail: Part[] = [];
  children.forEach((c, k) => detail.push(k ? '; ' : '; trong đó: ', ...c));
  const sideSlipped = slipped(issuesOf(ctx.analysis, [`budget.${which}.actual`, `budget.${which}.estimateSuperior`, `budget.${which}.estimateCouncil`]));
  const total = marked(
    ctx.analysis,
    [amount(side.actual), ', ', ...againstEstimates(side, ctx, sideSlipped)],
    `budget.${which}.actual`,
    `budget.${which}.pctSuperior`,
    `budget.${which}.pctCouncil`,
  );
  return body([i(`${label}:`), ' thực hiện ', ...total, ...detail, '.']);
}

function budgetParagraphs(ctx: Ctx): Para[] {
  const bud = ctx.analysis.figures.budget;
  if (!bud) return [body(['- ', ...notProvided('thu, chi ngân sách (dự toán, thực hiện)')])];
  return [
    body([
      '- Kết quả thực hiện dự toán thu, chi ngân sách đến thời điểm báo cáo (',
      ...italic(...tableUntilParts(ctx, ctx.analysis.tables.budget?.located)),
      '):',
    ]),
    sideParagraph(ctx, 'Thu ngân sách', 'revenue', bud.revenue),
    sideParagraph(ctx, 'Chi ngân sách', 'expenditure', bud.expenditure),
  ];
}

function investmentParagraphs(ctx: Ctx): Para[] {
  const inv = ctx.analysis.figures.investment;
  if (!inv) return [body(['- Kết quả thực hiện giải ngân vốn đầu tư công: ', ...notProvided('giải ngân vốn đầu tư công (kế hoạch vốn, giá trị giải ngân)')])];
  const { periodEnd, reportDate } = ctx.analysis.info;
  const yearSerial = periodEnd ?? reportDate;
  const year = yearSerial !== null && Number.isFinite(yearSerial) ? ` năm ${serialParts(yearSerial).y}` : '';
  return [
    body(['- Kết quả thực hiện giải ngân vốn đầu tư công:']),
    body([
      `Tổng số kế hoạch vốn được giao${year} là `,
      ...marked(ctx.analysis, [amount(inv.plan)], 'investment.plan'),
      '; lũy kế giải ngân từ đầu năm đến kỳ báo cáo là ',
      ...marked(ctx.analysis, [amount(inv.disbursed)], 'investment.disbursed'),
      ', đạt ',
      ...marked(ctx.analysis, [pct(inv.pct, ctx.decimals)], 'investment.pct'),
      ' so với kế hoạch vốn giao.',
    ]),
  ];
}

export function finance(ctx: Ctx): Para[] {
  return area(ctx, {
    key: '2.6',
    title: 'Cải cách tài chính công',
    figures: [...budgetParagraphs(ctx), ...investmentParagraphs(ctx)],
    clerkFirst: true,
    resultNote: 'Nêu kết quả thực hiện các quy định về quản lý tài chính, ngân sách, tài sản công; quy chế chi tiêu nội bộ',
    limitNote: 'Nêu hạn chế, khó khăn trong cải cách tài chính công và nguyên nhân',
  });
}
