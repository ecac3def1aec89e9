/** Why a file cannot be used, as a typed error with a message in both languages (no stack traces for users). */
import type { Bilingual, Lang } from '../core/issues';

/** Why: `unwritable` is an output the command line cannot write (--out not a folder, no permission, the input's own path); the rest are about the input. */
export type FileErrorCode = 'not-found' | 'not-xlsx' | 'encrypted' | 'damaged' | 'too-large' | 'zip-bomb' | 'unreadable' | 'unwritable';

export class FileError extends Error {
  readonly code: FileErrorCode;
  readonly text: Bilingual;
  /** A short technical detail (English, for --json and bug reports), kept out of the Vietnamese sentence. */
  readonly detail?: string;

  constructor(code: FileErrorCode, text: Bilingual, detail?: string) {
    super(text.en);
    this.name = 'FileError';
    this.code = code;
    this.text = text;
    if (detail) this.detail = detail;
  }

  localized(lang: Lang): string {
    return this.text[lang];
  }
}

export function isFileError(e: unknown): e is FileError {
  return e instanceof FileError;
}
