/** Layout pieces shared by the header block, title and signature: borderless tables, short rules, centred lines. */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { toRuns, type Part } from './text';
import { TEXT_WIDTH } from './page';

/** Cell padding of the layout tables (left and right), so rules can be centred by arithmetic. */
export const CELL_PAD = 57;

/** A centred line in a layout cell, no indent, no space after unless asked. */
export function centred(
  parts: Part[],
  opts: { size: number; bold?: boolean; italics?: boolean; before?: number; after?: number },
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    children: toRuns(parts, { size: opts.size, bold: opts.bold, italics: opts.italics }),
  });
}

/**
 * A short horizontal rule: an empty, tiny paragraph whose bottom border spans `width` twips,
 * centred in a box `boxWidth` wide by equal left and right indents.
 */
export function rule(width: number, boxWidth: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** A table without any border, columns of fixed widths (twips) summing to the text width. */
export function layoutTable(rows: Paragraph[][][], widths: number[], opts: { cantSplit?: boolean } = {}): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_PAD, right: CELL_PAD, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: opts.cantSplit,
          children: cells.map(
            (children, k) =>
              new TableCell({
                width: { size: widths[k], type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                borders: {
                  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
                  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
                  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
                  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
                },
                children: children.length ? children : [new Paragraph({ children: [] })],
              }),
          ),
        }),
    ),
  });
}
