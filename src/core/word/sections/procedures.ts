/** 2.3 Cải cách thủ tục hành chính: dossiers received, resolved and pending, as the seed states them. */
import type { Para } from '../model';
import { marked } from '../marks';
import type { TthcCounts } from '../../figures/types';
import type { TthcCountKey } from '../../figures/tthc';
import { tthcFromDossiers } from '../../figures';
import { timingRule } from '../../figures/dossiers';
import { body, count, italic, pct, type Part } from '../text';
import { area } from './area';
import { notProvided, tablePeriodParts, type Ctx } from './context';

const hs = (x: number | null): Part[] => [count(x), ' hồ sơ'];

/**
 * A part of a total (online, early, in time …) as the draft writes it, marked like the total when an open issue
 * touches its sources: a dossier written twice is counted in every figure its row feeds (tester 12 item 3).
 */
const part = (ctx: Ctx, t: TthcCounts, k: TthcCountKey): Part[] => marked(ctx.analysis, hs(t[k]), `tthc.${k}`);

export function procedureFigures(ctx: Ctx): Para[] {
  const t = ctx.analysis.figures.tthc;
  if (!t) return [body(['- ', ...notProvided('kết quả giải quyết thủ tục hành chính (số hồ sơ tiếp nhận, đã giải quyết, đang giải quyết)')])];
  const received: Part[] = ['trực tuyến ', ...part(ctx, t, 'online'), ', trực tiếp ', ...part(ctx, t, 'direct')];
  if (t.carriedOver) received.push(', kỳ trước chuyển sang ', ...part(ctx, t, 'carriedOver'));
  // The caption dates the table read: a counts table's own title's period when it states one (tester 6 item 16); a
  // dossier log is counted over the report period whatever its title says (tester 11 item 15).
  const { tables } = ctx.analysis;
  const located = tthcFromDossiers(tables) ? undefined : tables.tthc?.located;
  return [
    body(['- Tình hình, kết quả giải quyết thủ tục hành chính trong kỳ báo cáo (', ...italic('số liệu tính ', ...tablePeriodParts(ctx, located)), '):']),
    body(['+ Số lượng hồ sơ tiếp nhận: ', ...marked(ctx.analysis, hs(t.received), 'tthc.received'), ' (', ...italic(...received), ').']),
    body([
      '+ Số lượng hồ sơ đã giải quyết: ',
      ...marked(ctx.analysis, hs(t.resolved), 'tthc.resolved'),
      ' (',
      ...italic('trước hạn ', ...part(ctx, t, 'early'), '; đúng hạn ', ...part(ctx, t, 'onTime'), '; quá hạn ', ...part(ctx, t, 'late')),
      '), tỷ lệ giải quyết đúng hạn và trước hạn đạt ',
      ...marked(ctx.analysis, [pct(t.onTimePct, ctx.decimals)], 'tthc.onTimePct'),
      '.',
    ]),
    ...(noPendingData(t) ? [] : [pendingParagraph(ctx, t)]),
    ...cancelledParagraph(ctx),
    // Counted from the one-stop export: say which timing rule made early / on time / late.
    ...(tthcFromDossiers(ctx.analysis.tables) ? [body([...italic(timingRule(ctx.analysis.exactTime).vi)])] : []),
  ];
}

/** No pending columns and nothing left over (received = resolved): the sentence would only hold blanks. */
function noPendingData(t: TthcCounts): boolean {
  const none = t.pending === null && t.pendingInTime === null && t.pendingOverdue === null;
  return none && t.received !== null && t.received === t.resolved;
}

function pendingParagraph(ctx: Ctx, t: TthcCounts): Para {
  // Nothing pending: said in words, not as a line of zeros (issue 10 §6).
  if (t.pending === 0 && !t.pendingInTime && !t.pendingOverdue) return body(['+ Số lượng hồ sơ đang giải quyết: không có hồ sơ tồn.']);
  return body([
    '+ Số lượng hồ sơ đang giải quyết: ',
    ...marked(ctx.analysis, hs(t.pending), 'tthc.pending', 'tthc.pendingInTime', 'tthc.pendingOverdue'),
    ' (',
    ...italic('trong hạn ', ...part(ctx, t, 'pendingInTime'), '; quá hạn ', ...part(ctx, t, 'pendingOverdue')),
    ').',
  ]);
}

/**
 * Dossiers of the export cancelled, refused or withdrawn (the figures' note `dossiers-cancelled`): received, but
 * neither resolved nor pending, so the sentence says them, or received ≠ resolved + pending is left unexplained
 * to the reader of the report (tester 12 item 3).
 */
function cancelledParagraph(ctx: Ctx): Para[] {
  const note = ctx.analysis.issues.find((i) => i.sentence === 'dossiers-cancelled');
  const n = Number(note?.params.count);
  if (!note || !(n > 0)) return [];
  return [
    body(['+ Số lượng hồ sơ đã hủy, bị từ chối hoặc được rút: ', ...hs(n), ' (', ...italic('không tính vào số hồ sơ đã giải quyết và đang giải quyết'), ').']),
  ];
}

export function procedures(ctx: Ctx): Para[] {
  return area(ctx, {
    key: '2.3',
    title: 'Cải cách thủ tục hành chính (TTHC)',
    figures: procedureFigures(ctx),
    resultNote:
      'Nêu kết quả rà soát, đơn giản hóa TTHC; công khai, minh bạch TTHC; thực hiện cơ chế một cửa, một cửa liên thông; tiếp nhận, xử lý phản ánh, kiến nghị',
    limitNote: 'Nêu hạn chế, khó khăn trong cải cách thủ tục hành chính và nguyên nhân (khách quan, chủ quan)',
  });
}
