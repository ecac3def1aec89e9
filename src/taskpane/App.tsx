/**
 * The task pane: the shared Pane over a live Host. Helper G mounts it in index.tsx as
 * `<App host={officeHost} mode="addin" />`, passing the language and platform from Office.
 */
import { useMemo, useState } from 'react';
import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/issues';
import type { Host } from '../hosts/host';
import { hostJobs } from '../ui/actions';
import { defaultCore, type CoreDeps } from '../ui/core';
import { detectLang, t } from '../ui/i18n';
import { Header } from '../ui/components/Header';
import { Pane } from '../ui/Pane';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
});

export interface AppProps {
  host: Host;
  mode: 'addin' | 'web';
  /** Initial language; in the pane, from Office.context.displayLanguage (see detectLang). */
  lang?: Lang;
  /** Office.context.platform ('PC', 'Mac', 'OfficeOnline', ...). */
  platform?: string;
  /** The core functions; tests hand in their own. */
  core?: CoreDeps;
}

export function App({ host, mode, lang: initialLang, platform, core = defaultCore }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang ?? detectLang(typeof navigator === 'undefined' ? undefined : navigator.language));
  const jobs = useMemo(() => hostJobs(host, core), [host, core]);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <Header lang={lang} title={t(lang, 'appTitle')} onLang={setLang} />
        <Pane jobs={jobs} lang={lang} platform={platform} reportKind={mode === 'addin' ? 'sheet' : 'file'} />
      </main>
    </FluentProvider>
  );
}

export default App;
