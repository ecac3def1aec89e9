/**
 * One style for every date the draft writes: dd/mm/yyyy in the body (Nghị định 30/2020/NĐ-CP; DOMAIN.md §5). The
 * draft's own dates are made so (formatDateVi); a date copied from the clerk's text as typed, «08/7/2022»,
 * «8-7-2022», «8.7.2022», is written «08/07/2022» beside them. Only a real day, written day first with a four-digit
 * year, is rewritten: numbers and symbols of documents («48/2021/QĐ-UBND», «23-CTr/HU»), fractions («1/21»), a
 * year range («2021-2025») and a day that does not exist («31/02/2023») stay as written.
 */
import type { Block, Para, Part } from './model';

/** d/m/yyyy with one separator used twice, not inside a longer run of numbers, letters or separators. */
const TYPED_DATE = /(?<![\p{L}\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}/-]|[.,]\d)/gu;

const two = (n: number) => String(n).padStart(2, '0');

/** `text` with each date written d/m/yyyy (any of / . -) written dd/mm/yyyy; everything else as it is. */
export function oneDateStyle(text: string): string {
  if (!/\d/.test(text)) return text;
  return text.replace(TYPED_DATE, (all, d: string, _sep: string, m: string, y: string) => {
    const day = Number(d);
    const month = Number(m);
    const year = Number(y);
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = year >= 1900 && month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return real ? `${two(day)}/${two(month)}/${year}` : all;
  });
}

function part(p: Part): Part {
  if (typeof p === 'string') return oneDateStyle(p);
  if ('footnote' in p) return { footnote: p.footnote.map(para) };
  return { ...p, text: oneDateStyle(p.text) };
}

function para(p: Para): Para {
  return { ...p, parts: p.parts.map(part) };
}

/** The blocks with every date of their text in one style (`oneDateStyle`): paragraphs, footnotes, table cells. */
export function withOneDateStyle(blocks: Block[]): Block[] {
  return blocks.map((b) =>
    b.kind === 'para' ? para(b) : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, paras: c.paras.map(para) })) })) },
  );
}
