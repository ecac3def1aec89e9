/**
 * What a category cell says beyond its words (a staff list's education, REPORTING-SCHEMA.md §2 `staff`): a
 * level being studied for is not held ("Đại học (đang học thạc sĩ)" is Đại học), and a school grade
 * ("12/12", grade 12 of 12) is general education, even once Excel has turned it into a date.
 */
import { containsWords, fold } from '../text/fold';
import { serialParts } from '../format';
import { isDateFormat } from './date';
import type { CellValue } from '../snapshot';

/** Where a value's parts are split: commas, semicolons, brackets, slashes, plus, a dash between spaces. */
const PARTS = /[,;()[\]/+–—]|\s-\s/;

/**
 * The folded words of `text` that say what is held, the parts naming what is not held yet (opened by one of
 * `markers`) left out: "ĐH, đang học ThS" -> "dh"; "Đại học đang học thạc sĩ" -> "dai hoc"; a marker that ends
 * its part speaks of the words before it, or of the part before ("Thạc sĩ (đang học)" -> ""). Text without a
 * marker is returned folded whole.
 */
export function heldWords(text: string, markers: string[]): string {
  const folded = fold(text);
  const marks = markers.map(fold);
  if (!marks.some((m) => containsWords(folded, m))) return folded;
  const kept: string[] = [];
  for (const part of text.split(PARTS)) {
    const f = fold(part);
    if (!f) continue;
    const m = marks.find((x) => containsWords(f, x));
    if (m === undefined) {
      kept.push(f);
      continue;
    }
    const at = ` ${f} `.indexOf(` ${m} `);
    const before = f.slice(0, at).trim();
    const after = f.slice(at + m.length).trim();
    // "Đại học đang học thạc sĩ": what is before the marker is held. "Thạc sĩ đang học", "(đang học)": the
    // words before it, or the part before, are what is studied.
    if (after) {
      if (before) kept.push(before);
    } else if (!before) kept.pop();
  }
  return kept.join(' ');
}

/** A school grade of a 12- or 10-year school, folded: "12 12", "9 12", "10 10", "lop 12", "12 12 thpt". */
const GRADE_TEXT = /^(?:lop )?(\d{1,2})(?: (10|12))?(?: (?:thpt|pt|ptth|bttt|btvh))?$/;

/**
 * Whether a category cell holds a school grade: text as GRADE_TEXT ("Lớp 12", or n/12, n/10 with n up to the
 * scale; a bare number is no grade), or a date Excel made of such text, whose day and month are the grade and
 * the scale either way round (12/12, 9/12 typed in a Vietnamese or a US Excel).
 */
export function isSchoolGrade(raw: CellValue, folded: string, numFmt: string | null | undefined): boolean {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 1 || !isDateFormat(numFmt)) return false;
    const { d, m } = serialParts(raw);
    return gradeOf(Math.min(d, m), Math.max(d, m));
  }
  if (typeof raw !== 'string') return false;
  const g = GRADE_TEXT.exec(folded);
  if (!g) return false;
  if (g[2] !== undefined) return gradeOf(Number(g[1]), Number(g[2]));
  return folded.startsWith('lop ') && gradeOf(Number(g[1]), 12);
}

function gradeOf(grade: number, scale: number): boolean {
  return (scale === 10 || scale === 12) && grade >= 1 && grade <= scale;
}

/** Folded phrases by list, longest first, each padded with spaces (whole words). */
const paddedPhrases = new WeakMap<string[], string[]>();

/**
 * `folded` without the phrases of `phrases` it holds as whole words (schema `otherTraining`: "dai hoc trung cap
 * chinh tri" -> "dai hoc"; "trung cap chinh tri" -> ""); text holding none is returned as it is.
 */
export function withoutOtherTraining(folded: string, phrases: string[]): string {
  let padded = paddedPhrases.get(phrases);
  if (!padded) {
    padded = phrases.map((p) => ` ${fold(p)} `).sort((a, b) => b.length - a.length);
    paddedPhrases.set(phrases, padded);
  }
  let text = ` ${folded} `;
  let found = false;
  for (const p of padded) {
    if (!text.includes(p)) continue;
    found = true;
    text = text.split(p).join(' ');
  }
  return found ? text.replace(/ +/g, ' ').trim() : folded;
}
