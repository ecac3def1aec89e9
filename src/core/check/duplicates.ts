/**
 * duplicate-row (warning): the same document number twice (in one year: numbers restart each year),
 * the same person twice (name + year of birth, or name + position without a birth date, after folding), the same TTHC field twice, the same
 * dossier code twice, the same survey level or staff education level twice.
 * Reported on the later row, naming the earlier one's cell.
 */
import type { Issue, IssueParam } from '../issues';
import type { ReadResult } from '../read';
import { rowsByPart, valueAt, type ReadTable, type TypedRow } from '../tables';
import type { TableName } from '../schema/types';
import { fold } from '../text/fold';
import { serialParts } from '../format';
import { parseDocNumberLoose } from './docNumber';
import { cellOf, hasColumn } from './values';
import { tableColumns, type FieldColumn } from '../columns';
import * as msg from './checkIssues';
import { EDUCATION_ROWS_APART } from '../schema/staff';
import { matchCategory } from '../read/values';

/** A record of a table read from its columns: `at(key)` is the key's column and `i` the record. */
interface Rec {
  at: (key: string) => FieldColumn | undefined;
  i: number;
}

interface Rule {
  table: TableName;
  /** The field whose cell is reported. */
  field: string;
  /** The record's identity, or null when it has none (blank). */
  key: (r: Rec) => string | null;
  what: (row: TypedRow) => IssueParam;
  /** Only when the table has this column (e.g. staff per level has `count`). */
  when?: (t: ReadTable) => boolean;
}

/** A code that white space, lower case or a letter beyond ASCII keeps from being its own key. */
const CODE_TO_FORM = /[\sa-z]|[^\x00-\x7f]/;

const text = (row: TypedRow, k: string) => valueAt(row, k)?.text.trim() ?? '';

/** values.ts' `str` for a record of a column. */
function strOf(r: Rec, key: string): string | null {
  const c = r.at(key);
  const v = c?.value(r.i);
  if (v === null || v === undefined) return null;
  const t = (typeof v === 'string' ? v : c!.text(r.i)).trim();
  return t === '' ? null : t;
}

function valueOf(r: Rec, key: string): unknown {
  return r.at(key)?.value(r.i);
}

/** A person's date of birth, in one column or split by sex. */
const BIRTH_KEYS = ['birthDate', 'birthDateMale', 'birthDateFemale'];

const RULES: Rule[] = [
  {
    table: 'documents',
    field: 'number',
    key: (r) => {
      const s = strOf(r, 'number');
      if (s === null) return null;
      const d = parseDocNumberLoose(s);
      const date = r.at('date')?.num(r.i) ?? null;
      const year = date === null ? '' : String(serialParts(date).y);
      return d ? `${d.number}|${fold(d.symbol)}|${year}` : `${fold(s)}|${year}`;
    },
    what: (row) => ({ phrase: 'document-number', params: { number: text(row, 'number') } }),
  },
  {
    table: 'staff',
    field: 'name',
    // The same name born the same year is one person, whatever posts the rows give (a «kiêm nhiệm» post listed
    // twice); without a birth date, the same name in the same post.
    key: (r) => {
      const n = strOf(r, 'name');
      if (n === null) return null;
      const born = BIRTH_KEYS.map((k) => r.at(k)?.num(r.i) ?? null).find((d) => d !== null);
      return born == null ? `${fold(n)}|${fold(strOf(r, 'position') ?? '')}` : `${fold(n)}|born ${serialParts(born).y}`;
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
    // The level, and which of its rows apart the row is («Tiến sĩ» and «Thạc sĩ» are two rows of one level).
    key: (r) => {
      const v = valueOf(r, 'education');
      if (typeof v !== 'string') return null;
      const apart = matchCategory(fold(r.at('education')?.text(r.i) ?? ''), EDUCATION_ROWS_APART);
      return apart === null ? v : `${v}|${apart}`;
    },
    what: (row) => ({ phrase: 'education-named', params: { name: text(row, 'education') } }),
  },
  {
    table: 'tthc',
    field: 'field',
    // Counts per thủ tục: a field is on every procedure's row; the procedure is the row's identity then.
    key: (r) => {
      const f = strOf(r, 'field');
      return f === null ? null : `${fold(f)}|${fold(strOf(r, 'procedure') ?? '')}`;
    },
    what: (row) => ({ phrase: 'field-named', params: { name: text(row, 'field') } }),
  },
  {
    table: 'dossiers',
    field: 'code',
    key: (r) => {
      const c = strOf(r, 'code');
      if (c === null) return null;
      // Most codes are written already in the key's form (ASCII, upper case, no spaces): kept as they are.
      return CODE_TO_FORM.test(c) ? c.replace(/\s+/g, '').toUpperCase() : c;
    },
    what: (row) => ({ phrase: 'dossier-code-named', params: { code: text(row, 'code') } }),
  },
  {
    table: 'survey',
    field: 'level',
    key: (r) => {
      const v = valueOf(r, 'level');
      return typeof v === 'string' ? v : null;
    },
    what: (row) => ({ phrase: 'survey-level-named', params: { name: text(row, 'level') } }),
  },
];

/** A 32-bit hash of a key (FNV-1a over its UTF-16 units). */
function hashOf(k: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < k.length; j++) h = Math.imul(h ^ k.charCodeAt(j), 0x01000193);
  return h;
}

