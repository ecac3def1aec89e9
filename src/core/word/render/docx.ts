/**
 * The report model (model.ts) as a `docx` Document: the page of Nghị định 30/2020, Phụ lục I
 * (A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt, the page number centred in the top
 * margin from page 2), paragraphs and tables with the model's measures, highlighted placeholders,
 * real footnotes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  HighlightColor,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';
import { cleanText } from '../../text/clean';
import { CELL_PAD } from '../blocks';
import { isFootnote, type Block, type Cell, type Para, type Part, type ReportModel, type TableBlock } from '../model';
import { FONT, PAGE, TEXT_WIDTH } from '../page';
import { BODY_SIZE } from '../text';

/** Default document styles: the font in all four scripts, so Vietnamese letters never fall back. */
function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: BODY_SIZE, color: '000000' },
        paragraph: { spacing: { after: 0 } },
      },
      footnoteText: {
        run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: 24 },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 } },
      },
    },
  };
}

/** Section properties: the page and `titlePage` so that the first page takes the empty header. */
function pageProperties() {
  return {
    titlePage: true,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
      margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.header },
    },
  };
}

/** Headers: none on page 1, a centred page number on every other page. */
function pageHeaders() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })],
        }),
      ],
    }),
  };
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED };
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

function runs(parts: Part[], base: Para['run']): ParagraphChild[] {
  return parts.map((p) => {
    // cleanText: a noncharacter in a cell quoted here would make the .docx unreadable (issue 16 §5).
    if (typeof p === 'string') return new TextRun({ text: cleanText(p), size: base.size, bold: base.bold, italics: base.italics });
    if (isFootnote(p)) return new FootnoteReferenceRun({ children: p.footnote.map(paragraph) });
    return new TextRun({
      text: cleanText(p.text),
      size: base.size,
      bold: p.bold ?? base.bold,
      italics: p.italics ?? base.italics,
      highlight: p.ph ? HighlightColor.YELLOW : undefined,
    });
  });
}

function paragraph(p: Para): Paragraph {
  const { spacing } = p;
  return new Paragraph({
    alignment: p.align && ALIGN[p.align],
    indent: p.indent,
    spacing: spacing && {
      ...spacing,
      lineRule: spacing.lineRule && (spacing.lineRule === 'exact' ? LineRuleType.EXACT : LineRuleType.AUTO),
    },
    keepNext: p.keepNext,
    pageBreakBefore: p.pageBreakBefore,
    border: p.bottomRule ? { bottom: RULE } : undefined,
    children: runs(p.parts, p.run),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function cell(c: Cell, style: TableBlock['style']): TableCell {
  const width = { size: c.width, type: WidthType.DXA };
  if (style === 'layout') {
    const children = c.paras.length ? c.paras.map(paragraph) : [new Paragraph({ children: [] })];
    return new TableCell({ width, verticalAlign: VerticalAlign.TOP, borders: NO_BORDERS, children });
  }
  return new TableCell({
    width,
    verticalAlign: VerticalAlign.CENTER,
    borders: GRID_BORDERS,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    rowSpan: c.rowSpan,
    columnSpan: c.columnSpan,
    children: c.paras.map(paragraph),
  });
}

function table(t: TableBlock): Table {
  const layout = t.style === 'layout';
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: t.widths,
    layout: TableLayoutType.FIXED,
    ...(layout ? { borders: TableBorders.NONE, margins: { left: CELL_PAD, right: CELL_PAD, top: 0, bottom: 0 } } : {}),
    rows: t.rows.map((r) => new TableRow({ tableHeader: r.header, cantSplit: r.cantSplit, children: r.cells.map((c) => cell(c, t.style)) })),
  });
}

const block = (b: Block): Paragraph | Table => (b.kind === 'para' ? paragraph(b) : table(b));

/** The model as a docx Document, ready for `Packer`. */
export function renderDocx(model: ReportModel): Document {
  return new Document({
    creator: model.creator,
    lastModifiedBy: model.creator,
    title: model.title,
    subject: model.subject,
    styles: documentStyles(),
    sections: [{ properties: pageProperties(), headers: pageHeaders(), children: model.blocks.map(block) }],
  });
}
