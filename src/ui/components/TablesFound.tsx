/**
 * Each table of the schema on one line: where it was found (a link that selects it), or that it is
 * missing; under it, each pin of that table (its range, its columns) with «Bỏ ghim»; below the list,
 * one pin action for whichever table the clerk picks.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, Caption1, Link, makeStyles, mergeClasses, Select, Text, tokens } from '@fluentui/react-components';
import type { Issue, Lang } from '../../core/issues';
import type { AnalysisView } from '../analysisView';
import type { PinRef } from '../actions';
import type { Overrides } from '../../core/tables';
import { SCHEMA, TABLE_NAMES, type TableName } from '../../core/schema';
import { t } from '../i18n';
import { TABLE_LABEL } from '../../core/labels';
import { focusRing } from './focusRing';
import { CheckIcon, CrossIcon, PinIcon } from './icons';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  mark: { alignSelf: 'center', display: 'inline-flex', flexShrink: 0 },
  found: { color: tokens.colorPaletteGreenForeground1 },
  absent: { color: tokens.colorNeutralForeground3 },
  absentRequired: { color: tokens.colorPaletteRedForeground1 },
  name: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  pin: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  select: { flexGrow: 1, minWidth: '10em', maxWidth: '100%' },
  help: { color: tokens.colorNeutralForeground3 },
  badge: { marginLeft: tokens.spacingHorizontalXXS },
  link: focusRing(),
  pins: { flexBasis: '100%', listStyleType: 'none', margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column' },
  pinLine: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
});

export interface TablesFoundProps {
  tables: AnalysisView['tables'];
  /** The check's issues: a missing table is marked required only when the check counts it as an error. */
  issues: readonly Issue[];
  lang: Lang;
  /** Absent where the front door has no live selection (the web page). */
  onPin?: (table: TableName) => void;
  /** Selects a found table's range; absent on the web page. */
  onSelect?: (sheet: string, range: string) => void;
  busy?: boolean;
  /** The workbook's pins, each listed under its table; with `onUnpin`, each with «Bỏ ghim». */
  pins?: Overrides;
  onUnpin?: (pin: PinRef) => void;
}

/** The other form of the same report part: a dossier log stands in for the TTHC counts and back. */
const STANDS_IN: Partial<Record<TableName, TableName>> = { tthc: 'dossiers', dossiers: 'tthc' };

