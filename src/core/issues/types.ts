/** The shapes of an issue: its data (what analysis finds) and its words (what a front door shows). */
import type { TableName } from '../schema/types';
import type { IssueCode } from './codes';
import type { HintKey, PhraseKey, SentenceKey } from './sentences';

export type Severity = 'error' | 'warning' | 'info';

export type Lang = 'vi' | 'en';

/** A text in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * Where the clerk reads an issue, and what she can click there: the Excel task pane («Ghim bảng vào vùng
 * đang chọn», «Ghim cột»), the web page («Ghim cột» under a column's issue, no table pin), the command line
 * (nothing to click; it reads the pins saved in the workbook). A report sheet is worded for the door that
 * wrote it. Issue 11 §3: every hint names a control that exists where it is read.
 */
export type FrontDoor = 'pane' | 'web' | 'cli';

/** A hint that names a control: its words for each front door. */
export type PerDoor = Record<FrontDoor, Bilingual>;

/**
 * A value an issue's sentence names, kept as data and worded when shown (./render.ts):
 * a string is said as it is (a cell's text, a sheet name, a document number); a number in the language's
 * separators with the decimals it carries, at most 2 (`{n, decimals}` fixes them, `{n, upTo}` caps them);
 * `{pct}` a percentage; `{date}` an Excel serial as dd/mm/yyyy; a Bilingual a label from the schema;
 * `{phrase}` a catalogue phrase with its own params; `{list}` values joined by `sep`.
 */
export type IssueParam =
  | string
  | number
  | Bilingual
  | { n: number; decimals?: number; upTo?: number }
  | { pct: number; decimals?: number }
  | { date: number }
  | { phrase: PhraseKey; params?: IssueParams }
  | { list: IssueParam[]; sep: IssueParam };

export type IssueParams = Record<string, IssueParam>;

/** Where an issue is: a sheet and an A1 cell or range on it ('' only when no cell can be named), the table and field. */
export interface IssuePlace {
  sheet: string;
  cell: string;
  table: TableName | '';
  /** Field key of the table's schema, '' when the issue is about a whole table or row. */
  field: string;
}

/**
 * A problem found in the data, as data (frictionless-style): its code, severity and place, the catalogue
 * sentence it is said in and the values that sentence names. Its words are made where it is shown
 * (`renderIssue`), so switching language needs no new analysis.
 */
export interface Issue extends IssuePlace {
  code: IssueCode;
  severity: Severity;
  /** The sentence (catalogue key); its code is `code`. */
  sentence: SentenceKey;
  /** Another hint than the sentence's own (catalogue key). */
  hintKey?: HintKey;
  params: IssueParams;
  /**
   * The issue's cell feeds no figure (a column read only to be checked, FieldSpec.checkedOnly: a person's
   * dates): a warning there changes no figure of the report (figureWarnings.ts, changesFigure). Absent: it may.
   */
  noFigure?: true;
  /**
   * A warning of another code than FIGURE_WARNINGS after which the figures its cells feed are partial (dossiers
   * without a due date left out of the on-time share): the draft marks them as it marks a changed figure.
   */
  marksFigures?: true;
  /**
   * How many more issues of the same code, severity, sheet, table, field and column were found and
   * left out of the list after this one (see capIssues); absent = none.
   */
  more?: number;
}

/** An issue in words: the shape of `--json` output and of the lists the front doors show (docs/reporting-schema.md §3). */
export interface RenderedIssue extends IssuePlace {
  code: IssueCode;
  severity: Severity;
  message: string;
  hint?: string;
  more?: number;
}
