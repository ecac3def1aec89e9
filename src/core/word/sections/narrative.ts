/**
 * The clerk's own paragraphs (the `narrative` table), filed by section of the outline
 * ("2.3", "III", "V"...) and part (result / limit / cause). Section labels are normalised so
 * "Mục 2.3.", "II.2.3" and "2.3" all land in 2.3.
 */
import type { Para } from '../model';
import type { ReadTable } from '../../tables';
import { fold } from '../../text/fold';
import { body, placeholderParagraph } from '../text';

export type NarrativePart = 'result' | 'limit' | 'cause' | null;

export interface NarrativeEntry {
  section: string;
  /** The label as the clerk wrote it. */
  label: string;
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

/** The places of the outline that take the clerk's text. */
export const NARRATIVE_KEYS = [
  'INTRO',
  'I.1',
  'I.2',
  'II.1',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '2.7',
  'III.RESULT',
  'III.LIMIT',
  'III.CAUSE',
  'IV.1',
  'IV.2',
  'V',
];

/**
 * "Mục 2.3." -> "2.3"; "II.2.3" -> "2.3"; "iii" -> "III"; "I" -> "I.1"; a deeper label goes to
 * its nearest known parent ("2.3.1" -> "2.3", "III.3.1" -> "III.CAUSE", "V.1" -> "V").
 */
export function normalizeSection(raw: string): string {
  let s = raw.normalize('NFC').trim().toLocaleUpperCase('vi');
  s = s
    .replace(/^(MỤC|PHẦN)\s+/u, '')
    .replace(/\s+/g, ' ')
    .replace(/[.)]+$/u, '')
    .replace(/\s*\.\s*/g, '.');
  s = s.replace(/^II\.(2\.\d)/u, '$1');
  for (let cut = s; cut; cut = cut.includes('.') ? cut.slice(0, cut.lastIndexOf('.')) : '') {
    const key = ALIASES[cut] ?? cut;
    if (NARRATIVE_KEYS.includes(key) || key === 'III') return key;
  }
  return s;
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
    out.push({ section: key, label: section.trim(), part, text: text.normalize('NFC') });
  }
  return out;
}

/** Entries whose section is not a place of the outline: shown at the end so nothing the clerk wrote is lost. */
export function unplaced(entries: NarrativeEntry[]): NarrativeEntry[] {
  return entries.filter((e) => !NARRATIVE_KEYS.includes(e.section));
}

/** Texts for a section and any of the parts (null part counts as `result`). */
export function textsFor(entries: NarrativeEntry[], section: string, parts: NarrativePart[] | 'any' = 'any'): string[] {
  return entries.filter((e) => e.section === section && (parts === 'any' || parts.includes(e.part ?? 'result'))).map((e) => e.text);
}

/** What a sentence says, for telling repeats: folded, punctuation and list marks ("- ", "+ ") left out. */
export const sayingKey = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The clerk's texts without the lines whose saying is in `said`; texts left empty are dropped. */
export function withoutRepeats(texts: string[], said: ReadonlySet<string>): string[] {
  return texts
    .map((t) =>
      t
        .split(/\r?\n/)
        .filter((l) => !said.has(sayingKey(l)))
        .join('\n'),
    )
    .filter((t) => t.trim());
}

/** Each line of the clerk's text is a paragraph, as typed ("- ...", "+ ..." kept). */
export function prose(texts: string[]): Para[] {
  return texts.flatMap((t) =>
    t
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => body([l])),
  );
}

/** The clerk's paragraphs, or one highlighted placeholder saying what belongs there. */
export function proseOr(texts: string[], note: string): Para[] {
  return texts.length ? prose(texts) : [placeholderParagraph(note)];
}
