/** Error / warning / info counts as coloured badges. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { countBySeverity } from '../../core/issues/counts';
import type { Issue, Lang, Severity } from '../../core/issues/types';
import { severityLabel, t } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

// 'brand' rather than 'informative': Fluent's informative badge is grey and reads as disabled.
export const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'brand'> = {
  error: 'danger',
  warning: 'warning',
  info: 'brand',
};

export function IssueCounts({ issues, lang }: { issues: readonly Issue[]; lang: Lang }) {
  const styles = useStyles();
  const counts = countBySeverity(issues);
  return (
    <div className={styles.row} role="group" aria-label={t(lang, 'issues')}>
      {(['error', 'warning', 'info'] as const).map((s) => (
        <Badge key={s} appearance={counts[s] ? 'filled' : 'outline'} size="large" color={SEVERITY_COLOR[s]} data-testid={`count-${s}`}>
          {severityLabel(lang, s)}: {counts[s]}
        </Badge>
      ))}
    </div>
  );
}
