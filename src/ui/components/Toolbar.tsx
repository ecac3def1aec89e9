/** The one-click jobs. Narrow-pane friendly: the primary job full width, the others wrap below. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  primary: { width: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  help: { color: tokens.colorNeutralForeground3 },
});

export interface ToolbarProps {
  lang: Lang;
  busy: boolean;
  checked: boolean;
  /** The report and Word buttons are off (the web page, when no file could be read). */
  downloadsOff?: boolean;
  /** 'sheet': writes a sheet in the open workbook (pane); 'file': downloads a workbook (web page). */
  reportKind: 'sheet' | 'file';
  /** 'copy' on Mac, where the pane cannot download. */
  wordMode: 'download' | 'copy';
  onCheck: () => void;
  onReport: () => void;
  onWord: () => void;
  onTemplate?: () => void;
  onMark?: () => void;
  onUnmark?: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const styles = useStyles();
  const { lang, busy } = p;
  return (
    <div className={styles.root}>
      <Button appearance="primary" className={styles.primary} disabled={busy} onClick={p.onCheck}>
        {t(lang, p.checked ? 'recheck' : 'check')}
      </Button>
      <div className={styles.row}>
        <Button disabled={busy || p.downloadsOff} onClick={p.onReport}>
          {t(lang, p.reportKind === 'sheet' ? 'makeReport' : 'makeReportWeb')}
        </Button>
        <Button disabled={busy || p.downloadsOff} onClick={p.onWord}>
          {t(lang, p.wordMode === 'copy' ? 'copyDraft' : 'wordDraft')}
        </Button>
        {p.onTemplate && (
          <Button disabled={busy} onClick={p.onTemplate}>
            {t(lang, p.reportKind === 'sheet' ? 'addTemplate' : 'templateWeb')}
          </Button>
        )}
        {p.onMark && (
          <Button disabled={busy || !p.checked} onClick={p.onMark}>
            {t(lang, 'markIssues')}
          </Button>
        )}
        {p.onUnmark && (
          <Button disabled={busy} onClick={p.onUnmark}>
            {t(lang, 'clearMarks')}
          </Button>
        )}
      </div>
      {p.wordMode === 'copy' && <Caption1 className={styles.help}>{t(lang, 'copyDraftHelp')}</Caption1>}
    </div>
  );
}
