/**
 * TTHC figures counted from a dossier log (one row per dossier), by the rule of REPORTING-SCHEMA §2:
 * online / direct = received in the period through that channel (postal counts as direct);
 * carried over = received before the period and not done before it; received = online + direct + carried over;
 * resolved = done within the period; early / on time / late compare the done date with the due date;
 * pending = not done by the period's end, in time when due ≥ the period's last day.
 */
import type { Bilingual } from '../issues';
import type { ReportInfo } from '../info';
import type { CellRef, ReadTable, TypedRow } from '../tables';
import { fold } from '../text/fold';
import { cellsOrRange, columnRef, dataRows, issue, num, refs, setSource, text, type FigureContext } from './common';
import { percentSources, TTHC_COUNT_KEYS, withPercents, type Counts, type TthcCountKey } from './tthc';
import type { TthcFigures } from './types';

/** The timing rule, stated so that the report sheet and the Word draft can show which one was used. */
export const TIMING_RULE: Record<'day' | 'exact', Bilingual> = {
  day: {
    vi: 'Hồ sơ trước hạn, đúng hạn, quá hạn được xác định bằng cách so ngày có kết quả với ngày hẹn trả theo ngày (không tính giờ).',
    en: 'Early, on-time and late dossiers are told by comparing the result date with the due date by calendar day (times ignored).',
  },
  exact: {
    vi: 'Hồ sơ trước hạn, đúng hạn, quá hạn được xác định bằng cách so thời điểm có kết quả với thời điểm hẹn trả đến từng giây (Quyết định 766/QĐ-TTg).',
    en: 'Early, on-time and late dossiers are told by comparing the result time with the due time to the second (Decision 766/QĐ-TTg).',
  },
};

export function timingRule(exactTime: boolean | undefined): Bilingual {
  return exactTime ? TIMING_RULE.exact : TIMING_RULE.day;
}

interface Period {
  /** First serial inside the period (start of its first day), or -Infinity when unknown. */
  start: number;
  /** First serial after the period (start of the day after its last day), or +Infinity when unknown. */
  endExclusive: number;
  /** The period's last day (serial, whole day), or null when unknown. */
  lastDay: number | null;
}

function periodOf(info: ReportInfo): Period {
  const start = info.periodStart === null ? -Infinity : Math.floor(info.periodStart);
  const lastDay = info.periodEnd === null ? null : Math.floor(info.periodEnd);
  return { start, endExclusive: lastDay === null ? Infinity : lastDay + 1, lastDay };
}

/** -1, 0, 1: done before, on, after due; by calendar day, or to the second with exactTime. */
function compareDone(done: number, due: number, exactTime: boolean): number {
  const key = exactTime ? (x: number) => Math.round(x * 86400) : (x: number) => Math.floor(x);
  return Math.sign(key(done) - key(due));
}

/** Counts the dossiers of `rows`; a count whose inputs are missing for some dossier is null. */
export function countDossiers(rows: TypedRow[], period: Period, exactTime: boolean): Counts {
  const c: Record<TthcCountKey, number> = Object.fromEntries(TTHC_COUNT_KEYS.map((k) => [k, 0])) as Record<TthcCountKey, number>;
  let receivedUnknown = false;
  let channelUnknown = false;
  let timingUnknown = false;
  let pendingSplitUnknown = period.lastDay === null;
  for (const row of rows) {
    const rec = num(row, 'receivedAt');
    const due = num(row, 'dueAt');
    const done = num(row, 'doneAt');
    if (rec !== null && rec >= period.endExclusive) continue; // received after the period
    if (done !== null && done < period.start) continue; // finished before the period
    if (rec === null) receivedUnknown = true;
    else if (rec < period.start) c.carriedOver++;
    else {
      const channel = row.values.channel?.value;
      if (channel === 'online') c.online++;
      else if (channel === 'direct' || channel === 'postal') c.direct++;
      else channelUnknown = true;
      c.received++;
    }
    if (done !== null && done < period.endExclusive) {
      c.resolved++;
      if (due === null) timingUnknown = true;
      else {
        const cmp = compareDone(done, due, exactTime);
        if (cmp < 0) c.early++;
        else if (cmp === 0) c.onTime++;
        else c.late++;
      }
    } else {
      c.pending++;
      if (due === null || period.lastDay === null) pendingSplitUnknown = true;
      else {
        const inTime = exactTime ? Math.round(due * 86400) >= Math.round(period.endExclusive * 86400) : Math.floor(due) >= period.lastDay;
        if (inTime) c.pendingInTime++;
        else c.pendingOverdue++;
      }
    }
  }
  const out: Counts = { ...c };
  out.received = receivedUnknown ? null : c.received + c.carriedOver;
  if (receivedUnknown) out.carriedOver = null;
  if (receivedUnknown || channelUnknown) {
    out.online = null;
    out.direct = null;
  }
  if (timingUnknown) {
    out.early = null;
    out.onTime = null;
    out.late = null;
  }
  if (pendingSplitUnknown) {
    out.pendingInTime = null;
    out.pendingOverdue = null;
  }
  return out;
}

