/**
 * The pane's body, shared by the Excel task pane and the web page: the jobs, their progress and
 * outcome, then what the last check found. It holds the UI state; the work is in `Jobs`.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, createFocusOutlineStyle, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { countBySeverity } from '../core/issues/counts';
import type { FrontDoor, Lang } from '../core/issues/types';
import { loadIssueWords } from './issueWords';
import type { TableName } from '../core/schema/types';
import { SCHEMA } from '../core/schema';
import type { Progress } from '../hosts/host';
import type { Jobs, OnProgress, PinRef, StopKind } from './actions';
import type { Overrides } from '../core/tables';
import type { AnalysisView } from './analysisView';
import { describeError, UiError } from './errors';
import { StoppedError, whenStopped } from './stop';
import { checkedSummary, t } from './i18n';
import { TABLE_LABEL } from '../core/labels';
import { copyHtml, copyText, downloadBytes, DOCX_MIME, workbookMime, XLSX_MIME } from './browser';
import { quoteSheet, splitCells } from '../core/address';
import { Toolbar } from './components/Toolbar';
import { ProgressView } from './components/ProgressView';
import { StatusMessage, type Status } from './components/StatusMessage';
import { IssueCounts } from './components/IssueCounts';
import { TablesFound } from './components/TablesFound';
import { IssueList } from './components/IssueList';
import { ReportConfirm } from './components/ReportConfirm';
import { TemplateConfirm } from './components/TemplateConfirm';
import { heldList, templatePlan, type HeldSheet } from './templatePlan';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Fluent's own focus ring (keyboard focus only, the size of the strip), not the browser's heavy outline.
  result: { position: 'relative', ...createFocusOutlineStyle() },
  // The progress and «Dừng» on one line, «Dừng» wrapping below it on a 320 px pane.
  busy: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  busyText: { flex: '1 1 160px', minWidth: 0 },
});

/** «Dừng»'s full name per job, and what the pane says once that job is stopped. */
const STOP_WORDS = {
  check: { label: 'stopCheck', said: 'stoppedCheck' },
  report: { label: 'stopReport', said: 'stoppedReport' },
  word: { label: 'stopWord', said: 'stoppedWord' },
  unpin: { label: 'stopUnpin', said: 'stoppedUnpin' },
} as const;

/** `A`: what a check hands the pane (the whole Analysis in Excel, the worker's AnalysisView on the web page). */
export interface PaneProps<A extends AnalysisView> {
  jobs: Jobs<A>;
  lang: Lang;
  /** Office.context.platform; 'Mac' and 'iOS' (iPad) mean the pane cannot download, so the draft is copied instead. */
  platform?: string;
  /** 'sheet' in the task pane; 'file' on the web page, where the report is a workbook to download. */
  reportKind: 'sheet' | 'file';
  /** Base of downloaded file names (the opened file's name without .xlsx). */
  fileBase?: string;
  /** Check as soon as the pane shows (the web page, right after a file is opened). */
  autoCheck?: boolean;
  /** The web page refused the file last chosen: the downloads stay off until a usable file is opened. */
  downloadsOff?: boolean;
}

