/**
 * Turns whatever Office, the file host or the worker threw into one clear sentence in the
 * user's language, so the pane never goes blank and never shows a raw stack.
 */
import type { Bilingual, Lang } from '../core/issues';
import { t, type StringKey } from './i18n';

/** An error the UI itself raises, already worded in i18n; `action`: what the message offers to do about it (a button). */
export class UiError extends Error {
  constructor(
    readonly key: StringKey,
    readonly params: Record<string, string | number> = {},
    readonly action?: { label: StringKey; run: () => void },
  ) {
    super(key);
    this.name = 'UiError';
  }
}

function isBilingual(x: unknown): x is Bilingual {
  return !!x && typeof x === 'object' && typeof (x as Bilingual).vi === 'string' && typeof (x as Bilingual).en === 'string';
}

/** Office.js error codes (OfficeExtension.ErrorCodes) mapped to our sentences. */
const OFFICE_CODES: Record<string, StringKey> = {
  InvalidOperationInCellEditMode: 'err_office_busy',
  ActivityLimitReached: 'err_office_busy',
  AccessDenied: 'err_office_denied',
  InsertDeleteConflict: 'err_office_denied',
  ItemNotFound: 'err_office_notfound',
  ApiNotFound: 'err_office_api',
  NotImplemented: 'err_office_api',
  RequestPayloadSizeLimitExceeded: 'err_file',
  ResponsePayloadSizeLimitExceeded: 'err_file',
};

/**
 * One sentence for the message bar, then (after "\n") any technical detail, which the message bar shows
 * only under «Chi tiết» (StatusMessage): a JavaScript exception's text never stands in the sentence
 * (tester 6 item 17). A JavaScript exception that is neither ours (FileError, UiError) nor Office's
 * gives `err_internal`; a FileError's `detail` follows its sentence.
 */
export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof UiError) return t(lang, e.key, e.params);
  if (isBilingual(e)) return e[lang];
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; bilingual?: unknown; text?: unknown; message?: unknown; name?: unknown; detail?: unknown };
    // Hosts may attach a ready-made bilingual sentence (the file host's FileError has it as `text`).
    const more = typeof o.detail === 'string' && o.detail ? `\n${o.detail.split('\n')[0].slice(0, 200)}` : '';
    if (isBilingual(o.bilingual)) return o.bilingual[lang] + more;
    if (isBilingual(o.text)) return o.text[lang] + more;
    if (typeof o.code === 'string' && o.code in OFFICE_CODES) return t(lang, OFFICE_CODES[o.code]);
    const detail = (typeof o.message === 'string' && o.message ? o.message : String(o.name ?? e)).split('\n')[0].slice(0, 200);
    // Office's own errors carry a code; anything else (a JavaScript exception) is our fault, never "the file is damaged".
    return t(lang, typeof o.code === 'string' ? 'err_generic' : 'err_internal', { detail });
  }
  return t(lang, 'err_internal', { detail: String(e).split('\n')[0].slice(0, 200) });
}
