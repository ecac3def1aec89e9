/** The issues, grouped by sheet, filterable by severity; clicking one goes to its cell. */
import { useState } from 'react';
import { Caption1, makeStyles, mergeClasses, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { countBySeverity, type Issue, type Lang, type Severity } from '../../core/issues';
import { severityLabel, t } from '../i18n';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalS },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    marginBottom: tokens.spacingVerticalXS,
    font: 'inherit',
    color: 'inherit',
  },
  clickable: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
  // Longhand on purpose: Griffel does not expand shorthands in overrides.
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface IssueListProps {
  issues: readonly Issue[];
  lang: Lang;
  /** Absent where there is no live sheet to go to (the web page). */
  onSelect?: (sheet: string, cell: string) => void;
}

/** Issues by sheet, sheets in order of first appearance (issues arrive most severe first). */
export function groupBySheet(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = groups.get(i.sheet) ?? [];
    list.push(i);
    groups.set(i.sheet, list);
  }
  return [...groups.entries()];
}

export function IssueList({ issues, lang, onSelect }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const counts = countBySeverity(issues);
  const visible = issues.filter((i) => shown[i.severity]);

  if (issues.length === 0) return <Text>{t(lang, 'noIssues')}</Text>;
  return (
    <div>
      <div className={styles.filters} role="group" aria-label={t(lang, 'filterBySeverity')}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={shown[s]}
            onClick={() => setShown({ ...shown, [s]: !shown[s] })}
          >
            {severityLabel(lang, s)} ({counts[s]})
          </ToggleButton>
        ))}
      </div>
      {groupBySheet(visible).map(([sheet, list]) => (
        <section key={sheet} aria-label={sheet || t(lang, 'noSheet')}>
          <h3 className={styles.sheet}>{sheet || t(lang, 'noSheet')}</h3>
          <ul className={styles.list}>
            {list.map((i, n) => {
              const body = (
                <>
                  <span className={styles.cell}>{i.cell || t(lang, 'wholeSheet')}</span>
                  <span>{i.message}</span>
                  {i.hint && <Caption1 className={styles.hint}>{i.hint}</Caption1>}
                </>
              );
              const cls = mergeClasses(styles.item, styles[i.severity], onSelect && i.sheet && styles.clickable);
              return (
                <li key={`${i.code}-${i.cell}-${n}`} data-severity={i.severity}>
                  {onSelect && i.sheet ? (
                    <button type="button" className={cls} onClick={() => onSelect(i.sheet, i.cell || 'A1')}>
                      {body}
                    </button>
                  ) : (
                    <div className={cls}>{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
