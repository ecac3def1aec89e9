/** The outcome of the last job: a success with an optional action, or an error in one sentence. */
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import { t } from '../i18n';

export interface Status {
  intent: 'success' | 'error' | 'info';
  text: string;
  /** e.g. "Đi tới sheet". */
  action?: { label: string; run: () => void };
}

export function StatusMessage({ status, lang, onDismiss }: { status: Status; lang: Lang; onDismiss: () => void }) {
  return (
    <MessageBar intent={status.intent} layout="multiline" role={status.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        {status.intent === 'error' && <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>}
        {status.text}{' '}
        {status.action && <Link onClick={status.action.run}>{status.action.label}</Link>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t(lang, 'dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
