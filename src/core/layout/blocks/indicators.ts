/** Blocks: key indicators, satisfaction survey, documents issued. */
import type { DocumentsFigures, IndicatorFigure, SurveyFigures } from '../../figures/types';
import type { SheetBuilder } from '../builder';
import { fig, figureTable, heading, noData, noteLine, tr, type BlockContext } from './common';

export function indicatorsBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: IndicatorFigure[] | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Kết quả thực hiện các chỉ tiêu chủ yếu', 'Key indicators')}`);
  if (!data) return noData(b, ctx.lang);
  if (data.length === 0) return noteLine(b, t('Bảng chỉ tiêu chưa có dòng nào.', 'The indicators table has no rows.'));
  figureTable(
    b,
    ctx,
    [t('Chỉ tiêu', 'Indicator'), t('Kế hoạch (%)', 'Target (%)'), t('Thực hiện (%)', 'Actual (%)'), t('Đạt so với kế hoạch (%)', 'Achievement (%)')],
    data.map((d, i) => ({
      label: d.name,
      cells: [
        fig(d.target, 'pct', `indicators.${i}.target`),
        fig(d.actual, 'pct', `indicators.${i}.actual`),
        fig(d.achievement, 'pct', `indicators.${i}.achievement`),
      ],
    })),
  );
}

export function surveyBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: SurveyFigures | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Khảo sát mức độ hài lòng của người dân, tổ chức', 'Satisfaction survey')}`);
  if (!data) return noData(b, ctx.lang);
  figureTable(
    b,
    ctx,
    [t('Mức độ', 'Level'), t('Tỷ lệ (%)', 'Share (%)')],
    [
      { label: t('Rất hài lòng', 'Very satisfied'), cells: [fig(data.veryHigh, 'pct', 'survey.veryHigh')] },
      { label: t('Hài lòng', 'Satisfied'), cells: [fig(data.high, 'pct', 'survey.high')] },
      { label: t('Bình thường', 'Neutral'), cells: [fig(data.neutral, 'pct', 'survey.neutral')] },
      { label: t('Không hài lòng', 'Not satisfied'), cells: [fig(data.low, 'pct', 'survey.low')] },
      {
        label: t('Hài lòng chung (rất hài lòng + hài lòng)', 'Satisfied overall (very + satisfied)'),
        bold: true,
        cells: [fig(data.satisfied, 'pct', 'survey.satisfied')],
      },
    ],
  );
}

export function documentsBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: DocumentsFigures | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Văn bản chỉ đạo, điều hành về cải cách hành chính', 'Documents issued')}`);
  if (!data) return noData(b, ctx.lang);
  noteLine(b, t('Đơn vị tính: văn bản', 'Unit: documents'));
  figureTable(
    b,
    ctx,
    [t('Loại văn bản', 'Type'), t('Số lượng', 'Count')],
    [
      ...Object.entries(data.byType).map(([type, count]) => ({ label: type, cells: [fig(count, 'count', `documents.byType.${type}`)] })),
      { label: t('Tổng số', 'Total'), bold: true, cells: [fig(data.total, 'count', 'documents.total')] },
    ],
  );
}
