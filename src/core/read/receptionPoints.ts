/**
 * A TTHC table whose rows are the reception points of one merged commune (tester 17 T06): «Điểm tiếp nhận xã Ba Bích
 * (cũ)», «Trung tâm PVHCC xã Ba Tơ», «Bộ phận một cửa xã Ba Cung (cũ)» above «Tổng cộng». Since the two-tier reform a
 * commune receives dossiers at its centre and at the points left in the former communes merged into it: the rows
 * are parts of this commune, whose figures are their total, not a district's summary of several communes
 * (unitRows.ts), where only the commune's own row is read.
 */
import { fold } from '../text/fold';

/** Words of a place that receives dossiers (folded): a reception point, the one-stop desk, the public-service centre. */
const POINT_WORDS = /\b(?:diem tiep nhan|bo phan mot cua|bo phan tiep nhan|trung tam (?:phuc vu hanh chinh cong|pvhcc|hcc)|tt ?pvhcc)\b/;
/** «(cũ)»: a former commune, merged into the new one (as written: folding drops the brackets). */
const FORMER = /\(\s*(?:cũ|cu)\s*\)/iu;
/** The commune a name names: the words after «xã», «phường», «thị trấn» or «đặc khu» (folded, «(cũ)» taken off). */
const COMMUNE_NAME = /\b(?:xa|phuong|thi tran|dac khu) (.+)$/;

/** The commune a folded name names («ba to» of «trung tam pvhcc xa ba to»), or null. */
function communeOf(folded: string): string | null {
  return COMMUNE_NAME.exec(folded)?.[1].trim() ?? null;
}

/**
 * True when every one of a table's unit names (`names`, as written) is a reception point of the commune `agency`
 * names (the info block's issuing agency, null when unknown): a former commune's point («(cũ)»), or a reception
 * point, desk or centre that names no commune, the agency's own, or any commune when the agency is unknown. A row
 * naming another commune than the agency without «(cũ)» («UBND xã Ba Vì», «Điểm tiếp nhận xã Ba Vì») makes it a
 * summary of several communes: false. At least one name must be a reception point or a former commune.
 */
export function receptionPoints(names: readonly string[], agency: string | null): boolean {
  const own = agency ? communeOf(fold(agency)) : null;
  let points = 0;
  for (const name of names) {
    const f = fold(name);
    const point = POINT_WORDS.test(f);
    if (FORMER.test(name.normalize('NFC'))) {
      points++;
      continue;
    }
    const commune = communeOf(f);
    if (!point) {
      // A commune's own name among its points («Xã Ba Tơ» beside «Điểm tiếp nhận xã Ba Bích (cũ)»).
      if (commune === null || own === null || commune !== own) return false;
      continue;
    }
    if (commune !== null && own !== null && commune !== own) return false;
    points++;
  }
  return points > 0;
}
