/**
 * The province's roll-up page (issue 14 point 3): the officer chooses many communes' workbooks (or a
 * folder); each is read and checked in a worker, as the command line's `rollup` does, a few at a time
 * (one workbook per worker, so memory holds a few, never the set), and the communes' table fills in
 * as each file ends. Then the roll-up workbook and the Word summary download. Nothing leaves the machine.
 */
import { useEffect, useRef, useState } from 'react';
// Only the Fluent pieces the web page already uses: the shared initial vendor chunk (the task pane's too) stays as it is.
import { Button, Caption1, FluentProvider, makeStyles, shorthands, Text, tokens, webLightTheme } from '@fluentui/react-components';
import type { AnalysisView } from '../../ui/analysisView';
import type { Lang } from '../../core/issues';
import { formatNumber, formatRoundedPercent } from '../../core/format';
import { communePeriodLine, periodSummary, totalsPeriodFlag } from '../../core/rollup/periodNotes';
import { communeMarkKind, MARK, markLegend, markName } from '../../core/rollup/marks';
import {
  buildRollup,
  communeResult,
  countedCommunes,
  earlierRollupRefusal,
  fileName,
  fingerprint,
  hasCchcTable,
  isRollupWorkbook,
  noCchcTableRefusal,
  type CommuneResult,
  type RefusedFile,
  type Rollup,
} from '../../core/rollup';
import { periodText } from '../../core/rollup/sheets';
import { tthcTotalsShown } from '../../core/rollup/totalsLine';
import { inRollupOrder } from '../../core/rollup/order';
import { SEVERITY_HEADING } from '../../core/labels';
import { describeError } from '../../ui/errors';
import { t as say } from '../../ui/i18n';
import { DOCX_MIME, XLSX_MIME, downloadBytes, readBytes } from '../../ui/browser';
import { WorkerClient, type WorkerLike } from '../client';

const T = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);
/** What a chosen file may be: the workbooks the command line's folder walk takes. */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

const useStyles = makeStyles({
  root: {
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    maxWidth: '1100px',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    overflowWrap: 'anywhere',
  },
  // The communes' table scrolls inside its own box, so a 320 px window never scrolls sideways.
  tableBox: { maxWidth: '100%', overflowX: 'auto' },
  leftOut: { backgroundColor: tokens.colorPaletteRedBackground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  refused: { color: tokens.colorPaletteRedForeground1 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  table: {
    borderCollapse: 'collapse',
    // The page breaks long names anywhere; a cell never does («Cộ/ng», tester 12 item 12): its box scrolls instead.
    overflowWrap: 'normal',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2), ...shorthands.padding('2px', '6px'), textAlign: 'left' },
  },
});

type RowState =
  | { name: string; state: 'waiting' | 'reading' }
  | { name: string; state: 'done'; commune: CommuneResult }
  | { name: string; state: 'refused'; reason: string; detail?: string };

export interface RollupAppProps {
  /** Makes one worker (the web page's worker.ts, or the in-page fallback). */
  createWorker: () => WorkerLike;
  lang?: Lang;
  /** Workers at a time (default: the browser's cores, 2 to 4). */
  parallel?: number;
}

