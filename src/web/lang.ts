/**
 * The web page's language: Vietnamese whatever the browser's language (the page is for Vietnamese
 * commune clerks, whose browsers are often in English); English only once chosen, and the choice
 * remembered in localStorage under `cchc.lang`. Storage that throws (private mode, file://) is ignored.
 */
import type { Lang } from '../core/issues';

export const LANG_KEY = 'cchc.lang';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** 'en' only when the user chose English before; 'vi' otherwise. */
export function savedLang(s: Storage | null = storage()): Lang {
  try {
    return s?.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Remembers the language chosen on the page. */
export function saveLang(lang: Lang, s: Storage | null = storage()): void {
  try {
    s?.setItem(LANG_KEY, lang);
  } catch {
    // Nothing to do: the page still works, in Vietnamese next time.
  }
}
