/**
 * The issue catalogue's renderer for the pane and the page, loaded beside the first job (`Pane`'s `run`), not at
 * start: the catalogue's sentences (about 40 KB) stay out of the task pane's first script, which must stay within the
 * empty Office template's 169 KB gzip (issue 15 point 4). Issues only exist after a job, so it is loaded by then.
 */
import type { FrontDoor, Issue, Lang } from '../core/issues/types';

type Words = { message: string; hint?: string };
type Render = (i: Issue, lang: Lang, door: FrontDoor) => Words;
let render: Render | null = null;
let sheetShown: ((name: string) => string) | null = null;
let sheetInText: ((name: string) => string) | null = null;
let loading: Promise<void> | null = null;

/** Loads the catalogue's renderer once (a failed load is tried again at the next call). */
export function loadIssueWords(): Promise<void> {
  loading ??= import('../core/issues/render').then(
    (m) => {
      render = m.issueText;
      sheetShown = m.shownSheet;
      sheetInText = m.quotedSheet;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * An issue in words (`core/issues` `issueText`), its hint naming the controls of `door` (the task pane or the web
 * page); before the renderer is loaded, its code, never a crash.
 */
export function issueText(i: Issue, lang: Lang, door: FrontDoor): Words {
  if (render) return render(i, lang, door);
  void loadIssueWords().catch(() => undefined);
  return { message: i.code, hint: '' };
}

/**
 * A sheet's name as a heading of the list: a name typed in a legacy font followed by its reading ("B¶ng l­¬ng
 * (Bảng lương)", core/text/sheetName.ts, loaded with the renderer); before that, the name as written.
 */
export function sheetTitle(name: string): string {
  return sheetShown ? sheetShown(name) : name;
}

/** A sheet named in running text: «Thu chi NS», «B¶ng l­¬ng» (Bảng lương) once the renderer is loaded; before that, «name». */
export function sheetQuoted(name: string): string {
  return sheetInText ? sheetInText(name) : `«${name}»`;
}