export function TablesFound({ tables, lang, onPin, onSelect, busy, issues, pins, onUnpin }: TablesFoundProps) {
  const styles = useStyles();
  // The badge says what the counts say: red and "required" only for a table whose absence is an error.
  const missingError = new Set(issues.filter((i) => i.code === 'missing-table' && i.severity === 'error' && !i.sheet).map((i) => i.table));
  const missing = TABLE_NAMES.filter((n) => !tables[n]?.located);
  // The clerk's pick; after a new check, back to the first missing table.
  const [choice, setChoice] = useState<TableName | null>(null);
  useEffect(() => setChoice(null), [tables]);
  const target = choice ?? missing[0] ?? TABLE_NAMES[0];

  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label={t(lang, 'tablesFound')}>
        {TABLE_NAMES.map((name) => {
          const found = tables[name]?.located;
          // A table read from several places (a staff list on a sheet per unit) names each (tester 11 item 2).
          const parts = found ? (found.parts ?? [{ sheet: found.sheet, range: found.range }]) : [];
          const required = !found && missingError.has(name);
          const standIn = STANDS_IN[name];
          const replacedBy = !found && standIn && tables[standIn]?.located ? TABLE_LABEL[standIn][lang] : null;
          return (
            <li key={name} className={styles.item} data-testid={`table-${name}`} data-found={found ? 'true' : 'false'}>
              <span className={mergeClasses(styles.mark, found ? styles.found : required ? styles.absentRequired : styles.absent)}>
                {found ? <CheckIcon /> : <CrossIcon />}
              </span>
              <Text className={styles.name}>{TABLE_LABEL[name][lang]}</Text>
              {found ? (
                <Caption1 className={styles.where}>
                  {parts.map((p, k) => {
                    const where = `${p.sheet}!${p.range}`;
                    return (
                      <span key={where}>
                        {k > 0 ? '; ' : ''}
                        {onSelect ? (
                          <Link className={styles.link} title={t(lang, 'tableGoTo', { where })} onClick={() => onSelect(p.sheet, p.range)}>
                            {where}
                          </Link>
                        ) : (
                          where
                        )}
                      </span>
                    );
                  })}
                  {found.pinned ? ` (${t(lang, 'tablePinned')})` : ''}
                </Caption1>
              ) : (
                <Caption1 className={required ? styles.absentRequired : styles.absent}>
                  {replacedBy ? t(lang, 'tableStandsIn', { table: replacedBy }) : t(lang, 'tableMissing')}
                  {required && (
                    <>
                      {/* A separator the eye and a screen reader both take: not "chưa tìm thấy bắt buộc" as one phrase. */}
                      {', '}
                      <Badge size="small" appearance="tint" color="danger" className={styles.badge}>
                        {t(lang, 'tableRequired')}
                      </Badge>
                    </>
                  )}
                </Caption1>
              )}
              <PinLines table={name} pins={pins} lang={lang} busy={busy} onUnpin={onUnpin} />
            </li>
          );
        })}
      </ul>
      {onPin && (
        <>
          <div className={styles.pin}>
            <Select
              size="small"
              className={styles.select}
              aria-label={t(lang, 'pinTableLabel')}
              value={target}
              onChange={(_e, data) => setChoice(data.value as TableName)}
            >
              {TABLE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {TABLE_LABEL[name][lang]}
                  {tables[name]?.located ? ' ✓' : ''}
                </option>
              ))}
            </Select>
            <Button size="small" icon={<PinIcon />} disabled={busy} onClick={() => onPin(target)}>
              {t(lang, 'pinToSelection')}
            </Button>
          </div>
          <Caption1 className={styles.help}>{t(lang, 'pinHelp')}</Caption1>
        </>
      )}
    </div>
  );
}

/** The pins of one table, each on its line with «Bỏ ghim», whose accessible name says which pin it removes. */
function PinLines({ table, pins, lang, busy, onUnpin }: { table: TableName; pins?: Overrides; lang: Lang; busy?: boolean; onUnpin?: (pin: PinRef) => void }) {
  const styles = useStyles();
  const range = pins?.tables?.[table];
  const fields = Object.entries(pins?.fields?.[table] ?? {});
  if (!range && fields.length === 0) return null;
  const tableLabel = TABLE_LABEL[table][lang];
  const lines: { key: string; text: string; name: string; pin: PinRef }[] = [];
  if (range) {
    lines.push({
      key: '',
      text: t(lang, 'pinnedRangeAt', { where: `${range.sheet}!${range.range}` }),
      name: t(lang, 'unpinTable', { table: tableLabel }),
      pin: { table },
    });
  }
  for (const [field, column] of fields) {
    const label = SCHEMA[table].fields.find((f) => f.key === field)?.label[lang] ?? field;
    lines.push({
      key: field,
      text: t(lang, 'pinnedFieldAt', { field: label, column }),
      name: t(lang, 'unpinField', { field: label, table: tableLabel }),
      pin: { table, field },
    });
  }
  return (
    <ul className={styles.pins} data-testid={`pins-${table}`}>
      {lines.map((l) => (
        <li key={l.key} className={styles.pinLine}>
          <Caption1>{l.text}</Caption1>
          {onUnpin && (
            <Button size="small" appearance="subtle" className={styles.link} aria-label={l.name} title={l.name} disabled={busy} onClick={() => onUnpin(l.pin)}>
              {t(lang, 'unpin')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
