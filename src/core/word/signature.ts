/**
 * The end of the report: the closing line, then a borderless two-column table with the
 * recipients on the left ("Nơi nhận:", each "- ...;", last "- Lưu: VT.") and the signature on the right.
 */
import type { ReportInfo } from '../reportInfo';
import { fold } from '../text/fold';
import { layoutTable, centred } from './blocks';
import { TEXT_WIDTH } from './page';
import { superiorShort } from './names';
import type { Para, TableBlock } from './model';
import { body, PT, ph, type Part } from './text';

export const RECIPIENTS_WIDTH = 4300;
const SIGN_SPACE = 1700;

/** "Kính báo cáo UBND huyện theo dõi, chỉ đạo./." */
export function closingLine(info: ReportInfo): Para {
  const to = superiorShort(info);
  // Kept with the signature block: the closing line never ends a page alone.
  return body(['Kính báo cáo ', to ?? ph('[cơ quan cấp trên]'), ' theo dõi, chỉ đạo./.'], { keepNext: true });
}

const clean = (s: string) =>
  s
    .normalize('NFC')
    .trim()
    .replace(/^[-+•*\s]+/u, '')
    .replace(/[\s;.,]+$/u, '');

/** Recipients as printed: "- X;" each, the archive line last ("- Lưu: VT."), added when missing. */
export function recipientLines(info: ReportInfo): Part[][] {
  const items = info.recipients.map(clean).filter(Boolean);
  const archive = items.find((r) => fold(r).startsWith('luu'));
  const others = items.filter((r) => r !== archive);
  if (!others.length) {
    const sup = superiorShort(info);
    others.push(sup ?? '');
  }
  const lines: Part[][] = others.map((r) => (r ? [`- ${r};`] : ['- ', ph('[Cơ quan nhận báo cáo]'), ';']));
  lines.push([`- ${archive ?? 'Lưu: VT'}.`]);
  return lines;
}

function leftLine(parts: Part[], size: number, bold = false, italics = false): Para {
  return { kind: 'para', role: 'layout', parts, run: { size, bold, italics }, align: 'left', spacing: { after: 0 } };
}

const lines = (s: string | null): string[] =>
  (s ?? '')
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((l) => l.toLocaleUpperCase('vi'));

/** "KT.", "TL.", "TUQ." or "TM." at the head of a line (the dot may be missing: "KT CHỦ TỊCH"). */
const delegation = (l: string) => /^(KT|TL|TUQ|TM)\.?\s/u.exec(l)?.[1] ?? null;

/**
 * The signer's lines as Nghị định 30/2020, Phụ lục I (mục IV, "quyền hạn, chức vụ của người ký")
 * prints them, in capitals, each line of the workbook kept as a line:
 * - the chairman for the committee: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (the default);
 * - a vice-chairman: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" — the "KT." line is
 *   added when the workbook gives the title "Phó Chủ tịch" without it;
 * - "TL. CHỦ TỊCH" / "TUQ. CHỦ TỊCH" over the signer's own title, as the workbook gives them.
 * `title` is null when the signer's title is not known and cannot be implied (TL., TUQ.).
 */
export function signatureLines(info: ReportInfo): { authority: string[]; title: string[] | null } {
  let authority = lines(info.signAuthority);
  let title: string[] | null = lines(info.signerTitle);
  const kinds = authority.map(delegation);
  const vice = title.length > 0 && fold(title[0]).startsWith('pho chu tich');
  if (authority.length === 0) authority = ['TM. ỦY BAN NHÂN DÂN'];
  // A vice-chairman signs "KT." (ký thay) the chairman: the line is implied by the title.
  if (vice && !kinds.some((k) => k === 'KT' || k === 'TL' || k === 'TUQ')) authority = [...authority, 'KT. CHỦ TỊCH'];
  if (title.length === 0) {
    const last = delegation(authority[authority.length - 1]);
    title = last === 'KT' ? ['PHÓ CHỦ TỊCH'] : last === 'TL' || last === 'TUQ' ? null : ['CHỦ TỊCH'];
  }
  return { authority, title };
}

export function signatureBlock(info: ReportInfo): TableBlock {
  const left = [leftLine(['Nơi nhận:'], PT(12), true, true), ...recipientLines(info).map((l) => leftLine(l, PT(11)))];
  const signer = info.signer && info.signer.trim() ? info.signer.normalize('NFC').trim() : null;
  const { authority, title } = signatureLines(info);
  const heads: Part[][] = [...authority.map((l) => [l]), ...(title ? title.map((l) => [l]) : [[ph('[CHỨC VỤ NGƯỜI KÝ]')]])];
  const right = [
    ...heads.map((parts, k) => centred(parts, { size: PT(14), bold: true, after: k === heads.length - 1 ? SIGN_SPACE : 0 })),
    centred([signer ?? ph('[Họ và tên người ký]')], { size: PT(14), bold: true }),
  ];
  return layoutTable([[left, right]], [RECIPIENTS_WIDTH, TEXT_WIDTH - RECIPIENTS_WIDTH], { cantSplit: true });
}
