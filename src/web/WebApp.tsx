/**
 * The standalone page, for communes without the add-in (or with an old Office whose pane cannot run
 * React): open an .xlsx, then the same pane as in Excel; outputs are downloads. The workbook is
 * handled on this machine, in a worker (or in the page itself when opened from disk: see fallback.ts).
 * Each check reads the chosen file again, so a workbook fixed and saved in Excel is checked as saved;
 * where the browser will not read it again, the page says so and asks for it (issue 11 point 2).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens, webLightTheme } from '@fluentui/react-components';
import type { Bilingual, Lang } from '../core/issues';
import { t } from '../ui/i18n';
import { savedLang, saveLang } from './lang';
import { describeError, UiError } from '../ui/errors';
import { downloadBytes, readBytes, XLSX_MIME } from '../ui/browser';
import { Header } from '../ui/components/Header';
import { StatusMessage, type Status } from '../ui/components/StatusMessage';
import { Pane } from '../ui/Pane';
import { FilePicker } from './FilePicker';
import { FileName } from './FileName';
import { WorkerClient, webJobs, type WebFile, type WorkerLike } from './client';
import { readTimeText } from './readTime';

/** The worker client, also telling the page what a report copy could not keep (the Pane only sees the download). */
const useStyles = makeStyles({
  root: {
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    maxWidth: '720px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
  },
  privacy: { color: tokens.colorNeutralForeground3 },
  file: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, maxWidth: '100%', minWidth: 0 },
  readAt: { color: tokens.colorNeutralForeground3 },
});

/**
 * The file on view: `key` names its Pane (a new choice, a new Pane); `web` is what the jobs read;
 * `retire` is aborted when another file takes its place (its jobs stop, their late answers are dropped).
 */
interface OpenFile {
  key: number;
  name: string;
  web: WebFile;
  retire: AbortController;
}

export interface WebAppProps {
  /** Makes the worker; the page passes `new Worker(new URL('./worker.ts', import.meta.url))`. */
  createWorker: () => WorkerLike;
  lang?: Lang;
}

/** Names a workbook may carry: .xlsx/.xlsm, .xls, and the .xml/.htm(l) of web-system exports (the bytes then decide). */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|xml|html?)$/i;

export function isWorkbookName(name: string): boolean {
  return WORKBOOK_NAME.test(name);
}

