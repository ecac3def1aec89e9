/**
 * The workbook's comments for the snapshot (`SheetSnapshot.notes`: a budget's unit may be written only in a comment on
 * its title or a header, "ĐVT: triệu đồng"). ExcelApi 1.10 (`workbook.comments`); without it the check goes on
 * without them. No sync of its own: the comments' texts load with the sheet list (sync 1), their cells with the
 * first batch of cells (sync 2). Notes of the old kind (Excel's "Note", not a threaded comment) need ExcelApi 1.18's
 * `worksheet.notes`, not read here.
 */
import type { CellNote } from '../../core/snapshot';
import { parseA1 } from '../../core/address';
import { cleanText } from '../../core/text/clean';
import type { Features } from './features';

export interface QueuedComments {
  /**
   * Queues each comment's cell (`getLocation().address`) into the batch about to be synced. Called before each
   * path's first read sync; a batch Excel refused is queued again by the next call.
   */
  locate(): void;
  /** After that sync: each sheet's notes by name, 0-based sheet rows and columns, the comment and its replies joined by lines. */
  bySheet(): Map<string, CellNote[]>;
}

/** Queues the comments' texts (with the sheet list); null when Excel has no ExcelApi 1.10. */
export function queueComments(context: Excel.RequestContext, features: Features): QueuedComments | null {
  if (!features.comments) return null;
  const comments = context.workbook.comments.load('items/content,items/replies/items/content');
  let located: { comment: Excel.Comment; at: Excel.Range }[] = [];
  return {
    locate() {
      located = comments.items.map((comment) => ({ comment, at: comment.getLocation().load('address') }));
    },
    bySheet() {
      const out = new Map<string, CellNote[]>();
      for (const { comment, at } of located) {
        const place = sheetAndCell(at.address);
        const text = cleanText([comment.content, ...comment.replies.items.map((r) => r.content)].filter((t) => t && t.trim()).join('\n')).trim();
        if (!place || !text) continue;
        const list = out.get(place.sheet) ?? [];
        list.push({ row: place.row, col: place.col, text });
        out.set(place.sheet, list);
      }
      return out;
    },
  };
}

/** "'Thu chi NS'!B3" -> the sheet's name and the cell's 0-based row and column; null for anything else. */
function sheetAndCell(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')*)'|([^!]*))!\$?([A-Z]+\$?\d+)/i.exec(address);
  const at = m && parseA1(m[3].replace(/\$/g, ''));
  if (!m || !at) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], row: at.row, col: at.col };
}
