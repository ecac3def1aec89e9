/**
 * Vietnamese presentation of numbers and dates: 1.220.963.992 đồng, 84,80%, 05/04/2023; in English text the
 * same numbers with English separators (1,220,963,992; 84.80%), dates dd/mm/yyyy in both.
 */
import type { Lang } from './issues/types';
import { roundHalfAway } from './round';

/** 1220963992 -> "1.220.963.992"; 12.5 with 1 decimal -> "12,5". */
export function formatNumberVi(x: number, decimals = 0): string {
  // Never "Infinity", "NaN" or "1e+21" in a sentence a clerk reads.
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '?' : x > 0 ? '∞' : '-∞';
  if (Math.abs(x) >= 1e21)
    return (
      (x < 0 ? '-' : '') +
      BigInt(Math.round(Math.abs(x)))
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    );
  // Round first (half away from zero, as the schema asks): toFixed alone shows 1.005 as "1.00" and -0.04 as "-0.0".
  const r = roundHalfAway(x, decimals);
  const fixed = Math.abs(r).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (r < 0 ? '-' : '') + grouped + (frac ? `,${frac}` : '');
}

/** 84.8 with 2 decimals -> "84,80%". */
export function formatPercentVi(pct: number, decimals = 1): string {
  return `${formatNumberVi(pct, decimals)}%`;
}

/**
 * A computed share rounded to `decimals`, without trailing zeros after the comma as a clerk writes it:
 * 60.55 -> "60,6", 0 -> "0", 100 -> "100" (a "Tỷ lệ (%)" column of the Word appendix, issue 10 §6); with 2 decimals
 * 25.4 -> "25,4" and 19.0006 -> "19", one style beside 98.234 -> "98,23" (tester 14 finding 5: «25,40%» beside «19%»).
 */
export function formatRoundedNumberVi(x: number, decimals = 1): string {
  const text = formatNumberVi(x, Number.isFinite(x) && Number.isInteger(roundHalfAway(x, decimals)) ? 0 : decimals);
  return text.includes(',') ? text.replace(/0+$/, '') : text;
}

/**
 * A computed percentage in text, rounded to `decimals`, without trailing zeros after the comma as a clerk
 * writes it: 60.55 -> "60,6%", 6.04 -> "6%", 100 -> "100%" (issue 10 §6; the Word draft's and the roll-up's).
 */
export function formatRoundedPercentVi(pct: number, decimals = 1): string {
  return `${formatRoundedNumberVi(pct, decimals)}%`;
}

/** Vietnamese separators swapped for English ones: "1.234,5" -> "1,234.5". */
const toEn = (vi: string) => vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

/** A number in the language's separators, with `decimals` places: 1068 -> "1.068" (vi), "1,068" (en). */
export function formatNumber(x: number, decimals: number, lang: Lang): string {
  const vi = formatNumberVi(x, decimals);
  return lang === 'vi' ? vi : toEn(vi);
}

/** formatRoundedPercentVi in the language's separators: 5.55 -> "5,6%" (vi), "5.6%" (en); 6.04 -> "6%". */
export function formatRoundedPercent(pct: number, decimals: number, lang: Lang): string {
  const vi = formatRoundedPercentVi(pct, decimals);
  return lang === 'vi' ? vi : toEn(vi);
}

/** Excel serial -> { y, m, d, hh, mm, ss } (serial 1 = 1900-01-01; the 1900 leap-year bug is honoured). */
export function serialParts(serial: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const days = Math.floor(serial);
  // Excel counts a 29/02/1900 that never was (serial 60): serials below it are one day later than the plain count.
  const ms = Date.UTC(1899, 11, 30) + (days < 60 ? days + 1 : days) * 86400000;
  const dt = new Date(ms);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) secs = 86399;
  const leapBug = days === 60;
  return {
    y: leapBug ? 1900 : dt.getUTCFullYear(),
    m: leapBug ? 2 : dt.getUTCMonth() + 1,
    d: leapBug ? 29 : dt.getUTCDate(),
    hh: Math.floor(secs / 3600),
    mm: Math.floor((secs % 3600) / 60),
    ss: secs % 60,
  };
}

/** { y, m, d } (+ time) -> Excel serial. */
export function toSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  const plain = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  // Before 01/03/1900 (plain 61) Excel's serials are one less (see serialParts).
  const days = plain < 61 ? plain - 1 : plain;
  return days + (hh * 3600 + mm * 60 + ss) / 86400;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Excel serial -> "dd/mm/yyyy"; a number that is no Excel date (negative, beyond 31/12/9999, NaN) is written as a number, never "NaN/NaN/NaN". */
export function formatDateVi(serial: number): string {
  if (!(Number.isFinite(serial) && serial >= 0 && serial < 2958466)) return Number.isFinite(serial) ? formatNumberVi(serial, 0) : '?';
  const { y, m, d } = serialParts(serial);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}
