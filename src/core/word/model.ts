/**
 * The report as one tree, built once (issue 13 §2) and rendered twice: to .docx (render/docx.ts,
 * the `docx` library) and to HTML (render/html.ts, the Mac/iPad "copy as formatted text" path).
 * Plain data, no library types: blocks are paragraphs and tables; a paragraph is a list of parts
 * (text, a segment with its marks, or a footnote). Measures are Word's: sizes in half-points,
 * spacing, indents and widths in twips (1/1440 inch), so the .docx keeps the Nghị định 30 layout
 * exactly and the HTML can scale them.
 */

/** A run of text with its marks. `ph`: highlighted (a placeholder to fill, or a figure to check). */
export interface Seg {
  text: string;
  bold?: boolean;
  italics?: boolean;
  ph?: boolean;
  /** On the «[cần xem lại: …]» after a marked figure (word/marks.ts): every cell it stands for («Thu chi NS!E6»),
   * none cut off, so the note on page 1 counts the issues that mark a figure. Renderers do not print it. */
  checks?: readonly string[];
}

/** A footnote reference: the mark in the text, the note's paragraphs at the foot of the page. */
export interface FootnoteRef {
  footnote: Para[];
}

export type Part = string | Seg | FootnoteRef;

/** What a paragraph is in the report, for renderers that do not measure (HTML). */
export type ParaRole = 'body' | 'heading1' | 'heading2' | 'heading3' | 'layout' | 'rule' | 'footnote' | 'spacer';

export interface Para {
  kind: 'para';
  role: ParaRole;
  parts: Part[];
  /** Run defaults: a segment's own bold / italics win. `size` in half-points (14 pt = 28). */
  run: { size?: number; bold?: boolean; italics?: boolean };
  align?: 'left' | 'center' | 'right' | 'both';
  /** Twips; `line` with `lineRule` 'auto' is in 240ths of a line (312 = 1.3 lines). */
  spacing?: { before?: number; after?: number; line?: number; lineRule?: 'auto' | 'exact' };
  indent?: { firstLine?: number; left?: number; right?: number };
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A bottom border: the short rule under the agency, the motto and the title. */
  bottomRule?: boolean;
}

export interface Cell {
  paras: Para[];
  /** Twips. */
  width: number;
  columnSpan?: number;
  rowSpan?: number;
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of each page. */
  header?: boolean;
  cantSplit?: boolean;
}

/**
 * `grid`: a data table with borders (the appendix); `layout`: a borderless table that places
 * blocks side by side (the header block, the signature block).
 */
export interface TableBlock {
  kind: 'table';
  style: 'grid' | 'layout';
  /** Column widths in twips, summing to the text width. */
  widths: number[];
  rows: Row[];
}

export type Block = Para | TableBlock;

export interface ReportModel {
  /** The document's properties: the agency that drafts it and the report's title. */
  creator: string;
  title: string;
  subject: string;
  blocks: Block[];
}

export function isSeg(p: Part): p is Seg {
  return typeof p === 'object' && 'text' in p;
}

export function isFootnote(p: Part): p is FootnoteRef {
  return typeof p === 'object' && 'footnote' in p;
}
