/**
 * Messages between the web page and its worker, which holds the workbook and its last analysis and
 * does the work. The page gets only what it shows (an AnalysisView: no typed rows); the report and
 * the draft are made from the worker's own analysis, which never crosses (issue 15 point 4).
 */
import type { AnalysisView } from '../ui/analysisView';
import type { Lang } from '../core/issues';
import type { Progress } from '../hosts/host';
import type { TableName } from '../core/schema/types';
import type { Overrides } from '../core/tables';
import type { PinFieldResult, UnpinResult } from '../ui/actions';
import type { HeaderCell } from '../ui/headerCells';

export type WorkerRequest =
  /**
   * Opens `bytes` (when given: the file as read now) and checks it; the reply is the view, the worker keeps
   * the analysis. `keepPins`: the bytes are the same file read again (same name), so this page's pins stay;
   * otherwise they go with the old file. `pins` (with `keepPins`): the page's pins for this file, which a worker
   * started afresh after a stop does not hold; they replace the worker's.
   */
  | { id: number; type: 'check'; lang: Lang; bytes?: Uint8Array; keepPins?: boolean; pins?: Overrides }
  /** The opened file with the report sheet added, written from the last check (checked first if none). */
  | { id: number; type: 'report'; lang: Lang }
  /** The Word draft of the last check (checked first if none). */
  | { id: number; type: 'word' }
  /** A new workbook holding the template sheets. */
  | { id: number; type: 'template'; lang: Lang }
  /** Pins a field to a column for this file (carried by its report copy) and checks again: a PinFieldReply. */
  | { id: number; type: 'pinField'; lang: Lang; table: TableName; field: string; column: string }
  /** The pins the open file's checks use (this page's, else the file's own): Overrides. */
  | { id: number; type: 'pins' }
  /**
   * Removes one pin (a table's when `field` is absent) and checks again: an UnpinResult, whose `pins` are every
   * pin the worker now holds for the file (the page keeps them, as after a pinField).
   */
  | { id: number; type: 'unpin'; lang: Lang; table: TableName; field?: string }
  /** The header cells of a table as found: HeaderCell[]. */
  | { id: number; type: 'headers'; located: { sheet: string; range: string; headerRows: number[] } };

export interface ReportReply {
  sheet: string;
  bytes: Uint8Array;
  /** The copy's extension: 'xlsm' for a macro-enabled workbook kept with its macros (Excel refuses it as .xlsx). */
  extension: 'xlsx' | 'xlsm';
  /** What the copy could not keep from the user's file (oversized validations, charts, pivots); absent: nothing. */
  warnings?: { vi: string; en: string }[];
}

/** The pin's column and the check after it, with every pin the worker now holds for the file (the page keeps them). */
export type PinFieldReply = PinFieldResult<AnalysisView> & { pins: Overrides };

export interface TemplateReply {
  sheets: string[];
  bytes: Uint8Array;
}

/** An error made safe to post: class and stack do not cross to the page. */
export interface PostedError {
  message: string;
  code?: string;
  bilingual?: { vi: string; en: string };
  /** A technical detail kept out of the sentence (FileError.detail), shown only under «Chi tiết». */
  detail?: string;
}

export type WorkerReply =
  | { id: number; type: 'progress'; progress: Progress }
  | {
      id: number;
      type: 'done';
      result: AnalysisView | ReportReply | Uint8Array | TemplateReply | PinFieldReply | UnpinResult<AnalysisView> | Overrides | HeaderCell[];
    }
  | { id: number; type: 'fail'; error: PostedError };
