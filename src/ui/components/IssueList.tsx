/**
 * The issues, grouped by sheet, filterable by severity; clicking one (or Enter on it) goes to its cell.
 * Issues of one code in one column make one line with their count and range (issueLines.ts); errors
 * come first, then the warnings that change a figure, so a real error never sits under a pile of notes.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Select, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { TableName } from '../../core/schema/types';
import type { HeaderCell } from '../headerCells';
import type { AnalysisView } from '../analysisView';
import { countBySeverity } from '../../core/issues/counts';
import type { FrontDoor, Issue, Lang, Severity } from '../../core/issues/types';
import { issueText, sheetTitle } from '../issueWords';
import { SCHEMA } from '../../core/schema';
import { severityLabel, t } from '../i18n';
import { GENERAL_LABEL, SEVERITY_LABEL, TABLE_LABEL } from '../../core/labels';
import { focusRing } from './focusRing';
import { CheckIcon, PinIcon, SeverityIcon } from './icons';
import { groupLines, issueLines, lineText, type IssueLine } from '../issueLines';

/** A severity filter that is on: tinted in its colour. Longhand borders on purpose: Griffel does not expand shorthands in overrides. */
function toggleOn(color: string, background: string, border: string, hover: string, pressed: string) {
  return {
    color,
    backgroundColor: background,
    borderTopColor: border,
    borderRightColor: border,
    borderBottomColor: border,
    borderLeftColor: border,
    ':hover': { color, backgroundColor: hover },
    ':hover:active': { color, backgroundColor: pressed },
  };
}

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginBottom: tokens.spacingVerticalS },
  off: {
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorTransparentBackground,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground2 },
  },
  onError: toggleOn(
    tokens.colorPaletteRedForeground1,
    tokens.colorPaletteRedBackground1,
    tokens.colorPaletteRedBorder2,
    tokens.colorPaletteRedBackground2,
    tokens.colorPaletteRedBackground2,
  ),
  onWarning: toggleOn(
    tokens.colorPaletteDarkOrangeForeground1,
    tokens.colorPaletteMarigoldBackground1,
    tokens.colorPaletteMarigoldBorder2,
    tokens.colorPaletteMarigoldBackground2,
    tokens.colorPaletteMarigoldBackground2,
  ),
  onInfo: toggleOn(
    tokens.colorBrandForeground1,
    tokens.colorBrandBackground2,
    tokens.colorBrandStroke1,
    tokens.colorBrandBackground2Hover,
    tokens.colorBrandBackground2Pressed,
  ),
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
    overflowWrap: 'anywhere',
  },
  clickable: {
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    // Inside the line: it is as wide as its list.
    ...focusRing('-2px'),
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  severity: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
    '& svg': { flexShrink: 0 },
  },
  errorTag: { color: tokens.colorPaletteRedForeground1 },
  warningTag: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoTag: { color: tokens.colorBrandForeground1 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  count: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  pin: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  pinSelect: { flexGrow: 1, minWidth: '10em', maxWidth: '100%' },
  pinHelp: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const ON_CLASS = { error: 'onError', warning: 'onWarning', info: 'onInfo' } as const;
/** Lines shown per group before "show more": a year of one table's typos must not bury the rest. */
export const GROUP_PAGE = 20;

export interface IssueListProps {
  issues: readonly Issue[];
  lang: Lang;
  /** Where the list is shown ('pane' or 'web'): the hints name that door's controls. */
  door: FrontDoor;
  /** What acting on a line does: go to its cell (the pane), or copy its address for Excel's Go To (the web page). */
  onSelect?: (sheet: string, cell: string) => void;
  /** Says which of the two `onSelect` does, in the line's tooltip; 'go' when absent. */
  selectAction?: 'go' | 'copy';
  /** Sheets in workbook order, to order groups of equal severity; else order of first appearance. */
  sheetOrder?: readonly string[];
  /** The tables found: an issue asking for a column is pinned within its table. */
  tables?: AnalysisView['tables'];
  /** Pins a field to `column`, or (absent) to the selected column; absent: no pinning here. */
  onPinField?: (table: TableName, field: string, column?: string) => void;
  /** The web page: the table's header cells to choose the column from (no selection there). */
  headerCells?: (located: { sheet: string; range: string; headerRows: number[] }) => Promise<HeaderCell[]>;
  busy?: boolean;
}

/**
 * Sentences a pinned column answers: the field's column is missing, two columns claim it, or the one read is of another period. By
 * sentence, not code: a budget line not found is a missing-label too, and no column answers it.
 */
const ASKS_FOR_COLUMN = new Set<string>(['column-not-found', 'part-column-not-found', 'column-named-twice', 'column-period-differs']);

/** The bold label before the message: the cell, or for an issue with no sheet the table it is about. */
export function issueLabel(i: Issue, lang: Lang, range = i.cell): string {
  if (range) return range;
  if (i.sheet) return t(lang, 'wholeSheet');
  return i.table ? TABLE_LABEL[i.table][lang] : GENERAL_LABEL[lang];
}

export function IssueList({ issues, lang, door, onSelect, selectAction = 'go', sheetOrder, tables, onPinField, headerCells, busy }: IssueListProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  /** The group just opened by "Xem thêm": its button goes, so the focus moves to the first line it showed. */
  const [opened, setOpened] = useState<string | null>(null);
  const root = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (opened === null) return;
    const section = [...(root.current?.querySelectorAll('section') ?? [])].find((e) => e.dataset.sheet === opened);
    const line = section?.querySelectorAll('li')[GROUP_PAGE];
    const target = line?.querySelector('button') ?? line;
    // A line that is no button (nothing to go to) can still hold the focus, out of the Tab order.
    if (target && target.tagName !== 'BUTTON') target.tabIndex = -1;
    target?.focus();
    setOpened(null);
  }, [opened]);
  const counts = countBySeverity(issues);
  const visible = issues.filter((i) => shown[i.severity]);

  if (issues.length === 0) return <Text>{t(lang, 'noIssues')}</Text>;
  return (
    <div ref={root}>
      <div className={styles.filters} role="group" aria-label={t(lang, 'filterBySeverity')}>
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            shape="circular"
            checked={shown[s]}
            icon={shown[s] ? <CheckIcon /> : undefined}
            className={shown[s] ? styles[ON_CLASS[s]] : styles.off}
            onClick={() => setShown({ ...shown, [s]: !shown[s] })}
          >
            {severityLabel(lang, s)} ({counts[s]})
          </ToggleButton>
        ))}
      </div>
      {groupLines(issueLines(visible), sheetOrder).map(([sheet, lines]) => {
        const title = sheet ? sheetTitle(sheet) : GENERAL_LABEL[lang];
        const all = expanded.has(sheet) || lines.length <= GROUP_PAGE;
        const shownLines = all ? lines : lines.slice(0, GROUP_PAGE);
        return (
          <section key={sheet} aria-label={title} data-sheet={sheet}>
            <h3 className={styles.sheet}>{title}</h3>
            <ul className={styles.list}>
              {shownLines.map((line) => (
                <IssueItem
                  key={line.key}
                  line={line}
                  lang={lang}
                  door={door}
                  onSelect={onSelect}
                  selectAction={selectAction}
                  pin={onPinField && { tables, onPinField, headerCells, busy }}
                />
              ))}
            </ul>
            {!all && (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => {
                  setExpanded(new Set(expanded).add(sheet));
                  setOpened(sheet);
                }}
              >
                {t(lang, 'showMore', { count: lines.length - GROUP_PAGE })}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** One line: its cell or range, how many cells when more than one, the message and the hint. */
type PinProps = Required<Pick<IssueListProps, 'onPinField'>> & Pick<IssueListProps, 'tables' | 'headerCells' | 'busy'>;

function IssueItem({
  line,
  lang,
  door,
  onSelect,
  selectAction,
  pin,
}: {
  line: IssueLine;
  lang: Lang;
  door: FrontDoor;
  onSelect?: IssueListProps['onSelect'];
  selectAction: 'go' | 'copy';
  pin?: PinProps;
}) {
  const styles = useStyles();
  const i = line.first;
  // Worded here, in the list's language: switching language needs no new check.
  const { message, hint } = lineText(line, lang, (x) => issueText(x, lang, door));
  const located = i.table ? pin?.tables?.[i.table]?.located : undefined;
  const pinHere = pin && located && i.field && ASKS_FOR_COLUMN.has(i.sentence);
  const body = (
    <>
      <span className={mergeClasses(styles.severity, styles[`${i.severity}Tag`])}>
        <SeverityIcon severity={i.severity} />
        {SEVERITY_LABEL[i.severity][lang]}
      </span>
      <span className={styles.cell}>{issueLabel(i, lang, line.range)}</span>
      {line.count > 1 && <span className={styles.count}>{t(lang, 'cellCount', { count: line.count })}</span>}
      <span>{message}</span>
      {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
    </>
  );
  const cls = mergeClasses(styles.item, styles[i.severity], onSelect && i.sheet && styles.clickable);
  return (
    <li data-severity={i.severity} data-count={line.count}>
      {onSelect && i.sheet ? (
        <button
          type="button"
          className={cls}
          title={t(lang, selectAction === 'copy' ? 'copyPlaceTitle' : 'goToCellTitle')}
          onClick={() => onSelect(i.sheet, line.range || 'A1')}
        >
          {body}
        </button>
      ) : (
        <div className={cls}>{body}</div>
      )}
      {pinHere && <PinColumn issue={i} located={located} lang={lang} pin={pin} />}
    </li>
  );
}

/**
 * "Ghim cột" under an issue asking for a column: in the pane, to the selected column; on the web
 * page, to a column chosen from the table's header cells.
 */
function PinColumn({
  issue,
  located,
  lang,
  pin,
}: {
  issue: Issue;
  located: { sheet: string; range: string; headerRows: number[] };
  lang: Lang;
  pin: PinProps;
}) {
  const styles = useStyles();
  const table = issue.table as TableName;
  const label = SCHEMA[table].fields.find((f) => f.key === issue.field)?.label[lang] ?? issue.field;
  const [cells, setCells] = useState<HeaderCell[] | null>(null);
  const [column, setColumn] = useState('');
  const { headerCells } = pin;
  useEffect(() => {
    if (!headerCells) return;
    let live = true;
    headerCells(located).then(
      (c) => live && setCells(c),
      () => live && setCells([]),
    );
    return () => {
      live = false;
    };
  }, [headerCells, located.sheet, located.range]);

  if (!headerCells) {
    return (
      <div className={styles.pin}>
        <Button size="small" icon={<PinIcon />} disabled={pin.busy} onClick={() => pin.onPinField(table, issue.field)}>
          {t(lang, 'pinColumn')}
        </Button>
        <Caption1 className={styles.pinHelp}>{t(lang, 'pinColumnHelp', { field: label, sheet: located.sheet })}</Caption1>
      </div>
    );
  }
  return (
    <div className={styles.pin}>
      <Select
        size="small"
        className={styles.pinSelect}
        aria-label={t(lang, 'pinColumnPick', { field: label })}
        value={column}
        onChange={(_e, d) => setColumn(d.value)}
      >
        <option value="">{t(lang, 'pinColumnNone')}</option>
        {(cells ?? []).map((c) => (
          <option key={c.column} value={c.column}>
            {c.text ? `${c.column}: ${c.text}` : c.column}
          </option>
        ))}
      </Select>
      <Button size="small" icon={<PinIcon />} disabled={pin.busy || !column} onClick={() => pin.onPinField(table, issue.field, column)}>
        {t(lang, 'pinColumn')}
      </Button>
    </div>
  );
}
