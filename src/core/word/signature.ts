/**
 * The end of the report: the closing line, then a borderless two-column table with the
 * recipients on the left ("Nơi nhận:", each "- ...;", last "- Lưu: VT.") and the signature on the right.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { ReportInfo } from '../info';
import { fold } from '../text/fold';
import { layoutTable, centred } from './blocks';
import { TEXT_WIDTH } from './page';
import { superiorShort } from './names';
import { body, PT, ph, toRuns, type Part } from './text';

export const RECIPIENTS_WIDTH = 4300;
const SIGN_SPACE = 1700;

/** "Kính báo cáo UBND huyện theo dõi, chỉ đạo./." */
export function closingLine(info: ReportInfo): Paragraph {
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

function leftLine(parts: Part[], size: number, bold = false, italics = false): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 0 }, children: toRuns(parts, { size, bold, italics }) });
}

export function signatureBlock(info: ReportInfo): Table {
  const left = [leftLine(['Nơi nhận:'], PT(12), true, true), ...recipientLines(info).map((l) => leftLine(l, PT(11)))];
  const text = (s: string | null) => (s && s.trim() ? s.normalize('NFC').trim() : null);
  const authority = text(info.signAuthority) ?? 'TM. ỦY BAN NHÂN DÂN';
  const title = text(info.signerTitle) ?? 'CHỦ TỊCH';
  const signer = text(info.signer);
  const right = [
    centred([authority.toLocaleUpperCase('vi')], { size: PT(14), bold: true }),
    centred([title.toLocaleUpperCase('vi')], { size: PT(14), bold: true, after: SIGN_SPACE }),
    centred([signer ?? ph('[Họ và tên người ký]')], { size: PT(14), bold: true }),
  ];
  return layoutTable([[left, right]], [RECIPIENTS_WIDTH, TEXT_WIDTH - RECIPIENTS_WIDTH], { cantSplit: true });
}