export function WebApp({ createWorker, lang: initialLang }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang ?? savedLang());
  const setLang = (l: Lang) => {
    saveLang(l);
    setLangState(l);
  };
  // A file refused by its name leaves the previous file's results on view, but not its downloads; so
  // does a reading that failed (unreadable, damaged, too large): `usable` is the last reading checked.
  const [usable, setUsable] = useState(false);
  const [file, setFile] = useState<OpenFile | null>(null);
  const [readAt, setReadAt] = useState<Date | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [copyWarnings, setCopyWarnings] = useState<Bilingual[]>([]);
  const clientRef = useRef<WorkerClient | null>(null);
  const chooseRef = useRef<() => void>(null);
  const counter = useRef(0);
  /** The file on view now, for a choice that finishes reading after another (state would be a render late). */
  const current = useRef<OpenFile | null>(null);
  /** The open file's last check failed (a refused or damaged file, or a stop): a wrongly named pick then replaces it. */
  const failed = useRef(false);
  /** Counts the files chosen: a file read after a later choice was made is not opened. */
  const choices = useRef(0);

  // A stopped job ends its worker; the next job starts another.
  const client = () => (clientRef.current ??= new WorkerClient(createWorker(), createWorker));
  useEffect(() => () => clientRef.current?.terminate(), []);

  /**
   * What the jobs read: first the bytes just read, then the file again at each check, through its
   * handle where there is one (a fresh File), else the File chosen, which Chromium refuses to read
   * once the file changed on disk: then the message asks for the file again.
   */
  function webFile(
    f: File,
    handle: FileSystemFileHandle | undefined,
    bytes: Uint8Array,
    keep: { pins: boolean; held?: WebFile['pins'] },
    retired: AbortSignal,
  ): WebFile {
    let first: Uint8Array | null = bytes;
    return {
      name: f.name,
      keepPins: keep.pins,
      pins: keep.held,
      retired,
      async read() {
        if (first) {
          const b = first;
          first = null;
          return b;
        }
        let fresh: Uint8Array;
        try {
          fresh = await readBytes(handle ? await handle.getFile() : f);
        } catch {
          if (!retired.aborted) setUsable(false);
          throw new UiError('fileChanged', { file: f.name }, { label: 'pickAgain', run: () => chooseRef.current?.() });
        }
        // Another file chosen meanwhile: the time read is not this page's file's any more.
        if (!retired.aborted) setReadAt(new Date());
        return fresh;
      },
      checked: (ok) => {
        if (retired.aborted) return;
        failed.current = !ok;
        setUsable(ok);
      },
    };
  }

  async function open(f: File, handle?: FileSystemFileHandle) {
    setStatus(null);
    setCopyWarnings([]);
    if (!isWorkbookName(f.name)) {
      const name = f.name;
      // An open file that could not be used goes: its red box beside this one would speak of another file (tester 7 item 30).
      if (failed.current && current.current) {
        current.current.retire.abort();
        current.current = null;
        setFile(null);
      }
      setUsable(false);
      setStatus({ intent: 'error', text: (l) => t(l, 'notXlsx', { file: name }) });
      return;
    }
    const choice = ++choices.current;
    try {
      const bytes = await readBytes(f);
      if (choice !== choices.current) return;
      const old = current.current;
      // The same file read again (by its name) keeps the pins made on this page; another file does not.
      const keepPins = old?.name === f.name;
      // Whatever the old file's Pane still runs stops now (its worker is ended): its answer can never replace this file's.
      old?.retire.abort();
      const retire = new AbortController();
      const next = {
        key: ++counter.current,
        name: f.name,
        web: webFile(f, handle, bytes, { pins: keepPins, held: keepPins ? old.web.pins : undefined }, retire.signal),
        retire,
      };
      current.current = next;
      failed.current = false;
      setUsable(false);
      setFile(next);
      setReadAt(new Date());
    } catch (e) {
      if (choice === choices.current) setStatus({ intent: 'error', text: (l) => describeError(e, l) });
    }
  }

  async function downloadTemplate() {
    setStatus(null);
    try {
      const jobs = webJobs(client(), { name: '', read: async () => new Uint8Array() });
      const r = await jobs.addTemplate!(lang);
      if (r.download) {
        const file = r.download.name;
        downloadBytes(r.download.bytes, file, XLSX_MIME);
        setStatus({ intent: 'success', text: (l) => t(l, 'templateDownloaded', { file }) });
      }
    } catch (e) {
      setStatus({ intent: 'error', text: (l) => describeError(e, l) });
    }
  }

  const jobs = useMemo(() => (file ? webJobs(client(), file.web, setCopyWarnings) : null), [file]);

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Header lang={lang} title={t(lang, 'webTitle')} onLang={setLang} />
        <Text>{t(lang, 'webIntro')}</Text>
        <Caption1 className={styles.privacy}>{t(lang, 'webPrivacy')}</Caption1>
        {status && <StatusMessage status={status} lang={lang} onDismiss={() => setStatus(null)} />}
        {file && jobs ? (
          <>
            <div className={styles.file}>
              <Text className={styles.name}>
                {/* "Tệp: " / "File: ": the name follows the label in both languages. */}
                {t(lang, 'openedFile', { file: '' })}
                <FileName name={file.name} />
              </Text>
              {readAt && (
                <Caption1 className={styles.readAt} data-testid="read-time">
                  {t(lang, 'readAt', { time: readTimeText(readAt) })}
                </Caption1>
              )}
            </div>
            <FilePicker lang={lang} label={t(lang, 'otherFile')} onFile={open} compact chooseRef={chooseRef} />
            {copyWarnings.map((w) => (
              <MessageBar key={w.en} intent="warning" layout="multiline">
                <MessageBarBody>{w[lang]}</MessageBarBody>
              </MessageBar>
            ))}
            <Pane key={file.key} jobs={jobs} lang={lang} reportKind="file" fileBase={file.name.replace(WORKBOOK_NAME, '')} autoCheck downloadsOff={!usable} />
          </>
        ) : (
          <>
            <FilePicker lang={lang} label={t(lang, 'pickFile')} onFile={open} />
            <div>
              <Button onClick={downloadTemplate}>{t(lang, 'templateWeb')}</Button>
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
