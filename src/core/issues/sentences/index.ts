/**
 * The sentences issues are said in, by key: each names its code (./codes.ts), its severity when not the
 * code's default, its message and hint templates in both languages, or the key of a shared phrase, or (a hint
 * that names a control) the key of a hint worded per front door (./pins.ts).
 * Placeholders are `{name}`; the compiler checks that an issue gives every placeholder of its sentence.
 */
import type { Bilingual, FrontDoor, Severity } from '../types';
import type { IssueCode } from '../codes';
import { READING_SENTENCES } from './reading';
import { CHECK_SENTENCES } from './checks';
import { FIGURE_SENTENCES } from './figures';
import { PHRASES } from './phrases';
import { PIN_HINTS } from './pins';

export { PHRASES, PIN_HINTS };
export type PhraseKey = keyof typeof PHRASES;
/** A hint worded for each front door (./pins.ts). */
export type PinHintKey = keyof typeof PIN_HINTS;

export interface SentenceEntry {
  code: IssueCode;
  severity?: Severity;
  message: Bilingual | PhraseKey;
  hint?: Bilingual | PhraseKey | PinHintKey;
}

export const SENTENCES = { ...READING_SENTENCES, ...CHECK_SENTENCES, ...FIGURE_SENTENCES } satisfies Record<string, SentenceEntry>;
export type SentenceKey = keyof typeof SENTENCES;
/** A hint given instead of the sentence's own. */
export type HintKey = PhraseKey | PinHintKey;

/** The `{name}` placeholders of a template string. */
type Holes<S> = S extends `${string}{${infer P}}${infer R}` ? P | Holes<R> : never;
/** The placeholders of a message or hint: its literal text, or the phrase it names, or every door's text of the pin hint it names. */
type HolesOf<T> = T extends PhraseKey
  ? Holes<(typeof PHRASES)[T]['vi']>
  : T extends PinHintKey
    ? Holes<(typeof PIN_HINTS)[T][FrontDoor]['vi']>
    : T extends { vi: infer V }
      ? Holes<V>
      : never;
type Entry<K extends SentenceKey> = (typeof SENTENCES)[K];
type HintOf<E> = E extends { hint: infer H } ? HolesOf<H> : never;

/** What the issue's own place supplies (./render.ts). */
type FromPlace = 'cell' | 'sheet';

/** The placeholders an issue of sentence K must give (its message's and its own hint's). */
export type SentenceHoles<K extends SentenceKey> = Exclude<HolesOf<Entry<K>['message']> | HintOf<Entry<K>>, FromPlace>;
