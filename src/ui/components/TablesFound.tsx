/** Each table of the schema: where it was found, or that it is missing, with a way to pin it. */
import { Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/issues';
import type { Analysis } from '../../core/analyze';
import { SCHEMA, TABLE_NAMES, type TableName } from '../../core/schema';
import { t } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
  missing: { color: tokens.colorNeutralForeground3 },
  missingRequired: { color: tokens.colorPaletteRedForeground1 },
});

export interface TablesFoundProps {
  tables: Analysis['tables'];
  lang: Lang;
  /** Absent where the front door has no live selection (the web page). */
  onPin?: (table: TableName) => void;
  busy?: boolean;
}

export function TablesFound({ tables, lang, onPin, busy }: TablesFoundProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t(lang, 'tablesFound')}>
      {TABLE_NAMES.map((name) => {
        const spec = SCHEMA[name];
        const found = tables[name]?.located;
        return (
          <li key={name} className={styles.item} data-testid={`table-${name}`}>
            <Text className={styles.name}>{spec.label[lang]}</Text>
            {spec.required && !found && (
              <Badge size="small" appearance="outline" color="danger">
                {t(lang, 'tableRequired')}
              </Badge>
            )}
            {found ? (
              <Caption1 className={styles.where}>
                {t(lang, 'tableFoundAt', { where: `${found.sheet}!${found.range}` })}
                {found.pinned ? ` (${t(lang, 'tablePinned')})` : ''}
              </Caption1>
            ) : (
              <>
                <Caption1 className={spec.required ? styles.missingRequired : styles.missing}>{t(lang, 'tableMissing')}</Caption1>
                {onPin && (
                  <Button size="small" appearance="subtle" disabled={busy} onClick={() => onPin(name)}>
                    {t(lang, 'pinToSelection')}
                  </Button>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
