/**
 * The clerk's own paragraphs (the `narrative` table), filed by section of the outline
 * ("2.3", "III", "V"...) and part (result / limit / cause). Section labels are normalised so
 * "Mục 2.3.", "II.2.3" and "2.3" all land in 2.3.
 */
import type { Paragraph } from 'docx';
import type { ReadTable } from '../../tables';
import { body, placeholderParagraph } from '../text';

export type NarrativePart = 'result' | 'limit' | 'cause' | null;

export interface NarrativeEntry {
  section: string;
  part: NarrativePart;
  text: string;
}

const ALIASES: Record<string, string> = {
  '0': 'INTRO',
  'MỞ ĐẦU': 'INTRO',
  'CĂN CỨ': 'INTRO',
  I: 'I.1',
  'II.1': 'II.1',
  IV: 'IV.2',
  'III.1': 'III.RESULT',
  'III.2': 'III.LIMIT',
  'III.3': 'III.CAUSE',
};

/** "Mục 2.3." -> "2.3"; "II.2.3" -> "2.3"; "iii" -> "III"; "I" -> "I.1". */
export function normalizeSection(raw: string): string {
  let s = raw.normalize('NFC').trim().toLocaleUpperCase('vi');
  s = s
    .replace(/^(MỤC|PHẦN)\s+/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[.)]+$/u, '')
    .replace(/\s*\.\s*/g, '.');
  s = s.replace(/^II\.(2\.\d)$/u, '$1');
  return ALIASES[s] ?? s;
}

export function narrativeEntries(table: ReadTable | undefined): NarrativeEntry[] {
  if (!table) return [];
  const out: NarrativeEntry[] = [];
  for (const row of table.rows) {
    const section = row.values.section?.text ?? '';
    const text = row.values.text?.text ?? '';
    if (!section.trim() || !text.trim()) continue;
    const partValue = row.values.part?.value;
    const part: NarrativePart = partValue === 'result' || partValue === 'limit' || partValue === 'cause' ? partValue : null;
    let key = normalizeSection(section);
    // "III" with a part is the matching sub-heading of III.
    if (key === 'III') key = part === 'limit' ? 'III.LIMIT' : part === 'cause' ? 'III.CAUSE' : 'III.RESULT';
    out.push({ section: key, part, text: text.normalize('NFC') });
  }
  return out;
}

/** Texts for a section and any of the parts (null part counts as `result`). */
export function textsFor(entries: NarrativeEntry[], section: string, parts: NarrativePart[] | 'any' = 'any'): string[] {
  return entries.filter((e) => e.section === section && (parts === 'any' || parts.includes(e.part ?? 'result'))).map((e) => e.text);
}

/** Each line of the clerk's text is a paragraph, as typed ("- ...", "+ ..." kept). */
export function prose(texts: string[]): Paragraph[] {
  return texts.flatMap((t) =>
    t
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => body([l])),
  );
}

/** The clerk's paragraphs, or one highlighted placeholder saying what belongs there. */
export function proseOr(texts: string[], note: string): Paragraph[] {
  return texts.length ? prose(texts) : [placeholderParagraph(note)];
}
