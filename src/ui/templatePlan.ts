/**
 * What «Tạo sheet mẫu» adds to the open workbook, and what it says the workbook already has (tester 5 item 22):
 * a template sheet is added only for a kind of figures the workbook lacks; for each kind it holds, the workbook's
 * own sheet is named («Cán bộ (sheet «CBCC»)»), never the template's name as if that sheet were there.
 */
import type { Lang } from '../core/issues/types';
import { TABLE_LABEL } from '../core/labels';
import type { TableName } from '../core/schema/types';
import type { AnalysisView } from './analysisView';
import { t } from './i18n';
import { sheetQuoted } from './issueWords';

/** `tthc` and `dossiers` are two forms of one table: a sheet of either is no longer needed once one is found. */
export const OTHER_FORM: Partial<Record<TableName, TableName>> = { tthc: 'dossiers', dossiers: 'tthc' };

/** A template sheet not added, and the workbook's sheet that holds its kind. */
export interface HeldSheet {
  /** The template sheet's name: «Cán bộ». */
  template: string;
  /** The workbook's sheet, as written: «CBCC». */
  sheet: string;
  /**
   * Why the template is not added: its table was found on `sheet` ('found'); the other form of it was, which makes
   * it unneeded (the TTHC counts for the dossier log, 'otherForm'); or `sheet` bears the template's name ('sameName').
   */
  how: 'found' | 'otherForm' | 'sameName';
  /** The table found on `sheet`; null: none (a sheet of the template's name on which no table was found). */
  table: TableName | null;
}

export interface TemplatePlan {
  /** The template sheets to add, in the template's order. */
  add: string[];
  /** The template sheets not added, each with what the workbook holds instead. */
  held: HeldSheet[];
}

/**
 * Splits the template's sheets (`name`, and the table each is for) into those to add and those whose kind the
 * checked workbook already holds: its table (or the table's other form) was found, on whatever sheet; or a sheet
 * of the template's name is there (Excel refuses a second sheet of one name), compared without case.
 */
export function templatePlan(templates: readonly { name: string; table?: TableName }[], a: Pick<AnalysisView, 'sheets' | 'tables'>): TemplatePlan {
  const byName = new Map(a.sheets.map((s) => [s.toLocaleLowerCase('vi'), s]));
  const found = Object.values(a.tables).filter((x) => !!x);
  const tableOn = (sheet: string) => found.find((x) => x.located.sheet === sheet)?.located.table ?? null;
  const plan: TemplatePlan = { add: [], held: [] };
  for (const s of templates) {
    const own = s.table && a.tables[s.table];
    const otherName = s.table && OTHER_FORM[s.table];
    const other = otherName && a.tables[otherName];
    const same = byName.get(s.name.toLocaleLowerCase('vi'));
    if (own) plan.held.push({ template: s.name, sheet: own.located.sheet, how: 'found', table: s.table! });
    else if (other) plan.held.push({ template: s.name, sheet: other.located.sheet, how: 'otherForm', table: otherName! });
    else if (same !== undefined) plan.held.push({ template: s.name, sheet: same, how: 'sameName', table: tableOn(same) });
    else plan.add.push(s.name);
  }
  return plan;
}

/** One held sheet in words: «Cán bộ (sheet «CBCC»)», «Hồ sơ (không cần: đã có bảng … ở sheet «TTHC Q1»)». */
export function heldText(h: HeldSheet, lang: Lang): string {
  const sheet = sheetQuoted(h.sheet);
  if (h.how === 'otherForm' && h.table) return t(lang, 'templateHeldOther', { template: h.template, table: TABLE_LABEL[h.table][lang], sheet });
  if (h.how === 'sameName')
    return h.table
      ? t(lang, 'templateHeldName', { template: h.template, sheet, table: TABLE_LABEL[h.table][lang] })
      : t(lang, 'templateHeldNoTable', { template: h.template, sheet });
  return t(lang, 'templateHeld', { template: h.template, sheet });
}

/** The held sheets in a sentence's list; each may hold commas of its own, so they are parted by semicolons. */
export const heldList = (held: readonly HeldSheet[], lang: Lang) => held.map((h) => heldText(h, lang)).join('; ');
