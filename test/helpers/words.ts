/** An issue's words, for tests that read what it says (issues are data; their words are made where shown). */
import { issueText, renderIssue, type Issue, type Lang } from '../../src/core/issues';

/** The issue with its message and hint in both languages. */
export type Bilingually = Issue & { message: { vi: string; en: string }; hint?: { vi: string; en: string } };

export function bilingual<T extends Issue>(i: T): T & Bilingually {
  const vi = issueText(i, 'vi');
  const en = issueText(i, 'en');
  const out = { ...i, message: { vi: vi.message, en: en.message } } as T & Bilingually;
  if (vi.hint !== undefined && en.hint !== undefined) out.hint = { vi: vi.hint, en: en.hint };
  return out;
}

/** Every issue with its words in both languages. */
export function bilinguals<T extends Issue>(issues: readonly T[]): (T & Bilingually)[] {
  return issues.map(bilingual);
}

/** Every issue in words in one language, as `--json` prints them. */
export function inWords(issues: readonly Issue[], lang: Lang = 'vi') {
  return issues.map((i) => renderIssue(i, lang));
}

/** The issue's message in `lang` ('' for no issue, so that a missing issue fails the assertion). */
export function said(i: Issue | undefined, lang: Lang = 'vi'): string {
  return i ? issueText(i, lang).message : '';
}

/** The issue's hint in `lang` (undefined when it has none). */
export function hinted(i: Issue | undefined, lang: Lang = 'vi'): string | undefined {
  return i ? issueText(i, lang).hint : undefined;
}