/** Which columns each count is read from, for the sources. */
const COUNT_COLUMNS: Record<TthcCountKey, string[]> = {
  received: ['receivedAt'],
  online: ['channel'],
  direct: ['channel'],
  carriedOver: ['receivedAt', 'doneAt'],
  resolved: ['doneAt'],
  early: ['doneAt', 'dueAt'],
  onTime: ['doneAt', 'dueAt'],
  late: ['doneAt', 'dueAt'],
  pending: ['doneAt'],
  pendingInTime: ['dueAt', 'doneAt'],
  pendingOverdue: ['dueAt', 'doneAt'],
};

function recordSources(ctx: FigureContext, prefix: string, rows: TypedRow[], brief: boolean): void {
  // The eleven counts share four columns: each column's cells are gathered once, not once per count.
  const byColumn = new Map<string, CellRef[]>();
  const cellsOf = (col: string): CellRef[] => {
    let cells = byColumn.get(col);
    if (!cells) byColumn.set(col, (cells = brief ? cellsOrRange(rows, col, 3) : refs(columnRef(rows, col))));
    return cells;
  };
  for (const k of TTHC_COUNT_KEYS) {
    const cells: CellRef[] = COUNT_COLUMNS[k].flatMap(cellsOf);
    setSource(ctx, `${prefix}.${k}`, cells);
  }
  percentSources(ctx, prefix);
}

export function computeDossiers(t: ReadTable, info: ReportInfo, exactTime: boolean, ctx: FigureContext): TthcFigures {
  const period = periodOf(info);
  if (info.periodStart === null || info.periodEnd === null) {
    issue(
      ctx,
      'missing-cell',
      'info',
      info.periodStart === null ? 'periodStart' : 'periodEnd',
      { sheet: t.located.sheet, cell: t.located.range },
      {
        vi: 'Chưa biết đầy đủ kỳ báo cáo (từ ngày, đến ngày) nên số liệu TTHC được tính trên toàn bộ danh sách hồ sơ.',
        en: 'The reporting period (start and end dates) is not fully known, so the TTHC figures count the whole dossier log.',
      },
      {
        vi: 'Ghi "Từ ngày" và "Đến ngày" trong trang Thông tin.',
        en: 'Fill "Từ ngày" and "Đến ngày" on the information sheet.',
      },
      'info',
    );
  }
  const rows = dataRows(t).filter(
    (r) => text(r, 'code') || num(r, 'receivedAt') !== null || num(r, 'dueAt') !== null || num(r, 'doneAt') !== null,
  );
  const total = withPercents(countDossiers(rows, period, exactTime), ctx.decimals);
  recordSources(ctx, 'tthc', rows, false);

  const byField: TthcFigures['byField'] = [];
  if (t.located.columns.field !== undefined) {
    const groups = new Map<string, { field: string; rows: TypedRow[] }>();
    for (const r of rows) {
      const name = text(r, 'field');
      const key = fold(name);
      if (!groups.has(key)) groups.set(key, { field: name, rows: [] });
      groups.get(key)!.rows.push(r);
    }
    for (const g of groups.values()) {
      const i = byField.length;
      byField.push({ field: g.field, ...withPercents(countDossiers(g.rows, period, exactTime), ctx.decimals) });
      recordSources(ctx, `tthc.byField.${i}`, g.rows, true);
    }
  }
  return { ...total, byField };
}