export function Pane<A extends AnalysisView>({ jobs, lang, platform, reportKind, fileBase, autoCheck, downloadsOff }: PaneProps<A>) {
  const styles = useStyles();
  const [analysis, setAnalysis] = useState<A | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  /** The question asked before writing from data with errors: the report sheet or the Word draft. */
  const [confirm, setConfirm] = useState<{ analysis: A; then: 'report' | 'word' } | null>(null);
  const [templateAsk, setTemplateAsk] = useState<{ sheets: string[]; held: HeldSheet[] } | null>(null);
  /** The workbook's pins as of the last check, each listed with «Bỏ ghim» (tester 6 item 19). */
  const [pins, setPins] = useState<Overrides | null>(null);
  /** The button that opened a dialog: focus goes back to it when the dialog closes (issue 11 §6). */
  const openedBy = useRef<HTMLElement | null>(null);
  /** The check's result: focus moves there once a check the clerk asked for is done. */
  const resultRef = useRef<HTMLDivElement | null>(null);
  const [focusResult, setFocusResult] = useState(0);
  /**
   * The last job's message: focus moves there after a pin, whose button goes off while the pin and
   * its re-check run (the focus would drop to the page's body) and whose message sits at the top,
   * out of view on a narrow page.
   */
  const statusRef = useRef<HTMLDivElement | null>(null);
  const [focusStatus, setFocusStatus] = useState(0);
  const copiesDraft = platform === 'Mac' || platform === 'iOS';
  // The front door the clerk reads the hints at: their pin advice names this door's buttons (issue 11 §3).
  const door: FrontDoor = reportKind === 'file' ? 'web' : 'pane';
  const busy = progress !== null;
  // The pane does not know the workbook's file name; the web page does.
  const wordName = fileBase ? `${fileBase}.report.docx` : 'Bao-cao-CCHC.docx';

  /** The job «Dừng» stops now (null: none running, or this one cannot be stopped) and its controller. */
  const [stoppable, setStoppable] = useState<StopKind | null>(null);
  const stopper = useRef<AbortController | null>(null);
  const stopButton = useRef<HTMLButtonElement | null>(null);

  /**
   * Runs a job with the spinner on; any failure becomes one sentence in the message bar.
   * `keepStatus`: a re-check after a change (template sheets added) leaves the last message in place.
   * `stop`: the kind of job, which «Dừng» stops where the front door can (Jobs.stoppable): the pane is free
   * again at once and says so; nothing the job would still hand back is shown, and a stopped check leaves
   * no result on view (its downloads go off with it).
   */
  async function run<T>(
    job: (onProgress: OnProgress, signal?: AbortSignal) => Promise<T>,
    { keepStatus = false, stop }: { keepStatus?: boolean; stop?: StopKind } = {},
  ): Promise<T | undefined> {
    if (!keepStatus) setStatus(null);
    const kind = stop && jobs.stoppable?.includes(stop) ? stop : null;
    const controller = kind ? new AbortController() : null;
    stopper.current = controller;
    setStoppable(kind);
    setProgress({ stage: 'read', fraction: null });
    // A stopped job's last words are not shown.
    const onProgress: OnProgress = (p) => {
      if (!controller?.signal.aborted) setProgress(p);
    };
    try {
      // The catalogue's renderer loads beside the job: the issues it brings are worded at once.
      const work = Promise.all([job(onProgress, controller?.signal), loadIssueWords()]);
      if (!controller) return (await work)[0];
      // «Dừng» answers at once, whatever the job still does before it stops.
      work.catch(() => undefined);
      return (await Promise.race([work, whenStopped(controller.signal)]))[0];
    } catch (e) {
      if (kind && controller?.signal.aborted) {
        if (kind === 'check') setAnalysis(null);
        setStatus({ intent: 'info', text: (l) => t(l, STOP_WORDS[kind].said) });
        // «Dừng» is gone: the focus goes to what it did, not back to a button the job opened from.
        openedBy.current = null;
        setFocusStatus((n) => n + 1);
        return undefined;
      }
      // The web page's refused re-read offers to choose the file again.
      const action = e instanceof UiError ? e.action : undefined;
      setStatus({ intent: 'error', text: (l) => describeError(e, l), action: action && { label: (l) => t(l, action.label), run: action.run } });
      return undefined;
    } finally {
      stopper.current = null;
      setStoppable(null);
      setProgress(null);
    }
  }

  // A job started from a button that is now off (the focus dropped with it): the focus goes to «Dừng», the one control that acts.
  useEffect(() => {
    const active = document.activeElement as HTMLButtonElement | null;
    if (stoppable && (!active || active === document.body || active.disabled)) stopButton.current?.focus();
  }, [stoppable]);

  const summary = (a: A): Status => {
    const c = countBySeverity(a.issues);
    return {
      intent: c.error ? 'info' : 'success',
      text: (l) => checkedSummary(l, c),
    };
  };

  async function onCheck() {
    const a = await run((onProgress, signal) => jobs.check({ lang, onProgress, signal }), { stop: 'check' });
    if (!a) return;
    setAnalysis(a);
    setStatus(summary(a));
    setFocusResult((n) => n + 1);
  }

  useEffect(() => {
    if (focusResult > 0) resultRef.current?.focus();
  }, [focusResult]);

  useEffect(() => {
    const el = statusRef.current;
    if (focusStatus === 0 || !el) return;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
  }, [focusStatus]);

  /** Closes a dialog and gives the focus back to the button that opened it. */
  function refocus() {
    const el = openedBy.current;
    openedBy.current = null;
    if (el) setTimeout(() => el.isConnected && el.focus(), 0);
  }

  async function writeReport(a: A) {
    setConfirm(null);
    const r = await run((onProgress, signal) => jobs.makeReport({ lang, onProgress, signal }, a), { stop: 'report' });
    // The button was off while writing: the focus goes back to it now.
    refocus();
    if (!r) return;
    setAnalysis(r.analysis);
    if (r.download) {
      downloadBytes(r.download.bytes, r.download.name, workbookMime(r.download.name));
      const file = r.download.name;
      setStatus({ intent: 'success', text: (l) => t(l, 'reportDownloaded', { sheet: r.sheet, file }) });
      return;
    }
    const select = jobs.selectCell;
    setStatus({
      intent: 'success',
      text: (l) => t(l, 'reportMade', { sheet: r.sheet }),
      action: select && {
        label: (l) => t(l, 'goToSheet'),
        run: () => void select(r.sheet, 'A1').catch((e) => setStatus({ intent: 'error', text: (l) => describeError(e, l) })),
      },
    });
  }

  /** Checks afresh first, so the report never uses figures older than the sheets. */
  async function onReport() {
    const clicked = document.activeElement as HTMLElement | null;
    const a = await run((onProgress, signal) => jobs.check({ lang, onProgress, signal }), { stop: 'check' });
    if (!a) return;
    setAnalysis(a);
    if (countBySeverity(a.issues).error > 0) {
      openedBy.current = clicked;
      setConfirm({ analysis: a, then: 'report' });
    } else await writeReport(a);
  }

  /** Checks afresh, then asks as «Tạo báo cáo» does when errors remain (issue 11 §5), then downloads. */
  async function onWord() {
    // Mac and iPad copy instead: the clipboard is written only within the click, so no question first.
    if (copiesDraft) return onCopy();
    // The button is off while the draft is made, which drops the focus to the page: it goes back after (writeWord).
    openedBy.current = document.activeElement as HTMLElement | null;
    const a = await run((onProgress, signal) => jobs.check({ lang, onProgress, signal }), { stop: 'check' });
    if (!a) return refocus();
    setAnalysis(a);
    if (countBySeverity(a.issues).error > 0) setConfirm({ analysis: a, then: 'word' });
    else await writeWord(a);
  }

  async function writeWord(a: A) {
    setConfirm(null);
    const bytes = await run((onProgress, signal) => jobs.makeWordDraft(a, onProgress, signal), { stop: 'word' });
    refocus();
    if (!bytes) return;
    const name = wordName;
    downloadBytes(bytes, name, DOCX_MIME);
    setStatus({ intent: 'success', text: (l) => t(l, 'wordDownloaded', { file: name }) });
  }

  /**
   * Mac and iPad: copy as formatted text. Safari lets the clipboard be written only while the click
   * lasts, so the write starts here, before Excel is read; its contents follow as a promise (the last
   * check's, or a new check's when there is none). The check starts one tick later, after the write.
   */
  async function onCopy() {
    const contents = Promise.resolve().then(async () => {
      let a = analysis;
      if (!a) {
        a = (await run((onProgress) => jobs.check({ lang, onProgress }))) ?? null;
        // The check's failure is already in the message bar.
        if (!a) throw new Error('no check');
        setAnalysis(a);
      }
      // The core came with the check: the draft's HTML is made at once.
      const draft = await jobs.draftHtml?.(a);
      if (!draft) throw new Error('no draft');
      return { html: draft.html, plain: draft.text };
    });
    const ok = await copyHtml(contents);
    if (ok === null) return;
    setStatus({ intent: ok ? 'success' : 'info', text: (l) => t(l, ok ? 'copyDone' : 'copyFailed') });
  }

  const addTemplate = jobs.addTemplate;
  const templateSheets = jobs.templateSheets;
  /** Adds `only` (the sheets the workbook lacks), or on the web page downloads the template. */
  async function writeTemplate(only?: string[]) {
    setTemplateAsk(null);
    if (!addTemplate) return;
    const r = await run(() => addTemplate(lang, only));
    if (!r) return;
    if (r.download) {
      const file = r.download.name;
      downloadBytes(r.download.bytes, file, XLSX_MIME);
      setStatus({ intent: 'success', text: (l) => t(l, 'templateDownloaded', { file }) });
      return;
    }
    setStatus({ intent: 'success', text: (l) => t(l, 'templateMade', { sheets: r.sheets.join(', ') }) });
    // The workbook's sheets changed: a second click must see them.
    const a = await run((onProgress) => jobs.check({ lang, onProgress }), { keepStatus: true });
    if (a) setAnalysis(a);
  }
  const onTemplate =
    addTemplate &&
    (async () => {
      if (!templateSheets) return writeTemplate();
      // Focus goes back to this button when the dialog closes.
      const opener = document.activeElement as HTMLElement | null;
      // In the workbook: say first what will be added, and never add a template sheet twice.
      let a = analysis;
      if (!a) {
        a = (await run((onProgress, signal) => jobs.check({ lang, onProgress, signal }), { stop: 'check' })) ?? null;
        if (!a) return;
        setAnalysis(a);
      }
      // A kind is held when its table was found on any sheet (the staff list on «CBCC»), or a sheet bears its name.
      const plan = templatePlan(await templateSheets(lang), a);
      if (plan.add.length === 0) {
        setStatus({ intent: 'info', text: (l) => t(l, 'templateAllThere', { sheets: heldList(plan.held, l) }) });
        return;
      }
      openedBy.current = opener;
      setTemplateAsk({ sheets: plan.add, held: plan.held });
    });

  const markIssues = jobs.markIssues;
  const onMark =
    markIssues &&
    (async () => {
      if (!analysis) return;
      const count = await run(() => markIssues(analysis.issues));
      if (count !== undefined) setStatus({ intent: 'success', text: (l) => t(l, 'marked', { count }) });
    });

  const clearMarks = jobs.clearMarks;
  const onUnmark =
    clearMarks &&
    (async () => {
      const done = await run(async () => {
        await clearMarks();
        return true;
      });
      if (done) setStatus({ intent: 'success', text: (l) => t(l, 'unmarked') });
    });

  const pinTable = jobs.pinTable;
  const onPin =
    pinTable &&
    (async (table: TableName) => {
      const r = await run((onProgress) => pinTable(table, { lang, onProgress }));
      setFocusStatus((n) => n + 1);
      if (!r) return;
      setAnalysis(r.analysis);
      const where = `${r.sheet}!${r.range}`;
      setStatus({ intent: 'success', text: (l) => t(l, 'pinned', { table: TABLE_LABEL[table][l], where }) });
    });

  const pinField = jobs.pinField;
  const onPinField =
    pinField &&
    (async (table: TableName, field: string, column?: string) => {
      const tableSheet = analysis?.tables[table]?.located.sheet;
      const r = await run((onProgress) => pinField(table, field, { lang, onProgress, column, tableSheet }));
      setFocusStatus((n) => n + 1);
      if (!r) return;
      setAnalysis(r.analysis);
      const fieldLabel = (l: Lang) => SCHEMA[table].fields.find((f) => f.key === field)?.label[l] ?? field;
      const key = reportKind === 'file' ? 'fieldPinnedWeb' : 'fieldPinned';
      setStatus({ intent: 'success', text: (l) => t(l, key, { field: fieldLabel(l), column: r.column }) });
    });

  // Every check, pin or unpin gives a new analysis: the pins are read again with it.
  const loadPins = jobs.pins;
  useEffect(() => {
    if (!analysis || !loadPins) return;
    let live = true;
    loadPins()
      .then((p) => live && setPins(p))
      // Asked while another job ran and the clerk stopped it (the page's worker is ended then): the pins on view stay.
      .catch((e) => live && !(e instanceof StoppedError) && setPins(null));
    return () => {
      live = false;
    };
  }, [analysis]);

  const unpinJob = jobs.unpin;
  const onUnpin =
    unpinJob &&
    (async (pin: PinRef) => {
      // «Dừng» (the re-check may be long) leaves the pin in place and the last check on view.
      const r = await run((onProgress, signal) => unpinJob(pin, { lang, onProgress, signal }), { stop: 'unpin' });
      setFocusStatus((n) => n + 1);
      if (!r) return;
      setPins(r.pins);
      setAnalysis(r.analysis);
      const { table, field } = pin;
      const fieldLabel = (l: Lang) => SCHEMA[table].fields.find((f) => f.key === field)?.label[l] ?? field ?? '';
      setStatus({
        intent: 'success',
        text: (l) =>
          field === undefined
            ? t(l, 'unpinnedTable', { table: TABLE_LABEL[table][l] })
            : t(l, 'unpinnedField', { table: TABLE_LABEL[table][l], field: fieldLabel(l) }),
      });
    });

  const selectCell = jobs.selectCell;
  const onSelect =
    selectCell &&
    ((sheet: string, cell: string) => {
      selectCell(sheet, cell).catch((e) => setStatus({ intent: 'error', text: (l) => describeError(e, l) }));
    });
  /**
   * The web page has no live sheet: a line's action copies its address ('Thu chi'!E6) for Excel's
   * Go To (Ctrl+G), so the list is worked through by keyboard there too (issue 11 §6).
   */
  const onCopyPlace =
    !selectCell && reportKind === 'file'
      ? (sheet: string, cell: string) => {
          const place = `${quoteSheet(sheet)}!${splitCells(cell)[0] ?? cell}`;
          void copyText(place).then((ok) =>
            setStatus({ intent: ok ? 'success' : 'info', text: (l) => t(l, ok ? 'placeCopied' : 'placeNotCopied', { place }) }),
          );
        }
      : undefined;

  useEffect(() => {
    // Once, on mount: a new file gets a new Pane (the page keys it by file).
    if (autoCheck) void onCheck();
  }, []);

  return (
    <div className={styles.root}>
      <Toolbar
        lang={lang}
        busy={busy}
        checked={analysis !== null}
        // On the web page the downloads come from a file that was read: none after a refused file.
        downloadsOff={downloadsOff || (reportKind === 'file' && analysis === null)}
        reportKind={reportKind}
        wordMode={copiesDraft ? 'copy' : 'download'}
        onCheck={onCheck}
        onReport={onReport}
        onWord={onWord}
        onTemplate={onTemplate}
        onMark={onMark}
        onUnmark={onUnmark}
      />
      {progress && (
        <div className={styles.busy}>
          <div className={styles.busyText}>
            <ProgressView progress={progress} lang={lang} />
          </div>
          {stoppable && (
            <Button ref={stopButton} aria-label={t(lang, STOP_WORDS[stoppable].label)} onClick={() => stopper.current?.abort()}>
              {t(lang, 'stop')}
            </Button>
          )}
        </div>
      )}
      {status && (
        <div ref={statusRef} tabIndex={-1} className={styles.result} data-testid="status">
          <StatusMessage status={status} lang={lang} onDismiss={() => setStatus(null)} />
        </div>
      )}
      {analysis && (
        <>
          <div ref={resultRef} tabIndex={-1} className={styles.result} role="group" aria-label={t(lang, 'resultRegion')} data-testid="check-result">
            <IssueCounts issues={analysis.issues} lang={lang} />
          </div>
          <Divider />
          <h2 className={styles.heading}>{t(lang, 'tablesFound')}</h2>
          <TablesFound
            tables={analysis.tables}
            issues={analysis.issues}
            lang={lang}
            onPin={onPin}
            onSelect={onSelect}
            busy={busy}
            pins={pins ?? undefined}
            onUnpin={onUnpin}
          />
          <Divider />
          <h2 className={styles.heading}>{t(lang, 'issues')}</h2>
          <IssueList
            issues={analysis.issues}
            lang={lang}
            door={door}
            onSelect={onSelect ?? onCopyPlace}
            selectAction={onSelect ? 'go' : 'copy'}
            sheetOrder={analysis.sheets}
            tables={analysis.tables}
            onPinField={onPinField}
            headerCells={jobs.headerCells}
            busy={busy}
          />
        </>
      )}
      <ReportConfirm
        open={confirm !== null}
        errors={confirm ? countBySeverity(confirm.analysis.issues).error : 0}
        lang={lang}
        onConfirm={() => confirm && void (confirm.then === 'word' ? writeWord(confirm.analysis) : writeReport(confirm.analysis))}
        onCancel={() => {
          setConfirm(null);
          refocus();
        }}
      />
      <TemplateConfirm
        sheets={templateAsk?.sheets ?? null}
        held={templateAsk?.held ?? []}
        lang={lang}
        onConfirm={() => templateAsk && void writeTemplate(templateAsk.sheets).finally(refocus)}
        onCancel={() => {
          setTemplateAsk(null);
          refocus();
        }}
      />
    </div>
  );
}
