/** Layout pieces shared by the header block, title and signature: borderless tables, short rules, centred lines. */
import type { Para, Part, TableBlock } from './model';

/** Cell padding of the layout tables (left and right), so rules can be centred by arithmetic. */
export const CELL_PAD = 57;

/** A centred line in a layout cell, no indent, no space after unless asked. */
export function centred(parts: Part[], opts: { size: number; bold?: boolean; italics?: boolean; before?: number; after?: number }): Para {
  return {
    kind: 'para',
    role: 'layout',
    parts,
    run: { size: opts.size, bold: opts.bold, italics: opts.italics },
    align: 'center',
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
  };
}

/**
 * A short horizontal rule: an empty, tiny paragraph whose bottom border spans `width` twips,
 * centred in a box `boxWidth` wide by equal left and right indents.
 */
export function rule(width: number, boxWidth: number, after = 0): Para {
  const side = Math.max(0, Math.round((boxWidth - width) / 2));
  return {
    kind: 'para',
    role: 'rule',
    parts: [],
    run: {},
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 60, lineRule: 'exact' },
    bottomRule: true,
  };
}

/** A table without any border, columns of fixed widths (twips) summing to the text width. */
export function layoutTable(rows: Para[][][], widths: number[], opts: { cantSplit?: boolean } = {}): TableBlock {
  return {
    kind: 'table',
    style: 'layout',
    widths,
    rows: rows.map((cells) => ({ cantSplit: opts.cantSplit, cells: cells.map((paras, k) => ({ paras, width: widths[k] })) })),
  };
}
