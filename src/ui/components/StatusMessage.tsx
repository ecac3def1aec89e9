/** The outcome of the last job on one line: a success with an optional action, or an error in one sentence. */
import { useRef } from 'react';
import { Button, Caption1, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';
import { focusRing } from './focusRing';
import { DismissIcon } from './icons';

/** Text fixed when said, or worded on each render so it follows a language switch. */
export type Wording = string | ((lang: Lang) => string);

export interface Status {
  intent: 'success' | 'error' | 'info';
  text: Wording;
  /** e.g. "Đi tới sheet". */
  action?: { label: Wording; run: () => void };
}

const useStyles = makeStyles({
  action: focusRing(),
});

export function word(w: Wording, lang: Lang): string {
  return typeof w === 'string' ? w : w(lang);
}

/** What Tab can reach: enabled, shown, not one of Tabster's focus sentinels. */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Moves the focus to the first control after `from` in the page's order, or the last before it when
 * none follows: where Tab would have gone, for a box about to go with the control that had the focus.
 */
function focusNextAfter(from: HTMLElement): void {
  const reachable = [...from.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (e) => !from.contains(e) && !e.hasAttribute('data-tabster-dummy') && e.getClientRects().length > 0,
  );
  const next = reachable.find((e) => from.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) ?? reachable[reachable.length - 1];
  next?.focus();
}

export function StatusMessage({ status, lang, onDismiss }: { status: Status; lang: Lang; onDismiss: () => void }) {
  const styles = useStyles();
  const bar = useRef<HTMLDivElement | null>(null);
  /** The close button goes with the message: the focus goes on to the next control, not to the page's body (issue 11 §6). */
  const dismiss = () => {
    if (bar.current) focusNextAfter(bar.current);
    onDismiss();
  };
  const [first, ...detail] = word(status.text, lang).split('\n');
  return (
    <MessageBar ref={bar} intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {status.intent === 'error' && <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>}
        {first}{' '}
        {status.action && (
          <Link className={styles.action} onClick={status.action.run}>
            {word(status.action.label, lang)}
          </Link>
        )}
        {/* A technical detail, when there is one, only under «Chi tiết», closed until the clerk opens it (a native disclosure: keyboard and readers know it). */}
        {detail.length > 0 && (
          <details>
            <summary className={styles.action}>{t(lang, 'errorDetails')}</summary>
            <Caption1>{detail.join(' ')}</Caption1>
          </details>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button size="small" appearance="transparent" icon={<DismissIcon />} aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')} onClick={dismiss} />
        }
      />
    </MessageBar>
  );
}
