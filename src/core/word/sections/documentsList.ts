/**
 * Documents issued (the `documents` table) as the seed's footnote lists them: grouped by type,
 * one line per subject, documents with the same subject cited together.
 */
import type { TypedRow } from '../../tables';
import { typeOfDocument, UNKNOWN_DOCUMENT_TYPE } from '../../figures/documents';
import { formatDateVi } from '../../format';
import { fold } from '../../text/fold';

export interface DocRef {
  type: string;
  number: string;
  date: number | null;
  summary: string | null;
}

/**
 * The type from the type column, else from the symbol: "175/QĐ-UBND" -> Quyết định; "66/UBND" -> Công văn.
 * The figures' rule, so the draft's list groups documents as the report sheet counts them.
 */
export function documentType(typeValue: unknown, number: string): string {
  return typeOfDocument(typeValue, number) ?? UNKNOWN_DOCUMENT_TYPE;
}

export function documentRefs(rows: TypedRow[]): DocRef[] {
  return rows
    .filter((r) => !r.isTotal)
    .map((r) => {
      const number = (r.values.number?.text ?? '').normalize('NFC').trim();
      const date = typeof r.values.date?.value === 'number' ? r.values.date.value : null;
      const summary = (r.values.summary?.text ?? '').normalize('NFC').trim() || null;
      return { type: documentType(r.values.type?.value, number), number, date, summary };
    })
    .filter((d) => d.number || d.summary);
}

/** Types in order of first appearance, with their counts. */
export function countsByType(docs: DocRef[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
  return [...counts];
}

/** "Quyết định số 175/QĐ-UBND ngày 28/12/2022" */
export function citation(d: DocRef): string {
  const date = d.date !== null && Number.isFinite(d.date) ? ` ngày ${formatDateVi(d.date)}` : '';
  return `${d.type} số ${d.number || '.../...'}${date}`;
}

export interface FootnoteLine {
  summary: string | null;
  type: string;
  docs: DocRef[];
}

/** Lines of the footnote: grouped by type (first appearance), documents of one subject together. */
export function footnoteLines(docs: DocRef[]): FootnoteLine[] {
  const lines: FootnoteLine[] = [];
  for (const [type] of countsByType(docs)) {
    for (const d of docs.filter((x) => x.type === type)) {
      const same = d.summary ? lines.find((l) => l.type === type && l.summary && fold(l.summary) === fold(d.summary!)) : undefined;
      if (same) same.docs.push(d);
      else lines.push({ summary: d.summary, type, docs: [d] });
    }
  }
  return lines;
}
