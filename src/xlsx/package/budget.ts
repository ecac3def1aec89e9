/**
 * The report copy's memory budget (issue 16.4): the copy is refused with one sentence before it would
 * need more. What it holds at most: the user's file, the zip being written (about the file again plus
 * our sheet), and the parts it changes as bytes and text (workbook, relationships, content types,
 * styles) and, for a sheet whose "selected tab" flag is cleared, its inflated bytes and the edited copy
 * (edited as bytes, never as text: see addSheet's unselectedBytes).
 */
import type { SheetLayout } from '../../core/layout/types';
import { FileError } from '../errors';
import type { GuardResult } from '../zip/guard';
import { partKey } from '../zip/readParts';

const MB = 1024 * 1024;
export const COPY_MEMORY_BUDGET = 256 * MB;
/** Bytes of sheet XML (and its text while written) per layout cell, generously. */
const PER_CELL = 600;
/** A part changed is held as bytes, as UTF-16 text and again edited: about five times its size. */
const PER_CHANGED_BYTE = 5;

/** Bytes the copy may need at its peak, from what the guard measured. */
export function copyMemoryNeeded(fileBytes: number, guard: GuardResult, layout: SheetLayout): number {
  let changed = 0;
  let largestSheet = 0;
  for (const [name, size] of guard.entries) {
    const k = partKey(name);
    if (k === '[content_types].xml' || k.endsWith('workbook.xml') || k.endsWith('workbook.xml.rels') || k.endsWith('styles.xml')) changed += size;
    else if (k.includes('worksheets/')) largestSheet = Math.max(largestSheet, size);
  }
  return 2 * fileBytes + PER_CHANGED_BYTE * changed + 2 * largestSheet + PER_CELL * layout.cells.length;
}

/**
 * The refusal, worded for every door: the web page downloads no Word file with it, so the sentence says
 * the draft can still be made, not that it was (tester item 12).
 */
export function copyTooBig(needed: number): FileError {
  const need = Math.ceil(needed / MB);
  const max = Math.round(COPY_MEMORY_BUDGET / MB);
  return new FileError('too-large', {
    vi: `Không lập được bản sao có sheet báo cáo vì sẽ cần quá nhiều bộ nhớ (khoảng ${need} MB, giới hạn ${max} MB); số liệu đã được kiểm tra và vẫn lập được bản nháp Word (tệp gốc không bị thay đổi).`,
    en: `The copy with the report sheet was not made: it would need too much memory (about ${need} MB, the limit is ${max} MB); the figures were checked and the Word draft can still be made (the original file is unchanged).`,
  });
}
