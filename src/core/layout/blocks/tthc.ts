/** Block: TTHC dossiers, with the ratios and the counts by field. */
import type { FigurePath, TthcCounts, TthcFigures } from '../../figures/types';
import type { Bilingual } from '../../issues';
import type { SheetBuilder } from '../builder';
import { fig, figureTable, heading, noData, noteLine, tr, type BlockContext } from './common';

/** `rule`: the timing rule used when the figures were counted from a dossier log (null for a counts table). */
export function tthcBlock(b: SheetBuilder, ctx: BlockContext, n: number, data: TthcFigures | null, rule: Bilingual | null): void {
  const t = (vi: string, en: string) => tr(ctx.lang, vi, en);
  heading(b, `${n}. ${t('Giải quyết thủ tục hành chính (TTHC)', 'Administrative procedures (TTHC)')}`);
  if (!data) return noData(b, ctx.lang);
  noteLine(b, t('Đơn vị tính: hồ sơ', 'Unit: dossiers'));
  if (rule) noteLine(b, rule[ctx.lang]);
  const p = (k: keyof TthcCounts): FigurePath => `tthc.${k}`;
  const sub = (vi: string, en: string) => `   - ${t(vi, en)}`;
  figureTable(
    b,
    ctx,
    [t('Chỉ tiêu', 'Item'), t('Số hồ sơ', 'Dossiers'), t('Tỷ lệ (%)', 'Share (%)')],
    [
      { label: t('Tổng số hồ sơ tiếp nhận', 'Received'), bold: true, cells: [fig(data.received, 'count', p('received')), null] },
      { label: sub('Trực tuyến', 'Online'), cells: [fig(data.online, 'count', p('online')), fig(data.onlinePct, 'pct', p('onlinePct'))] },
      { label: sub('Trực tiếp và bưu chính', 'Direct and postal'), cells: [fig(data.direct, 'count', p('direct')), null] },
      { label: sub('Kỳ trước chuyển sang', 'Carried over'), cells: [fig(data.carriedOver, 'count', p('carriedOver')), null] },
      { label: t('Đã giải quyết', 'Resolved'), bold: true, cells: [fig(data.resolved, 'count', p('resolved')), null] },
      { label: sub('Trước hạn', 'Early'), cells: [fig(data.early, 'count', p('early')), null] },
      { label: sub('Đúng hạn', 'On time'), cells: [fig(data.onTime, 'count', p('onTime')), null] },
      { label: sub('Quá hạn', 'Late'), cells: [fig(data.late, 'count', p('late')), fig(data.latePct, 'pct', p('latePct'))] },
      {
        label: t('Giải quyết đúng hạn (trước hạn và đúng hạn)', 'Resolved in time (early and on time)'),
        cells: [null, fig(data.onTimePct, 'pct', p('onTimePct'))],
      },
      { label: t('Đang giải quyết', 'Pending'), bold: true, cells: [fig(data.pending, 'count', p('pending')), null] },
      { label: sub('Trong hạn', 'In time'), cells: [fig(data.pendingInTime, 'count', p('pendingInTime')), null] },
      { label: sub('Quá hạn', 'Overdue'), cells: [fig(data.pendingOverdue, 'count', p('pendingOverdue')), null] },
    ],
  );
  if (data.byField.length === 0) return;
  b.next();
  noteLine(b, t('Theo lĩnh vực', 'By field'));
  // Three narrow tables rather than one of 16 columns: each fits an A4 page at a readable scale (issue 10 §2).
  const label = (f: (typeof data.byField)[number]) => f.field || t('(chưa ghi lĩnh vực)', '(no field)');
  const part = (heads: string[], keys: (keyof (typeof data.byField)[number] & string)[], pcts: ('onlinePct' | 'onTimePct' | 'latePct')[]) => {
    figureTable(
      b,
      ctx,
      [t('Lĩnh vực', 'Field'), ...heads],
      data.byField.map((f, i) => ({
        label: label(f),
        cells: [
          ...keys.map((k) => fig(f[k] as number | null, 'count', `tthc.byField.${i}.${k}`)),
          ...pcts.map((k) => fig(f[k], 'pct', `tthc.byField.${i}.${k}`)),
        ],
      })),
    );
  };
  part(
    [
      t('Tiếp nhận', 'Received'),
      t('Trực tuyến', 'Online'),
      t('Trực tiếp, bưu chính', 'Direct, postal'),
      t('Kỳ trước chuyển sang', 'Carried over'),
      t('Trực tuyến (%)', 'Online (%)'),
    ],
    ['received', 'online', 'direct', 'carriedOver'],
    ['onlinePct'],
  );
  b.next();
  part(
    [
      t('Đã giải quyết', 'Resolved'),
      t('Trước hạn', 'Early'),
      t('Đúng hạn', 'On time'),
      t('Quá hạn', 'Late'),
      t('Đúng hạn (%)', 'In time (%)'),
      t('Quá hạn (%)', 'Late (%)'),
    ],
    ['resolved', 'early', 'onTime', 'late'],
    ['onTimePct', 'latePct'],
  );
  b.next();
  part(
    [t('Đang giải quyết', 'Pending'), t('Trong hạn', 'In time'), t('Quá hạn (đang giải quyết)', 'Overdue (pending)')],
    ['pending', 'pendingInTime', 'pendingOverdue'],
    [],
  );
}
