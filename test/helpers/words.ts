/** An issue's words, for tests that read what it says (issues are data; their words are made where shown). */
import { issueMessage, issueText, renderIssue, type FrontDoor, type Issue, type Lang } from '../../src/core/issues';

/** The issue with its message and hint in both languages. */
export type Bilingually = Issue & { message: { vi: string; en: string }; hint?: { vi: string; en: string } };

/** The issue's words in both languages, its hint as `door` words it (the pane unless told). */
export function bilingual<T extends Issue>(i: T, door: FrontDoor = 'pane'): T & Bilingually {
  const vi = issueText(i, 'vi', door);
  const en = issueText(i, 'en', door);
  const out = { ...i, message: { vi: vi.message, en: en.message } } as T & Bilingually;
  if (vi.hint !== undefined && en.hint !== undefined) out.hint = { vi: vi.hint, en: en.hint };
  return out;
}

/** Every issue with its words in both languages. */
export function bilinguals<T extends Issue>(issues: readonly T[]): (T & Bilingually)[] {
  return issues.map((i) => bilingual(i));
}

/** Every issue in words in one language, as `--json` prints them (the command line's hints). */
export function inWords(issues: readonly Issue[], lang: Lang = 'vi') {
  return issues.map((i) => renderIssue(i, lang, 'cli'));
}

/** The issue's message in `lang` ('' for no issue, so that a missing issue fails the assertion). */
export function said(i: Issue | undefined, lang: Lang = 'vi'): string {
  return i ? issueMessage(i, lang) : '';
}

/** The issue's hint in `lang` as `door` words it (the pane unless told; undefined when it has none). */
export function hinted(i: Issue | undefined, lang: Lang = 'vi', door: FrontDoor = 'pane'): string | undefined {
  return i ? issueText(i, lang, door).hint : undefined;
}
