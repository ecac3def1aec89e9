/**
 * exceljs reads a data validation as one model entry per cell, all cells of one `<dataValidation>`
 * sharing one object, and on save squeezes them back in a text-sorted order that writes overlapping
 * ranges (B2:B50 comes back as "B10:B50" and "B2:B50"), which Excel may refuse as damaged. Right after
 * loading, each shared object's cells are turned back into non-overlapping rectangles, keyed by
 * range, which exceljs writes as they are.
 */
import type ExcelJS from 'exceljs';
import { parseA1, rangeA1 } from '../../core/address';

type Model = Record<string, object>;

function modelOf(ws: ExcelJS.Worksheet): { model: Model } | null {
  return (ws as unknown as { dataValidations?: { model: Model } }).dataValidations ?? null;
}

/** Rectangles covering exactly the given cells: column runs, then equal runs of neighbouring columns joined. */
export function rectanglesOf(cells: { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  // Runs of rows per column, as "top:bottom" keys.
  const runs = new Map<string, number[]>(); // run -> columns
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length;) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] <= rows[j] + 1) j++;
      const key = `${rows[i]}:${rows[j]}`;
      runs.set(key, [...(runs.get(key) ?? []), col]);
      i = j + 1;
    }
  }
  const out: string[] = [];
  for (const [key, cols] of runs) {
    const [top, bottom] = key.split(':').map(Number);
    cols.sort((a, b) => a - b);
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      out.push(rangeA1(top, cols[i], bottom, cols[j]));
      i = j + 1;
    }
  }
  return out;
}

/** Rewrites every sheet's per-cell validations as range entries (same cells, same rules). */
export function compactValidations(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const dv = modelOf(ws);
    if (!dv || Object.keys(dv.model).length === 0) continue;
    const groups = new Map<object, { row: number; col: number }[]>();
    const kept: Model = {};
    for (const [address, rule] of Object.entries(dv.model)) {
      const pos = address.includes(':') ? null : parseA1(address);
      if (!pos) {
        kept[address] = rule;
        continue;
      }
      const list = groups.get(rule) ?? [];
      list.push(pos);
      groups.set(rule, list);
    }
    for (const [rule, cells] of groups) for (const range of rectanglesOf(cells)) kept[range] = rule;
    dv.model = kept;
  }
}
