/** Human-readable output: the tables found and the issues grouped by sheet. */
import type { Analysis } from '../core/analyze';
import { countBySeverity, issueText, moreInColumn, type Issue, type Lang } from '../core/issues';
import { TABLE_NAMES, type TableName } from '../core/schema';
import { SEVERITY_LABEL, TABLE_LABEL, severityCount } from '../core/labels';
import { m } from './cliText';
import { groupLines, issueLines, lineText } from '../ui/issueLines';
import { t } from '../ui/i18n';
import type { TablePart } from '../core/tables';

/** Where a table was found: its (first) sheet and range, and every part when it was read from several. */
export type FoundAt = { sheet: string; range: string; parts?: TablePart[] };

/**
 * {sheet, range} of every table name, null when not found (the `tables` of `validate --json`, REPORTING-SCHEMA
 * §6); a table read from several places (a staff list on a sheet per unit) adds `parts`, the first one included.
 */
export function tablesFound(analysis: Analysis): Record<TableName, FoundAt | null> {
  const out = {} as Record<TableName, FoundAt | null>;
  for (const name of TABLE_NAMES) {
    const located = analysis.tables[name]?.located;
    out[name] = located ? { sheet: located.sheet, range: located.range, ...(located.parts ? { parts: located.parts.map((p) => ({ ...p })) } : {}) } : null;
  }
  return out;
}

export function formatTables(analysis: Analysis, lang: Lang): string[] {
  const lines = [m.tablesHeading(lang)];
  const found = tablesFound(analysis);
  for (const name of TABLE_NAMES) {
    const label = TABLE_LABEL[name][lang];
    const where = found[name];
    const pinned = analysis.tables[name]?.located.pinned ? ` ${m.pinned(lang)}` : '';
    const places = where && (where.parts ?? [where]).map((p) => m.place(lang, p.sheet, p.range)).join('; ');
    lines.push(places ? m.tableFound(lang, label, name, places) + pinned : m.tableMissing(lang, label, name));
  }
  return lines;
}

/**
 * Issues grouped by sheet in the order the pane and the page list them (ui/issueLines.ts groupLines): groups by their
 * most severe issue, then in the workbook's sheet order (`sheetOrder`, the analysis's `sheets`); the general issues
 * (no sheet) under "Chung", on top when they hold an error, else last; within a group by severity, then by place. The
 * issues of one code in one column make one line with their range and count, as the pane and the page list them:
 * twenty-four «số dưới dạng chữ» cells are one line, not twenty-four. Each line: severity, cell or range, the count,
 * message; the code (`number-as-text`) only in English, as --json has it. Hints are the command line's ('cli'): it
 * cannot pin, so a hint that asks for a pin says where pins are made and that this command reads them from the file
 * (`help` says it at more length).
 */
export function formatIssues(issues: Issue[], lang: Lang, sheetOrder: readonly string[] = []): string[] {
  const c = countBySeverity(issues);
  const lines = [m.counts(lang, (['error', 'warning', 'info'] as const).map((s) => severityCount(s, c[s], lang)).join(', '))];
  for (const [sheet, group] of groupLines(issueLines(issues), sheetOrder)) {
    lines.push('', sheet ? m.sheetHeading(lang, sheet) : m.general(lang));
    for (const line of group) {
      const i = line.first;
      const where = line.range ? `${line.range} ` : '';
      const count = line.issues.length > 1 ? `${t(lang, 'cellCount', { count: line.count })} ` : '';
      const { message, hint } = lineText(line, lang, (x) => issueText(x, lang, 'cli'));
      const code = lang === 'en' ? `(${i.code}) ` : '';
      lines.push(`  [${SEVERITY_LABEL[i.severity][lang]}] ${where}${count}${code}${message}`);
      if (hint) lines.push(`      → ${hint}`);
      if (line.issues.length === 1 && i.more) lines.push(`      ${moreInColumn(i.more, lang)}`);
    }
  }
  return lines;
}

export function formatAnalysis(file: string, analysis: Analysis, lang: Lang): string {
  const c = countBySeverity(analysis.issues);
  return [
    m.file(lang, file),
    '',
    ...formatTables(analysis, lang),
    '',
    ...formatIssues(analysis.issues, lang, analysis.sheets),
    '',
    c.error === 0 ? m.okNoErrors(lang) : m.hasErrors(lang, c.error),
  ].join('\n');
}
