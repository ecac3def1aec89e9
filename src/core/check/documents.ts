/**
 * doc-number-format (warning): a number/symbol not of the Nghị định 30 form (see docNumber.ts).
 * number-order (warning): within one symbol and one calendar year (numbers restart each year),
 * a higher number dated earlier than a lower one (seed: 38/KH-UBND 23/02/2023 before 36/KH-UBND 28/03/2023).
 * Reported on the higher-numbered document, naming the nearest lower number dated after it.
 * Malformed numbers still take part in the ordering, read as the clerk most likely meant them;
 * documents dated after the report date do not (that date is already reported as wrong).
 * The commune's own documents cited in the narrative (citations.ts) take part too.
 */
import type { Issue } from '../issues';
import type { ReadResult } from '../read';
import type { TableName } from '../schema/types';
import { serialParts } from '../format';
import { parseDocNumber, parseDocNumberLoose, suggestDocNumber } from './docNumber';
import { extractCitations, type Citation } from './citations';
import { cellOf, num, str } from './values';
import * as msg from './checkIssues';
import { isAboutReform } from '../figures/reformTopic';
import { issuedInPeriod } from '../figures/documents';

/** A document met in the workbook: a row of the documents table or a citation in the narrative. */
export interface DocEntry {
  numberText: string;
  /** Excel serial; null when blank or unreadable. */
  date: number | null;
  sheet: string;
  cell: string;
  table: TableName;
  field: string;
  /** The narrative section it is cited in; absent for the documents table. */
  section?: string;
}

interface Dated {
  doc: DocEntry;
  number: number;
  date: number;
}

/** The documents table's rows as entries (rows without a number, and total rows, «Tổng số: 5 văn bản», are skipped). */
export function tableEntries(read: ReadResult): DocEntry[] {
  const t = read.tables.documents;
  if (!t) return [];
  const out: DocEntry[] = [];
  for (const row of t.rows) {
    if (row.isTotal) continue;
    const numberText = str(row, 'number');
    if (numberText === null) continue;
    out.push({ numberText, date: num(row, 'date'), sheet: row.sheet, cell: cellOf(row, 'number'), table: 'documents', field: 'number' });
  }
  return out;
}

/** Is this citation a row of the table (same number text and calendar day)? */
export function inEntries(entries: DocEntry[]): (c: DocEntry) => boolean {
  const keys = new Set(entries.map((e) => `${e.numberText.normalize('NFC')}|${e.date === null ? '' : Math.floor(e.date)}`));
  return (c) => keys.has(`${c.numberText.normalize('NFC')}|${c.date === null ? '' : Math.floor(c.date)}`);
}

const noteOf = (e: DocEntry) => msg.citedNote(e.section ?? null);

/**
 * doc-number-format and number-order over one list of the commune's own documents; the entries of `plain` (numbers
 * kept without symbols, said once by plainNumbers) get no doc-number-format of their own.
 */
export function checkDocumentEntries(entries: DocEntry[], reportDate: number | null, plain: ReadonlySet<DocEntry> = new Set()): Issue[] {
  const out: Issue[] = [];
  const groups = new Map<string, Dated[]>();
  const reportDay = reportDate === null ? null : Math.floor(reportDate);
  for (const doc of entries) {
    const text = doc.numberText;
    const strict = parseDocNumber(text);
    if (!strict) {
      if (!plain.has(doc)) out.push(msg.docNumberFormat(doc, text, suggestDocNumber(text), noteOf(doc)));
    } else if (strict.written) {
      out.push(msg.docNumberDiacritics(doc, text, strict.written, noteOf(doc)));
    }
    const d = parseDocNumberLoose(text);
    const date = doc.date;
    // A date after the report date is reported as such; ordering against it would only repeat that.
    if (!d || date === null || (reportDay !== null && Math.floor(date) > reportDay)) continue;
    const key = `${d.symbol}|${serialParts(date).y}`;
    const list = groups.get(key) ?? [];
    list.push({ doc, number: d.number, date: Math.floor(date) });
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    for (const doc of list) {
      // The nearest lower number that bears a later date.
      let other: Dated | null = null;
      for (const o of list) {
        if (o.number < doc.number && o.date > doc.date && (!other || o.number > other.number)) other = o;
      }
      if (!other) continue;
      out.push(msg.numberOrder(doc.doc, doc.doc.numberText, doc.date, other.doc.numberText, other.date, noteOf(doc.doc), noteOf(other.doc)));
    }
  }
  return out;
}

/**
 * The documents table and the commune's own documents cited in the narrative, checked as one list
 * (a number cited in the prose is ordered against the register's). Citations repeating a row are dropped.
 */
export function checkDocuments(read: ReadResult, citations: Citation[] = extractCitations(read)): Issue[] {
  const rows = tableEntries(read);
  const inTable = inEntries(rows);
  const cited = citations.filter((c) => c.own && !inTable(c));
  const plain = plainNumbers(read, rows);
  return [...plain.issues, ...checkDocumentEntries([...rows, ...cited], read.info.reportDate, plain.entries)];
}

/** A running number alone: «01», «12», «3.» (no symbol). */
const PLAIN_NUMBER = /^\d{1,5}\.?$/;
/** At most this many cells named in the note. */
const PLAIN_CELLS_SHOWN = 3;

/**
 * A register that keeps running numbers only («01», «02») and gives each document's type in a column of its own
 * (tester 15 item 17): one note (info) naming those cells, instead of a doc-number-format warning per row. Without a
 * type column each number is still checked on its own (the type is then unknown).
 */
export function plainNumbers(read: ReadResult, rows: DocEntry[]): { issues: Issue[]; entries: Set<DocEntry> } {
  const t = read.tables.documents;
  const entries = new Set(rows.filter((e) => PLAIN_NUMBER.test(e.numberText.trim())));
  if (!t || !('type' in t.located.columns) || entries.size === 0) return { issues: [], entries: new Set() };
  const list = [...entries];
  const cells = list.slice(0, PLAIN_CELLS_SHOWN).map((e) => e.cell);
  const shown = list.length > PLAIN_CELLS_SHOWN ? `${cells.join(', ')}, …` : cells.join(', ');
  const where = { sheet: list[0].sheet, cell: list[0].cell, table: 'documents' as const, field: 'number' };
  return { issues: [msg.docNumberPlain(where, list.length, shown, list[0].numberText)], entries };
}

/** At most this many summary cells named in the note about documents not about CCHC. */
const SHOWN_CELLS = 3;

/**
 * One note (info, code constraint-error) on a register whose documents of the period are not all about
 * administrative reform by their summary (figures/reformTopic.ts): how many seem not to be, of how many,
 * and the first ones' summary cells. The count of documents issued stays the table's rows; the draft
 * marks its sentence (word/sections/direction.ts). Nothing when the table has no summary column.
 */
export function checkReformTopics(read: ReadResult): Issue[] {
  const t = read.tables.documents;
  if (!t || !('summary' in t.located.columns)) return [];
  let total = 0;
  const cells: string[] = [];
  for (const row of t.rows) {
    if (row.isTotal || !issuedInPeriod(num(row, 'date'), read.info)) continue;
    const summary = str(row, 'summary');
    if (summary === null && str(row, 'number') === null) continue;
    total++;
    if (summary !== null && !isAboutReform(summary)) cells.push(cellOf(row, 'summary'));
  }
  if (!cells.length) return [];
  const where = { sheet: t.located.sheet, cell: cells.slice(0, SHOWN_CELLS).join(', '), table: 'documents' as const, field: 'summary' };
  return [msg.notAboutReform(where, cells.length, total)];
}
