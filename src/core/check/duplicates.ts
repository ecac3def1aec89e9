/**
 * duplicate-row (warning): the same document number twice (in one year: numbers restart each year),
 * the same person twice (name + position, after folding), the same TTHC field twice, the same
 * dossier code twice, the same survey level or staff education level twice.
 * Reported on the later row, naming the earlier one's cell.
 */
import type { Issue, IssueParam } from '../issues';
import type { ReadResult } from '../read';
import { valueAt, type ReadTable, type TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { fold } from '../text/fold';
import { serialParts } from '../format';
import { parseDocNumberLoose } from './docNumber';
import { cellOf, dataRows, hasColumn, num, str } from './values';
import * as msg from './checkIssues';

interface Rule {
  table: TableName;
  /** The field whose cell is reported. */
  field: string;
  /** The row's identity, or null when it has none (blank). */
  key: (row: TypedRow) => string | null;
  what: (row: TypedRow) => IssueParam;
  /** Only when the table has this column (e.g. staff per level has `count`). */
  when?: (t: ReadTable) => boolean;
}

/** A code that white space, lower case or a letter beyond ASCII keeps from being its own key. */
const CODE_TO_FORM = /[\sa-z]|[^\x00-\x7f]/;

const text = (row: TypedRow, k: string) => valueAt(row, k)?.text.trim() ?? '';

const RULES: Rule[] = [
  {
    table: 'documents',
    field: 'number',
    key: (row) => {
      const s = str(row, 'number');
      if (s === null) return null;
      const d = parseDocNumberLoose(s);
      const date = num(row, 'date');
      const year = date === null ? '' : String(serialParts(date).y);
      return d ? `${d.number}|${fold(d.symbol)}|${year}` : `${fold(s)}|${year}`;
    },
    what: (row) => ({ phrase: 'document-number', params: { number: text(row, 'number') } }),
  },
  {
    table: 'staff',
    field: 'name',
    key: (row) => {
      const n = str(row, 'name');
      return n === null ? null : `${fold(n)}|${fold(str(row, 'position') ?? '')}`;
    },
    what: (row) => {
      const p = text(row, 'position');
      const who = p ? `${text(row, 'name')} (${p})` : text(row, 'name');
      return { phrase: 'person', params: { who } };
    },
  },
  {
    table: 'staff',
    field: 'education',
    when: (t) => hasColumn(t, 'count') && !hasColumn(t, 'name'),
    key: (row) => (typeof row.values.education?.value === 'string' ? row.values.education.value : null),
    what: (row) => ({ phrase: 'education-named', params: { name: text(row, 'education') } }),
  },
  {
    table: 'tthc',
    field: 'field',
    key: (row) => {
      const f = str(row, 'field');
      return f === null ? null : fold(f);
    },
    what: (row) => ({ phrase: 'field-named', params: { name: text(row, 'field') } }),
  },
  {
    table: 'dossiers',
    field: 'code',
    key: (row) => {
      const c = str(row, 'code');
      if (c === null) return null;
      // Most codes are written already in the key's form (ASCII, upper case, no spaces): kept as they are.
      return CODE_TO_FORM.test(c) ? c.replace(/\s+/g, '').toUpperCase() : c;
    },
    what: (row) => ({ phrase: 'dossier-code-named', params: { code: text(row, 'code') } }),
  },
  {
    table: 'survey',
    field: 'level',
    key: (row) => (typeof row.values.level?.value === 'string' ? row.values.level.value : null),
    what: (row) => ({ phrase: 'survey-level-named', params: { name: text(row, 'level') } }),
  },
];

export function checkDuplicates(read: ReadResult): Issue[] {
  const out: Issue[] = [];
  for (const rule of RULES) {
    const t = read.tables[rule.table];
    if (!t || !hasColumn(t, rule.field) || (rule.when && !rule.when(t))) continue;
    const seen = new Map<string, TypedRow>();
    for (const row of dataRows(t)) {
      const k = rule.key(row);
      if (k === null) continue;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, row);
        continue;
      }
      const where = { sheet: t.located.sheet, cell: cellOf(row, rule.field), table: rule.table, field: rule.field };
      out.push(msg.duplicateRow(where, rule.what(row), cellOf(first, rule.field)));
    }
  }
  return out;
}
