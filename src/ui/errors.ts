/**
 * Turns whatever Office, the file host or the worker threw into one clear sentence in the
 * user's language, so the pane never goes blank and never shows a raw stack.
 */
import type { Bilingual, Lang } from '../core/issues';
import { t, type StringKey } from './i18n';

/** An error the UI itself raises, already worded in i18n. */
export class UiError extends Error {
  constructor(
    readonly key: StringKey,
    readonly params: Record<string, string | number> = {},
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

export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof UiError) return t(lang, e.key, e.params);
  if (isBilingual(e)) return e[lang];
  if (e && typeof e === 'object') {
    const o = e as { code?: unknown; bilingual?: unknown; text?: unknown; message?: unknown; name?: unknown };
    // Hosts may attach a ready-made bilingual sentence (the file host's FileError has it as `text`).
    if (isBilingual(o.bilingual)) return o.bilingual[lang];
    if (isBilingual(o.text)) return o.text[lang];
    if (typeof o.code === 'string' && o.code in OFFICE_CODES) return t(lang, OFFICE_CODES[o.code]);
    const detail = typeof o.message === 'string' && o.message ? o.message : String(o.name ?? e);
    return t(lang, 'err_generic', { detail });
  }
  return t(lang, 'err_generic', { detail: String(e) });
}
