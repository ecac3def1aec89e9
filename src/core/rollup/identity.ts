/**
 * Who a commune is, for the roll-up (tester 5 item 10): its agency (the `info` table's «Cơ quan ban hành») and,
 * when stated, its superior («Cơ quan chủ quản»: the district or the province). Two workbooks are of one commune
 * when their agencies bear the same name and their superiors are not both stated and different: «UBND XÃ AN HÒA»
 * under «UBND HUYỆN AN LÃO» and «UBND XÃ AN HÒA» under «UBND HUYỆN HOÀI NHƠN» are two communes, both summed.
 * Names are compared word by word: case, spacing, punctuation, «UBND»/«Ủy ban nhân dân» and tone placement
 * («Hoà»/«Hòa») aside; marks count where both sides carry them, so «An Hà» and «An Hạ» are two names while
 * «AN HOA», typed without marks, is the same as «An Hòa». The names the outputs give communes come from here too.
 */
import { parseAgency } from '../word/names';
import { sameName } from '../text/names';
import { fileName } from './exclude';
import type { CommuneResult } from './types';

export { sameName };

type Who = Pick<CommuneResult, 'agency' | 'superior'>;

/**
 * True when two workbooks are of one commune: both name their agency, the same name, and their superiors are
 * not both stated and different. A workbook that states no superior cannot be told apart from a namesake.
 */
export function sameCommune(a: Who, b: Who): boolean {
  if (!a.agency || !b.agency || !sameName(a.agency, b.agency)) return false;
  return !a.superior || !b.superior || sameName(a.superior, b.superior);
}

/** The name a commune goes by in lists: the name buildRollup gave it, else its agency, else its file. */
export const communeName = (c: CommuneResult) => c.name ?? c.agency ?? fileName(c.file);

/** Both state the same superior, or neither states one: nothing to tell them apart by. */
const sameSuperior = (a: Who, b: Who) => (!a.superior && !b.superior) || (!!a.superior && !!b.superior && sameName(a.superior, b.superior));

/** What tells a commune apart from its namesakes: its superior's place ("huyện An Lão"), else its file's name. */
function distinction(c: CommuneResult): string {
  if (!c.superior) return fileName(c.file);
  const p = parseAgency(c.superior);
  return p ? `${p.kind} ${p.name}`.trim() : c.superior;
}

/** A commune named with its superior's place, as namesakes are told apart: «UBND xã An Hòa (huyện An Lão)». */
export function nameWithSuperior(c: CommuneResult): string {
  return c.agency ? `${bodyForm(c.agency)} (${distinction(c)})` : fileName(c.file);
}

/** An agency in the body's form, one style whatever the file's case or spelling: «UBND XÃ BA NAM» and «Ủy ban nhân dân xã Ba Vinh» -> «UBND xã Ba Nam», «UBND xã Ba Vinh». */
function bodyForm(agency: string): string {
  const p = parseAgency(agency);
  return p ? `UBND ${p.kind} ${p.name}`.trim() : agency.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * The name each commune goes by in the roll-up's outputs, in input order: its agency in the body's form, as the
 * commune draft names it («UBND xã Ba Nam», whether the file says «UBND XÃ BA NAM» or «Ủy ban nhân dân xã Ba Nam»:
 * one style in a sentence naming several, tester 7 item 26), followed, when another commune of the roll-up bears
 * the same name under another superior (or with none stated), by what tells it apart: «UBND xã An Hòa (huyện An
 * Lão)». Undefined when the agency is not given. An agency not of the «UBND xã …» shape is kept as written.
 */
export function communeNames(communes: CommuneResult[]): (string | undefined)[] {
  return communes.map((c) => {
    if (!c.agency) return undefined;
    const namesake = communes.some((o) => o !== c && o.agency && sameName(o.agency, c.agency!) && !sameSuperior(o, c));
    return namesake ? `${bodyForm(c.agency)} (${distinction(c)})` : bodyForm(c.agency);
  });
}
