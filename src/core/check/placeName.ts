/**
 * The place of the date line («Địa danh») against the commune's own name and its superior's (DOMAIN.md §3: the seed's
 * «Ba Tư» for «Ba Tơ»; tester 16 F5: «Tân Hiêp» beside «UBND XÃ TÂN HIỆP»). A place that differs from one of those names
 * only by a mark or a letter or two is most likely that name mistyped: a warning on the place's cell, naming the name.
 * A place that is another real place (the district town, the province) differs by more, and is left as typed; a tone
 * placed the old way («Hoà Phong» for «Hòa Phong») is the same name, no typo (the draft writes the agency's form).
 */
import { issue, type Issue } from '../issues';
import type { ReadResult } from '../read';
import { fold } from '../text/fold';
import { sameSpelling, toneKey } from '../text/tonePlacement';
import { parseAgency } from '../word/names';

/** Unit words a place may open with («Xã Tân Hiệp»): not part of the name. */
const KIND = /^(?:thị trấn|thị xã|thành phố|tp\.?|phường|xã|đặc khu|huyện|quận|tỉnh)\s+/iu;

/** Levenshtein distance between two strings, by code point. */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/**
 * Whether `place` looks like `name` mistyped: not the same name (tone placement aside), yet at most two letters or marks
 * apart, and at most one letter apart once marks are folded away («Ba Tư» / «Ba Tơ», «Tân Hiêp» / «Tân Hiệp»; «Ba Vì»
 * is not «Ba Tơ»). Names shorter than four letters are never judged.
 */
export function looksMistyped(place: string, name: string): boolean {
  if (sameSpelling(place, name)) return false;
  const a = toneKey(place);
  const b = toneKey(name);
  if (fold(name).replace(/ /g, '').length < 4) return false;
  const marked = distance(place.normalize('NFC').toLocaleLowerCase('vi'), name.normalize('NFC').toLocaleLowerCase('vi'));
  return a !== b && marked <= 2 && distance(fold(place), fold(name)) <= 1;
}

/** A warning (type-error) on the place's cell when it looks like the commune's or its superior's name mistyped. */
export function checkPlaceName(read: ReadResult): Issue[] {
  const value = read.tables.info?.rows[0]?.values.place;
  const place = value?.text.trim().replace(KIND, '');
  if (!value || !place) return [];
  const names = [parseAgency(read.info.agency)?.name, parseAgency(read.info.superior)?.name].filter((n): n is string => !!n);
  if (names.some((n) => sameSpelling(place, n))) return [];
  const near = names.find((n) => looksMistyped(place, n));
  if (!near) return [];
  const where = { sheet: read.tables.info!.located.sheet, cell: value.cell, table: 'info' as const, field: 'place' };
  return [issue('place-name-differs', where, { place: value.text.trim(), name: near })];
}
