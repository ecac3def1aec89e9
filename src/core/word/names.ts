/**
 * Agency names as the header writes them (capitals: "UBND XÃ BA BÍCH") turned into the forms
 * the body uses ("UBND xã Ba Bích", "UBND huyện"), and the place name of the date line.
 */
import type { ReportInfo } from '../reportInfo';
import { sameSpelling } from '../text/tonePlacement';

const UNIT_KINDS = ['thị trấn', 'thị xã', 'thành phố', 'phường', 'xã', 'đặc khu', 'huyện', 'quận', 'tỉnh'];
const PREFIX = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu;

const titleWord = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi');

interface Parsed {
  kind: string;
  name: string;
}

/** "UBND XÃ BA BÍCH" -> { kind: "xã", name: "Ba Bích" }; null when it is not of that shape. */
export function parseAgency(text: string | null): Parsed | null {
  if (!text) return null;
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const m = PREFIX.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const lower = rest.toLocaleLowerCase('vi');
  for (const kind of UNIT_KINDS) {
    if (lower === kind || lower.startsWith(`${kind} `)) {
      const name = rest.slice(kind.length).trim().split(' ').filter(Boolean).map(titleWord).join(' ');
      return { kind, name };
    }
  }
  return null;
}

/** The issuing agency as the body names it: "UBND xã Ba Bích" (fallback "UBND xã"). */
export function agencyInBody(info: ReportInfo): string {
  const p = parseAgency(info.agency);
  if (p) return `UBND ${p.kind}${p.name ? ` ${p.name}` : ''}`;
  return info.agency ? info.agency.trim() : 'UBND xã';
}

/** The issuing agency without its name, as the seed's footnote cites it: "UBND xã" (fallback "UBND xã"). */
export function agencyShort(info: ReportInfo): string {
  const p = parseAgency(info.agency);
  return p ? `UBND ${p.kind}` : 'UBND xã';
}

/** The superior body, short, for "Kính báo cáo UBND huyện ..." ; null when unknown. */
export function superiorShort(info: ReportInfo): string | null {
  for (const source of [info.superior, info.addressee]) {
    const p = parseAgency(source);
    if (p) return `UBND ${p.kind}`;
    if (source && source.trim()) return source.trim();
  }
  return null;
}

/** The level of the superior body ("huyện", "tỉnh"), for "dự toán huyện giao"; "cấp trên" when unknown. */
export function superiorLevel(info: ReportInfo): string {
  const p = parseAgency(info.superior) ?? parseAgency(info.addressee);
  return p && p.kind !== 'xã' ? p.kind : 'cấp trên';
}

/** Levels a budget header may name as the giver of the estimate, longest first. */
const GIVERS = ['thành phố', 'thị xã', 'cấp trên', 'huyện', 'tỉnh', 'quận'];

/**
 * Who gave the superior estimate, in the words of its column's header: «huyện» for «Dự toán huyện giao», «tỉnh» for
 * «DT tỉnh giao năm 2025», «cấp trên» for «Dự toán cấp trên giao»; null when the header names no giver (then the
 * draft says the superior body's level, superiorLevel). The clerk's header wins over the info block's superior: since
 * 7/2025 many communes report to the province while their budget sheets still say «huyện giao» (tester 11, item 18).
 */
export function estimateGiver(heading: string | undefined): string | null {
  if (!heading) return null;
  const h = heading.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
  for (const g of GIVERS) {
    // «huyện giao», «dự toán huyện», «DT tỉnh»: the level beside «giao» or right after «dự toán».
    const beside = new RegExp(`(?:^|[\\s(])${g} giao(?![\\p{L}])|(?:dự toán|dt) ${g}(?![\\p{L}])`, 'u');
    if (beside.test(h)) return g;
  }
  return null;
}

/**
 * The place of the date line: info.place, else the commune's own name ("Ba Bích"); null when unknown. A place that is
 * the commune's name with its tone placed the other way («Hoà Phong» beside «UBND XÃ HÒA PHONG», tester 16 F4) is
 * written as the agency writes it, so one draft spells the name one way.
 */
export function placeName(info: ReportInfo): string | null {
  const p = parseAgency(info.agency);
  const place = info.place?.trim();
  if (place) {
    const bare = place.replace(/^(?:xã|phường|thị trấn|đặc khu)\s+/iu, '');
    return p && p.name && bare !== p.name && sameSpelling(bare, p.name) ? place.slice(0, place.length - bare.length) + p.name : place;
  }
  return p && p.name ? p.name : null;
}