/**
 * The hashes that two or more of the records' keys share (`hashes[i]` of record i, counted only where `keyed[i]`):
 * only keys with such a hash can be a duplicate. A log of 100 000 dossier codes, each its own, is told so by
 * sorting numbers, not by a map of 100 000 strings.
 */
function sharedHashes(hashes: Int32Array, keyed: Uint8Array): Set<number> {
  const sorted = new Int32Array(hashes.length);
  let n = 0;
  for (let j = 0; j < hashes.length; j++) if (keyed[j] === 1) sorted[n++] = hashes[j];
  sorted.subarray(0, n).sort();
  const shared = new Set<number>();
  for (let j = 1; j < n; j++) if (sorted[j] === sorted[j - 1]) shared.add(sorted[j]);
  return shared;
}

export function checkDuplicates(read: ReadResult): Issue[] {
  const out: Issue[] = [];
  for (const rule of RULES) {
    const t = read.tables[rule.table];
    if (!t || !hasColumn(t, rule.field) || (rule.when && !rule.when(t))) continue;
    const cols = tableColumns(t);
    const r: Rec = { at: (key) => cols.field(key), i: 0 };
    // A table summed from parts of the period (monthly sheets) lists each field once a part: the part is in the key.
    const parts = rowsByPart(t);
    const partOf = parts ? new Map(parts.flatMap((rows, i) => rows.map((row) => [`${row.sheet}!${row.row}`, i] as const))) : null;
    const keyOf = (i: number): string | null => {
      r.i = i;
      const k = cols.isTotal(i) ? null : rule.key(r);
      if (k === null || !partOf) return k;
      const row = cols.rowAt(i);
      return `${partOf.get(`${row.sheet}!${row.row}`) ?? ''}|${k}`;
    };
    // Each record's key hashed, the keys not kept: a key is made again only for a record whose hash is shared.
    const hashes = new Int32Array(cols.length);
    const keyed = new Uint8Array(cols.length);
    for (let i = 0; i < cols.length; i++) {
      const k = keyOf(i);
      if (k === null) continue;
      hashes[i] = hashOf(k);
      keyed[i] = 1;
    }
    const shared = sharedHashes(hashes, keyed);
    if (shared.size === 0) continue;
    const seen = new Map<string, number>();
    for (let i = 0; i < cols.length; i++) {
      if (keyed[i] === 0 || !shared.has(hashes[i])) continue;
      const k = keyOf(i)!;
      const first = seen.get(k);
      if (first === undefined) {
        seen.set(k, i);
        continue;
      }
      const row = cols.rowAt(i);
      const where = { sheet: row.sheet, cell: cellOf(row, rule.field), table: rule.table, field: rule.field };
      out.push(msg.duplicateRow(where, rule.what(row), cellOf(cols.rowAt(first), rule.field)));
    }
  }
  return out;
}