export function RollupApp({ createWorker, lang = 'vi', parallel }: RollupAppProps) {
  const styles = useStyles();
  // Numbers in the page's language, as the commune's own outputs word them: 1.068 and 5,6%; 1,068 and 5.6%.
  const pctText = (x: number | null | undefined) => (x === null || x === undefined ? '' : formatRoundedPercent(x, 1, lang));
  const numText = (x: number | null | undefined) => (x === null || x === undefined ? '' : formatNumber(x, 0, lang));
  const [rows, setRows] = useState<RowState[]>([]);
  const [rollup, setRollup] = useState<Rollup | null>(null);
  const [busy, setBusy] = useState(false);
  const clients = useRef<WorkerClient[]>([]);
  const filesInput = useRef<HTMLInputElement | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  useEffect(() => () => clients.current.forEach((c) => c.terminate()), []);

  async function start(list: File[]) {
    const files = list.filter((f) => WORKBOOK.test(f.name) && !f.name.startsWith('~$'));
    const names = files.map((f) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name);
    setRollup(null);
    setRows(names.map((name) => ({ name, state: 'waiting' })));
    if (files.length === 0) return;
    setBusy(true);
    const results: (CommuneResult | RefusedFile)[] = new Array(files.length);
    const set = (i: number, r: RowState) => setRows((old) => old.map((o, k) => (k === i ? r : o)));
    const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    const n = Math.max(1, Math.min(parallel ?? Math.min(Math.max(cores, 2), 4), files.length));
    clients.current.forEach((c) => c.terminate());
    clients.current = Array.from({ length: n }, () => new WorkerClient(createWorker()));
    let next = 0;
    await Promise.all(
      clients.current.map(async (client) => {
        while (next < files.length) {
          const i = next++;
          set(i, { name: names[i], state: 'reading' });
          try {
            // One file per request: the worker keeps only the last file it was given, and posts its view (no rows).
            const bytes = await readBytes(files[i]);
            const digest = fingerprint(bytes);
            const analysis = await client.request<AnalysisView>({ type: 'check', lang, bytes });
            // An earlier roll-up is told by its sheets, whatever its name: listed as not used, never summed.
            if (isRollupWorkbook(analysis.sheets)) {
              const refusal = earlierRollupRefusal(names[i], lang);
              results[i] = refusal;
              set(i, { name: names[i], state: 'refused', reason: refusal.error.message });
              continue;
            }
            // A workbook with none of the report's tables (a price list, another form) is no commune: not counted.
            if (!hasCchcTable(analysis.tables)) {
              const refusal = noCchcTableRefusal(names[i], lang);
              results[i] = refusal;
              set(i, { name: names[i], state: 'refused', reason: refusal.error.message });
              continue;
            }
            const commune = { ...communeResult(names[i], analysis), digest };
            results[i] = commune;
            set(i, { name: names[i], state: 'done', commune });
          } catch (e) {
            // One sentence; the technical cause («no zip directory») apart, shown only under a closed «Chi tiết» and kept
            // as the command line keeps it (RefusedFile.error.detail), never in the sheet's or the summary's reason.
            const [reason, ...more] = describeError(e, lang).split('\n');
            const detail = more.join(' ').trim() || undefined;
            const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'unreadable';
            results[i] = { file: names[i], error: { code, message: reason, ...(detail ? { detail } : {}) } };
            set(i, { name: names[i], state: 'refused', reason, detail });
          }
        }
      }),
    );
    clients.current.forEach((c) => c.terminate());
    clients.current = [];
    // Summed in the command line's order (core/rollup/order.ts), not the order the browser listed the files in: of a
    // commune sent twice the first file is kept, so both front doors keep the same one and give the same totals.
    const rank = new Map(inRollupOrder(names).map((name, k) => [name, k]));
    const byRank = (a: { file: string }, b: { file: string }) => rank.get(a.file)! - rank.get(b.file)!;
    const communes = results.filter((r): r is CommuneResult => 'figures' in r).sort(byRank);
    const refused = results.filter((r): r is RefusedFile => !('figures' in r));
    const r = buildRollup(communes, refused, 1, lang);
    // A duplicate found once all are read joins the files not used, with the file kept named.
    // So does a commune that cannot be told from namesakes under several superiors (ambiguous-commune).
    const dupes = new Map(r.refused.map((f) => [f.file, f.error.message]));
    setRows((old) => old.map((o) => (o.state === 'done' && dupes.has(o.name) ? { name: o.name, state: 'refused', reason: dupes.get(o.name)! } : o)));
    setRollup(r);
    setBusy(false);
  }

  async function downloadWorkbook() {
    if (!rollup) return;
    const [{ rollupWorkbookBytes }, { rollupSheets }] = await Promise.all([import('../../hosts/file/rollupWorkbook'), import('../../core/rollup/sheets')]);
    downloadBytes(await rollupWorkbookBytes(rollupSheets(rollup, lang)), 'tong-hop-cchc.xlsx', XLSX_MIME);
  }

  async function downloadSummary() {
    if (!rollup) return;
    const { buildRollupSummary } = await import('../../core/rollup/word');
    downloadBytes(await buildRollupSummary(rollup), 'tong-hop-cchc.docx', DOCX_MIME);
  }

  const leftOut = new Set(rollup ? rollup.communes.filter((_, i) => rollup.leftOut[i]).map((c) => c.file) : []);
  // Each file's place in the roll-up, for its period's one reason and handling (periodNotes.ts).
  const place = new Map(rollup ? rollup.communes.map((c, i) => [c.file, i] as const) : []);
  const done = rows.filter((r) => r.state === 'done' || r.state === 'refused').length;
  // The totals as the command line shows them, each marked «cần xem lại» when it sums figures in question (totalsLine.ts).
  const t = rollup ? tthcTotalsShown(rollup, lang) : null;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Text as="h1" className={styles.title}>
          {T(lang, 'Tổng hợp báo cáo CCHC của các xã', 'Roll-up of the communes’ CCHC reports')}
        </Text>
        <Caption1 className={styles.muted}>
          {T(lang, 'Các tệp được đọc ngay trên máy này; không có gì được gửi đi.', 'The files are read on this computer; nothing is sent anywhere.')}
        </Caption1>
        <div className={styles.row}>
          {/* The browser's own file inputs speak the browser's language ("Choose Files"): hidden, opened by our buttons. */}
          <Button appearance="primary" disabled={busy} onClick={() => filesInput.current?.click()}>
            {T(lang, 'Chọn các tệp của các xã…', 'Choose the communes’ files…')}
          </Button>
          <Button disabled={busy} onClick={() => folderInput.current?.click()}>
            {T(lang, 'Chọn cả một thư mục…', 'Choose a whole folder…')}
          </Button>
          <input
            data-testid="rollup-files"
            ref={filesInput}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            aria-hidden="true"
            accept=".xlsx,.xlsm,.xls"
            disabled={busy}
            onChange={(e) => void start([...(e.target.files ?? [])])}
          />
          <input
            data-testid="rollup-folder"
            type="file"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            disabled={busy}
            ref={(el) => {
              folderInput.current = el;
              el?.setAttribute('webkitdirectory', '');
            }}
            onChange={(e) => void start([...(e.target.files ?? [])])}
          />
        </div>
        {rows.length > 0 && <Text data-testid="rollup-progress">{T(lang, `Đã đọc ${done}/${rows.length} tệp`, `Read ${done} of ${rows.length} files`)}</Text>}
        {rows.length > 0 && (
          // Scrolled sideways on a narrow window: focusable, so the keyboard scrolls it too (axe scrollable-region-focusable).
          <div className={styles.tableBox} tabIndex={0} role="region" aria-label={T(lang, 'Bảng các xã', 'Communes table')}>
            <table className={styles.table} aria-label={T(lang, 'Các xã', 'Communes')}>
              <thead>
                <tr>
                  <th>{T(lang, 'Cộng', 'Summed')}</th>
                  <th>{T(lang, 'Tệp', 'File')}</th>
                  <th>{T(lang, 'Cơ quan', 'Agency')}</th>
                  <th>{T(lang, 'Kỳ báo cáo', 'Period')}</th>
                  <th>{SEVERITY_HEADING.error[lang]}</th>
                  <th>{T(lang, 'Hồ sơ tiếp nhận', 'Received')}</th>
                  <th>{T(lang, 'Trực tuyến', 'Online')}</th>
                  <th>{T(lang, 'Đúng hạn', 'On time')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => {
                  const out = r.state === 'done' && leftOut.has(r.name);
                  // ✓ summed, ! summed but to check, ✗ not summed, as the command line marks them (marks.ts); none while reading.
                  const kind =
                    r.state === 'refused' ? 'out' : r.state === 'done' && rollup && place.has(r.name) ? communeMarkKind(rollup, place.get(r.name)!) : null;
                  return (
                    <tr
                      key={i}
                      data-testid="rollup-row"
                      data-state={r.state}
                      data-left-out={out ? 'true' : undefined}
                      className={out ? styles.leftOut : undefined}
                    >
                      <td data-testid="rollup-mark" data-mark={kind ?? undefined} title={kind ? markName(kind, lang) : undefined}>
                        {kind && <span aria-label={markName(kind, lang)}>{MARK[kind]}</span>}
                      </td>
                      <td>{fileName(r.name)}</td>
                      {r.state === 'done' ? (
                        <>
                          {/* Once rolled up, the name the outputs give it: namesakes told apart by their superior. */}
                          <td>
                            {(rollup && place.has(r.name) ? rollup.communes[place.get(r.name)!].name : r.commune.agency) ??
                              T(lang, '(không rõ cơ quan)', '(agency not given)')}
                          </td>
                          <td>
                            {rollup && place.has(r.name)
                              ? communePeriodLine(rollup, place.get(r.name)!, lang)
                              : periodText(r.commune.periodStart, r.commune.periodEnd, lang)}
                          </td>
                          <td>{numText(r.commune.counts.error)}</td>
                          <td>{numText(r.commune.figures.tthc?.received)}</td>
                          <td>{pctText(r.commune.figures.tthc?.onlinePct)}</td>
                          <td>{pctText(r.commune.figures.tthc?.onTimePct)}</td>
                        </>
                      ) : r.state === 'refused' ? (
                        <td colSpan={6} className={styles.refused}>
                          {r.reason}
                          {r.detail && (
                            <details>
                              <summary>{say(lang, 'errorDetails')}</summary>
                              <Caption1>{r.detail}</Caption1>
                            </details>
                          )}
                        </td>
                      ) : (
                        <td colSpan={6} className={styles.muted}>
                          {r.state === 'reading' ? T(lang, 'Đang đọc…', 'Reading…') : T(lang, 'Đang chờ', 'Waiting')}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {rollup && <Caption1 className={styles.muted}>{markLegend(lang)}</Caption1>}
          </div>
        )}
        {rollup && (
          <>
            <Text data-testid="rollup-period">{periodSummary(rollup, lang)}</Text>
            <Text data-testid="rollup-totals">
              {t
                ? T(
                    lang,
                    `Toàn tỉnh (${countedCommunes(rollup)} xã${leftOut.size ? `, không cộng ${leftOut.size} xã khác kỳ` : ''}): tiếp nhận ${t.received} hồ sơ, trực tuyến ${t.onlinePct}, đúng hạn ${t.onTimePct} (tỷ lệ tính từ tổng số hồ sơ, không lấy trung bình các tỷ lệ).${totalsPeriodFlag(rollup, lang) ? ` [${totalsPeriodFlag(rollup, lang)}]` : ''}`,
                    `Province (${countedCommunes(rollup)} communes${leftOut.size ? `, ${leftOut.size} of another period left out` : ''}): ${t.received} dossiers, ${t.onlinePct} online, ${t.onTimePct} on time (ratios from the summed counts).${totalsPeriodFlag(rollup, lang) ? ` [${totalsPeriodFlag(rollup, lang)}]` : ''}`,
                  )
                : T(lang, `Đã đọc ${rollup.communes.length} xã.`, `${rollup.communes.length} communes read.`)}
            </Text>
            {rollup.communes.length > 0 && (
              <div className={styles.row}>
                <Button appearance="primary" onClick={() => void downloadWorkbook()}>
                  {T(lang, 'Tải bảng tổng hợp (.xlsx)', 'Download the roll-up workbook (.xlsx)')}
                </Button>
                <Button onClick={() => void downloadSummary()}>{T(lang, 'Tải báo cáo tổng hợp (Word)', 'Download the summary (Word)')}</Button>
              </div>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
